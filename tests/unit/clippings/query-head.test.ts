// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { clippingIndex, ClippingsDb } from '../../../utils/clippings/db';
import { forgetOrders, orderedIds, queryLibrary, WARM_CHUNK, type LibraryQuery, type SortField } from '../../../utils/clippings/query';
import { matchesPhrases, parseQuery } from '../../../utils/clippings/search-index';
import type { Clipping } from '../../../utils/clippings/types';
import { makeClipping, pageInTwo, seedLibrary } from './helpers';

// A search with many matches and no order of the library read yet (the first after the library opens) reads the
// sort's order in growing chunks until they hold its page, and the whole order only past them. Its answer must be the
// one a plain scan of every clipping gives, wherever the page lies (chunks resumed inside a run of equal keys too).

/** Newest first: 2,100 link-only clippings (a title, no text), then 300 articles, then 120 large ones. */
const LINKS = 2_100;
const ARTICLES = 300;
const BULKY = 120;
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
  // Older than every other, and large: their records cost more to read than the order.
  ...Array.from({ length: BULKY }, (_, i) => makeClipping(ARTICLES + LINKS + i + 1, {
    title: `Bulky dossier ${i}`, text: `bulky ${'filler words '.repeat(1_000)}`, html: `<p>${'filler words '.repeat(1_000)}</p>`,
    savedAt: 1_500_000_000_000 + i * 1000,
  })),
];
const TOTAL = ARTICLES + LINKS + BULKY;

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
    const words = new Set(clippingIndex(c).words);
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
  { search: 'bulky ' }, // the oldest, and large
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

  it("reads chunks until they hold the page; past them, the matches' records when small, else the whole order", async () => {
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
    // Newest first (the default sort): sorted from the sort-key rows, no key of the order read, wherever the page lies.
    for (const q of [{ search: 'harbour ' }, { search: 'notes glac', offset: 190 }, { search: 'ledger ' }, { search: 'bulky ' }]) expect(await reads(q)).toEqual([0, 0]);
    expect(await reads({ search: 'notes ', sort: 'title', desc: false })).toEqual([1, 0]);
    // A later page: chunks of 500 and 1,000 keys.
    expect(await reads({ search: 'notes glac', offset: 190, sort: 'title' })).toEqual([2, 0]);
    // Past the 2,100 link-only clippings (oldest first): no match in the first chunk; the 300 small articles' records are read and sorted.
    expect(await reads({ search: 'ledger ', sort: 'updatedAt', desc: false })).toEqual([1, 0]);
    // The clippings without a published date are not in its index: the chunks end before the page; the links are read.
    expect(await reads({ search: 'notes ', sort: 'publishedTime' })).toEqual([1, 0]);
    // 120 records of ~50 KB: the whole order rather than 6 MB of records.
    expect(await reads({ search: 'bulky ', sort: 'updatedAt', desc: false })).toEqual([1, 1]);
    getAllKeys.mockRestore();
  });
});

describe("a query's first screen first (LibraryQuery.first), then the rest of its page", () => {
  it("gives the plain scan's page and total on every path: the order read or not, few or many matches, words or phrases", async () => {
    for (const q of [...SEARCHES, { search: '"ledger of"' }, { search: '"part harbour"' }, { tag: 'kept' }, {}]) {
      for (const [sort, desc] of [['savedAt', true], ['title', false], ['publishedTime', true]] as const) {
        const expected = q.search || q.tag ? scan(q, sort, desc) : null;
        for (const ordered of [false, true]) {
          forgetOrders(db);
          if (ordered) await orderedIds(db, sort, desc);
          for (const [offset, first] of [[0, 1], [0, 7], [25, 7], [0, 25]] as const) {
            const page = await queryLibrary(db, { ...q, sort, desc, offset, limit: 25, first });
            const where = `${JSON.stringify(q)} ${sort} ${ordered ? 'ordered' : 'unordered'} from ${offset}, first ${first}`;
            const { first: shown, ids, total } = await pageInTwo(page);
            const want = expected ?? (await queryLibrary(db, { sort, desc, offset, limit: 25 })).items.map((c) => c.id);
            expect(ids, where).toEqual(expected ? expected.slice(offset, offset + 25) : want);
            expect(shown, where).toEqual(ids.slice(0, first));
            if (expected) expect(total, where).toBe(expected.length);
          }
        }
      }
    }
  }, 60_000);
});

describe('a phrase search, the order read', () => {
  it("gives the plain scan's page and total whatever share of its candidates holds the phrase", async () => {
    // "ledger of": 2 articles in 3 (a third say "harbour ledger, part"); "harbour ledger": a third; "quiet harbour": 2 in 3 of
    // the articles' words "quiet" and "harbour" (the links hold "harbour" only); "part harbour": none (every candidate read).
    for (const search of ['"ledger of"', '"harbour ledger"', '"quiet harbour"', '"part harbour"', '"harbour ledger" part ']) {
      for (const [sort, desc] of [['savedAt', true], ['title', false], ['publishedTime', true]] as const) {
        const expected = scan({ search }, sort, desc);
        await orderedIds(db, sort, desc);
        for (const offset of [0, 25, 60]) {
          const page = await queryLibrary(db, { search, sort, desc, offset, limit: 25 });
          const where = `${search} ${sort} from ${offset}`;
          expect(page.items.map((c) => c.id), where).toEqual(expected.slice(offset, offset + 25));
          expect(page.total ?? (await page.count!(() => false)), where).toBe(expected.length);
        }
      }
    }
    // 45 pages and counts: ~5 s on main under load (the default timeout).
  }, 30_000);
});

describe('the warm-up: the order of the library read in chunks', () => {
  const SORTS = ['savedAt', 'publishedTime', 'title', 'siteName', 'updatedAt', 'state'] as const;

  it('gives the order one request gives, for every sort and direction (chunks resumed inside runs of equal keys)', async () => {
    for (const sort of SORTS) {
      for (const desc of [true, false]) {
        forgetOrders(db);
        const whole = await orderedIds(db, sort, desc);
        forgetOrders(db);
        expect(await orderedIds(db, sort, desc, { inChunks: true }), `${sort} ${desc}`).toEqual(whole);
        expect(whole.length).toBe(TOTAL);
      }
    }
  });

  it('reads WARM_CHUNK keys a request, and the rest at once when a query asks for the order meanwhile', async () => {
    const getAllKeys = vi.spyOn(IDBIndex.prototype, 'getAllKeys');
    const counts = () => getAllKeys.mock.calls.filter((_, i) => (getAllKeys.mock.contexts[i] as IDBIndex).objectStore.name === 'clippings').map((a) => a[1]);
    forgetOrders(db);
    const whole = await orderedIds(db, 'savedAt', true);
    forgetOrders(db);
    getAllKeys.mockClear();
    await orderedIds(db, 'savedAt', true, { inChunks: true });
    expect(TOTAL).toBeGreaterThan(2 * WARM_CHUNK);
    expect(counts()).toEqual(Array.from({ length: Math.ceil(TOTAL / WARM_CHUNK) }, () => WARM_CHUNK));
    forgetOrders(db);
    getAllKeys.mockClear();
    const warm = orderedIds(db, 'savedAt', true, { inChunks: true });
    const asked = orderedIds(db, 'savedAt', true);
    expect(asked).toBe(warm);
    expect(await asked).toEqual(whole);
    expect(counts()).toEqual([WARM_CHUNK, undefined]);
    getAllKeys.mockRestore();
  });

  it('reads the order again in one request when the clippings change between two chunks', async () => {
    forgetOrders(db);
    const warm = orderedIds(db, 'savedAt', false, { inChunks: true });
    const extra = makeClipping(TOTAL + 1, { title: 'A late save', savedAt: 1_400_000_000_000 });
    await db.clippings.add(extra);
    const order = await warm;
    expect(order[0]).toBe(extra.id);
    expect(order.length).toBe(TOTAL + 1);
    await db.clippings.delete(extra.id);
    forgetOrders(db);
  });
});
