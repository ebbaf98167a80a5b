import { render } from 'preact';
import { Popup } from './Popup';
import '@/components/theme.css';
import './popup.css';

document.documentElement.lang = browser.i18n.getUILanguage();
render(<Popup search={location.search} />, document.getElementById('app')!);
