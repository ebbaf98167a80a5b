import { useState } from 'preact/hooks';
import type { ClippingDraft } from '@/utils/clippings/types';
import { ERROR_TEXT } from '@/utils/failure-text';
import { t } from '@/utils/browser/i18n';
import { sendMessage, type ErrorCode } from '@/utils/browser/messages';

type SaveState = { status: 'idle' | 'saving' } | { status: 'saved'; updated: boolean } | { status: 'error'; error: ErrorCode };

/**
 * Saves through the background (the single writer) and says plainly whether it worked. `primary`: the main
 * action of its row (not on a page already saved, where opening the clipping is).
 */
export function SaveButton({ draft, label = t('popupSave'), primary = true }: { draft: () => ClippingDraft; label?: string; primary?: boolean }) {
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const save = async () => {
    setState({ status: 'saving' });
    const reply = await sendMessage('save-clipping', { draft: draft() });
    setState(reply.ok ? { status: 'saved', updated: reply.value.updated } : { status: 'error', error: reply.error });
  };
  return (
    <>
      <button class={primary ? 'cr-button cr-button-primary' : 'cr-button'} onClick={save} disabled={state.status === 'saving'}>
        {state.status === 'saving' ? t('popupSaving') : label}
      </button>
      <span class={`cr-save-status cr-save-${state.status}`} role="status" aria-live="polite">
        {state.status === 'saved' && t(state.updated ? 'popupUpdated' : 'popupSaved')}
        {/* `unanswered` is no failure: the save may have been stored (see sendMessage). */}
        {state.status === 'error' &&
          (state.error === 'unanswered' ? t('popupSaveUnconfirmed') : t('popupSaveFailed', t(ERROR_TEXT[state.error])))}
      </span>
    </>
  );
}
