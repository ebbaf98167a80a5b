import type { Clipping } from '@/utils/clippings/types';
import { t } from '@/utils/browser/i18n';
import { sendMessage } from '@/utils/browser/messages';
import type { ClippingEdit } from './ClippingEditForm';
import { failedNotice, type Notices } from './use-notices';

/** Deletes (with undo) and edits, through the background; each says how it went in the notice. */
export function useLibraryEdits({ setNotice }: Notices, refresh: () => void, onDeleted: (ids: number[]) => void) {
  const deleteIds = async (ids: number[]) => {
    const reply = await sendMessage('delete-clippings', { ids });
    if (!reply.ok) return setNotice(failedNotice(reply, 'libraryError'));
    onDeleted(ids);
    setNotice({ text: t('libraryDeleted', String(reply.value.deleted.length)), tone: 'ok', undo: reply.value.deleted });
    refresh();
  };

  const undo = async (clippings: Clipping[]) => {
    const reply = await sendMessage('restore-clippings', { clippings });
    setNotice(reply.ok ? { text: t('libraryRestored', String(clippings.length)), tone: 'ok' } : failedNotice(reply, 'libraryError'));
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

  return { deleteIds, undo, edit };
}
