import { POPUP_PHASES } from '@/utils/perf-marks';
import { extractFromTab, extractPopupArticle } from '@/utils/tab-article';

// The popup's first script: one small classic file in the popup's <head>, run while the page is still
// being parsed (a module script would wait for the parse, the stylesheets and its own imports). It finds
// the tab and sends the extraction; the UI (popup/main.tsx: Preact, DOMPurify, the components) loads
// meanwhile and renders what it gives.
export default defineUnlistedScript(() => {
  performance.mark(POPUP_PHASES.script);
  window.__cleanReaderPopup = { first: extractPopupArticle(location.search), extract: extractFromTab };
});
