import { render } from 'preact';
import { Reader } from './Reader';
import '@/components/theme.css';
import './reader.css';

render(<Reader search={location.search} />, document.getElementById('app')!);
