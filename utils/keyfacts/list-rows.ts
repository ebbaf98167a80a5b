/**
 * Rows of tables, tour-date lists and navigation that reach the text as lines: no facts are read from them (a
 * venue list read as prose gives people like "Cuyahoga Falls" and organisations like "OH").
 */

import { ENDS_LIKE_SENTENCE } from './chars';
import { MONTHS, WEEKDAYS } from './lexicon';

/** Marks of a listing: "@ venue", "a | b", "a · b", bullets, tabs. */
const LIST_MARK = /\s@\s|[|•·\t]/;
/** A row that opens with a date or a number: "July 26 – Cuyahoga Falls", "3. Home". */
const OPENS_WITH_DATE = new RegExp(`^[\\s"“]*(?:\\d|(?:${MONTHS}|${WEEKDAYS})\\.?\\s+\\d)`);
/** Several dash-separated cells: "Home – News – Sport". */
const CELLS = /\s[–—-]\s.*\s[–—-]\s/;

/** Words of a headline: capitalised, small words ("to", "of", "in") aside. */
const HEADLINE_WORD = /^(?:[\p{Lu}\d'‘“"(][^\s]*|[a-z]{1,3}|-|–|—)$/u;
/** A headline has at least this many words; shorter capitalised lines are names or headings of a few words. */
const HEADLINE_WORDS_MIN = 4;

/**
 * "Man Shot at Dallas Gas Station Dies at Hospital": a line in title case without a stop is a headline (of this
 * article's sections or of other stories pasted in); what it names, the prose says again.
 */
function isHeadline(t: string): boolean {
  const words = t.split(/\s+/);
  return words.length >= HEADLINE_WORDS_MIN && words.every((w) => HEADLINE_WORD.test(w)) && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length - 2;
}

/** "June 14 -- Arena, Tampa, FL": a date and a dash opening a cell of a listing. */
const DATE_CELL = new RegExp(`(?:${MONTHS})\\.?\\s+\\d{1,2}\\s+(?:--|[–—-])\\s`, 'g');
/** A listing whose lines were joined into one run of text (no stop between them) holds at least this many. */
const DATE_CELLS_MIN = 3;

/** "Everton v Manchester United", "Southampton v Brentford or Hartlepool": a fixture's line (a draw names its sides there only). */
const FIXTURE_LINE = /^\p{Lu}[^.!?]* vs?\.? \p{Lu}[^.!?]*$/u;

/** Whether a row is a fixture's line, whose names a sports report's reader reads as sides (it stays a row for the rest). */
export const isFixtureLine = (sentence: string): boolean => FIXTURE_LINE.test(sentence.trim());

export function isListRow(sentence: string): boolean {
  const t = sentence.trim();
  if ((t.match(DATE_CELL)?.length ?? 0) >= DATE_CELLS_MIN) return true;
  if (ENDS_LIKE_SENTENCE.test(t)) return false;
  return LIST_MARK.test(t) || OPENS_WITH_DATE.test(t) || CELLS.test(t) || isHeadline(t);
}

/** "Battery: 135 kWh", a cell of a spec list: a short label, a colon, a measure. */
const SPEC_CELL = /(?:^|[-–•·|]\s*)[A-Z][A-Za-z ]{1,24}:\s*[^\s:]*\d[\d.,]*\s?[A-Za-z%/]+/g;
/** A spec list's measures are the article's content, unlike a table of results or dates. */
const SPEC_CELLS_MIN = 2;

/** A row that lists specifications ("Battery: 135 kWh - Towing: 3,500 kg"): its numbers are facts. */
export function isSpecList(row: string): boolean {
  return (row.match(SPEC_CELL)?.length ?? 0) >= SPEC_CELLS_MIN;
}
