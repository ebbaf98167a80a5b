import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { clippingWords, ClippingsDb } from '../../../utils/clippings/db';
import { forgetOrders, queryLibrary, type LibraryQuery, type SortField } from '../../../utils/clippings/query';
import { matchesPhrases, parseQuery } from '../../../utils/clippings/search-index';
import type { Clipping } from '../../../utils/clippings/types';
import { makeClipping, seedLibrary } from './helpers';

// A search with many matches and no order of the library read yet (the first after the library opens) reads the
// sort's order in growing chunks until they hold its page, and the whole order only past them. Its answer must be the
// one a plain scan of every clipping gives, wherever the page lies (chunks resumed inside a run of equal keys too).

/** Newest first: 2,100 link-only clippings (a title, no text), then 300 articles. */
const LINKS = 2_100;
const ARTICLES = 300;
const TOPICS = ['harbour', 'glacier', 'orchard'];
const library: Clipping[] = [
  ...Array.from({ length: ARTICLES }, (_, i) => makeClipping(i + 1, {
    title: i % 4 ? `Ledger entry ${i % 37}` : `Harbour report ${i}`, siteName: i % 9 ? `Site ${i % 5}` : null,
    publishedTime: i % 7 ? new Date(Date.UTC(2020, 0, 1 + (i % 50))).toISOString() : null,
    text: i % 3 ? `the ledger of the quiet harbour, part ${i}` : `the harbour ledger, part ${i}`, tags: i % 2 ? ['kept'] : [],
    savedAt: 1_600_000_000_000 + ((i * 7919) % ARTICLES) * 1000,
  })),
  ...Array.from({ length: LINKS }, (_, i) => makeClipping(ARTICLES + i + 1, {
    kind: 'article', linkOnly: true, title: `${TOPICS[i % 3]} notes number ${i}`, siteName: i % 11 ? 'pocket.example' : null, publishedTime: null,
    text: '', html: '', excerpt: '', tags: i % 5 ? [] : ['kept'], savedAt: 1_700_000_000_000 + ((i * 4099) % LINKS) * 1000,
  })),
];

let db: ClippingsDb;
beforeAll(async () => {
  db = new ClippingsDb(`query-head-${Math.random()}`);
  await seedLibrary(db, library, (c) => c.id % 10 === 0);
}, 60_000);
afterAll(() => db.delete());

/** IndexedDB's order of keys: numbers before text, text by code unit. */
function compareKeys(a: number | string, b: number | string): number {
  if (typeof a !== typeof b) return typeof a === 'number' ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The plain scan: every clipping holding the query's words and phrases, in the sort's order (those without the field last, newest id first). */
function scan(q: LibraryQuery, sort: Exclude<SortField, 'state'>, desc: boolean): number[] {
  const parsed = parseQuery(q.search ?? '');
  const hits = library.filter((c) => {
    const words = new Set(clippingWords(c));
    return parsed.terms.every((t) => words.has(t)) && (!parsed.prefix || [...words].some((w) => w.startsWith(parsed.prefix!)))
      && matchesPhrases(parsed, c.title, c.text, c.note, ...c.highlights.map((h) => h.note)) && (!q.tag || c.tags.includes(q.tag));
  });
  const has = (c: Clipping) => c[sort] !== null && c[sort] !== undefined;
  const keyed = hits.filter(has).sort((a, b) => compareKeys(a[sort] as number | string, b[sort] as number | string) || a.id - b.id);
  if (desc) keyed.reverse();
  return [...keyed, ...hits.filter((c) => !has(c)).sort((a, b) => b.id - a.id)].map((c) => c.id);
}

const SEARCHES: LibraryQuery[] = [
  { search: 'harbour ' }, // links and articles alike: the head holds the first pages
  { search: 'notes glac' }, // links only
  { search: 'ledger ' }, // articles only: past the head of the newest-first order
  { search: 'harb' }, // a word being typed
  { search: 'harbour ', tag: 'kept' },
  { search: '"harbour ledger"' }, // a phrase: checked against the texts
];

describe('a search before the order of the library is read', () => {
  it("gives the plain scan's page and total, for every sort, direction and page, link-only clippings first", async () => {
    for (const q of SEARCHES) {
      for (const sort of ['savedAt', 'publishedTime', 'title', 'siteName', 'updatedAt'] as const) {
        for (const desc of [true, false]) {
          const expected = scan(q, sort, desc);
          expect(expected.length, JSON.stringify(q)).toBeGreaterThanOrEqual(100);
          for (const offset of [0, 25, 190]) {
            forgetOrders(db);
            const page = await queryLibrary(db, { ...q, sort, desc, offset, limit: 25 });
            const where = `${JSON.stringify(q)} ${sort} ${desc ? 'desc' : 'asc'} from ${offset}`;
            expect(page.items.map((c) => c.id), where).toEqual(expected.slice(offset, offset + 25));
            expect(page.total ?? (await page.count!(() => false)), where).toBe(expected.length);
          }
        }
      }
    }
  }, 120_000);

  it('reads chunks until they hold the page, the whole order when the matches so far put the page past them or they end first', async () => {
    const getAllKeys = vi.spyOn(IDBIndex.prototype, 'getAllKeys');
    /** [chunks read, whole orders read] */
    const reads = async (q: LibraryQuery) => {
      forgetOrders(db);
      getAllKeys.mockClear();
      await queryLibrary(db, { limit: 25, ...q });
      // The order's reads, not the search index's (Dexie reads its keys with getAllKeys too).
      const order = getAllKeys.mock.calls.filter((_, i) => (getAllKeys.mock.contexts[i] as IDBIndex).objectStore.name === 'clippings');
      const whole = order.filter((args) => args.length === 0).length;
      return [order.length - whole, whole];
    };
    expect(await reads({ search: 'harbour ' })).toEqual([1, 0]);
    expect(await reads({ search: 'notes ', sort: 'title', desc: false })).toEqual([1, 0]);
    // A later page: chunks of 500 and 1,000 keys.
    expect(await reads({ search: 'notes glac', offset: 190 })).toEqual([2, 0]);
    // Past the 2,100 link-only clippings: no match in the first chunk, so the whole order at once.
    expect(await reads({ search: 'ledger ' })).toEqual([1, 1]);
    // The clippings without a published date are not in its index: the chunks end before the page.
    expect((await reads({ search: 'notes ', sort: 'publishedTime' }))[1]).toBe(1);
    getAllKeys.mockRestore();
  });
});
