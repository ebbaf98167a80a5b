import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { AiKeyPoints } from '@/components/AiKeyPoints';
import { ArticleBody } from '@/components/ArticleBody';
import { ArticleFacts } from '@/components/ArticleFacts';
import { applySettings } from '@/components/reader/apply-settings';
import { ReadAloud } from '@/components/reader/ReadAloud';
import { ReaderHeader } from '@/components/reader/ReaderHeader';
import { SettingsPanel } from '@/components/reader/SettingsPanel';
import { useReadingProgress } from '@/components/reader/use-reading-progress';
import { SaveButton } from '@/components/SaveButton';
import { StatusMessage } from '@/components/StatusMessage';
import { ClippingsDb } from '@/utils/clippings/db';
import { articleDraft, selectionDraft } from '@/utils/clipping-draft';
import type { Article } from '@/utils/extract/types';
import { clearSentenceHighlight, highlightSentence } from '@/utils/highlight-sentence';
import { t, type MessageKey } from '@/utils/i18n';
import { handedOverArticle } from '@/utils/reader-launch';
import { clippingToArticle, readerSource, type ReaderSource } from '@/utils/reader-source';
import { sanitizeHtml } from '@/utils/sanitize';
import { DEFAULT_SETTINGS, stepSize, type ReaderSettings } from '@/utils/settings';
import { loadSettings, onSettingsChanged, storeSettings } from '@/utils/settings-store';
import { extractFromTab, type TabArticleResult } from '@/utils/tab-article';

type LoadResult = TabArticleResult | { ok: false; reason: 'gone' };
type Failure = Exclude<LoadResult, { ok: true }>['reason'];

const FAILURE_TEXT: Record<Failure, [MessageKey, MessageKey]> = {
  gone: ['readerGoneTitle', 'readerGoneBody'],
  restricted: ['errorRestrictedTitle', 'errorRestrictedBody'],
  'no-tab': ['errorNoTabTitle', 'errorNoTabBody'],
  'not-article': ['errorNotArticleTitle', 'errorNotArticleBody'],
  'too-large': ['errorTooLargeTitle', 'errorTooLargeBody'],
  failed: ['errorFailedTitle', 'errorFailedBody'],
};
type Loaded = { status: 'loading' } | { status: 'done'; result: LoadResult };

async function load(source: ReaderSource | null): Promise<Loaded> {
  const done = (result: LoadResult): Loaded => ({ status: 'done', result });
  if (!source) return done({ ok: false, reason: 'gone' });
  if (source.kind === 'tab') return done(await extractFromTab(source.tabId));
  const article =
    source.kind === 'clip'
      ? await new ClippingsDb().clippings.get(source.id).then((c) => c && clippingToArticle(c))
      : await handedOverArticle(source.key);
  return done(article ? { ok: true, article } : { ok: false, reason: 'gone' });
}

export function Reader({ search }: { search: string }) {
  const [state, setState] = useState<Loaded>({ status: 'loading' });
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_SETTINGS);
  const source = useMemo(() => readerSource(search), [search]);
  useEffect(() => {
    void load(source).then(setState);
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  useEffect(() => applySettings(document.documentElement, settings), [settings]);

  const change = (next: ReaderSettings) => {
    setSettings(next);
    void storeSettings(next);
  };

  if (state.status === 'loading') return <p class="reader-loading" role="status">{t('readerLoading')}</p>;
  const { result } = state;
  if (!result.ok) {
    return (
      <main class="reader-message">
        <StatusMessage title={t(FAILURE_TEXT[result.reason][0])} body={t(FAILURE_TEXT[result.reason][1])} role="alert" />
      </main>
    );
  }
  return <ReaderView article={result.article} saved={source?.kind === 'clip'} settings={settings} onChange={change} />;
}

interface ViewProps {
  article: Article;
  /** A clipping from the library: it is saved already (saving it again would overwrite it with itself). */
  saved: boolean;
  settings: ReaderSettings;
  onChange: (s: ReaderSettings) => void;
}

function ReaderView({ article, saved, settings, onChange }: ViewProps) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const [panel, setPanel] = useState(false);
  const settingsButton = useRef<HTMLButtonElement>(null);
  // Closing the panel (Esc or its Close button) gives focus back to the button that opened it.
  const closePanel = () => {
    setPanel(false);
    settingsButton.current?.focus();
  };
  const [selection, setSelection] = useState<Range | null>(null);
  const progress = useReadingProgress();
  const showSentence = (sentence: string | null) => {
    if (!bodyRef.current) return;
    if (sentence) highlightSentence(bodyRef.current, sentence);
    else clearSentenceHighlight(bodyRef.current);
  };

  useEffect(() => {
    document.title = article.title;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.key === 'Escape' && document.querySelector('.reader-panel')) closePanel();
      if (/^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === '+' || event.key === '=') onChange(stepSize(settings, 1));
      if (event.key === '-') onChange(stepSize(settings, -1));
    };
    const onSelect = () => setSelection(selectedRangeIn(bodyRef.current));
    document.addEventListener('keydown', onKey);
    document.addEventListener('selectionchange', onSelect);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('selectionchange', onSelect);
    };
  }, [settings]);

  const highlightDraft = () => {
    const range = selection!;
    const holder = document.createElement('div');
    holder.append(range.cloneContents());
    // A saved highlight links to its passage; a highlight made from it points at the page itself.
    const url = article.url.split('#:~:')[0] ?? article.url;
    return selectionDraft({ ...article, url, text: range.toString(), html: sanitizeHtml(holder.innerHTML) });
  };

  return (
    <>
      <a class="reader-skip" href="#article">{t('readerSkip')}</a>
      <div class="reader-progress" dir={article.dir ?? undefined} role="progressbar" aria-label={t('readerProgress')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(progress * 100)}>
        <div style={{ transform: `scaleX(${progress})` }} />
      </div>
      <header class="reader-toolbar" aria-label={t('readerToolbar')}>
        <button ref={settingsButton} class="cr-button" aria-expanded={panel} onClick={() => setPanel(!panel)}>{t('readerSettings')}</button>
        <button class="cr-button" onClick={() => onChange(stepSize(settings, -1))} title={t('readerSmaller')}>
          <span aria-hidden="true">A−</span>
          <span class="cr-visually-hidden">{t('readerSmaller')}</span>
        </button>
        <button class="cr-button" onClick={() => onChange(stepSize(settings, 1))} title={t('readerLarger')}>
          <span aria-hidden="true">A+</span>
          <span class="cr-visually-hidden">{t('readerLarger')}</span>
        </button>
        <ReadAloud text={article.text} lang={article.lang} onSentence={showSentence} />
        <span class="reader-toolbar-gap" />
        {saved ? <span class="reader-saved">{t('readerInLibrary')}</span> : <SaveButton draft={() => articleDraft(article)} />}
        {selection ? (
          <SaveButton draft={highlightDraft} label={t('readerSaveHighlight')} />
        ) : (
          <button class="cr-button" disabled title={t('readerHighlightHint')}>{t('readerSaveHighlight')}</button>
        )}
        <button class="cr-button" onClick={() => print()}>{t('readerPrint')}</button>
      </header>
      {panel && <SettingsPanel settings={settings} onChange={onChange} onClose={closePanel} />}
      <div class="reader-layout">
        <main id="article" tabIndex={-1} class="reader-main" lang={article.lang ?? undefined} dir={article.dir ?? 'auto'}>
          <article>
            <ReaderHeader article={article} progress={progress} />
            <ArticleBody html={article.html} lang={article.lang} dir={article.dir} class="cr-article-body reader-body" bodyRef={bodyRef} />
          </article>
        </main>
        <aside class="reader-facts" aria-label={t('readerFacts')}>
          <details open={matchMedia('(min-width: 1100px)').matches}>
            <summary>{t('readerFacts')}</summary>
            <ArticleFacts article={article} bodyRef={bodyRef} />
            <AiKeyPoints text={article.text} title={article.title} lang={article.lang} />
          </details>
        </aside>
      </div>
    </>
  );
}

/** The current selection, when it lies inside the article body. */
function selectedRangeIn(body: HTMLElement | null): Range | null {
  const selection = getSelection();
  if (!body || !selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return body.contains(range.commonAncestorContainer) && range.toString().trim() ? range : null;
}
