import type { Clipping } from '@/utils/clippings/types';
import { t } from '@/utils/browser/i18n';
import { sendMessage } from '@/utils/browser/messages';
import { chunkProgress, deleteChunk, restoreChunk, sendInChunks } from '@/utils/clippings/chunked';
import type { ClippingEdit } from './ClippingEditForm';
import { failedNotice, type Notices } from './use-notices';

/** Deletes (with undo) and edits, through the background; each says how it went in the notice. */
export function useLibraryEdits({ setNotice, setProgress }: Notices, refresh: () => void, onDeleted: (ids: number[]) => void) {
  const deleteIds = async (ids: number[]) => {
    const { values, failure } = await sendInChunks(ids, (chunk) => sendMessage('delete-clippings', { ids: chunk }), (_, last) => deleteChunk(last), chunkProgress(setProgress, 'libraryDeleting', ids.length));
    setProgress(null);
    const deleted = values.flatMap((v) => v.deleted);
    if (deleted.length) onDeleted(deleted.map((c) => c.id));
    // what a failed message left undone is said; what the ones before it deleted can still be undone
    const offer = deleted.length ? () => undo(deleted) : undefined;
    setNotice(failure ? { ...failedNotice(failure, 'libraryError'), undo: offer } : { text: t('libraryDeleted', deleted.length.toLocaleString()), tone: 'ok', undo: offer });
    refresh();
  };

  const undo = async (clippings: Clipping[]) => {
    const { failure } = await sendInChunks(clippings, (chunk) => sendMessage('restore-clippings', { clippings: chunk }), (from) => restoreChunk(clippings, from), chunkProgress(setProgress, 'libraryRestoring', clippings.length));
    setProgress(null);
    setNotice(failure ? failedNotice(failure, 'libraryError') : { text: t('libraryRestored', clippings.length.toLocaleString()), tone: 'ok' });
    refresh();
  };

  /** Saves what the form changed of a clipping's tags and note; false (and a notice) when that failed, so the form stays open. */
  const edit = async (id: number, change: ClippingEdit) => {
    const reply = await sendMessage('update-clipping', { id, ...change });
    if (!reply.ok) {
      setNotice(failedNotice(reply, 'libraryError'));
      return false;
    }
    setNotice(null);
    refresh();
    return true;
  };

  return { deleteIds, edit };
}
