/** Dates and times, as written. */

import { MONTHS, WEEKDAYS } from './lexicon';

export interface Span {
  text: string;
  start: number;
  end: number;
}

const M = `(?:${MONTHS})\\.?`;
const Y = `(?:1[6-9]\\d\\d|20\\d\\d)`;
const D = `\\d{1,2}(?:st|nd|rd|th)?`;
const REL = `(?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming|[Pp]revious|[Ee]arly|[Ll]ate|[Mm]id)`;
const PERIOD = `(?:week|weekend|month|year|season|spring|summer|autumn|fall|winter|night|morning|afternoon|evening|decade|quarter|century)`;
const PART = `(?:morning|afternoon|evening|night)`;

const EN_PATTERNS = [
  // "between January and June 2025"
  `(?:between )?${M}(?: ${D})? (?:and|to|through) ${M}(?: ${D})?,? ${Y}`,
  // "first half of 2025", "end of August 2025", "end of the 2022/23 season"
  `(?:(?:the )?(?:first|second|third|fourth|last|final) (?:half|quarter) of|(?:the )?(?:end|start|beginning|middle) of)(?: the)? (?:(?:fiscal )?(?:year )?${Y}(?:[/-]\\d\\d)?(?: season)?|${M}(?: ${Y})?|the year)`,
  `(?:fiscal year|FY) ?${Y}(?:[/-]\\d\\d(?:\\d\\d)?)?`,
  // "Sept. 9, 2025", "September 9", "9 September 2025"
  `${M} ${D}(?:,? ${Y})?(?!\\d)`,
  `${D} ${M}(?:,? ${Y})?`,
  `(?:(?:early|mid|late)[- ])?${M},? ${Y}`,
  `(?:${WEEKDAYS})(?: ${PART})?`,
  `(?:(?:early|mid|late)[- ])?(?:${Y}s)`,
  `(?:(?:early|mid|late)[- ])?(?:January|February|March|April|June|July|August|September|October|November|December)`,
  `(?:(?:early|mid|late)[- ]|(?<=(?:in|since|until|by|of|last|next|this) ))May(?= |,|\\.)`,
  `${REL} ${PERIOD}`,
  `(?:yesterday|tomorrow|tonight)`,
];

const DIGIT_PATTERNS = [
  `\\d{4}年(?:\\d{1,2}月)?(?:\\d{1,2}日)?|\\d{1,2}月(?:\\d{1,2}日)?|\\d{1,2}日`,
  `${Y}-\\d{2}-\\d{2}`,
  `\\d{1,2}[./]\\d{1,2}[./](?:${Y}|\\d\\d)(?![\\d.])`,
  `${Y}[/-]\\d\\d(?!\\d)(?: season)?`,
  `\\d{1,2}(?::\\d{2})? ?(?:a\\.m\\.|p\\.m\\.|am|pm|AM|PM)(?![\\p{L}])`,
  `${Y}(?!\\d|,\\d|-\\p{L}| ?(?:%|percent|per cent))`,
];

const build = (ps: string[]) => new RegExp(`(?<![\\p{Lu}\\p{Ll}\\d$£€.,:/-])(?:${ps.join('|')})`, 'gu');
const EN_RE = build([...EN_PATTERNS, ...DIGIT_PATTERNS]);
const DIGIT_RE = build(DIGIT_PATTERNS);

/** Date and time phrases of a sentence; longest first, never overlapping. */
export function findDates(s: string, english: boolean): Span[] {
  const re = english ? EN_RE : DIGIT_RE;
  re.lastIndex = 0;
  const out: Span[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    let text = m[0].replace(/[.,]$/, (c) => (/(?:a\.m|p\.m)$/i.test(m![0].slice(0, -1)) ? c : ''));
    const lead = /^(?:since|until|by|in|between) /i.exec(text);
    let start = m.index;
    if (lead && !/ and /.test(text)) {
      text = text.slice(lead[0].length);
      start += lead[0].length;
    }
    // "May" alone is a month only after a preposition; "mid-March"
    out.push({ text, start, end: start + text.length });
  }
  return out;
}
