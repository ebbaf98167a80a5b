import type { RefObject, VNode } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { AiKeyPoints } from '@/components/AiKeyPoints';
import { ArticleBody } from '@/components/ArticleBody';
import { ArticleMeta } from '@/components/ArticleMeta';
import { SaveButton } from '@/components/SaveButton';
import { OpenSavedButton, SavedBanner } from '@/components/SavedBanner';
import { StatusMessage } from '@/components/StatusMessage';
import { FontWarmUp } from '@/components/popup/FontWarmUp';
import { useSavedClipping } from '@/components/use-saved-clipping';
import { ARTICLE_FAILURE_TEXT } from '@/utils/article-failure-text';
import { articleDraft } from '@/utils/clipping-draft';
import type { Article } from '@/utils/extract/types';
import { t, type MessageKey } from '@/utils/browser/i18n';
import { markAfterPaint } from '@/utils/browser/paint-marks';
import { POPUP_PAINTED, POPUP_PHASES } from '@/utils/perf-marks';
import { openArticleInReader } from '@/utils/browser/reader-handover';
import type { PopupExtraction, TabArticleResult } from '@/utils/browser/tab-article';

type State = { status: 'loading' } | { status: 'done'; result: TabArticleResult };

export function Popup({ extraction }: { extraction: PopupExtraction }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [tabId, setTabId] = useState<number>();
  const selected = useSelectionSave(extraction.selection);
  const selectionSave = selected && tabId !== undefined ? <selected.SelectionSave tabId={tabId} text={selected.text} /> : null;

  const load = async (force = false) => {
    setState({ status: 'loading' });
    setState({ status: 'done', result: await extraction.extract(tabId, { force }) });
  };
  // Before the first paint, not after it (useEffect): the extraction may well have come back already.
  useLayoutEffect(() => {
    void extraction.first.then(({ tabId, result }) => {
      // What `npm run bench:popup` times: the frame after this one shows the article or message (rendered in a
      // microtask before it); marked first after that frame, before the effects the render queues for then.
      markAfterPaint(POPUP_PAINTED);
      setTabId(tabId);
      setState({ status: 'done', result });
    });
  }, []);

  if (state.status === 'loading') {
    return (
      <>
        <p class="cr-loading" role="status" aria-busy="true">{t('popupLoading')}</p>
        <FontWarmUp />
      </>
    );
  }
  const { result } = state;
  if (result.ok) return <ArticleView article={result.article} tabId={tabId} selectionSave={selectionSave} />;

  const [title, body]: [MessageKey, MessageKey] = 'fileAccess' in result && result.fileAccess ? ['errorFileAccessTitle', 'errorFileAccessBody'] : ARTICLE_FAILURE_TEXT[result.reason];
  // In the page's main landmark, as the article is: without one, a screen reader's "main" jump found nothing.
  return (
    <main>
      <StatusMessage title={t(title)} body={t(body)} role="alert">
        {result.reason === 'not-article' && (
          <button class="cr-button cr-button-primary" onClick={() => load(true)}>{t('popupShowAnyway')}</button>
        )}
        {result.reason === 'failed' && <button class="cr-button" onClick={() => load()}>{t('popupRetry')}</button>}
        {/* The page was read, it is just no article: a passage the reader selected in it can still be kept. */}
        {(result.reason === 'not-article' || result.reason === 'too-large') && selectionSave}
        {/* the way to the library from any page: the new-tab page, a browser's own page, a PDF (it was the article's only) */}
        <LibraryButton />
      </StatusMessage>
    </main>
  );
}

function ArticleView({ article, tabId, selectionSave }: { article: Article; tabId: number | undefined; selectionSave: VNode | null }) {
  const bodyRef = useRef<HTMLDivElement>(null);
  // After the body's own layout effect (children first): its first screen is sanitized and in the DOM.
  useLayoutEffect(() => void performance.mark(POPUP_PHASES.sanitized), []);
  const draft = () => articleDraft(article);
  const saved = useSavedClipping(article.url, article.canonicalUrl, draft);
  return (
    <main class="cr-popup-article">
      <ArticleMeta article={article} />
      <div class="cr-actions">
        {/* On a page already saved, the main action opens the clipping; saving again (the page's current text) stays beside it. */}
        {saved && <OpenSavedButton found={saved.found} />}
        <SaveButton draft={draft} primary={!saved} {...(saved ? { label: t('popupSaveAgain') } : {})} />
        {selectionSave}
        <button class="cr-button" onClick={() => void readInTab(article, tabId)}>{t('popupRead')}</button>
        <LibraryButton />
      </div>
      {saved && <SavedBanner saved={saved} />}
      <DeferredFacts article={article} bodyRef={bodyRef} />
      <ArticleBody html={article.html} lang={article.lang} dir={article.dir} bodyRef={bodyRef} firstScreenFirst />
      <AiKeyPoints text={article.text} title={article.title} lang={article.lang} />
    </main>
  );
}

/** Opens the library in a tab. */
function LibraryButton() {
  return <button class="cr-button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') })}>{t('popupLibrary')}</button>;
}

/** A module loaded after the article has painted: the popup paints first, and its first bundle stays small. */
function useLoadedAfterPaint<T>(load: () => Promise<T>): T | undefined {
  const [module, setModule] = useState<T>();
  useEffect(() => void load().then(setModule), []);
  return module;
}

function DeferredFacts({ article, bodyRef }: { article: Article; bodyRef: RefObject<HTMLDivElement | null> }) {
  const module = useLoadedAfterPaint(() => import('@/components/ArticleFacts'));
  return module ? <module.ArticleFacts article={article} bodyRef={bodyRef} /> : null;
}

/**
 * "Save selection", when the page had a selection as the popup opened: its module (kept out of the first bundle) is
 * loaded as soon as the selection is known, most often while the page still extracts, not once the article has painted.
 */
function useSelectionSave(selection: Promise<string>) {
  const [selected, setSelected] = useState<{ text: string; SelectionSave: typeof import('@/components/popup/SelectionSave').SelectionSave }>();
  useLayoutEffect(() => {
    void selection.then(async (text) => {
      if (text) setSelected({ text, SelectionSave: (await import('@/components/popup/SelectionSave')).SelectionSave });
    });
  }, []);
  return selected;
}

/** Opens the reader next to the page's tab, then closes the popup (a no-op when it is a tab). */
async function readInTab(article: Article, tabId: number | undefined) {
  const tab = tabId === undefined ? undefined : await browser.tabs.get(tabId).catch(() => undefined);
  await openArticleInReader(article, tab);
  window.close();
}
