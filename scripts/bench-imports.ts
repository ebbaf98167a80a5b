// The part of `npm run bench:library` for issue #13, run in a library of about 10,000 clippings: export all as a
// Markdown folder (the zip checked with the system's unzip, every file parsed as YAML front matter + Markdown),
// import a generated 20,000-item Pocket export (link only; choosing the file → preview → confirmed → committed,
// with the progress bar seen), then the first page and searches at ~30,000 clippings.
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { LIBRARY_PAINTED } from '../utils/perf-marks';
import { pocketZip, type PocketRow } from '../tests/fixtures/imports';
import { firstPageSteps, firstSearch, importFile, takePhases, timeLibraryQuery } from './bench-browser';

type Note = (name: string, ms: number) => void;

const POCKET_ITEMS = 20_000;
export const TOPICS = ['harbour', 'glacier', 'orchard', 'violin', 'satellite', 'lighthouse', 'marathon', 'volcano', 'bakery', 'telescope'];

/** The rows of the 20,000-item Pocket export. */
export function pocketRows(): PocketRow[] {
  return Array.from({ length: POCKET_ITEMS }, (_, i) => ({
    title: `${TOPICS[i % TOPICS.length]} notes number ${i}`, url: `https://pocket.example/${TOPICS[i % TOPICS.length]}/article-${i}?utm_source=pocket`,
    time_added: 1_500_000_000 + i * 600, tags: i % 3 ? `${TOPICS[(i * 7) % TOPICS.length]}|pocket` : '', status: i % 4 ? 'unread' : 'archive',
  }));
}

/** A 20,000-item Pocket export, in the two parts Pocket writes; returns its path. */
export function writePocketExport(work: string): string {
  const rows = pocketRows();
  const file = path.join(work, 'pocket-export.zip');
  writeFileSync(file, pocketZip(rows, [], 10_000));
  return file;
}

export interface ImportBench {
  folderFiles: number;
  folderUnzipOk: boolean;
  folderParseFailures: string[];
  sawProgress: boolean;
  libraryCount: number;
  /** Where the time of the last folder export and of the Pocket import went, phase by phase (page and background). */
  phases: Array<[string, number]>;
  /** The count the library showed for each phrase, at ~30,000. */
  phraseCounts: Record<string, number>;
}

/** Searches of the seeded clippings, timed again at ~30,000. */
export interface SeedSearches {
  words: readonly string[];
  phrases: readonly string[];
}

export async function benchImports(library: Page, work: string, runs: number, note: Note, steps: Array<[string, number]>, seed: SeedSearches): Promise<ImportBench> {
  // Export all as a Markdown folder, twice; the first zip is unpacked and every file parsed.
  let zipFile = '';
  let exportPhases: Array<[string, number]> = [];
  await takePhases(library);
  for (let i = 0; i < 2; i++) {
    const start = Date.now();
    const [download] = await Promise.all([
      library.waitForEvent('download', { timeout: 300_000 }),
      library.getByRole('button', { name: 'Export all (Markdown folder)' }).click(),
    ]);
    const file = path.join(work, `folder-${i}.zip`);
    await download.saveAs(file);
    note('export all as a Markdown folder (zip) (s)', (Date.now() - start) / 1000);
    exportPhases = await takePhases(library);
    zipFile ||= file;
  }
  let folderUnzipOk = true;
  try {
    execFileSync('unzip', ['-tqq', zipFile]);
  } catch {
    folderUnzipOk = false;
  }
  const out = path.join(work, 'folder');
  mkdirSync(out);
  execFileSync('unzip', ['-qq', zipFile, '-d', out]);
  const dir = path.join(out, readdirSync(out)[0]!);
  const names = readdirSync(dir);
  const folderParseFailures = names.filter((name) => {
    const match = /^---\n([\s\S]*?)\n---\n\n# [^\n]*\n/.exec(readFileSync(path.join(dir, name), 'utf8'));
    try {
      return !match || typeof (parseYaml(match[1]!) as { title?: unknown }).title !== 'string';
    } catch {
      return true;
    }
  });

  const pocketFile = writePocketExport(work);
  const sawProgress = library.locator('.cr-progress').filter({ hasText: /Importing… [\d,]+ of 20/ }).waitFor({ timeout: 300_000 }).then(() => true, () => false);
  const worker = library.context().serviceWorkers()[0]!;
  await takePhases(worker);
  note(`import a ${POCKET_ITEMS.toLocaleString()}-item Pocket export, link only (s)`, (await importFile(library, pocketFile)) / 1000);
  const phases = [...exportPhases, ...(await takePhases(library)), ...(await takePhases(worker))];

  // The library at ~30,000 clippings.
  for (let i = 0; i < runs; i++) {
    await library.reload();
    await library.waitForFunction((m) => performance.getEntriesByName(m).length > 0, LIBRARY_PAINTED, { timeout: 60_000 });
    note('library first page painted, after the Pocket import', await library.evaluate((m) => performance.getEntriesByName(m)[0]!.startTime, LIBRARY_PAINTED));
    for (const [step, ms] of await firstPageSteps(library)) steps.push([`first page after the Pocket import: ${step}`, ms]);
  }
  const libraryCount = await library.evaluate(() => new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('clean-reader');
    open.onsuccess = () => {
      const count = open.result.transaction('clippings').objectStore('clippings').count();
      count.onsuccess = () => (open.result.close(), resolve(count.result));
      count.onerror = () => reject(count.error);
    };
    open.onerror = () => reject(open.error);
  }));
  for (let i = 0; i < runs; i++) note('search: the first after the library opens, a word, after the Pocket import', await firstSearch(library, seed.words[i % seed.words.length]!));
  // The same, for a word of the Pocket titles only: their clippings are the oldest, past the head of the newest-first order.
  for (let i = 0; i < runs; i++) note('search: the first after the library opens, a word of the older Pocket titles', await firstSearch(library, TOPICS[i % TOPICS.length]!));
  const phraseCounts: Record<string, number> = {};
  for (let i = 0; i < runs; i++) {
    const word = TOPICS[i % TOPICS.length]!;
    note('search: a word, after the Pocket import', (await timeLibraryQuery(library, () => library.getByRole('searchbox').fill(word), 'search', word)).ms);
    const phrase = `"${seed.phrases[i % seed.phrases.length]!}"`;
    const { ms, total } = await timeLibraryQuery(library, () => library.getByRole('searchbox').fill(phrase), 'search', phrase);
    note('search: a phrase, after the Pocket import', ms);
    phraseCounts[phrase] = total;
    await timeLibraryQuery(library, () => library.getByRole('searchbox').fill(''), 'search', '');
  }
  return { folderFiles: names.length, folderUnzipOk, folderParseFailures, sawProgress: await sawProgress, libraryCount, phases, phraseCounts };
}
