import { LIBRARY_PHASES } from '@/utils/perf-marks';
performance.mark(LIBRARY_PHASES.script);
import { render } from 'preact';
import { Library } from './Library';
import '@/components/theme.css';
import './library.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('libraryPageTitle') || document.title;
render(<Library />, document.getElementById('app')!);
