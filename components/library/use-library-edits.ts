import type { Clipping } from '@/utils/clippings/types';
import { t } from '@/utils/browser/i18n';
import { sendMessage, type Reply } from '@/utils/browser/messages';
import type { ClippingEdit } from './ClippingEditForm';
import { failedNotice, type Notices } from './use-notices';

/**
 * Clippings deleted or restored a message at a time: a delete's reply carries what it deleted (for undo), and Chromium
 * drops a message over 64 MB with no reply, so a selection of the whole library (30,000 clippings, ~300 MB) in one
 * message would be deleted with nothing to undo it. 200 of the bench's ~10 KB articles are ~2 MB.
 */
export const DELETE_CHUNK = 200;

/** Deletes (with undo) and edits, through the background; each says how it went in the notice. */
export function useLibraryEdits({ setNotice, setProgress }: Notices, refresh: () => void, onDeleted: (ids: number[]) => void) {
  const deleteIds = async (ids: number[]) => {
    const deleted: Clipping[] = [];
    const reply = await inChunks(ids, 'libraryDeleting', async (chunk) => {
      const done = await sendMessage('delete-clippings', { ids: chunk });
      if (done.ok) deleted.push(...done.value.deleted);
      return done;
    });
    if (deleted.length) onDeleted(deleted.map((c) => c.id));
    // what a failed chunk left undone is said; what the chunks before it deleted can still be undone
    const undoable = deleted.length ? deleted : undefined;
    setNotice(reply.ok ? { text: t('libraryDeleted', deleted.length.toLocaleString()), tone: 'ok', undo: undoable } : { ...failedNotice(reply, 'libraryError'), undo: undoable });
    refresh();
  };

  const undo = async (clippings: Clipping[]) => {
    const reply = await inChunks(clippings, 'libraryRestoring', (chunk) => sendMessage('restore-clippings', { clippings: chunk }));
    setNotice(reply.ok ? { text: t('libraryRestored', clippings.length.toLocaleString()), tone: 'ok' } : failedNotice(reply, 'libraryError'));
    refresh();
  };

  /** Sends `items` DELETE_CHUNK at a time, with a progress bar when there is more than one message; stops at a failure. */
  const inChunks = async <T, R>(items: readonly T[], label: 'libraryDeleting' | 'libraryRestoring', send: (chunk: T[]) => Promise<Reply<R>>): Promise<Reply<R | null>> => {
    let reply: Reply<R | null> = { ok: true, value: null };
    for (let i = 0; i < items.length && reply.ok; i += DELETE_CHUNK) {
      if (items.length > DELETE_CHUNK) setProgress({ label, done: i, total: items.length });
      reply = await send(items.slice(i, i + DELETE_CHUNK));
    }
    setProgress(null);
    return reply;
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

  return { deleteIds, undo, edit };
}
