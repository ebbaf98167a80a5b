/** Whether an article reads as English: names, places and quotes are read only then (their cues are English). */

import { LETTER, reG } from './chars';
import { FUNCTION_WORDS } from './lexicon';

/** A short ASCII text has too few words to count; it is taken as English. */
const FEW_WORDS = 30;
/** English prose has about a quarter of its words among the commonest 32; other languages in Latin letters a few percent. */
const ENGLISH_SHARE = 0.12;
const WORD = reG`[${LETTER}]+`;

export function looksEnglish(text: string): boolean {
  const words = text.slice(0, 4000).toLowerCase().match(WORD) ?? [];
  if (words.length < FEW_WORDS && /^[\x00-\x7f’‘“”—–]*$/.test(text)) return true;
  let hits = 0;
  for (const w of words) if (FUNCTION_WORDS.has(w)) hits++;
  return hits / words.length >= ENGLISH_SHARE;
}
