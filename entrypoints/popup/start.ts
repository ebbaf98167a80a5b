// The popup's first script, and a small one: it finds the tab and sends the extraction before the UI
// code (Preact, DOMPurify, the components) is fetched and parsed, which then happens while the page
// extracts. The UI renders what the extraction gives (main.tsx).
import { POPUP_PHASES } from '@/utils/perf-marks';
import { extractPopupArticle } from '@/utils/tab-article';
// All the popup's styles, here: in the page's head, so the UI's import waits for none of them.
import '@/components/theme.css';
import '@/components/key-facts.css';
import './popup.css';

performance.mark(POPUP_PHASES.script);
const article = extractPopupArticle(location.search);
void import('./main').then(({ mount }) => mount(article));
