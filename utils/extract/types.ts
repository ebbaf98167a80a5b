import type { RuleName } from './rules';

/** A cleaned article: plain data, structured-cloneable, safe to send between extension contexts. */
export interface Article {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 when the page states it in a parseable form. */
  publishedTime: string | null;
  url: string;
  canonicalUrl: string;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  leadImage: string | null;
  excerpt: string | null;
  /** Article HTML as Readability and our rules leave it: NOT sanitized; see utils/sanitize.ts. */
  html: string;
  /** The text a reader sees: paragraphs separated by blank lines. */
  text: string;
  wordCount: number;
  readingMinutes: number;
  /**
   * Set when the text is the page's declared JSON-LD `articleBody` rather than its visible body
   * (which held much less: an error, consent or loading placeholder), so the UI can say so.
   */
  bodySource?: 'structured-data';
}

export type ExtractFailure = 'not-article' | 'too-large' | 'failed';

type Failed = { ok: false; reason: ExtractFailure; detail?: string };

export type ExtractResult = { ok: true; article: Article } | Failed;

/**
 * What the page's extraction (extract.js) returns: the article without its word count and reading time, which
 * the popup makes from its text (`withReadingTime`, utils/reading-time.ts). The count's two Unicode regexes are
 * then compiled in the popup while it waits, not in the page on its first run of extract.js.
 */
export type PageArticle = Omit<Article, 'wordCount' | 'readingMinutes'>;
export type PageExtractResult = { ok: true; article: PageArticle } | Failed;

export interface ExtractOptions {
  /** Extract even when the page does not look like an article ("Show it anyway"). */
  force?: boolean;
  /** Bound on the elements Readability may parse; larger pages give `too-large`. */
  maxElements?: number;
  /** Clean-up steps switched off, to measure what each brings (benchmark, tests); the injected scripts never set it, and their build drops it (switched-off.ts). */
  off?: readonly RuleName[];
}

declare global {
  // Set in the page's isolated world just before the extract script is injected ("Show it anyway").
  var __cleanReaderExtractOptions: ExtractOptions | undefined;
}
