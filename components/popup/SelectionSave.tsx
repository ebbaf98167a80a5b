import { useEffect, useState } from 'preact/hooks';
import { SaveButton } from '@/components/SaveButton';
import { t } from '@/utils/browser/i18n';
import { sendMessage } from '@/utils/browser/messages';
import { tabSelectionText } from '@/utils/browser/tab-selection';
import { selectionPreview } from '@/utils/selection-preview';

const SELECTION_SAVED = { saved: 'popupSelectionSaved', updated: 'popupSelectionUpdated' } as const;

/**
 * "Save selection" beside Save when the reader has selected text in the page: asked after the article painted
 * (the popup's first paint never waits for it), saved by the background as the context menu saves a selection.
 */
export function SelectionSave({ tabId }: { tabId: number }) {
  const [text, setText] = useState('');
  useEffect(() => {
    let live = true;
    void tabSelectionText(tabId).then((found) => live && setText(found));
    return () => void (live = false);
  }, [tabId]);
  if (!text) return null;
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
