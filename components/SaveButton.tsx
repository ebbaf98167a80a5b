import { useState } from 'preact/hooks';
import type { ClippingDraft, SaveOutcome } from '@/utils/clippings/types';
import { ERROR_TEXT } from '@/utils/failure-text';
import { t, type MessageKey } from '@/utils/browser/i18n';
import { sendMessage, type Failure, type Reply } from '@/utils/browser/messages';

type SaveState = { status: 'idle' | 'saving' } | { status: 'saved'; updated: boolean } | { status: 'error'; failure: Failure };

/** The words of a save done and of a save that updated its clipping. */
type SavedText = { saved: MessageKey; updated: MessageKey };
const SAVED_TEXT: SavedText = { saved: 'popupSaved', updated: 'popupUpdated' };

type SaveButtonLook = { label?: string; primary?: boolean; describedBy?: string; savedText?: SavedText };

/** What is saved: a draft made here, or a request of its own that the background saves (`save-selection`). */
type SaveSource = { draft: () => ClippingDraft } | { send: () => Promise<Reply<SaveOutcome>> };

/**
 * Saves through the background (the single writer) and says plainly whether it worked. `primary`: the main
 * action of its row (not on a page already saved, where opening the clipping is); `describedBy`: the id of what
 * it saves, said with its name; `savedText`: its own words once done, when it shares a row with another save.
 */
export function SaveButton({ label = t('popupSave'), primary = true, describedBy, savedText = SAVED_TEXT, ...source }: SaveSource & SaveButtonLook) {
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const save = async () => {
    setState({ status: 'saving' });
    const reply = await ('send' in source ? source.send() : sendMessage('save-clipping', { draft: source.draft() }));
    setState(reply.ok ? { status: 'saved', updated: reply.value.updated } : { status: 'error', failure: reply });
  };
  return (
    <>
      <button class={primary ? 'cr-button cr-button-primary' : 'cr-button'} onClick={save} disabled={state.status === 'saving'} aria-describedby={describedBy}>
        {state.status === 'saving' ? t('popupSaving') : label}
      </button>
      <span class={`cr-save-status cr-save-${state.status}`} role="status" aria-live="polite">
        {state.status === 'saved' && t(state.updated ? savedText.updated : savedText.saved)}
        {state.status === 'error' && failureText(state.failure)}
      </span>
    </>
  );
}

/** "Not saved: …" in the words of the failure's code, or its own when written for the reader (a selection gone). */
function failureText({ error, message, forReader }: Failure): string {
  // `unanswered` is no failure: the save may have been stored (see sendMessage).
  if (error === 'unanswered') return t('popupSaveUnconfirmed');
  return t('popupSaveFailed', forReader ? message : t(ERROR_TEXT[error]));
}
