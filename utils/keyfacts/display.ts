/**
 * What the panel shows of the extracted facts: a fact must mean something on its own. A date without a digit is
 * shown only when it names a day or a month ("Friday", "early May", "Thanksgiving") and the article gives no real
 * date; one told only from the day of writing ("this year", "a week ago", "today") is never shown. A number without a unit,
 * currency or counted noun ("5"), an ordinal alone ("14th") and a standard's name ("4K", "5G") are left out. The
 * extractor still returns them (quotes and sentences refer to them, and the benchmark counts them); only the
 * reader's panel is spared. Small, and dependency-free but for the calendar's names: it ships in the popup's key-facts chunk.
 */

import { MONTHS, WEEKDAYS } from './calendar-names';

interface Fact {
  text: string;
}

const HAS_DIGIT = /\d/;
const BARE_NUMBER = /^[\d.,]+$/;
/** A number written without a unit, currency or counted noun ("5", "24,942"). */
export const isBareNumber = (text: string): boolean => BARE_NUMBER.test(text);
/** "14th", "3rd": a rank with nothing ranked. */
const BARE_ORDINAL = /^\d+(?:st|nd|rd|th)$/;
/**
 * "4K", "5G", "3D": one digit and one capital, the name of a standard, not a quantity ("41C", "90W", "418p" have
 * two digits or more, or a unit in lower case, and stay).
 */
const STANDARD_NAME = /^\d[A-Z]$/;
/** A weekday or a month by name (written capitalised, so the verb "may" is none). */
const CALENDAR_NAME = new RegExp(`\\b(?:${MONTHS}|${WEEKDAYS})\\b`);
/** A capitalised word after the first: a named day ("Labor Day weekend", "New Year's Eve"). */
const NAMED_DAY_INSIDE = /\s\p{Lu}/u;

/**
 * Whether a date without a digit names a day or a month: a weekday or a month, or a capitalised word that is not
 * capitalised only because it opens its sentence ("Thanksgiving" mid-sentence; not "Yesterday" or "Last week" at
 * the start of one). `sentence` is the text of the sentence it came from.
 */
export function namesADay(date: string, sentence: string): boolean {
  if (CALENDAR_NAME.test(date) || NAMED_DAY_INSIDE.test(date)) return true;
  return /^\p{Lu}/u.test(date) && !sentence.replace(/^[\s"“‘'(]+/, '').startsWith(date);
}

/**
 * Dates with a digit; without any, those that name a day or a month. `sentences` are the article's sentences,
 * which the facts' `sentence` index into.
 */
export function shownDates<T extends Fact & { sentence: number }>(dates: T[], sentences: readonly string[]): T[] {
  const real = dates.filter((d) => HAS_DIGIT.test(d.text));
  return real.length ? real : dates.filter((d) => namesADay(d.text, sentences[d.sentence] ?? ''));
}

export function shownNumbers<T extends Fact>(numbers: T[]): T[] {
  return numbers.filter((n) => !isBareNumber(n.text) && !BARE_ORDINAL.test(n.text) && !STANDARD_NAME.test(n.text));
}
