import Dexie, { type EntityTable } from 'dexie';

// A backup file on its way from the library page to the background, which alone writes clippings.
// Runtime messages are JSON and cap at 64 MiB; a 10,000-clipping backup is ~100 MB. The page stores the
// File (a Blob, kept on disk by the browser) here, in a database of its own beside the clippings, and
// sends its id; the background reads it, deletes it, and imports it in one transaction.
export interface StagedFile {
  id: number;
  blob: Blob;
  stagedAt: number;
}

export class StagingDb extends Dexie {
  files!: EntityTable<StagedFile, 'id'>;
  constructor(name = 'clean-reader-staging') {
    super(name);
    this.version(1).stores({ files: '++id' });
  }
}

/** Stages a file; returns the id to send with 'import-backup'. */
export async function stageFile(blob: Blob, db = new StagingDb()): Promise<number> {
  try {
    return await db.files.add({ blob, stagedAt: Date.now() } as StagedFile);
  } finally {
    db.close();
  }
}

/** Takes a staged file out (it is deleted whatever happens next), with any left over from before. */
export async function takeStagedFile(id: number, db = new StagingDb()): Promise<Blob | undefined> {
  try {
    return await db.transaction('rw', db.files, async () => {
      const file = await db.files.get(id);
      await db.files.clear();
      return file?.blob;
    });
  } finally {
    db.close();
  }
}
