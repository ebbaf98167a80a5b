import { render } from 'preact';
import { POPUP_PHASES } from '@/utils/perf-marks';
import type { TabArticle } from '@/utils/tab-article';
import { Popup } from './Popup';

/** Renders the popup for the extraction start.ts has already sent. */
export function mount(first: Promise<TabArticle>): void {
  performance.mark(POPUP_PHASES.ui);
  document.documentElement.lang = browser.i18n.getUILanguage();
  render(<Popup first={first} />, document.getElementById('app')!);
}
