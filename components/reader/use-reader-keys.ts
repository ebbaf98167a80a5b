import { stepSize, type ReaderSettings } from '@/utils/settings';
import { typedInField, useDocumentKeys } from './use-document-keys';

/** The reader's keys: Escape closes the settings panel; + and − change the text size (not while typing). */
export function useReaderKeys(settings: ReaderSettings, onChange: (s: ReaderSettings) => void, closePanel: () => void): void {
  useDocumentKeys((event) => {
    if (event.key === 'Escape' && document.querySelector('.reader-panel')) closePanel();
    if (typedInField(event) || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '+' || event.key === '=') onChange(stepSize(settings, 1));
    if (event.key === '-') onChange(stepSize(settings, -1));
  });
}
