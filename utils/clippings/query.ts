// Library reads: one page of clippings for a search, filters and sort, through IndexedDB indexes only.
// Ordering reads index keys (ids), never records; only the page's clippings are loaded, plus the word pairs of
// phrase-search candidates and the texts of those that may hold the phrase, in batches.
import Dexie, { cmp } from 'dexie';
import { idsWithPrefix, idsWithWord, phraseFields, SORT_KEYS_FROM, type ClippingsDb, type SearchRow } from './db';
import { sortBySavedAt, type SortKeyRow } from './sort-keys';
import { isEmptyQuery, matchesPhrases, parseQuery, type ParsedQuery } from './search-index';
import type { Clipping, ClippingKind, ClippingState } from './types';
import { knownPairs, pairsOf } from './pair-memory';
import { readOne } from './raw-read';
import { mayHoldPhrases } from './word-pairs';

/** `state`: in progress first (the one read last on top), then unread, finished, archived. */
export type SortField = 'savedAt' | 'publishedTime' | 'title' | 'siteName' | 'updatedAt' | 'state';
type IndexedSort = Exclude<SortField, 'state'>;

export interface LibraryQuery {
  search?: string;
  tag?: string | null;
  site?: string | null;
  kind?: ClippingKind | null;
  state?: ClippingState | null;
  /** Only clippings with at least one highlight. */
  hasHighlights?: boolean;
  sort?: SortField;
  /** Descending (newest, Z→A). Defaults: dates descending, title and site ascending. */
  desc?: boolean;
  offset?: number;
  limit?: number;
  /**
   * How many of the page's clippings to read (for a phrase, to find) before the page is returned: those that fill the
   * reader's window. The others come from `LibraryPage.rest`, once the first ones are shown. Default: the whole page.
   */
  first?: number;
}

export interface LibraryPage {
  items: Clipping[];
  /**
   * Null when not counted: an unfiltered page while the sort-key rows are being filled after an upgrade (the library's
   * count is then the total), a phrase search (see `count`).
   */
  total: number | null;
  parsed: ParsedQuery;
  /**
   * A phrase search whose page filled before every candidate was checked: checks the rest and gives the total.
   * The candidates whose word pairs may hold the phrase have their texts read to check it (tens to hundreds of texts
   * of ~10 KB for a common phrase), so the page is shown once its own matches are found, and counted after.
   * `stale` stops it once the search is no longer shown: the database runs its reads in turn, and a count left
   * running would hold the next search behind it.
   */
  count?: (stale: () => boolean) => Promise<number>;
  /**
   * The page's clippings after `items`, when the query asked for its `first` ones (and there are more): read, or for a
   * phrase found, when called. `stale` stops the reads once the search is no longer shown (the clippings are then too few).
   * A phrase's `count` checks the candidates past the whole page: call it once this is done.
   */
  rest?: (stale: () => boolean) => Promise<Clipping[]>;
}

const PHRASE_BATCH = 100;

/** The ids matching the search and filters, or null when nothing filters (everything matches). */
async function matchingIds(db: ClippingsDb, q: LibraryQuery, parsed: ParsedQuery): Promise<Set<number> | null> {
  const sets: Array<Promise<number[]>> = [];
  if (q.tag) sets.push(db.clippings.where('tags').equals(q.tag).primaryKeys());
  if (q.site) sets.push(db.clippings.where('siteName').equals(q.site).primaryKeys());
  if (q.kind) sets.push(db.clippings.where('kind').equals(q.kind).primaryKeys());
  if (q.state) sets.push(db.clippings.where('state').equals(q.state).primaryKeys());
  if (q.hasHighlights) sets.push(db.clippings.where('highlightCount').above(0).primaryKeys());
  for (const term of parsed.terms) sets.push(idsWithWord(db, term));
  if (parsed.prefix) sets.push(idsWithPrefix(db, parsed.prefix));
  if (sets.length === 0) return null;
  const lists = (await Promise.all(sets)).sort((a, b) => a.length - b.length);
  let result = new Set(lists[0]);
  // Smallest first; each longer list is walked against the ids kept so far (a Set of each list was most of this
  // step for a phrase of common words: three lists of ~10,000 ids).
  for (const list of lists.slice(1)) {
    if (result.size === 0) break;
    const kept = new Set<number>();
    for (const id of list) if (result.has(id)) kept.add(id);
    result = kept;
  }
  return result;
}

// Orders of all ids per sort, per database: kept until the clippings change (in any page or the
// background: Dexie broadcasts its 'storagemutated' event across same-origin contexts).
interface OrderRead {
  order: Promise<number[]>;
  /** Set when a query waits for an order being read in chunks: the rest is then read in one request. */
  hurry: { now: boolean };
  /** The order is read. */
  done: boolean;
}
const orderCache = new WeakMap<ClippingsDb, Map<string, OrderRead>>();
const orderKey = (sort: SortField, desc: boolean) => `${sort}:${desc}`;
let listening = false;
/** The changes heard, per database name: an order read in chunks across one is read again in one request. */
const changes = new Map<string, number>();
const changed = (name: string) => void changes.set(name, (changes.get(name) ?? 0) + 1);

/** Forgets the cached orders (call after a write the page made, if Dexie's event has not said so). */
export function forgetOrders(db: ClippingsDb): void {
  orderCache.delete(db);
  changed(db.name);
}

/**
 * Every id in sort order, cached; clippings without the field (no date, no site) last. `inChunks` (the library's
 * warm-up, which no one waits for): an indexed order is read WARM_CHUNK keys a request, so that what the reader does
 * meanwhile (a search, a save through the background) waits for one chunk, not for the whole order (0.3 s at 30,000
 * clippings on a quiet machine, 1–3 s under load: Chromium runs a database's requests in turn). A query that then
 * needs the order itself has the rest read at once.
 */
export function orderedIds(db: ClippingsDb, sort: SortField, desc: boolean, { inChunks = false } = {}): Promise<number[]> {
  listen();
  let cache = orderCache.get(db);
  if (!cache) {
    orderCache.set(db, (cache = new Map()));
    allCaches.add(cache);
  }
  const key = orderKey(sort, desc);
  let read = cache.get(key);
  if (!read) {
    const hurry = { now: !inChunks };
    const entry: OrderRead = { order: readOrder(db, sort, desc, hurry), hurry, done: false };
    entry.order.then(() => void (entry.done = true), () => cache.delete(key));
    cache.set(key, (read = entry));
  }
  if (!inChunks) read.hurry.now = true;
  return read.order;
}
const allCaches = new Set<Map<string, OrderRead>>();

/** Hears the changes to the clippings made anywhere (Dexie's 'storagemutated'), once: they end what is kept of them here. */
function listen(): void {
  if (listening) return;
  listening = true;
  Dexie.on('storagemutated', (parts) => {
    // Parts are named idb://<database>/<table>/<index>; the orders are of the clippings (a write to the search index
    // alone, such as the word pairs' fill, leaves them as they are).
    const names = new Set(Object.keys(parts).map((part) => part.split('/')).filter((part) => part[3] === 'clippings').map((part) => part[2] ?? ''));
    for (const name of names) changed(name);
    if (names.size) for (const cached of allCaches) cached.clear();
  });
}

/** The sort-key rows read, and the count of changes heard when they were asked for: kept until the next change. */
const keptRows = new WeakMap<ClippingsDb, { heard: number | undefined; rows: Promise<SortKeyRow[] | null> }>();

/**
 * Every sort-key row (30 of 8 KB at 30,000 clippings, one request), kept until the clippings change as the orders are, so
 * that the reader's next searches sort without reading them again; null while they are filled after an upgrade (not kept).
 */
function sortKeyRows(db: ClippingsDb): Promise<SortKeyRow[] | null> {
  listen();
  const heard = changes.get(db.name);
  const kept = keptRows.get(db);
  if (kept && kept.heard === heard) return kept.rows;
  const entry = { heard, rows: Promise.all([sortKeysReady(db), db.sortKeys.toArray()]).then(([ready, rows]) => (ready ? rows : null)) };
  keptRows.set(db, entry);
  const drop = () => void (keptRows.get(db) === entry && keptRows.delete(db));
  entry.rows.then((rows) => rows ?? drop(), drop);
  return entry.rows;
}

async function readOrder(db: ClippingsDb, sort: SortField, desc: boolean, hurry: { now: boolean }): Promise<number[]> {
  if (sort === 'state') return stateOrder(db, desc);
  const indexed = hurry.now ? await indexOrder(db, sort) : await chunkedIndexOrder(db, sort, hurry);
  if (desc) indexed.reverse();
  if (sort === 'savedAt' || sort === 'title' || sort === 'updatedAt') return indexed;
  const seen = new Set(indexed);
  const all = (await db.clippings.toCollection().primaryKeys()) as number[];
  return indexed.concat(all.filter((id) => !seen.has(id)).reverse());
}

/** Every id in the order of an index: IDBIndex.getAllKeys, one request (Dexie walks a cursor here). */
const indexOrder = (db: ClippingsDb, index: IndexedSort) => indexKeys(db, index, (i) => i.getAllKeys());

/** Keys a request when the warm-up reads an order in chunks (a few ms on a quiet machine, up to ~50 ms under load where records are large). */
export const WARM_CHUNK = 500;

/**
 * Every id in the order of an index, WARM_CHUNK keys a request, each from the index key of the last id before it (the
 * ids of that key read again are dropped: an index lists equal keys by id); the rest in one request once `hurry.now`.
 * A change heard meanwhile, or a run of equal keys longer than a chunk: the whole order in one request.
 */
async function chunkedIndexOrder(db: ClippingsDb, index: IndexedSort, hurry: { now: boolean }): Promise<number[]> {
  const heard = changes.get(db.name);
  const order: number[] = [];
  const seen = new Set<number>();
  let from: IDBValidKey | null = null;
  for (;;) {
    const count = hurry.now ? undefined : WARM_CHUNK;
    const range = from === null ? null : IDBKeyRange.lowerBound(from);
    const chunk = await indexKeys(db, index, (i) => i.getAllKeys(range, count));
    if (changes.get(db.name) !== heard) return indexOrder(db, index);
    const before = order.length;
    for (const id of chunk) if (!seen.has(id)) (seen.add(id), order.push(id));
    if (count === undefined || chunk.length < count) return order;
    if (order.length === before) return indexOrder(db, index);
    from = await keyOf(db, index, chunk.at(-1)!);
    if (from === null) return indexOrder(db, index);
  }
}

/** The index key of one clipping (one record read: no request gives an index's keys and ids at once), null when gone. */
async function keyOf(db: ClippingsDb, index: IndexedSort, id: number): Promise<IDBValidKey | null> {
  return ((await db.clippings.get(id))?.[index] ?? null) as IDBValidKey | null;
}

/** The ids an index gives for `ask` (one request on the clippings' index). */
async function indexKeys(db: ClippingsDb, index: IndexedSort, ask: (index: IDBIndex) => IDBRequest<IDBValidKey[]>): Promise<number[]> {
  return (await readOne(db, 'clippings', (store) => ask(store.index(index)))) as number[];
}

/**
 * The rows of these keys in one table (undefined where none), in one read-only transaction of IndexedDB's own: one
 * request a key and no callback of ours until the last one's result. Dexie's bulkGet takes each result in a callback
 * and a promise of its own (at 30,000 clippings, the ~500 search rows a phrase with no match reads: ~a third of the
 * page's busy time in a trace, in microtasks and Dexie's async tasks). The page's records and a phrase's texts are read
 * so too.
 */
export async function rowsOf<T>(db: ClippingsDb, table: 'search' | 'clippings', keys: readonly number[]): Promise<Array<T | undefined>> {
  if (keys.length === 0) return [];
  if (!db.isOpen()) await db.open();
  const tx = db.backendDB().transaction(table, 'readonly');
  const store = tx.objectStore(table);
  const requests = keys.map((key) => store.get(key));
  return new Promise((resolve, reject) => {
    // A transaction's requests succeed in the order they were made: the last one's success is all of theirs (the
    // transaction's own completion comes a round trip to the database later).
    requests.at(-1)!.onsuccess = () => resolve(requests.map((r) => r.result as T | undefined));
    tx.onabort = () => reject(tx.error ?? new DOMException('The read was aborted.', 'AbortError'));
  });
}

/**
 * The ids of `orderedIds(db, sort, desc)` from the index key `from` on (from the start when null), at most `count`, in
 * one request; null for a descending order where getAllKeys takes no direction (it came with getAllRecords: Chromium
 * has both, Firefox neither). The index's order is that order's (ids without the field come after every indexed one;
 * 'prev' gives equal keys by descending id, the exact reverse of 'next'), and a chunk from `from` starts with the
 * ids of that key read before (an index holds each id once: the caller drops them).
 */
function orderChunk(db: ClippingsDb, sort: IndexedSort, desc: boolean, from: IDBValidKey | null, count: number): Promise<number[]> | null {
  if (!desc) return indexKeys(db, sort, (i) => i.getAllKeys(from === null ? null : IDBKeyRange.lowerBound(from), count));
  if (!('getAllRecords' in IDBIndex.prototype)) return null;
  const query = from === null ? null : IDBKeyRange.upperBound(from);
  return indexKeys(db, sort, (i) => (i.getAllKeys as (options: object) => IDBRequest<IDBValidKey[]>)({ query, count, direction: 'prev' }));
}

const STATE_ORDER: readonly ClippingState[] = ['reading', 'unread', 'finished', 'archived'];

/** Ids by state (STATE_ORDER), each state's clippings by their last change, latest first: index keys only. */
async function stateOrder(db: ClippingsDb, desc: boolean): Promise<number[]> {
  const [byChange, ...groups] = await Promise.all([indexOrder(db, 'updatedAt'), ...STATE_ORDER.map((s) => db.clippings.where('state').equals(s).primaryKeys())]);
  const rank = new Map<number, number>();
  groups.forEach((ids, r) => ids.forEach((id) => rank.set(id as number, r)));
  const ordered = STATE_ORDER.map((): number[] => []);
  for (const id of byChange.reverse()) ordered[rank.get(id) ?? 1]!.push(id);
  const all = ordered.flat();
  return desc ? all.reverse() : all;
}

export async function queryLibrary(db: ClippingsDb, q: LibraryQuery = {}): Promise<LibraryPage> {
  const parsed = parseQuery(q.search ?? '');
  const sort = q.sort ?? 'savedAt';
  const desc = q.desc ?? (sort === 'savedAt' || sort === 'publishedTime' || sort === 'updatedAt');
  const offset = Math.max(0, q.offset ?? 0);
  const limit = Math.max(1, q.limit ?? 50);
  const first = Math.min(limit, Math.max(1, q.first ?? limit));
  const filtered = Boolean(q.tag || q.site || q.kind || q.state || q.hasHighlights) || !isEmptyQuery(parsed);
  const known = orderCache.get(db)?.get(orderKey(sort, desc));
  // An order read in one request is as good as read; one the warm-up is still reading in chunks is not waited for.
  const cached = known !== undefined && (known.done || known.hurry.now);
  if (!filtered && sort === 'savedAt' && !cached) {
    // The first page of an unfiltered library: walk the index for just this page (the order of all ids,
    // ~10,000 keys, takes a few hundred ms in Chromium; it is then fetched once and kept).
    // Keys only (a key cursor: no values), then the page's clippings, and beside them the total from the sort-key rows
    // (not count(), which walks every record: a few hundred ms at 10,000), so the count, the range and the pager are
    // painted with the cards: left to the library's filter lists, read after a pause that is a timer, they came
    // 0.4–0.6 s after the cards (both browsers, 200 clippings), and 5.2 s after them in a look at firefox-esr at load ~17.
    const ordered = db.clippings.orderBy('savedAt');
    const pageIds = (await (desc ? ordered.reverse() : ordered).offset(offset).limit(limit).primaryKeys()) as number[];
    const [total, page] = await Promise.all([countFromSortKeys(db).catch(() => null), pageOfIds(db, pageIds, first, null, parsed)]);
    return { ...page, total };
  }
  if (!cached && sort !== 'state') {
    // Few matches (continue reading, a rare word, a small tag): read and sort them here, not the order of
    // the whole library (30,000 keys read and cloned, while the first page is being painted).
    const ids = await matchingIds(db, q, parsed);
    // More matches than a page, newest first: sorted from the sort-key rows, so only the page's records are read.
    const sorted = ids !== null && ids.size > limit && sort === 'savedAt' ? await bySavedAt(db, ids, desc) : null;
    if (sorted) return pageOf(db, null, sorted, parsed, offset, limit, first);
    if (ids !== null && ids.size <= SORT_HERE_UP_TO) {
      const read = parsed.phrases.length ? await phraseMaybes(db, [...ids], parsed) : [...ids];
      const found = (await rowsOf<Clipping>(db, 'clippings', read)).filter((c): c is Clipping => c !== undefined && holdsPhrases(parsed, c));
      const hits = sortClippings(found, sort, desc);
      return split(hits.slice(offset, offset + limit), first, hits.length, parsed);
    }
    if (ids !== null && parsed.phrases.length === 0) {
      const head = (await pageFromHead(db, ids, sort, desc, offset, limit)) ?? (await pageFromRecords(db, ids, sort, desc, offset, limit));
      if (head) return split(head, first, ids.size, parsed);
    }
    return pageOf(db, ids, await orderedIds(db, sort, desc), parsed, offset, limit, first);
  }
  const [ids, order] = await Promise.all([matchingIds(db, q, parsed), orderedIds(db, sort, desc)]);
  return pageOf(db, ids, order, parsed, offset, limit, first);
}

/**
 * Every clipping the search and filters select, by id, in no order: the library's "Select all matching". Index keys only
 * (no record is read) but for a phrase, whose candidates are ruled out by their word pairs and then checked against their
 * texts PHRASE_BATCH at a time, as its count does. Unfiltered: every id (one key read).
 */
export async function allMatchingIds(db: ClippingsDb, q: LibraryQuery): Promise<number[]> {
  const parsed = parseQuery(q.search ?? '');
  const ids = await matchingIds(db, q, parsed);
  if (ids === null) return (await db.clippings.toCollection().primaryKeys()) as number[];
  if (parsed.phrases.length === 0) return [...ids];
  const maybes = await phraseMaybes(db, [...ids], parsed);
  const found: number[] = [];
  for (let i = 0; i < maybes.length; i += PHRASE_BATCH) {
    for (const c of await rowsOf<Clipping>(db, 'clippings', maybes.slice(i, i + PHRASE_BATCH))) if (c && holdsPhrases(parsed, c)) found.push(c.id);
  }
  return found;
}

/** Whether every clipping has its `savedAt` in the sort-key rows (false while they are filled after an upgrade). */
const sortKeysReady = async (db: ClippingsDb) => !(await db.meta.get(SORT_KEYS_FROM));

/**
 * What the library reads once the reader pauses after its first paint: the newest-first order, in chunks (`orderedIds`
 * inChunks), only while the sort keys are being filled. Once they are, every newest-first search sorts its matches from
 * them and the unfiltered pages walk the index for their own ids: a warm-up read of every key (60 chunks at 30,000)
 * would only sit in the database's queue ahead of the reader's next searches and saves.
 */
export async function warmUp(db: ClippingsDb): Promise<void> {
  if (!(await sortKeysReady(db))) await orderedIds(db, 'savedAt', true, { inChunks: true });
}

/** How many clippings there are, from the sort-key rows (one request: 30 rows of 8 KB at 30,000); null while they are filled. */
export async function countFromSortKeys(db: ClippingsDb): Promise<number | null> {
  const rows = await sortKeyRows(db);
  if (!rows) return null;
  let count = 0;
  for (const row of rows) for (const key of row.savedAt) if (!Number.isNaN(key)) count++;
  return count;
}

/**
 * The matches in `savedAt` order, from the sort-key rows (utils/clippings/sort-keys.ts, `sortKeyRows`), not from their
 * records nor the whole order's index keys; null while the rows are being filled after an upgrade, or when one match has
 * no key there (written after they were read, its change not heard yet): read as before.
 */
async function bySavedAt(db: ClippingsDb, ids: ReadonlySet<number>, desc: boolean): Promise<number[] | null> {
  const rows = await sortKeyRows(db);
  return rows && sortBySavedAt(ids, rows, desc);
}

/** Below this many matches, and no order cached, the matches are sorted in memory (their records are small enough to read). */
const SORT_HERE_UP_TO = 100;

/**
 * A search with many matches and no order cached (the first after the library opens) reads the sort's order in chunks
 * of index keys, the first this long and each next one twice as long, until they hold its page (the whole order of
 * 30,000 keys: 1.7–2.0 s at load 17, its first 2,000 0.1–0.25 s). Past CHUNKS_UP_TO keys, or as soon as the matches
 * found so far say the page lies past them, the whole order is read (and kept): a descending chunk walks LevelDB
 * backwards, and 15,500 keys read so took longer than the whole order read forwards (an interleaved A/B, load 13–16).
 */
const FIRST_CHUNK = 500;
const CHUNKS_UP_TO = 7_500;

/** The page's clippings when the first CHUNKS_UP_TO keys of the sort's order hold it, else null. */
async function pageFromHead(db: ClippingsDb, ids: ReadonlySet<number>, sort: SortField, desc: boolean, offset: number, limit: number): Promise<Clipping[] | null> {
  if (sort === 'state' || ids.size < offset + limit) return null;
  const hits: number[] = [];
  const seen = new Set<number>();
  let from: IDBValidKey | null = null;
  for (let count = FIRST_CHUNK, read = count; read <= CHUNKS_UP_TO; count *= 2, read += count) {
    const chunk = await orderChunk(db, sort, desc, from, count);
    if (!chunk) return null;
    const fresh = chunk.filter((id) => !seen.has(id));
    for (const id of fresh) {
      seen.add(id);
      if (ids.has(id)) hits.push(id);
    }
    if (hits.length >= offset + limit) return stored(db, hits.slice(offset, offset + limit));
    // The index ended (the ids without the field come next), one key's ids fill a chunk, or at the rate of matches so
    // far the page lies past CHUNKS_UP_TO keys: the whole order then.
    if (chunk.length < count || fresh.length === 0 || seen.size * (offset + limit) > hits.length * CHUNKS_UP_TO) return null;
    // The next chunk starts at the key of the last id read.
    from = await keyOf(db, sort, chunk.at(-1)!);
    if (from === null) return null;
  }
  return null;
}

/**
 * The page of many matches that the head of the order does not hold (a word of older clippings, newer ones first), from
 * the matches' own records when they are small: a sample of SAMPLE records (the highest ids) gives their size, and
 * when all the matches' records come to at most RECORDS_UP_TO bytes they are read and sorted here, else null (the
 * whole order then). An index's keys cost far more to walk where its records are large (each entry is checked against
 * its record): at 30,020 clippings under load, the 10,000 articles' part of the newest-first order took 1.0–1.4 s of the
 * whole order's 1.0–1.7 s, and the 2,000 small records of one word 0.12–0.29 s.
 */
async function pageFromRecords(db: ClippingsDb, ids: ReadonlySet<number>, sort: IndexedSort, desc: boolean, offset: number, limit: number): Promise<Clipping[] | null> {
  const byId = [...ids].sort((a, b) => b - a);
  const sample = await stored(db, byId.slice(0, SAMPLE));
  const bytes = sample.reduce((sum, c) => sum + approximateSize(c), 0);
  if (sample.length === 0 || (bytes / sample.length) * ids.size > RECORDS_UP_TO) return null;
  const all = sample.concat(await stored(db, byId.slice(SAMPLE)));
  return sortClippings(all, sort, desc).slice(offset, offset + limit);
}
const SAMPLE = 25;
const RECORDS_UP_TO = 2_000_000;

/** A clipping's size as stored, roughly: its text fields, two bytes a character (what cloning it costs grows with it). */
function approximateSize(c: Clipping): number {
  let chars = c.html.length + c.text.length + c.title.length + c.url.length + c.note.length + c.excerpt.length + 200;
  for (const h of c.highlights) chars += h.quote.exact.length + h.note.length + 200;
  return chars * 2;
}

async function pageOf(db: ClippingsDb, ids: Set<number> | null, order: number[], parsed: ParsedQuery, offset: number, limit: number, first: number): Promise<LibraryPage> {
  const hits = ids === null ? order : order.filter((id) => ids.has(id));
  if (parsed.phrases.length > 0) return phrasePage(db, hits, parsed, offset, limit, first);
  return pageOfIds(db, hits.slice(offset, offset + limit), first, hits.length, parsed);
}

/** The page of these ids: the records of the `first` read now, the others by `rest`. */
async function pageOfIds(db: ClippingsDb, ids: number[], first: number, total: number | null, parsed: ParsedQuery): Promise<LibraryPage> {
  const items = await stored(db, ids.slice(0, first));
  return ids.length > first ? { items, total, parsed, rest: () => stored(db, ids.slice(first)) } : { items, total, parsed };
}

/** A page whose clippings are all read: the `first` in `items`, the others given by `rest` (shown after them). */
function split(items: Clipping[], first: number, total: number, parsed: ParsedQuery): LibraryPage {
  const rest = items.slice(first);
  return rest.length ? { items: items.slice(0, first), total, parsed, rest: async () => rest } : { items, total, parsed };
}

/** The clippings of these ids, in their order (an id deleted meanwhile left out). */
async function stored(db: ClippingsDb, ids: number[]): Promise<Clipping[]> {
  return (await rowsOf<Clipping>(db, 'clippings', ids)).filter((c): c is Clipping => c !== undefined);
}

/**
 * Clippings in the order `orderedIds` gives: by the field as IndexedDB compares keys (ties by id), reversed
 * when descending; those without the field (not in the index) last, the newest id first.
 */
function sortClippings(clippings: Clipping[], sort: IndexedSort, desc: boolean): Clipping[] {
  const keyed = clippings.filter((c) => c[sort] !== null && c[sort] !== undefined);
  keyed.sort((a, b) => cmp(a[sort], b[sort]) || a.id - b.id);
  if (desc) keyed.reverse();
  const rest = clippings.filter((c) => c[sort] === null || c[sort] === undefined).sort((a, b) => b.id - a.id);
  return keyed.concat(rest);
}

const holdsPhrases = (parsed: ParsedQuery, c: Clipping) => matchesPhrases(parsed, ...phraseFields(c));

/**
 * The candidates of a phrase search that may hold its phrases, in their order: the word pairs of their search rows
 * (SearchRow.pairs, ~0.5–1 KB against ~20 KB of text and HTML a record) rule the others out unread. Those the page's
 * memory holds (utils/clippings/pair-memory.ts) cost no read; the others are read in one transaction, and kept. A row
 * without pairs (a link, a short clipping, one written before schema v6) keeps its candidate: its text says.
 */
async function phraseMaybes(db: ClippingsDb, ids: number[], parsed: ParsedQuery): Promise<number[]> {
  const pairs = await pairsOf(db, ids, (unknown) => rowsOf<SearchRow>(db, 'search', unknown));
  return ids.filter((_, i) => mayHold(pairs[i], parsed));
}

/** Whether a candidate of these pairs (null or undefined: none known) may hold the phrases. */
const mayHold = (pairs: Uint8Array | null | undefined, parsed: ParsedQuery) => !pairs || mayHoldPhrases(pairs, parsed.phrases);

/**
 * The page of a phrase search. The texts of its first candidates, twice the page's worth, are read first (where half of
 * them or more hold the phrase, the page needs no more: a common phrase reads no word pairs), but for those whose pairs
 * the page's memory holds (utils/clippings/pair-memory.ts: filled while the library is idle) and rules out. Past them, only the
 * candidates whose word pairs may hold every phrase have their texts read, in order: the pairs (`phraseMaybes`) of as many
 * candidates as the share that held the phrases so far says the page needs (`pairsWindow`), then those maybes' texts a
 * batch at a time (`nextBatch`). Every read is a request whose result the page's thread takes in a task of its own (~0.05 ms
 * each in a trace, ~0.07 ms a search row and ~0.17 ms a record untraced, at 30,000 clippings): the pairs are read only once
 * the first texts leave the page short, and no more of them than it needs (a window of 200 read beside the first texts
 * held the page's render behind 200 results for a phrase those texts already filled). A phrase in none of the candidates
 * (or in few among hundreds) so reads their pairs, not their texts. The page is shown once its `first` matches are found
 * (then `rest` finds the others the same way, the texts read first counted as twice the whole page's: the same reads as
 * one page) or when no candidate is left; its total then follows from `count`, which reads the rest PHRASE_BATCH texts or
 * PAIRS_WINDOW pairs at a time, stopping once the search is stale.
 */
async function phrasePage(db: ClippingsDb, candidates: number[], parsed: ParsedQuery, offset: number, limit: number, first: number): Promise<LibraryPage> {
  const items: Clipping[] = [];
  /** The candidates whose texts are to be read, in order: the first ones all, then those whose pairs say maybe. */
  const maybes: number[] = [];
  /** How many candidates are looked at: their texts read or to be read, or ruled out by their pairs. */
  let scanned = 0;
  let found = 0;
  let checked = 0;
  /** Whether every candidate scanned so far is a maybe (no word pairs read yet). */
  let unfiltered = true;
  const whole = offset + limit;
  const keep = (batch: Array<Clipping | undefined>) => {
    for (const c of batch) {
      if (!c || !holdsPhrases(parsed, c)) continue;
      if (found >= offset && found < whole) items.push(c);
      found++;
    }
  };
  const texts = async (size: number) => {
    const batch = await rowsOf<Clipping>(db, 'clippings', maybes.slice(checked, checked + size));
    checked += batch.length;
    keep(batch);
  };
  /** The word pairs of the next `size` candidates: those that may hold the phrases join the maybes. */
  const pairs = async (size: number) => {
    const next = candidates.slice(scanned, scanned + size);
    scanned += next.length;
    unfiltered = false;
    maybes.push(...(await phraseMaybes(db, next, parsed)));
  };
  const left = () => checked < maybes.length || scanned < candidates.length;
  /** Finds the matches up to the `wanted`th (or to the candidates' end): the first texts read unfiltered, then as above. */
  const fill = async (wanted: number, stale: () => boolean) => {
    if (unfiltered && scanned < wanted * 2) {
      const next = candidates.slice(scanned, wanted * 2);
      scanned += next.length;
      // Unfiltered by a read: only the pairs the page's memory already holds rule any of them out.
      maybes.push(...next.filter((id) => mayHold(knownPairs(db, id), parsed)));
      await texts(maybes.length - checked);
    }
    while (found < wanted && left() && !stale()) {
      if (checked < maybes.length) await texts(nextBatch(wanted - found, found, checked));
      else await pairs(pairsWindow(wanted - found, found, scanned));
    }
  };
  await fill(offset + first, () => false);
  if (!left()) return split(items, first, found, parsed);
  const count = async (stale: () => boolean): Promise<number> => {
    while (left() && !stale()) {
      if (checked < maybes.length) await texts(PHRASE_BATCH);
      else await pairs(PAIRS_WINDOW);
    }
    return found;
  };
  if (first === limit) return { items, total: null, parsed, count };
  const rest = async (stale: () => boolean) => {
    await fill(whole, stale);
    return items.slice(first);
  };
  return { items: items.slice(0, first), total: null, parsed, rest, count };
}
/** Candidates whose word pairs are read at a time by a count, and by a page none of whose candidates held the phrases yet. */
const PAIRS_WINDOW = 200;
/** The fewest candidates whose pairs a page reads at a time (a search row costs under half a record; a request, ~1 ms more). */
const MIN_PAIRS_WINDOW = 50;

/**
 * How many more candidates' word pairs to read for `missing` more matches, `found` of the `scanned` candidates so far
 * having held the phrases: the expected number and half as many again (`nextBatch` of the candidates, not of the texts
 * read: the share among all candidates says how far to look), at least MIN_PAIRS_WINDOW; with no match yet,
 * PAIRS_WINDOW or as many as scanned, whichever is more (each window twice as long as all before).
 */
export function pairsWindow(missing: number, found: number, scanned: number): number {
  if (found === 0) return Math.max(PAIRS_WINDOW, scanned);
  return Math.max(MIN_PAIRS_WINDOW, nextBatch(missing, found, scanned));
}

/**
 * How many candidates to read next for `missing` more matches, `found` of the `checked` so far having held the phrases:
 * the expected number and half as many again (a short read costs one more request; a long one, texts read for nothing
 * while the page waits), at least MIN_PHRASE_BATCH; with no match yet, twice as many as checked, up to PHRASE_BATCH × 4.
 */
export function nextBatch(missing: number, found: number, checked: number): number {
  if (found === 0) return Math.min(PHRASE_BATCH * 4, Math.max(PHRASE_BATCH, checked * 2));
  return Math.max(MIN_PHRASE_BATCH, Math.ceil((missing * checked * 1.5) / found));
}
const MIN_PHRASE_BATCH = 10;
