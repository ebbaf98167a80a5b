// The word pairs of the search rows (SearchRow.pairs), kept in the library page's memory once read, as the sort keys
// are: a quoted phrase then rules its candidates in or out without a request. A phrase with no match at 30,000
// clippings read ~520 search rows, one request each, to learn that none of them holds it (~60 ms on a quiet machine,
// issue #13's ≤ 50 ms); with their pairs here it reads none. Filled off the critical path (`fillPairMemory`, a range
// of rows a request while the library is idle) and by what phrase searches read; a row is forgotten once Dexie says
// its clipping or its search row changed (`storagemutated`, fired on commit in every context of the extension).
import Dexie from 'dexie';
import type { ClippingsDb, SearchRow } from './db';
import { readOne } from './raw-read';

/** A row's pairs; null: the row has none (a link's title, a short clipping, a row written before v6): its text says. */
export type Pairs = Uint8Array | null;

interface Memory {
  pairs: Map<number, Pairs>;
  /** The last id the fill has read (null: none yet); every row after it is still to read. */
  filledTo: number | null;
  /** The fill has read to the end of the table. */
  full: boolean;
  /** Changes heard: rows read across one are not kept (they may be older than it). */
  heard: number;
  /** Times everything was forgotten: a fill under way stops (see `fillPairMemoryWhile`). */
  cleared: number;
}

/** Per database name: the memory is of what the database holds, whichever connection reads it. */
const memories = new Map<string, Memory>();

function memoryOf(db: ClippingsDb): Memory {
  listen();
  let memory = memories.get(db.name);
  if (!memory) memories.set(db.name, (memory = { pairs: new Map(), filledTo: null, full: false, heard: 0, cleared: 0 }));
  return memory;
}

/**
 * Single keys a change may name and still be forgotten one by one; a longer list, or a range (a bulk write of 50 rows or
 * more, which Dexie reports as the whole table; a range delete; a clear), forgets everything and starts the fill again.
 */
const FORGET_ONE_BY_ONE_UP_TO = 1_000;

let listening = false;
function listen(): void {
  if (listening) return;
  listening = true;
  Dexie.on('storagemutated', (parts) => {
    for (const [part, changed] of Object.entries(parts)) {
      // 'all' (a page restored from the back-forward cache: anything may have changed), else idb://<db>/<table>/<index>:
      // the primary keys' part ('' index) of the clippings (their phrase fields) and of the search rows (their pairs; the
      // sync's index pass writes these alone, after the clippings it indexes).
      if (part === 'all') {
        for (const memory of memories.values()) forgetAll(memory);
        continue;
      }
      const [scheme, , name, table, index] = part.split('/');
      if (scheme !== 'idb:' || index !== '' || (table !== 'clippings' && table !== 'search')) continue;
      const memory = memories.get(name ?? '');
      if (memory) forget(memory, changed as unknown as RangeNode);
    }
  });
}

/** A node of Dexie's range set (an interval tree), as the event gives it (a plain object when it came from another context). */
interface RangeNode {
  from?: unknown;
  to?: unknown;
  l?: RangeNode | null;
  r?: RangeNode | null;
}

function forget(memory: Memory, ranges: RangeNode): void {
  memory.heard++;
  const keys: number[] = [];
  const walk = (node: RangeNode | null | undefined): boolean => {
    if (!node || !('from' in node)) return true;
    if (node.from !== node.to || typeof node.from !== 'number' || keys.length >= FORGET_ONE_BY_ONE_UP_TO) return false;
    keys.push(node.from);
    return walk(node.l) && walk(node.r);
  };
  if (!walk(ranges)) return forgetAll(memory);
  for (const key of keys) memory.pairs.delete(key);
}

function forgetAll(memory: Memory): void {
  memory.heard++;
  memory.cleared++;
  memory.pairs.clear();
  memory.filledTo = null;
  memory.full = false;
}

/**
 * Forgets every row (the fill starts again): after a write this page asked the background for, whose reply may reach the
 * page before Dexie's event (two channels, in no set order), so that the query read next cannot use a changed row's pairs.
 */
export function forgetPairs(db: ClippingsDb): void {
  forgetAll(memoryOf(db));
}

/** The pairs of these ids' search rows, in order (undefined: no row), from memory, the others read in one request and kept. */
export async function pairsOf(db: ClippingsDb, ids: readonly number[], read: (ids: number[]) => Promise<Array<SearchRow | undefined>>): Promise<Array<Pairs | undefined>> {
  const memory = memoryOf(db);
  const unknown = ids.filter((id) => !memory.pairs.has(id));
  if (unknown.length === 0) return ids.map((id) => memory.pairs.get(id));
  const heard = memory.heard;
  const rows = await read(unknown);
  const fresh = new Map<number, Pairs | undefined>(unknown.map((id, i) => [id, rows[i] && (rows[i]!.pairs ?? null)]));
  if (memory.heard === heard) for (const [id, pairs] of fresh) if (pairs !== undefined) memory.pairs.set(id, pairs);
  return ids.map((id) => (fresh.has(id) ? fresh.get(id) : memory.pairs.get(id)));
}

/**
 * The pairs the memory holds for an id, without a read: a row's pairs, null (the row has none), or undefined (not known).
 */
export function knownPairs(db: ClippingsDb, id: number): Pairs | undefined {
  return memoryOf(db).pairs.get(id);
}

/**
 * Reads the next `count` search rows after the last the fill read (one `getAll` over a range of ids) into the memory.
 * Returns how many were read and their size (roughly, in characters and bytes: words and pairs), or null when the memory
 * holds every row already (nothing to fill until a change forgets them). Rows read across a change are dropped and read
 * again by the next call.
 */
export async function fillPairMemory(db: ClippingsDb, count: number): Promise<{ read: number; size: number } | null> {
  const memory = memoryOf(db);
  if (memory.full) return null;
  const { heard, filledTo } = memory;
  const rows = (await readOne(db, 'search', (store) => store.getAll(filledTo === null ? null : IDBKeyRange.lowerBound(filledTo, true), count))) as SearchRow[];
  let size = 0;
  for (const row of rows) size += rowSize(row);
  if (memory.heard !== heard) return { read: 0, size };
  for (const row of rows) memory.pairs.set(row.id, row.pairs ?? null);
  if (rows.length > 0) memory.filledTo = rows.at(-1)!.id;
  if (rows.length < count) memory.full = true;
  return { read: rows.length, size };
}

/** A search row's size, roughly (what reading it costs grows with it): its words' characters, its pairs' bytes, and a little. */
function rowSize(row: SearchRow): number {
  let size = ROW_OVERHEAD + (row.pairs?.byteLength ?? 0) + (row.packed?.length ?? 0);
  for (const word of row.words) size += word.length + 1;
  return size;
}
const ROW_OVERHEAD = 32;

/** What the memory holds: rows, and the bytes of their pairs (what it costs beyond a Map entry a row). */
export function pairMemorySize(db: ClippingsDb): { rows: number; withPairs: number; bytes: number; full: boolean } {
  const memory = memoryOf(db);
  let withPairs = 0;
  let bytes = 0;
  for (const pairs of memory.pairs.values()) if (pairs) (withPairs++, (bytes += pairs.byteLength));
  return { rows: memory.pairs.size, withPairs, bytes, full: memory.full };
}

/**
 * The size a fill request aims at (`rowSize`): ~30 articles' rows (their words too: IndexedDB reads whole values), or
 * MAX_FILL_ROWS links'. A save made meanwhile waits for the request under way (the database runs an origin's requests in turn,
 * and a write waits for a read of its tables): with 250 rows a request (~1 MB of articles' rows), a save 1 s after the
 * library opened took 10× main's at load ~20 in an interleaved A/B (146 ms against 14), with ~128 KB 2× (26 against 13);
 * with ~64 KB 6× (more requests: the fill lasted longer, and a phrase and a word 5 s after opening still met it).
 * The whole fill at 30,000 clippings (9,200 rows with pairs) took 0.8–1.8 s at load 12–30 with ~128 KB a request.
 */
const FILL_REQUEST_SIZE = 128 * 1024;
/**
 * Rows of the first request (sizes unknown yet), and the bounds of any: a request costs per row too, not only per byte
 * (1,000 links' rows a request, with a fill 2 s after a query, held a phrase typed meanwhile 3–4× main's at load ~20).
 */
const FIRST_FILL_ROWS = 50;
const MIN_FILL_ROWS = 10;
const MAX_FILL_ROWS = 250;

/**
 * Fills the memory, a request of about FILL_REQUEST_SIZE at a time (the next one's rows from the last one's sizes) with a
 * task between (the page's own work goes first), while `go()` says so (the library is not reading a query). Resolves true
 * once every row is held (it read some), false when it stopped or had nothing to read. A bulk write meanwhile (an import,
 * a sync's pass, the word pairs' fill after an upgrade, 100 rows every 20 ms) makes it forget everything: the fill then
 * stops, rather than read the first rows again after each such write, and starts again with the library's next query
 * (which such a write brings: 'library-changed').
 */
export async function fillPairMemoryWhile(db: ClippingsDb, go: () => boolean): Promise<boolean> {
  let read = false;
  let rows = FIRST_FILL_ROWS;
  const memory = memoryOf(db);
  const cleared = memory.cleared;
  while (go() && memory.cleared === cleared) {
    const step = await fillPairMemory(db, rows);
    if (step === null) return read;
    read = true;
    if (step.size > 0) rows = Math.min(MAX_FILL_ROWS, Math.max(MIN_FILL_ROWS, Math.round((rows * FILL_REQUEST_SIZE) / step.size)));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return false;
}
