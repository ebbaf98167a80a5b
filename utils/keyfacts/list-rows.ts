/**
 * Rows of tables, tour-date lists and navigation that reach the text as lines: no facts are read from them (a
 * venue list read as prose gives people like "Cuyahoga Falls" and organisations like "OH").
 */

import { MONTHS, WEEKDAYS } from './lexicon';

/** A sentence ends with a stop, a closing quote or bracket; a row does not. */
const ENDS_LIKE_PROSE = /[.!?…。！？"”’)]$/;
/** Marks of a listing: "@ venue", "a | b", "a · b", bullets, tabs. */
const LIST_MARK = /\s@\s|[|•·\t]/;
/** A row that opens with a date or a number: "July 26 – Cuyahoga Falls", "3. Home". */
const OPENS_WITH_DATE = new RegExp(`^[\\s"“]*(?:\\d|(?:${MONTHS}|${WEEKDAYS})\\.?\\s+\\d)`);
/** Several dash-separated cells: "Home – News – Sport". */
const CELLS = /\s[–—-]\s.*\s[–—-]\s/;

export function isListRow(sentence: string): boolean {
  const t = sentence.trim();
  if (ENDS_LIKE_PROSE.test(t)) return false;
  return LIST_MARK.test(t) || OPENS_WITH_DATE.test(t) || CELLS.test(t);
}
