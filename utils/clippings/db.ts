import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { indexWords } from './search-index';
import type { Clipping } from './types';

export const DB_NAME = 'clean-reader';

/**
 * A clipping's row in the search index: its distinct normalised words under a multi-entry index.
 * Kept beside the clipping, not in it, so list pages and exports never carry the word lists.
 */
export interface SearchRow {
  id: number;
  words: string[];
}

/** The searchable fields of a clipping, in one place for saves, edits, imports and the migration. */
export function searchRow(clipping: Pick<Clipping, 'id' | 'title' | 'byline' | 'siteName' | 'text' | 'note' | 'tags'>): SearchRow {
  return { id: clipping.id, words: indexWords(clipping.title, clipping.byline, clipping.siteName, clipping.text, clipping.note, clipping.tags.join(' ')) };
}

export const SCHEMA_V1 = { clippings: '++id, &key, savedAt, publishedTime, title, siteName, kind, *tags' };
export const SCHEMA_V2 = { search: 'id, *words' };

/** The clippings database. Each schema change is a new version with its migration; never edit an old one. */
export class ClippingsDb extends Dexie {
  clippings!: EntityTable<Clipping, 'id'>;
  search!: EntityTable<SearchRow, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    // v2: the full-text search index, filled for the clippings saved under v1.
    this.version(2).stores(SCHEMA_V2).upgrade(fillSearchIndex);
  }
}

async function fillSearchIndex(tx: Transaction): Promise<void> {
  const search = tx.table<SearchRow, number>('search');
  await tx
    .table<Clipping, number>('clippings')
    .toCollection()
    .each((clipping) => {
      void search.put(searchRow({ ...clipping, tags: clipping.tags ?? [], note: clipping.note ?? '' }));
    });
}
