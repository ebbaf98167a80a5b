// Scripts written without spaces between words are counted by characters.
const UNSPACED = /[\p{sc=Han}\p{sc=Hira}\p{sc=Kana}\p{sc=Thai}]/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;
const WORDS_PER_MINUTE = 230;
const UNSPACED_CHARS_PER_WORD = 2;

export function countWords(text: string): number {
  const unspaced = text.match(UNSPACED)?.length ?? 0;
  const spaced = text.replace(UNSPACED, ' ').match(WORD)?.length ?? 0;
  return spaced + Math.round(unspaced / UNSPACED_CHARS_PER_WORD);
}

/** At least a minute for any text, none for no text. */
export function readingMinutes(wordCount: number): number {
  return wordCount && Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}
