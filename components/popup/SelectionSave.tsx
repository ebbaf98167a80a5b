import { SaveButton } from '@/components/SaveButton';
import { t } from '@/utils/browser/i18n';
import { sendMessage } from '@/utils/browser/messages';
import { selectionPreview } from '@/utils/selection-preview';

const SELECTION_SAVED = { saved: 'popupSelectionSaved', updated: 'popupSelectionUpdated' } as const;

/**
 * "Save selection" beside Save when the reader had selected `text` in the page as the popup opened (asked with the
 * extraction, entrypoints/popup-start.ts), saved by the background as the context menu saves a selection.
 */
export function SelectionSave({ tabId, text }: { tabId: number; text: string }) {
  const { start, words } = selectionPreview(text);
  return (
    <>
      <SaveButton
        send={() => sendMessage('save-selection', { tabId, selectionText: text })}
        label={t('popupSaveSelection')}
        primary={false}
        describedBy="cr-selection-preview"
        savedText={SELECTION_SAVED}
      />
      <span id="cr-selection-preview" class="cr-selection-preview">
        {t(words === 1 ? 'popupSelectionPreviewOne' : 'popupSelectionPreview', [start, String(words)])}
      </span>
    </>
  );
}
