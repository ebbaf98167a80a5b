import type { RefObject } from 'preact';
import { useRef } from 'preact/hooks';
import { SaveButton } from '@/components/SaveButton';
import { articleDraft } from '@/utils/clipping-draft';
import { highlightDraft } from '@/utils/highlight-draft';
import type { Article } from '@/utils/extract/types';
import { t } from '@/utils/browser/i18n';
import { stepSize, type ReaderSettings } from '@/utils/settings';
import { ReadAloud } from './ReadAloud';
import { useToolbarClearance } from './use-toolbar-clearance';

interface Props {
  article: Article;
  /** A clipping from the library: it is saved already (saving it again would overwrite it with itself). */
  saved: boolean;
  settings: ReaderSettings;
  onChange: (s: ReaderSettings) => void;
  panelOpen: boolean;
  onTogglePanel: () => void;
  settingsButton: RefObject<HTMLButtonElement | null>;
  /** The selection in the article, which "Save highlight" saves. */
  selection: Range | null;
  onSentence: (sentence: string | null) => void;
}

/** The reader's toolbar: settings, text size, read aloud, save, save highlight, print. */
export function ReaderToolbar({ article, saved, settings, onChange, panelOpen, onTogglePanel, settingsButton, selection, onSentence }: Props) {
  const toolbar = useRef<HTMLElement>(null);
  useToolbarClearance(toolbar);
  return (
    <header ref={toolbar} class="reader-toolbar" aria-label={t('readerToolbar')}>
      <button ref={settingsButton} class="cr-button" aria-expanded={panelOpen} onClick={onTogglePanel}>{t('readerSettings')}</button>
      <button class="cr-button" onClick={() => onChange(stepSize(settings, -1))} title={t('readerSmaller')}>
        <span aria-hidden="true">A−</span>
        <span class="cr-visually-hidden">{t('readerSmaller')}</span>
      </button>
      <button class="cr-button" onClick={() => onChange(stepSize(settings, 1))} title={t('readerLarger')}>
        <span aria-hidden="true">A+</span>
        <span class="cr-visually-hidden">{t('readerLarger')}</span>
      </button>
      <ReadAloud text={article.text} lang={article.lang} onSentence={onSentence} />
      <span class="reader-toolbar-gap" />
      {saved ? <span class="reader-saved">{t('readerInLibrary')}</span> : <SaveButton draft={() => articleDraft(article)} />}
      {selection ? (
        // the main action only once the article is saved: beside an unsaved article's Save, two looked equally first
        <SaveButton draft={() => highlightDraft(article, selection)} label={t('readerSaveHighlight')} primary={saved} />
      ) : (
        <button class="cr-button" disabled title={t('readerHighlightHint')}>{t('readerSaveHighlight')}</button>
      )}
      <button class="cr-button" onClick={() => print()}>{t('readerPrint')}</button>
    </header>
  );
}
