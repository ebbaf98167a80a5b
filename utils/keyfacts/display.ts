/**
 * What the panel shows of the extracted facts: a fact must mean something on its own. A date without a digit
 * ("this year", "July", "Friday") is left out when the article gives real dates, and a number without a unit,
 * currency or counted noun ("5") is left out. The extractor still returns them (quotes and sentences refer to
 * them, and the benchmark counts them); only the reader's panel is spared. Small and dependency-free: it ships
 * in the popup's key-facts chunk.
 */

interface Fact {
  text: string;
}

const HAS_DIGIT = /\d/;
const BARE_NUMBER = /^[\d.,]+$/;
/** A number written without a unit, currency or counted noun ("5", "24,942"). */
export const isBareNumber = (text: string): boolean => BARE_NUMBER.test(text);

export function shownDates<T extends Fact>(dates: T[]): T[] {
  return dates.some((d) => HAS_DIGIT.test(d.text)) ? dates.filter((d) => HAS_DIGIT.test(d.text)) : dates;
}

export function shownNumbers<T extends Fact>(numbers: T[]): T[] {
  return numbers.filter((n) => !isBareNumber(n.text));
}
