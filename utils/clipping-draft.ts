import type { ClippingDraft } from './clippings/types';
import type { Article } from './extract/types';
import { escapeHtml } from './format';
import { countWords } from './reading-time';
import { sanitizeHtml } from './sanitize';
import { textFragmentUrl } from './text-fragment';

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

/** What a selection (context menu, or a highlight in the reader) is saved from. */
export interface SelectionSource {
  url: string;
  canonicalUrl?: string | null;
  title: string;
  siteName?: string | null;
  byline?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
  dir?: 'ltr' | 'rtl' | null;
  /** The selected text as the reader sees it. */
  text: string;
  /** The selection's HTML, ALREADY sanitized (utils/sanitize.ts) by the caller; else built from the text. */
  html?: string | null;
}

/**
 * The clipping a selected passage becomes: its text, the page's title and URL, and a text-fragment link
 * back to the passage. Pure (no DOM): the one function for context-menu selections and reader highlights.
 */
export function selectionDraft(source: SelectionSource): ClippingDraft {
  const text = source.text.replace(/\r\n?/g, '\n').replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
  return {
    kind: 'selection',
    url: source.url,
    canonicalUrl: source.canonicalUrl || source.url,
    title: withoutSiteSuffix(source.title, source.siteName) || source.url,
    byline: source.byline ?? null,
    siteName: source.siteName ?? null,
    publishedTime: source.publishedTime ?? null,
    lang: source.lang ?? null,
    dir: source.dir ?? null,
    html: source.html?.trim() ? source.html : textToHtml(text),
    text,
    excerpt: excerptOf(text),
    wordCount: countWords(text),
    textFragmentUrl: textFragmentUrl(source.url, text),
  };
}

/** "Story - Site" → "Story" when the site is known (page titles often carry it). */
function withoutSiteSuffix(title: string, site: string | null | undefined): string {
  const trimmed = title.replace(/\s+/g, ' ').trim();
  if (!site) return trimmed;
  for (const sep of [' - ', ' | ', ' – ', ' — ', ' · ']) {
    const suffix = `${sep}${site.trim()}`;
    if (trimmed.endsWith(suffix) && trimmed.length > suffix.length) return trimmed.slice(0, -suffix.length).trim();
  }
  return trimmed;
}

/** Plain text as paragraphs of escaped HTML. */
function textToHtml(text: string): string {
  return text.split(/\n{2,}/).filter((p) => p.trim()).map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('');
}
