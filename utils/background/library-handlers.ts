import { sendEvent } from '../browser/events';
import type { Handlers } from '../browser/messages';
import { changeTags } from '../clippings/bulk-tags';
import { parseBackup, validateBackupClipping } from '../clippings/backup';
import type { ClippingsDb } from '../clippings/db';
import { mergeImported } from '../import/merge';
import { invalidField, invalidForReader } from '../clippings/errors';
import { addHighlight, clippingStored, deleteHighlight, findClipping, saveProgress, setState, updateHighlight } from '../clippings/marks';
import { takeStagedFile } from '../clippings/staging';
import { deleteClippings, importClippings, updateClipping } from '../clippings/store';
import { phaseClock } from '../perf-marks';

function reportProgress(done: number, total: number): void {
  // Not awaited: a message is no IndexedDB request, and awaiting it would end the import's transaction.
  // Every clipping written, the search index and the commit follow: one step with no count of its own.
  void sendEvent('library-progress', { task: done < total || total === 0 ? 'import' : 'index', done, total });
}

/** The background's handlers for the library's writes (it is the single writer). */
export function libraryHandlers(db: ClippingsDb): Pick<Handlers, 'update-clipping' | 'change-tags' | 'delete-clippings' | 'restore-clippings' | 'import-backup'> {
  return {
    'update-clipping': ({ id, tags, note }) => updateClipping(db, id, { tags, note }),
    'change-tags': (request) => changeTags(db, request),
    'delete-clippings': async ({ ids }) => ({ deleted: await deleteClippings(db, ids) }),
    'restore-clippings': ({ clippings }) => {
      if (!Array.isArray(clippings)) throw invalidField('clippings');
      return importClippings(db, clippings.map((c, i) => validateBackupClipping(c, i)));
    },
    'import-backup': async ({ stagedId, external }) => {
      const clock = phaseClock('import-background');
      try {
        const blob = await takeStagedFile(stagedId);
        if (!blob) throw invalidForReader('The file to import was not found; choose it again.');
        const text = await blob.text();
        clock.lap('take the staged file');
        const backup = parseBackup(text);
        clock.lap('parse and validate');
        reportProgress(0, backup.count);
        if (!external) return await importClippings(db, backup.clippings, reportProgress, undefined, clock.lap);
        // Another app's items, staged by the library page as a backup: our ids are given here, not taken from it.
        return await importClippings(db, backup.clippings.map(({ id: _none, ...c }) => c), reportProgress, mergeImported, clock.lap);
      } finally {
        clock.done();
      }
    },
  };
}

type MarkMessages = 'add-highlight' | 'update-highlight' | 'delete-highlight' | 'save-progress' | 'set-state' | 'find-clipping' | 'clipping-stored';

/** The background's handlers for highlights, reading progress and state (issue #12). */
export function markHandlers(db: ClippingsDb): Pick<Handlers, MarkMessages> {
  return {
    'add-highlight': (request) => addHighlight(db, request),
    'update-highlight': (request) => updateHighlight(db, request),
    'delete-highlight': (request) => deleteHighlight(db, request),
    'save-progress': (request) => saveProgress(db, request),
    'set-state': (request) => setState(db, request),
    'find-clipping': ({ url, canonicalUrl }) => findClipping(db, url, canonicalUrl),
    'clipping-stored': ({ id }) => clippingStored(db, id),
  };
}
