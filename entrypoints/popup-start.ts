import { POPUP_PHASES } from '@/utils/perf-marks';
import { loadPopupUi } from '@/utils/popup-ui-loader';
import { extractFromTab, extractPopupArticle } from '@/utils/browser/tab-article';

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
  const first = extractPopupArticle(location.search, () => loadUi());
  window.__cleanReaderPopup = { first, extract: extractFromTab, styled };
});

function parsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}
