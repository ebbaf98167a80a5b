// The bulk half of the search index: for each word, the ids of the clippings holding it, in rows of one
// "bucket" of ids (id / BUCKET), keyed [bucket, word] with an index on word. Imports and migrations
// write here: a 10,000-clipping import holds ~3 million (word, clipping) pairs, which as multi-entry
// index entries cost ~8 µs each in Chromium (~27 s); as posting rows (one per word and bucket of 16,384 ids) they are ~20,000 writes.
// Single saves and edits use the multi-entry `search.words` index instead (one request per save), and so do
// the words few clippings of an import hold.
import Dexie, { type Table } from 'dexie';

export const BUCKET = 16_384;

export interface PostingRow {
  bucket: number;
  word: string;
  /** Ascending clipping ids (a typed array: it is stored and read as one block, not 3 million numbers). */
  ids: Uint32Array;
}

export type PostingsTable = Table<PostingRow, [number, string]>;

/** A clipping's packed words before and after a change (none before: added; none after: removed). */
export interface WordChange {
  id: number;
  before: readonly string[];
  after: readonly string[];
}

/** Above this many rows touched in a bucket, the whole bucket is read in one request instead of row by row. */
const RANGE_READ_ABOVE = 300;

/**
 * Applies word changes to the posting rows (inside the caller's transaction). A word that fewer than
 * `rowFrom` clippings of a bucket gain is left out (the caller indexes it in the multi-entry index: one
 * index entry each is cheaper than a posting row read and written for one or two ids; in a list of
 * titles most words are such); returns those words by clipping id.
 */
export async function applyPostings(table: PostingsTable, changes: readonly WordChange[], rowFrom = 1,
  lap: (phase: string) => void = () => undefined): Promise<Map<number, string[]>> {
  const left = new Map<number, string[]>();
  const byBucket = new Map<number, { adds: Map<string, number[]>; removes: Map<string, Set<number>> }>();
  for (const { id, before, after } of changes) {
    const bucket = Math.floor(id / BUCKET);
    let entry = byBucket.get(bucket);
    if (!entry) byBucket.set(bucket, (entry = { adds: new Map(), removes: new Map() }));
    const next = new Set(after);
    const prev = new Set(before);
    for (const word of prev) if (!next.has(word)) getOr(entry.removes, word, () => new Set<number>()).add(id);
    for (const word of next) if (!prev.has(word)) getOr(entry.adds, word, () => []).push(id);
  }
  lap('postings: group by word');
  for (const [bucket, { adds, removes }] of byBucket) {
    for (const [word, ids] of adds) {
      if (ids.length >= rowFrom) continue;
      adds.delete(word);
      for (const id of ids) getOr(left, id, (): string[] => []).push(word);
    }
    const words = [...new Set([...adds.keys(), ...removes.keys()])];
    let existing: Map<string, PostingRow>;
    if (words.length > RANGE_READ_ABOVE) {
      const rows = await table.where('[bucket+word]').between([bucket, Dexie.minKey], [bucket, Dexie.maxKey], true, true).toArray();
      existing = new Map(rows.map((r) => [r.word, r]));
    } else {
      const rows = await table.bulkGet(words.map((w) => [bucket, w] as [number, string]));
      existing = new Map(rows.filter((r): r is PostingRow => r !== undefined).map((r) => [r.word, r]));
    }
    lap('postings: read rows');
    const puts: PostingRow[] = [];
    const deletes: Array<[number, string]> = [];
    for (const word of words) {
      const row = existing.get(word);
      let ids: number[] = row ? Array.from(row.ids) : [];
      const gone = removes.get(word);
      if (gone) ids = ids.filter((id) => !gone.has(id));
      const added = adds.get(word);
      if (added) ids = mergeSorted(ids, added);
      if (ids.length) puts.push({ bucket, word, ids: Uint32Array.from(ids) });
      else if (row) deletes.push([bucket, word]);
    }
    lap('postings: merge ids');
    if (puts.length) await table.bulkPut(puts);
    if (deletes.length) await table.bulkDelete(deletes);
    lap('postings: write rows');
  }
  return left;
}

/** The ids of the clippings holding `word` exactly. */
export async function packedIdsWithWord(table: PostingsTable, word: string): Promise<number[]> {
  return (await table.where('word').equals(word).toArray()).flatMap((r) => Array.from(r.ids));
}

/** The ids of the clippings holding a word that starts with `prefix`. */
export async function packedIdsWithPrefix(table: PostingsTable, prefix: string): Promise<number[]> {
  return (await table.where('word').startsWith(prefix).toArray()).flatMap((r) => Array.from(r.ids));
}

function mergeSorted(ids: number[], added: number[]): number[] {
  const set = new Set(ids);
  const fresh = added.filter((id) => !set.has(id));
  if (fresh.length === 0) return ids;
  return ids.concat(fresh).sort((a, b) => a - b);
}

function getOr<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}
