import type { Clipping } from './clippings/types';
import type { Article } from './extract/types';
import { readingMinutes } from './reading-time';

/** What a reader tab shows: a saved clipping, an article handed over by the popup, or a tab to read. */
export type ReaderSource = { kind: 'clip'; id: number } | { kind: 'article'; key: string } | { kind: 'tab'; tabId: number };

/** The reader's address for a source, relative to the extension's root: what `readerSource` reads back. */
export function readerPath(source: ReaderSource): `reader.html?${string}` {
  const query = source.kind === 'clip' ? `clip=${source.id}` : source.kind === 'article' ? `article=${source.key}` : `tabId=${source.tabId}`;
  return `reader.html?${query}`;
}

export function readerSource(search: string): ReaderSource | null {
  const params = new URLSearchParams(search);
  const id = Number(params.get('clip'));
  if (Number.isInteger(id) && id > 0) return { kind: 'clip', id };
  const key = params.get('article');
  if (key && /^[\w-]{8,64}$/.test(key)) return { kind: 'article', key };
  const tabId = Number(params.get('tabId'));
  if (Number.isInteger(tabId) && tabId > 0) return { kind: 'tab', tabId };
  return null;
}

/** A saved clipping in the shape the reader renders (its HTML is sanitized again at render). */
export function clippingToArticle(clipping: Clipping): Article {
  return {
    title: clipping.title,
    byline: clipping.byline,
    siteName: clipping.siteName,
    publishedTime: clipping.publishedTime,
    url: clipping.textFragmentUrl ?? clipping.url,
    canonicalUrl: clipping.canonicalUrl,
    lang: clipping.lang,
    dir: clipping.dir,
    leadImage: null,
    excerpt: clipping.excerpt,
    html: clipping.html,
    text: clipping.text,
    wordCount: clipping.wordCount,
    readingMinutes: readingMinutes(clipping.wordCount),
  };
}
