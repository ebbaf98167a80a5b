import Dexie, { type EntityTable } from 'dexie';
import type { Clipping } from './types';

export const DB_NAME = 'clean-reader';

/** The clippings database. Each schema change is a new version with its migration; never edit an old one. */
export class ClippingsDb extends Dexie {
  clippings!: EntityTable<Clipping, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({ clippings: '++id, &key, savedAt, publishedTime, title, siteName, kind, *tags' });
  }
}
