import type { ExtractResult, PageExtractResult } from './extract/types';

const WORDS_PER_MINUTE = 230;
const UNSPACED_CHARS_PER_WORD = 2;

// The regexes are made in the function, not once when the module runs: the popup's first script carries this module
// (utils/browser/tab-article.ts) and sends the extraction before anything else; a Unicode regex literal costs ~0.4 ms
// to make in a new renderer (thirty-second round). V8 compiles each source once per renderer, however often made.
export function countWords(text: string): number {
  // Scripts written without spaces between words are counted by characters.
  const unspaced = /[\p{sc=Han}\p{sc=Hira}\p{sc=Kana}\p{sc=Thai}]/gu;
  const unspacedCount = text.match(unspaced)?.length ?? 0;
  const spaced = text.replace(unspaced, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu)?.length ?? 0;
  return spaced + Math.round(unspacedCount / UNSPACED_CHARS_PER_WORD);
}

/** The page's result with the article's word count and reading time, made from its text (types.ts, PageArticle). */
export function withReadingTime(result: PageExtractResult): ExtractResult {
  if (!result.ok) return result;
  const wordCount = countWords(result.article.text);
  return { ok: true, article: { ...result.article, wordCount, readingMinutes: readingMinutes(wordCount) } };
}

/** At least a minute for any text, none for no text. */
export function readingMinutes(wordCount: number): number {
  return wordCount && Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}
