import { expect, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';

type Files = Parameters<Page['setInputFiles']>[1];

/** Chooses a file in the library's "Import…": the preview dialog opens (nothing is written yet). */
export async function chooseImport(page: Page, files: Files): Promise<void> {
  const input = page.locator('input[type=file]');
  // off while an import or export runs (as a reader's click on the disabled button does nothing)
  await expect(input).toBeEnabled();
  await input.setInputFiles(files);
  await page.getByRole('dialog').waitFor();
}

/** Confirms the preview's "Import N". */
export async function confirmImport(page: Page): Promise<void> {
  await page.getByRole('dialog').getByRole('button', { name: /^Import [\d,]+$/ }).click();
}

/** Imports a file through the library: choose it, then confirm the preview. */
export async function importThroughLibrary(page: Page, files: Files): Promise<void> {
  await chooseImport(page, files);
  await confirmImport(page);
}

/** Closes the dialog of a file that cannot be imported. */
export async function cancelImport(page: Page): Promise<void> {
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
}

/** The files of a downloaded zip, by name, as text. */
export function zipTexts(file: string): Map<string, string> {
  return new Map(Object.entries(unzipSync(readFileSync(file))).map(([name, bytes]) => [name, strFromU8(bytes)]));
}
