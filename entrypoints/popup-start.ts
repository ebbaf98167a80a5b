import { POPUP_PHASES } from '@/utils/perf-marks';
import { loadPopupUi } from '@/utils/popup-ui-loader';
import { extractFromTab, extractPopupArticle } from '@/utils/browser/tab-article';
import { tabSelectionText } from '@/utils/browser/tab-selection';

// The popup's first script: one small classic file in the popup's <head>, run while the page is still
// being parsed (a module script would wait for the parse, the stylesheets and its own imports). It finds
// the tab and sends the extraction, and only then lets the UI (popup/main.tsx: Preact, DOMPurify, the
// components; its tags wait in a <template>, utils/popup-ui-loader.ts) load and render what it gives.
export default defineUnlistedScript(() => {
  performance.mark(POPUP_PHASES.script);
  // The UI's files load as soon as the injection is sent (or known not to be), while the page extracts,
  // not once this page is parsed; its render waits for the stylesheets and the page's #app.
  let loadUi = () => {};
  const styled = new Promise<void>((resolve) => {
    loadUi = () => {
      loadUi = () => {};
      void Promise.all([loadPopupUi(document), parsed()]).then(() => resolve());
    };
  });
  // The page's selection, asked once the extraction is on its way: the page runs it after extract.js (the article is not
  // held back), and "Save selection" is offered with the article instead of a round trip to the page after its paint.
  // (a promise settles once: the page is asked at most once, however often the injection is sent)
  let tabKnown: (tabId?: number) => void = () => {};
  const selection = new Promise<number | undefined>((resolve) => (tabKnown = resolve)).then((tabId) => (tabId === undefined ? '' : tabSelectionText(tabId)));
  const first = extractPopupArticle(location.search, (tabId) => (loadUi(), tabKnown(tabId)));
  window.__cleanReaderPopup = { first, extract: extractFromTab, styled, selection };
});

function parsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}
