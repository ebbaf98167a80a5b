import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, emptyLibrary } from './fixtures';
import { importThroughLibrary } from './import-dialog';

// A new query paints the cards that fill the window first, then the rest of its page below them (use-library-query.ts):
// what the reader sees must not move, flash or lose its place meanwhile.
test.beforeAll(emptyLibrary);

/** 60 clippings with "marmot" in every title, of varied lengths (cards of one to several lines). */
function backup(): string {
  const base = Date.UTC(2026, 10, 1, 9);
  const clippings = Array.from({ length: 60 }, (_, i) => {
    const text = `Marmot burrow survey number ${i}. ${'The colony woke early and the watchers counted them twice. '.repeat(1 + (i % 4))}`;
    return {
      id: 7000 + i, kind: 'article', key: '', url: `https://example.org/marmot-${i}`, canonicalUrl: `https://example.org/marmot-${i}`,
      title: i % 3 ? `Marmot survey ${i}` : `Marmot survey ${i}: a longer title that wraps onto a second line of the card in a narrow window`,
      byline: null, siteName: 'Alpine Notes', publishedTime: null, lang: 'en', dir: 'ltr', savedAt: base + i * 60_000, tags: i % 2 ? ['alps'] : [],
      note: '', excerpt: text.slice(0, 120), wordCount: 40, textFragmentUrl: null, text, html: `<p>${text}</p>`,
    };
  });
  return JSON.stringify({ format: 'clean-reader-backup', version: 1, exportedAt: new Date(base).toISOString(), count: clippings.length, clippings });
}

/** From now on, each change to the list of cards: how many there are, where the ones in the window are, the scroll and the page's width. */
async function watchList(page: Page): Promise<void> {
  await page.evaluate(() => {
    const list = document.querySelector('.cr-lib-list')!;
    const seen: Array<{ cards: number; tops: Record<string, number>; lastBottom: number; scrollY: number; width: number }> = [];
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver(() => {
      const cards = [...list.querySelectorAll<HTMLElement>(':scope > .cr-card')];
      const tops: Record<string, number> = {};
      for (const card of cards) {
        const box = card.getBoundingClientRect();
        if (box.top < window.innerHeight) tops[card.getAttribute('aria-labelledby')!] = box.top;
      }
      seen.push({ cards: cards.length, tops, lastBottom: cards.at(-1)?.getBoundingClientRect().bottom ?? 0, scrollY: window.scrollY, width: document.documentElement.clientWidth });
    }).observe(list, { childList: true });
  });
}
/**
 * From now on, when the library last heard that the library changed elsewhere (the background's 'library-changed',
 * sent once an import's commits go quiet).
 */
async function hearChanges(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { heardChange?: number };
    chrome.runtime.onMessage.addListener((message: { type?: string }) => void (message?.type === 'library-changed' && (w.heardChange = performance.now())));
  });
}

/**
 * What a reader waits for after an import before searching: its change heard, the list read again after it (a query
 * begun after the event), and a second of quiet with no other change. A change heard later re-reads the query shown
 * whole (use-library-query.ts): a search typed meanwhile would be painted whole with the same cards, its first screen
 * never seen.
 */
async function importSettled(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const heard = (window as unknown as { heardChange?: number }).heardChange;
          if (heard === undefined || performance.now() - heard < 1000) return false;
          return performance.getEntriesByName('cr-library-query').some((query) => query.startTime > heard);
        }),
      { timeout: 15_000 },
    )
    .toBe(true);
}
const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: Array<{ cards: number; tops: Record<string, number>; lastBottom: number; scrollY: number; width: number }> }).seen.splice(0));

test('a search paints the cards of the window first, then the rest of its page below them: nothing seen moves, the count is right, the scroll stays', async ({ extContext, extensionId }) => {
  const library = await extContext.newPage();
  await library.setViewportSize({ width: 1000, height: 700 });
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  const file = path.join(tmpdir(), `${Date.now()}-marmots.json`);
  writeFileSync(file, backup());
  await hearChanges(library);
  await importThroughLibrary(library, file);
  await expect(library.locator('.cr-notice')).toContainText('Imported: 60 new');
  await importSettled(library);
  await expect(library.locator('.cr-card')).toHaveCount(25);

  const search = library.getByRole('searchbox', { name: 'Search' });
  for (const [query, total] of [['marmot', 60], ['"colony woke"', 60], ['wraps', 20]] as const) {
    await watchList(library);
    await search.fill(query);
    await expect(library.locator('.cr-lib-count')).toHaveText(total > 25 ? `1–25 of ${total}` : `1–${total} of ${total}`);
    await expect(library.locator('.cr-card')).toHaveCount(Math.min(25, total));
    // The count and the cards can read right before the new query renders (the list before it may show the same): wait
    // until the watched list has reached the query's full page, then read what it went through.
    await expect.poll(() => library.evaluate((n) => (window as unknown as { seen: Array<{ cards: number }> }).seen.some((s) => s.cards === n), Math.min(25, total)), query).toBe(true);
    const states = (await seen(library)).filter((s) => s.cards > 0);
    const [first, last] = [states[0]!, states.at(-1)!];
    expect(last.cards, query).toBe(Math.min(25, total));
    if (total > 25) {
      // The first screen: fewer cards than the page, reaching past the window's bottom.
      expect(first.cards, query).toBeLessThan(25);
      expect(first.lastBottom, query).toBeGreaterThan(700);
    }
    // Every card seen in the window stays where it was painted; no scroll bar came or went; the scroll stayed.
    expect(last.tops, query).toMatchObject(first.tops);
    expect(Object.keys(first.tops).length, query).toBeGreaterThan(1);
    expect([last.width, last.scrollY], query).toEqual([first.width, first.scrollY]);
    await expect(search).toBeFocused();
  }

  // Scrolled down the page, a new sort asked from the keyboard: the reader stays where they are, the cards under them drawn.
  await search.fill('marmot');
  await expect(library.locator('.cr-card')).toHaveCount(25);
  await library.evaluate(() => window.scrollTo(0, 900));
  const scrolled = await library.evaluate(() => window.scrollY);
  expect(scrolled).toBe(900);
  await watchList(library);
  await library.evaluate(() => {
    const sort = document.querySelector<HTMLSelectElement>('#cr-sort')!;
    sort.value = 'saved-asc';
    sort.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await expect(library.locator('.cr-card-title').first()).toHaveText('Marmot survey 0: a longer title that wraps onto a second line of the card in a narrow window');
  await expect(library.locator('.cr-card')).toHaveCount(25);
  const states = (await seen(library)).filter((s) => s.cards > 0);
  for (const s of states) expect(s.scrollY).toBe(scrolled);
  expect(states[0]!.lastBottom).toBeGreaterThan(700);
  await library.close();
});
