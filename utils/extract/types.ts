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

export type ExtractResult =
  | { ok: true; article: Article }
  | { ok: false; reason: ExtractFailure; detail?: string };

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
