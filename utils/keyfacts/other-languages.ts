/**
 * Month names and unit words of the languages news is most often read in besides English (generated from Unicode
 * CLDR by scripts/build-lexicons.ts, not typed): on a non-English article a date ("1. Januar 2027", "27 de
 * novembro") and a number's unit ("48 Prozent", "30 milliards d'euros") are language-independent facts. The
 * sets are built on first use, once per background start.
 */

import { OTHER_CURRENCIES, OTHER_MONTHS, OTHER_UNITS } from './lexicon-data';

let monthSet: Set<string> | undefined;
/** "Januar", "octobre": a month's name in one of the languages. */
export function isMonthName(word: string): boolean {
  monthSet ??= new Set(OTHER_MONTHS.split('|'));
  return monthSet.has(word.toLowerCase());
}

let units: Set<string> | undefined;
/** The longest unit or currency name: "dólares estadounidenses", "yuan renminbi chinois". */
const MAX_UNIT_WORDS = 3;
const WORDS_AFTER = /(?: |\u00a0)(d['’]|de |di )?([^\s,.;:!?()"“”«»]+(?: [^\s,.;:!?()"“”«»]+){0,2})/y;

/**
 * The unit after a number at `at` in a non-English sentence (" Prozent", " pour cent", " d'euros" after a scale),
 * or null: the longest run of up to three words that is a unit or currency name, looked up, not matched by a
 * pattern. A currency may come after "de", "d'" or "di" ("milliards d'euros", "millones de dólares").
 */
export function unitAfter(s: string, at: number): string | null {
  units ??= new Set([...OTHER_UNITS.split('|'), ...OTHER_CURRENCIES.split('|')].map((u) => u.toLowerCase()));
  WORDS_AFTER.lastIndex = at;
  const m = WORDS_AFTER.exec(s);
  if (!m) return null;
  const words = m[2]!.split(' ');
  for (let n = Math.min(MAX_UNIT_WORDS, words.length); n > 0; n--) {
    const phrase = words.slice(0, n).join(' ');
    if (units.has(phrase.toLowerCase())) return m[0].slice(0, m[0].length - m[2]!.length) + phrase;
  }
  return null;
}
