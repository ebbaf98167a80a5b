import { render } from 'preact';
import { articleWarmUp } from '@/components/ArticleWarmUp';
import { POPUP_PHASES } from '@/utils/perf-marks';
import { whileWaiting } from '@/utils/while-waiting';
import type { PopupExtraction, TabArticleResult } from '@/utils/browser/tab-article';
import { Popup } from './Popup';
import '@/components/theme.css';
import './popup.css';

performance.mark(POPUP_PHASES.ui);
document.documentElement.lang = browser.i18n.getUILanguage();
const extraction = window.__cleanReaderPopup ?? notStarted();
void extraction.styled.then(() => {
  render(<Popup extraction={extraction} />, document.getElementById('app')!);
  // Idle until the result comes (~70 ms on a cold first click, ~10 warm): do ahead what its first render needs.
  whileWaiting(extraction.first, articleWarmUp(document));
});

/** The first script did not run (it is part of the same build, so only a broken install gets here): say so. */
function notStarted(): PopupExtraction {
  const result: TabArticleResult = { ok: false, reason: 'failed', detail: 'The popup did not start.' };
  return { first: Promise.resolve({ tabId: undefined, result }), extract: () => Promise.resolve(result), styled: Promise.resolve(), selection: Promise.resolve('') };
}
