import type { ClippingDraft } from './clippings/types';
import type { Article } from './extract/types';
import { sanitizeHtml } from './sanitize';

const EXCERPT_CHARS = 280;

/** The clipping a whole article becomes, its HTML sanitized for storage (needs a DOM). */
export function articleDraft(article: Article): ClippingDraft {
  return {
    kind: 'article',
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    publishedTime: article.publishedTime,
    lang: article.lang,
    dir: article.dir,
    html: sanitizeHtml(article.html),
    text: article.text,
    excerpt: excerptOf(article.excerpt || article.text),
    wordCount: article.wordCount,
    textFragmentUrl: null,
  };
}

/** A short plain-text excerpt, cut at a word boundary. */
export function excerptOf(text: string, max = EXCERPT_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).trimEnd()}…`;
}
