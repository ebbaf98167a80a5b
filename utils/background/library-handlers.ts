import { sendEvent } from '../browser/events';
import type { Handlers } from '../browser/messages';
import { parseBackup, validateBackupClipping } from '../clippings/backup';
import type { ClippingsDb } from '../clippings/db';
import { invalidField, invalidForReader } from '../clippings/errors';
import { takeStagedFile } from '../clippings/staging';
import { deleteClippings, importClippings, updateClipping } from '../clippings/store';

function reportProgress(done: number, total: number): void {
  // Not awaited: a message is no IndexedDB request, and awaiting it would end the import's transaction.
  void sendEvent('library-progress', { task: 'import', done, total });
}

/** The background's handlers for the library's writes (it is the single writer). */
export function libraryHandlers(db: ClippingsDb): Pick<Handlers, 'update-clipping' | 'delete-clippings' | 'restore-clippings' | 'import-backup'> {
  return {
    'update-clipping': ({ id, tags, note }) => updateClipping(db, id, { tags, note }),
    'delete-clippings': async ({ ids }) => ({ deleted: await deleteClippings(db, ids) }),
    'restore-clippings': ({ clippings }) => {
      if (!Array.isArray(clippings)) throw invalidField('clippings');
      return importClippings(db, clippings.map((c, i) => validateBackupClipping(c, i)));
    },
    'import-backup': async ({ stagedId }) => {
      const blob = await takeStagedFile(stagedId);
      if (!blob) throw invalidForReader('The file to import was not found; choose it again.');
      const backup = parseBackup(await blob.text());
      reportProgress(0, backup.count);
      return importClippings(db, backup.clippings, reportProgress);
    },
  };
}
