// A clipping with many words is indexed in parts, each its own small transaction, instead of all in its save's.
// Chromium writes an IndexedDB transaction over 1 MiB of LevelDB writes in parts with an undo log; a browser killed
// during or right after such a save (the faults test's big save: 2.1 MiB of LevelDB log, nearly all of it its 20,000
// words' index entries) once lost the whole library at the next launch (docs/benchmarks.md, eighteenth round). The
// save's own transaction writes the clipping whole and its first WORDS_IN_ROW words; the other words, kept in the
// row's `later`, go to the posting rows (the bulk half of the index) WORDS_A_PART a transaction. The row carries
// INDEXING among its words until the last part, so a part a stopped worker or browser never wrote is found and
// written at the next start (`resumeIndexing`).
import Dexie from 'dexie';
import { applyPostings } from './postings';
import type { ClippingsDb, SearchRow } from './db';

/** Marks a row with words left to index: a word no text yields (words are folded tokens; none holds U+0000). */
export const INDEXING = '\u0000indexing';

/**
 * Words a save's own transaction puts in the multi-entry index, and each later part writes again with the row: ~108 B
 * of LevelDB log a word (scripts/save-write-size.ts: 2,163 KiB for 20,000), so ~220 KiB. Titles and openings come
 * first (the fields' order), so the words a reader is likeliest to search are found from the save's commit on.
 */
export const WORDS_IN_ROW = 2_000;

/** Words a later part moves to the posting rows: with the row written again, ~0.5 MiB a transaction, half Chromium's 1 MiB. */
export const WORDS_A_PART = 2_000;

/** The row's words as its save's transaction writes them: the first WORDS_IN_ROW (and the mark), the rest for later. */
export function splitWords(words: readonly string[]): { now: string[]; later: string[] } {
  if (words.length <= WORDS_IN_ROW) return { now: [...words], later: [] };
  return { now: [...words.slice(0, WORDS_IN_ROW), INDEXING], later: words.slice(WORDS_IN_ROW) };
}

/**
 * Writes the words clipping `id`'s last write on this connection left to index (`db.indexLater`), a part a
 * transaction, and returns once they are all searchable. Inside a transaction it does nothing: its parts would join
 * that transaction (the caller finishes once it has committed).
 */
export async function finishIndexing(db: ClippingsDb, id: number): Promise<void> {
  if (Dexie.currentTransaction || !db.indexLater.delete(id)) return;
  while (await indexPart(db, id));
}

/** The rows a stopped worker or browser left marked: their words are written now. */
export async function resumeIndexing(db: ClippingsDb): Promise<void> {
  for (const id of (await db.search.where('words').equals(INDEXING).primaryKeys()) as number[]) while (await indexPart(db, id));
}

/** Moves WORDS_A_PART of clipping `id`'s words left to index to the posting rows; true while some are left after. */
async function indexPart(db: ClippingsDb, id: number): Promise<boolean> {
  return db.transaction('rw', [db.search, db.postings], async () => {
    const row = await db.search.get(id);
    if (!row?.later) return false;
    const later = row.later.split(' ');
    const part = later.slice(0, WORDS_A_PART);
    const rest = later.slice(WORDS_A_PART);
    await applyPostings(db.postings, [{ id, before: [], after: part }]);
    const { later: _done, ...kept } = row;
    const packed = (row.packed ? `${row.packed} ` : '') + part.join(' ');
    const next: SearchRow = rest.length ? { ...kept, packed, later: rest.join(' ') } : { ...kept, words: kept.words.filter((w) => w !== INDEXING), packed };
    await db.search.put(next);
    return rest.length > 0;
  });
}
