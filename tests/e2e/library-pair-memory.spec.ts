import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, emptyLibrary } from './fixtures';
import { importThroughLibrary } from './import-dialog';

// The library keeps its clippings' word pairs in memory once read (utils/clippings/pair-memory.ts), so that a quoted
// phrase rules its candidates out without a read: a change made anywhere (the background writes it) must end what is kept
// of that clipping before the next phrase search, or the search would miss a phrase the change put in.
test.beforeAll(emptyLibrary);

/** The measure of a fill of the pairs' memory that read to its end (components/library/use-library-query.ts). */
const LIBRARY_PAIRS_HELD = 'cr-library-pairs-held';

/** 40 clippings long enough for word pairs, each with the words "heron" and "glides" apart (never "heron glides"). */
function backup(): string {
  const base = Date.UTC(2026, 9, 1, 9);
  const clippings = Array.from({ length: 40 }, (_, i) => {
    const text = `Estuary log ${i}. ${'A heron stood in the shallows while the tide glides over the mud. '.repeat(8)}`;
    return {
      id: 8000 + i, kind: 'article', key: '', url: `https://example.org/estuary-${i}`, canonicalUrl: `https://example.org/estuary-${i}`,
      title: `Estuary log ${i}`, byline: null, siteName: 'Tide Notes', publishedTime: null, lang: 'en', dir: 'ltr', savedAt: base + i * 60_000,
      tags: [], note: '', excerpt: text.slice(0, 100), wordCount: 120, textFragmentUrl: null, text, html: `<p>${text}</p>`,
    };
  });
  return JSON.stringify({ format: 'clean-reader-backup', version: 1, exportedAt: new Date(base).toISOString(), count: clippings.length, clippings });
}

/** The clippings' pairs are all held: the fill's measure, after the page was opened (or the last one counted). */
async function pairsHeld(page: Page, fills: number): Promise<void> {
  await expect.poll(() => page.evaluate((m) => performance.getEntriesByName(m).length, LIBRARY_PAIRS_HELD), { timeout: 20_000 }).toBeGreaterThan(fills);
}

test('a change made elsewhere or from the library is seen by the next phrase search, with the pairs held in memory', async ({ extContext, extensionId }) => {
  const library = await extContext.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  const file = path.join(tmpdir(), `${Date.now()}-estuary.json`);
  writeFileSync(file, backup());
  await importThroughLibrary(library, file);
  await expect(library.getByRole('status')).toContainText(/Imported: 40 new/);
  await library.reload();
  await pairsHeld(library, 0);
  expect(await library.evaluate((m) => (performance.getEntriesByName(m)[0] as PerformanceMeasure).detail, LIBRARY_PAIRS_HELD)).toMatchObject({ rows: 40, withPairs: 40 });

  const search = library.getByRole('searchbox', { name: 'Search' });
  await search.fill('"heron glides"');
  await expect(library.getByText('No clippings match.')).toBeVisible();

  // Elsewhere (another extension page, through the background): a note that holds the phrase. The open library hears it.
  const sender = await extContext.newPage();
  await sender.goto(`chrome-extension://${extensionId}/popup.html?tabId=999999`);
  expect(await sender.evaluate(() => chrome.runtime.sendMessage({ type: 'update-clipping', id: 8005, tags: [], note: 'The heron glides low at dusk.' }))).toMatchObject({ ok: true });
  await expect(library.locator('.cr-card-title')).toHaveText(['Estuary log 5']);

  // From the library itself: a note edited in a card, then the phrase searched again once the memory is filled again.
  await search.fill('"estuary log 12"');
  const card = library.locator('.cr-card').filter({ hasText: 'Estuary log 12' });
  await card.getByRole('button', { name: /Edit tags and note/ }).click();
  await card.getByLabel('Note').fill('Then the heron glides away.');
  await card.getByRole('button', { name: 'Save' }).click();
  await expect(card.locator('.cr-card-note')).toContainText('the heron glides away');
  await search.fill('"heron glides"');
  await expect(library.locator('.cr-card-title')).toHaveText(['Estuary log 12', 'Estuary log 5']);
  await Promise.all([library.close(), sender.close()]);
});
