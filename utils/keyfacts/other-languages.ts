/**
 * Month names and unit words of the languages news is most often read in besides English (generated from Unicode
 * CLDR by scripts/build-lexicons.ts, not typed): on a non-English article a date ("1. Januar 2027", "27 de
 * novembro") and a number's scale and unit ("48 Prozent", "30 milliards d'euros", "42 مليون دولار") are
 * language-independent facts. The
 * sets are built on first use, once per background start.
 */

import { OTHER_CURRENCIES, OTHER_MONTHS, OTHER_SCALES, OTHER_UNITS } from './lexicon-data';

let monthSet: Set<string> | undefined;
/** "Januar", "octobre": a month's name in one of the languages. */
export function isMonthName(word: string): boolean {
  monthSet ??= new Set(OTHER_MONTHS.split('|'));
  return monthSet.has(word.toLowerCase());
}

let units: Set<string> | undefined;
let scales: Set<string> | undefined;
/** The longest unit, currency or scale name: "dólares estadounidenses", "yuan renminbi chinois", "mil millones". */
const MAX_UNIT_WORDS = 3;
const WORDS_AFTER = /(?: |\u00a0)(d['’]|de |di )?([^\s,.;:!?()"“”«»]+(?: [^\s,.;:!?()"“”«»]+){0,2})/y;

/** The longest run of up to three words after `at` that `known` holds, with what comes before it, or null. */
function phraseAfter(s: string, at: number, known: Set<string>, linked: boolean): string | null {
  WORDS_AFTER.lastIndex = at;
  const m = WORDS_AFTER.exec(s);
  if (!m || (m[1] && !linked)) return null;
  const words = m[2]!.split(' ');
  for (let n = Math.min(MAX_UNIT_WORDS, words.length); n > 0; n--) {
    const phrase = words.slice(0, n).join(' ');
    if (known.has(phrase.toLowerCase())) return m[0].slice(0, m[0].length - m[2]!.length) + phrase;
  }
  return null;
}

/**
 * The unit after a number at `at` in a non-English sentence (" Prozent", " pour cent", " d'euros" after a scale,
 * " דולר", " процентов"), or null: the longest run of up to three words that is a unit or currency name, looked up,
 * not matched by a pattern. A currency may come after "de", "d'" or "di" ("milliards d'euros", "millones de dólares").
 */
export function unitAfter(s: string, at: number): string | null {
  units ??= new Set([...OTHER_UNITS.split('|'), ...OTHER_CURRENCIES.split('|')].map((u) => u.toLowerCase()));
  return phraseAfter(s, at, units, true);
}

/** The scale after a number in a non-English sentence (" Millionen", " מיליון", " مليار", " लाख करोड़"), or null. */
export function scaleAfter(s: string, at: number): string | null {
  scales ??= new Set(OTHER_SCALES.split('|').map((u) => u.toLowerCase()));
  return phraseAfter(s, at, scales, false);
}
