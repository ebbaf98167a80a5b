import type { TagAction, TagChange, TagOutcome } from '@/utils/clippings/bulk-tags';
import { normaliseTag } from '@/utils/clippings/store';
import { t } from '@/utils/browser/i18n';
import { sendMessage } from '@/utils/browser/messages';
import { chunkProgress, sendInChunks } from '@/utils/clippings/chunked';
import { failedNotice, type Notice, type Notices } from './use-notices';

/** Clippings whose tags one message changes: each is read and written again, as a state change's are. */
export const TAG_CHUNK = 1_000;

const other = (action: TagAction): TagAction => (action === 'add' ? 'remove' : 'add');

/** The words of a finished (or stopped) tag change: what it did, what it could not, and an Undo when it did something. */
export function tagNotice(action: TagAction, tag: string, asked: number, outcome: TagOutcome, undo: () => Promise<void>): Notice {
  const done = outcome.undo.length;
  const lines: string[] = [];
  if (done) lines.push(t(action === 'add' ? 'libraryTagAdded' : 'libraryTagRemoved', [tag, done.toLocaleString()]));
  else if (action === 'remove') lines.push(t('libraryTagNotOn', tag));
  const had = asked - done - outcome.full;
  if (action === 'add' && had > 0) lines.push(t('libraryTagHadIt', had.toLocaleString()));
  if (outcome.full) lines.push(t('libraryTagFull', outcome.full.toLocaleString()));
  return { text: lines.join(' '), tone: 'ok', ...(done ? { undo } : {}) };
}

/** A tag added to or removed from the selection, TAG_CHUNK clippings a message with a progress bar, and its undo. */
export function useTagEdits({ setNotice, setProgress }: Notices, refresh: () => void) {
  /** Sends `changes` in parts; what went through, and the failure that stopped the rest. */
  const send = async (action: TagAction, changes: TagChange[]) => {
    const { values, failure } = await sendInChunks(changes, (chunk) => sendMessage('change-tags', { action, changes: chunk }), () => TAG_CHUNK, chunkProgress(setProgress, 'libraryTagging', changes.length));
    setProgress(null);
    return { undo: values.flatMap((v) => v.undo), full: values.reduce((n, v) => n + v.full, 0), failure };
  };

  const undo = (action: TagAction, changes: TagChange[]) => async () => {
    const { undo: redone, failure } = await send(other(action), changes);
    setNotice(failure ? failedNotice(failure, 'libraryError') : { text: t('libraryTagUndone', redone.length.toLocaleString()), tone: 'ok' });
    refresh();
  };

  const changeTag = async (action: TagAction, ids: number[], tag: string) => {
    const { undo: done, full, failure } = await send(action, ids.map((id) => ({ id, tag })));
    if (failure) {
      // a part failed: the parts before it stay done, said and undoable
      const stopped = failedNotice(failure, 'libraryError');
      const text = done.length ? `${stopped.text} ${t('libraryTagStopped', [done.length.toLocaleString(), ids.length.toLocaleString()])}` : stopped.text;
      setNotice({ ...stopped, text, ...(done.length ? { undo: undo(action, done) } : {}) });
    } else setNotice(tagNotice(action, normaliseTag(tag), ids.length, { undo: done, full }, undo(action, done)));
    refresh();
  };

  return { changeTag };
}
