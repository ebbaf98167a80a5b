import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { AiKeyPoints } from '@/components/AiKeyPoints';
import { ArticleBody } from '@/components/ArticleBody';
import { ArticleFacts } from '@/components/ArticleFacts';
import { useReaderMarks } from '@/components/reader/ReaderMarks';
import { ReaderHeader } from '@/components/reader/ReaderHeader';
import { ReaderToolbar } from '@/components/reader/ReaderToolbar';
import { SettingsPanel } from '@/components/reader/SettingsPanel';
import { useArticleSelection } from '@/components/reader/use-article-selection';
import { NO_MARKS, useClippingMarks } from '@/components/reader/use-clipping-marks';
import { useReaderArticle } from '@/components/reader/use-reader-article';
import { useReaderKeys } from '@/components/reader/use-reader-keys';
import { useReaderSettings } from '@/components/reader/use-reader-settings';
import { useReadingPosition } from '@/components/reader/use-reading-position';
import { useReadingProgress } from '@/components/reader/use-reading-progress';
import { useWideLayout } from '@/components/reader/use-wide-layout';
import { BackToTop } from '@/components/reader/BackToTop';
import { LibraryLink, LinkOnlyMessage } from '@/components/reader/LinkOnlyMessage';
import { StatusMessage } from '@/components/StatusMessage';
import type { Article } from '@/utils/extract/types';
import { ARTICLE_FAILURE_TEXT } from '@/utils/article-failure-text';
import { clearSentenceHighlight, highlightSentence } from '@/utils/highlight-sentence';
import { markAddressLinks } from '@/utils/printed-links';
import { t } from '@/utils/browser/i18n';
import { readerSource, type ReaderSource } from '@/utils/reader-source';
import type { ReaderSettings } from '@/utils/settings';

/** The reader page: the article (or why there is none) with the reader's settings; parts in components/reader/. */
export function Reader({ search }: { search: string }) {
  const source = useMemo(() => readerSource(search), [search]);
  const state = useReaderArticle(source);
  const [settings, change] = useReaderSettings();

  if (state.status === 'loading') return <p class="reader-loading" role="status">{t('readerLoading')}</p>;
  const { result } = state;
  if (!result.ok && result.reason === 'link-only') return <LinkOnlyMessage title={result.title} url={result.url} highlights={result.highlights} />;
  if (!result.ok) {
    const [title, body] = ARTICLE_FAILURE_TEXT[result.reason];
    return (
      <main class="reader-message">
        <StatusMessage title={t(title)} body={t(body)} role="alert">
          <LibraryLink />
        </StatusMessage>
      </main>
    );
  }
  return <ReaderView article={result.article} source={source} settings={settings} onChange={change} />;
}

interface ViewProps {
  article: Article;
  source: ReaderSource | null;
  settings: ReaderSettings;
  onChange: (s: ReaderSettings) => void;
}

function ReaderView({ article, source, settings, onChange }: ViewProps) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const [panel, setPanel] = useState(false);
  const settingsButton = useRef<HTMLButtonElement>(null);
  // Closing the panel (Esc or its Close button) gives focus back to the button that opened it.
  const closePanel = () => {
    setPanel(false);
    settingsButton.current?.focus();
  };
  useReaderKeys(settings, onChange, closePanel);
  const selection = useArticleSelection(bodyRef);
  const progress = useReadingProgress();
  const stored = useClippingMarks(source, article);
  const marks = useReaderMarks({ article, bodyRef, selection, marks: stored ?? NO_MARKS });
  const restored = useReadingPosition(bodyRef, marks.clippingId, stored?.progress ?? null, progress);
  // a clipping opened from the library is saved before its marks have loaded
  const library = marks.library === 'unsaved' && source?.kind === 'clip' ? 'saved' : marks.library;
  const wide = useWideLayout();
  useEffect(() => void (document.title = article.title), [article]);
  // after the body's own layout effect (children first) has put the article in, before it is painted or printed
  useLayoutEffect(() => void (bodyRef.current && markAddressLinks(bodyRef.current)), [article.html]);
  const showSentence = (sentence: string | null) => {
    if (!bodyRef.current) return;
    if (sentence) highlightSentence(bodyRef.current, sentence);
    else clearSentenceHighlight(bodyRef.current);
  };

  const facts = (
    <aside class="reader-facts" aria-label={t('readerFacts')}>
      <details open={wide}>
        <summary>{t('readerFacts')}</summary>
        <ArticleFacts article={article} bodyRef={bodyRef} />
        <AiKeyPoints text={article.text} title={article.title} lang={article.lang} />
      </details>
      {wide && marks.panel}
    </aside>
  );

  return (
    <>
      <a class="reader-skip" href="#article">{t('readerSkip')}</a>
      <ReaderToolbar
        article={article}
        library={library}
        onSaveAgain={marks.saveAgain}
        settings={settings}
        onChange={onChange}
        panelOpen={panel}
        onTogglePanel={() => setPanel(!panel)}
        settingsButton={settingsButton}
        selection={selection}
        onSentence={showSentence}
      />
      {panel && <SettingsPanel settings={settings} onChange={onChange} onClose={closePanel} onLeave={() => setPanel(false)} opener={settingsButton} />}
      <div class="reader-layout">
        {/* narrow windows show the folded facts above the article: first in the Tab order too, not after its every link */}
        {!wide && facts}
        <main id="article" tabIndex={-1} class="reader-main" lang={article.lang ?? undefined} dir={article.dir ?? 'auto'}>
          {/* the progress through the article, inside its landmark (fixed at the window's top all the same) */}
          <div class="reader-progress" dir={article.dir ?? undefined} role="progressbar" aria-label={t('readerProgress')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(progress * 100)}>
            <div style={{ transform: `scaleX(${progress})` }} />
          </div>
          <article>
            <ReaderHeader article={article} progress={progress} settings={settings} />
            <ArticleBody html={article.html} lang={article.lang} dir={article.dir} class="cr-article-body reader-body" bodyRef={bodyRef} />
          </article>
        </main>
        {wide && facts}
        {/* narrow windows: the highlights after the article, not between the key facts and its title */}
        {!wide && <div class="reader-marks-below">{marks.panel}</div>}
      </div>
      {marks.toolbar}
      {restored && <BackToTop />}
    </>
  );
}
