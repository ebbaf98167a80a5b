/**
 * What the context of a bare number says about it (a number written without a unit, currency or counted noun: "Attendance
 * was 17,341.", "won 21, down from 48", but also "either 0 or 1", "Escapees: 10", "in the top 5"): the features of the
 * bare-number model (bare-number-weights.ts, fitted by scripts/train-bare-numbers.ts on the labelled sets). A bare number
 * is right 337 times in 414 over the 24 sets, a number with its unit 3,417 in 3,451: the wrong ones gather here.
 */

export const BARE_FEATURES = [
  /** The article is not English: its bare numbers are often amounts whose units are not read. */
  'otherLanguage',
  /** The sentence is written in another script ("8 روپے" is a price, read as a bare 8). */
  'otherScript',
  /** Inside a quotation: a speaker's "I was 12" or "the top 5". */
  'quoted',
  /** A whole number up to 12: ranks, ages, small counts of a list. */
  'small',
  /** Four digits or more: attendances, index levels, totals. */
  'large',
  'decimal',
  /** Right after a colon ("Escapees: 10", "Loaded: 0"). */
  'afterColon',
  /** Another number within a few characters ("0 or 1", "12, 13", "6-1 6-2"). */
  'numberNear',
  /** The sentence holds five numbers or more: a list or a results line. */
  'manyNumbers',
  /** A sentence of fewer than eight words: a label, a headline, a line of a list. */
  'shortSentence',
  /** A bracket around it. */
  'bracketed',
  /** A hedge before it ("about 300", "more than 100", "at least 46"): a count. */
  'hedged',
  /** A verb in the past before it ("killed 519", "created 14", "shot 67"). */
  'pastVerbBefore',
  /** "to 19,508.59", "at 3,800", "of 47,326", "by 15": a level or a margin. */
  'prepositionBefore',
  /** The clause ends after it ("Attendance was 17,341.", "won 21, down from 48"). */
  'endsClause',
  /** A capitalised word before it (a name's number that the rules let through). */
  'capitalBefore',
] as const;
type BareFeature = (typeof BARE_FEATURES)[number];

const HEDGE = /\b(?:about|around|approximately|roughly|nearly|almost|some|over|more than|less than|fewer than|at least|up to|only|just)\s$/i;
const PAST_VERB = /\b[a-z]{3,}ed\s$/;
const PREPOSITION = /\b(?:to|at|of|by|from|with|for|on|in)\s$/;
const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

/** The features of the bare number at [start, end) of sentence `s`, given how many numbers the sentence holds. */
export function bareNumberFeatures(s: string, start: number, end: number, english: boolean, numbersInSentence: number): number[] {
  const text = s.slice(start, end);
  const value = Number(text.replace(/,/g, ''));
  const before = s.slice(Math.max(0, start - 16), start);
  const after = s.slice(end, end + 8);
  const head = s.slice(0, start);
  const count = (r: RegExp) => (head.match(r) ?? []).length;
  const f: Record<BareFeature, boolean> = {
    otherLanguage: !english,
    otherScript: NON_LATIN.test(s),
    quoted: count(/“/g) > count(/”/g) || count(/"/g) % 2 === 1,
    small: Number.isInteger(value) && value <= 12,
    large: text.replace(/\D/g, '').length >= 4 && !/\./.test(text.replace(/,\d{3}/g, '')),
    decimal: /\.\d/.test(text),
    afterColon: /:\s?$/.test(before),
    numberNear: /\d(?: (?:or|and|to))?[^\d\p{L}]{0,4}$/u.test(before) || /^[^\d\p{L}]{0,4}\d|^ (?:or|and|to) \d/u.test(after),
    manyNumbers: numbersInSentence >= 5,
    shortSentence: s.split(/\s+/).length < 8,
    bracketed: /\(\s?$/.test(before) || /^\s?\)/.test(after),
    hedged: HEDGE.test(before),
    pastVerbBefore: PAST_VERB.test(before),
    prepositionBefore: PREPOSITION.test(before),
    endsClause: /^(?:[.,;]|$)/.test(after),
    capitalBefore: /\b[A-Z][a-z]+\s$/.test(before),
  };
  return BARE_FEATURES.map((k) => (f[k] ? 1 : 0));
}
