/**
 * Names with a number of their own ("Maroon 5", "Key 103"): the run of a name stops at a bare number, since a number
 * after a word is most often a score, a count, a date or a model's ("Arsenal 2", "March 8", "Falcon 9"). The article
 * tells its own names apart: a word it writes before the same number at every mention carries the number in its name.
 */

import { isBrandWord, isCommonWord, isKnownCompany, isKnownPlace } from './gazetteer';
import { CALENDAR } from './lexicon';

/**
 * A capitalised word, then one to three digits (a possessive allowed), not a decimal, a share, a range or a year, nor
 * the first of a row of figures ("Ankou 13 18%").
 */
const WORD_NUMBER = /(?<![\p{L}\d'’.-])(\p{Lu}[\p{L}-]*) (\d{1,3})(?:['’]s)?(?![\d%]|[.,:/-]\d|\s+\d)/gu;
/** A bare number as a word of a name, with its possessive ("Maroon 5's album"). */
export const BARE_NUMBER = /^\d{1,3}(?:['’]s)?$/;
/** A name that ends with the number it carries ("Fortune 500", "Nikkei 225", "Maroon 5"). */
export const endsWithNumber = (name: string): boolean => /\s\d+$/.test(name);

/**
 * The words the article writes before one number at every mention, never alone nor before another: not in a sports
 * report (scores and substitutes' minutes, "Morrison 75"), not a month or a day, a common word ("Article 50", "Stage
 * 3") or one the article writes in lower case too, a company, a brand or a place, whose numbers are its models or its
 * roads ("Boeing 737", "Windows 95").
 */
export function numberedNames(text: string, sport: boolean): Set<string> {
  const out = new Set<string>();
  if (sport) return out;
  const numbers = new Map<string, Set<string>>();
  for (const m of text.matchAll(WORD_NUMBER)) (numbers.get(m[1]!) ?? numbers.set(m[1]!, new Set()).get(m[1]!)!).add(m[2]!);
  for (const [word, nums] of numbers) {
    if (nums.size !== 1 || CALENDAR.has(word.toLowerCase()) || isCommonWord(word) || isKnownCompany(word) || isBrandWord(word) || isKnownPlace(word)) continue;
    // ("Rapper 50 Cent … the rapper": a noun the article also writes in lower case)
    if (new RegExp(`\\b${word.toLowerCase()}\\b`).test(text)) continue;
    const mentions = text.match(new RegExp(`(?<![\\p{L}\\d'’-])${word}(?![\\p{L}-])`, 'gu'))?.length ?? 0;
    const numbered = text.match(new RegExp(`(?<![\\p{L}\\d'’-])${word} ${[...nums][0]}(?!\\d)`, 'gu'))?.length ?? 0;
    if (mentions === numbered) out.add(word);
  }
  return out;
}
