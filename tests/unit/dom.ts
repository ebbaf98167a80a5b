import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';

export const FIXTURES = path.resolve(__dirname, '../fixtures');

/** A fixture page parsed into its own DOM, as if served from `url`. */
export function loadPage(name: string, url = `https://example.org/${name}`): Document {
  return parseHtml(readFileSync(path.join(FIXTURES, 'pages', name), 'utf8'), url);
}

export function parseHtml(html: string, url = 'https://example.org/article'): Document {
  const win = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
  win.document.write(html);
  return win.document as unknown as Document;
}
