import type { RefObject } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { SaveButton } from '@/components/SaveButton';
import { articleDraft } from '@/utils/clipping-draft';
import { highlightDraft } from '@/utils/highlight-draft';
import type { Article } from '@/utils/extract/types';
import { t } from '@/utils/browser/i18n';
import { stepSize, type ReaderSettings } from '@/utils/settings';
import { ReadAloud } from './ReadAloud';
import type { LibraryStanding } from './use-highlights';
import { useToolbarClearance } from './use-toolbar-clearance';

interface Props {
  article: Article;
  /** Saved already (a clipping from the library, or saved here: saving it again would overwrite it with itself), or removed from the library elsewhere. */
  library: LibraryStanding;
  /** Saves a removed clipping again, with the highlights the reader shows (false: it failed, and the reader says why). */
  onSaveAgain: () => Promise<unknown>;
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
export function ReaderToolbar({ article, library, onSaveAgain, settings, onChange, panelOpen, onTogglePanel, settingsButton, selection, onSentence }: Props) {
  const toolbar = useRef<HTMLElement>(null);
  useToolbarClearance(toolbar);
  const saved = library === 'saved';
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
      {saved && <span class="reader-saved">{t('readerInLibrary')}</span>}
      {library === 'removed' && <SaveAgain onSaveAgain={onSaveAgain} />}
      {library === 'unsaved' && <SaveButton draft={() => articleDraft(article)} />}
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

/** A clipping deleted elsewhere while the reader shows it: said when the library changes, with the way back. */
function SaveAgain({ onSaveAgain }: { onSaveAgain: () => Promise<unknown> }) {
  const [saving, setSaving] = useState(false);
  const save = () => {
    setSaving(true);
    void onSaveAgain().finally(() => setSaving(false)); // a failure is said under the highlights; the button stays
  };
  return (
    <>
      <span class="reader-saved" role="status">{t('readerRemovedFromLibrary')}</span>
      <button class="cr-button cr-button-primary" disabled={saving} onClick={save}>{t('readerSaveAgain')}</button>
    </>
  );
}
