/** Dates and times, as written. */

import { CASELESS, LETTER, LOWER, UPPER } from './chars';
import { CARDINALS, eitherCase, TENS } from './count-words';
import { CALENDAR, FUNCTION_WORDS, LABEL_BEFORE, LEAD_STOP } from './lexicon';
import { isMonthName } from './other-languages';

const MONTH_WORD = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*/g;
const FULL_MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Every month-like word is a month; a month alone is written in full. */
function realMonths(text: string): boolean {
  const ws = text.match(MONTH_WORD) ?? [];
  if (!ws.every((w) => CALENDAR.has(w.toLowerCase()))) return false;
  return /\d/.test(text) || ws.every((w) => FULL_MONTH.test(w));
}

export interface Span {
  text: string;
  start: number;
  end: number;
}

// month and weekday names are matched by their first letters and checked afterwards (a small regex compiles fast)
const M = `(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?`;
const WD = `(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
const Y = `(?:1[6-9]\\d\\d|20\\d\\d)`;
const D = `\\d{1,2}(?:st|nd|rd|th)?`;
/** A period placed from the story's own time ("last week", "this morning"), or within one ("early next year"). */
const DEIXIS = `(?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming|[Pp]revious)`;
/** "in recent months", "recent days": a period reaching up to the story's time (the labelled sets keep the "in"). */
const RECENT = `(?:[Ii]n )?recent (?:days|weeks|months|years)(?![a-z])`;
const PHASE = `(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate|[Mm]id)`;
// "weekend" before "week", and a plural kept whole: "this weekend" and "coming weeks" are not "this week" / "coming week"
const SPAN = `(?:weekend|week|month|year|season|spring|summer|autumn|fall|winter|decade|quarter|century)`;
// ("this decades-long surge": a span joined to an adjective is none)
const PERIOD = `(?:${SPAN}|night|morning|afternoon|evening)s?(?![a-z-])`;
// ("seventy years ago": tens written in words)
const COUNT = `(?:${eitherCase([...TENS, ...CARDINALS])}|[Aa]n?|[Aa] couple of|[Aa] few|[Ss]everal|\\d{1,3})`;
/**
 * "about a month ago", "over a decade ago": the hedge is part of the time (the labelled sets keep it; over the study
 * sets "over … ago" was a date 4 times of 4, and without its "over" the rest was a wrong date).
 */
const HEDGE = `(?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Rr]oughly|[Aa]round|[Jj]ust|[Oo]nly|[Mm]ore than|[Ll]ess than|[Oo]ver|[Ss]ome) )`;
/**
 * "the New Year", "in the new year": the turn of the year, written in lower case only after "the" ("a new year" is any
 * year); never before a possessive or a hyphen ("New Year's resolutions", "the new year-long course").
 */
const NEW_YEAR = String.raw`(?:New Year|(?<=\bthe )new year)(?!['’-])`;
/**
 * Named days of the calendar: a date on their own ("on Thanksgiving"), never inside a name ("Office Christmas Party",
 * see holidayIsNoDate).
 */
const HOLIDAY = `(?:Thanksgiving(?: Day)?|Christmas(?: Day| Eve)?|New Year['’]s (?:Day|Eve)|${NEW_YEAR}|Easter(?: Sunday| Monday)?|Good Friday|Election Day|Independence Day|Memorial Day|Labou?r Day|Veterans Day|Boxing Day|Halloween|Valentine['’]s Day)(?![${LETTER}])`;
const PART = `(?:morning|afternoon|evening|night)`;
/** A year by its number or told from the story's ("of 2022", "of the year", "of this year"). */
const YEAR_OF = `(?:${Y}|the year|(?:this|last|next) year)`;
const SEASON = `(?:spring|summer|autumn|winter|springtime)(?![a-z-])`;

const EN_PATTERNS = [
  // a weekday with its date, a run of weekdays: "Saturday, May 18", "Sunday, 14 December", "Monday to Saturday"
  `${WD},? (?:${M} ${D}|${D} ${M})(?:,? ${Y})?(?!\\d)`,
  `${WD} (?:to|through|[-–]) ${WD}`,
  // "between January and June 2025"
  `(?:between )?${M}(?: ${D})? (?:and|to|through) ${M}(?: ${D})?,? ${Y}`,
  // "the July to September period", "the January-to-March quarter": a span of months named as one period
  `${M}(?:-to-| to | through |[-–])${M} (?:quarter|period)(?![a-z])`,
  // "first half of 2025", "end of August 2025", "end of the 2022/23 season"
  // ("the third quarter of last year", "the middle of next year", "the mid-point of this year": a year told from the story's)
  `(?:(?:the )?(?:first|second|third|fourth|last|final) (?:half|quarter) of|(?:the )?(?:end|start|beginning|middle|mid-point|midpoint) of)(?: the)? (?:(?:fiscal )?(?:year )?${Y}(?:[/-]\\d\\d)?(?: season)?|${M}(?: ${Y})?|the year|(?:this|last|next) year|the (?:month|decade|century))`,
  // ("FY26": a fiscal year by its last two digits)
  `(?:fiscal year|FY) ?${Y}(?:[/-]\\d\\d(?:\\d\\d)?)?|FY ?\\d\\d(?![\\d${LETTER}])`,
  // "Q3", "Q4 2024": a quarter of a year, as the labels read it
  `Q[1-4](?: ${Y})?(?![${LETTER}\\d])`,
  // a span of days: "Nov. 9-13", "18-24 November", "24 and 25 October", "6 to 9 January"
  `${M} ${D}(?:[-–]| and | to )${D}(?:,? ${Y})?(?!\\d)`,
  `${D}(?:[-–]| and | to )${D} ${M}(?:,? ${Y})?`,
  // "Sept. 9, 2025", "September 9", "9 September 2025"
  `${M} ${D}(?:,? ${Y})?(?!\\d)`,
  `${D} ${M}(?:,? ${Y})?`,
  `(?:(?:early|mid|late)[- ])?${M},? (?:of )?${Y}`,
  // "summer of 2020", "fall 2022": a season of a year
  `(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter) (?:of )?${Y}`,
  `${WD}(?: ${PART})?`,
  `(?:(?:early|mid|late)[- ])?(?:${Y}s)`,
  `(?:[Ee]arly|[Mm]id|[Ll]ate)[- ]${Y}(?!\\d)`,
  // a month or weekday placed by a word: "next March", "last Tuesday", "May (of) this year"
  `(?:[Nn]ext|[Ll]ast|[Tt]his) (?:${WD}|${M}(?![a-z]))`,
  // "May (of) this year", "November last year": a month of a year told from the story's
  `${M} (?:of )?(?:this|last|next) year`,
  // a quarter of a (fiscal) year: "third quarter", "third-quarter", "the September quarter"
  `(?:first|second|third|fourth|${M})[ -]quarter(?![a-z])`,
  // a month alone, not the month of a day ("late Dec. 9" is the date Dec. 9, not "late Dec" and a number 9)
  `(?:(?:early|mid|late)[- ])?(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*(?![a-z]|\\.? \\d)`,
  `(?:(?:early|mid|late)[- ]|(?<=(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|of|last|next|this) ))May(?= |,|\\.)(?!\\.? \\d)`,
  // "from May", "predicted for May": a start or a time aimed at, as "until May" is an end; not before a capitalised
  // word ("a letter from May Ellis": a person's given name)
  `(?<=(?:[Ff]rom|for) )May(?=[,.]| (?![${UPPER}]))(?!\\.? \\d)`,
  // "early next year", "later this month"; "early morning" or "late night" alone places nothing
  // ("this past summer": the "this" is part of it)
  `(?:${PHASE}[- ])?(?:[Tt]his past|${DEIXIS}) ${PERIOD}`,
  // "the past 20 years", "over the next eight weeks", "the last few months": a span counted back or on from the story
  // ("the following 18 months": counted on from a time the story has just told)
  // ("the last six months of 2010": of a year it names)
  `(?:[Ll]ast|[Nn]ext|[Pp]ast|[Pp]revious|[Cc]oming|[Ff]ollowing) (?:${COUNT}|few) (?:year|month|week|day|decade)s(?![a-z])(?: of ${YEAR_OF})?`,
  // "the first four months of 2022", "the first 10 months of this year": a part of a year, like its first half (the
  // labels list it as a date, and its count is no number of the story)
  `first ${COUNT} (?:month|week|day)s of ${YEAR_OF}`,

  RECENT,
  `${PHASE} ${SPAN}s?(?![a-z])`,
  // "the next day", "the following year", "the day before": a day or a year told from a time the story has just
  // told (not "the previous year", which mostly compares: "up 4% on the previous year")
  `[Tt]he (?:(?:next|following) (?:day|morning|year)|day (?:before|after))(?![a-z])`,
  // "earlier in the week", "later in the year": a time inside a period the story is set in (not "later in the day",
  // which the labels list as often as not)
  `(?:[Ee]arlier|[Ll]ater) in the (?:week|month|year)(?![a-z])`,
  // "by the summer", "in the autumn": a season of the story's own year, after a preposition of time; seasonNamesNoun
  // drops one that describes a noun ("the spring spending review"); "the fall" is as often a drop as the season
  // (the season alone, as the labels write it; "the summer of 2020" is the season of a year, below)
  `(?<=(?:[Ii]n|[Bb]y|[Uu]ntil|[Tt]ill|[Oo]ver|[Ii]nto|[Dd]uring|[Tt]hrough|[Ss]ince|[Bb]efore|[Aa]fter) the )${SEASON}(?! (?:of )?${Y})`,
  // a time counted from the story's own: "two years ago", "a year later"
  `${HEDGE}?${COUNT} (?:year|month|week|day|decade)s? (?:ago|later|earlier)`,
  // "Labor Day weekend", "the Thanksgiving holiday weekend": the weekend a holiday names (the holiday alone, before a
  // word that is not small, is taken for a name's: holidayIsNoDate)
  `${HOLIDAY}(?: holiday)? weekend(?![${LETTER}])`,
  // ("Christmas 2012": a holiday of a year)
  `${HOLIDAY}(?: ${Y}(?!\\d))?`,
  // "over the weekend" with its preposition, as the labels write it ("the weekend" alone does not contain it); not
  // "throughout the weekend", longer than a label "weekend" allows
  `(?:[Oo]ver|[Aa]t|[Dd]uring) the weekend`,
  `(?<=[Tt]hroughout )the weekend`,
  // ("Yesterday, the paper reported": opening a sentence too)
  `(?:[Yy]esterday|tomorrow|tonight)`,
  // "today" in the writer's words ("said today", "Today, the service …"), not a speaker's (isQuoted: nor "tonight" and
  // "tomorrow", which the labelled sets never list from a quotation), not "still
  // today" (nowadays), not a name ("USA Today", the "Today" show)
  `today(?<!(?:[Tt]ill|[Uu]ntil|[Ss]till|[Tt]o) today)(?![’'][s ])`,
  `Today(?<=(?:^|["“] ?)Today)(?![’'][s ]|\\s(?:Show|[Pp]rogramme))`,
  // "Week 1": a round of a season
  `Week \\d{1,2}(?!\\d)`,
];

const DIGIT_PATTERNS = [
  `\\d{4}年(?:\\d{1,2}月)?(?:\\d{1,2}日)?|\\d{1,2}月(?:\\d{1,2}日)?|\\d{1,2}日`,
  // a day, a month named in another script, a year: "14 جنوری 2025", "5 марта 2024"
  `\\d{1,2} [${CASELESS}\u0400-\u04FF]+ ${Y}`,
  `${Y}-\\d{2}-\\d{2}`,
  `\\d{1,2}[./]\\d{1,2}[./](?:${Y}|\\d\\d)(?![\\d.])`,
  `${Y}[/-](?:${Y}|\\d\\d)(?!\\d)(?: season)?`,
  // ("10.42 am", "3.15pm": British style writes the minutes after a dot)
  `\\d{1,2}(?:[:.]\\d{2})? ?(?:a\\.m\\.|p\\.m\\.|am|pm|AM|PM)(?![${LETTER}])`,
  // "500 BC", "AD 79": a year of an era
  `\\d{1,4} ?(?:BCE?|AD)(?![${LETTER}])|AD \\d{1,4}(?!\\d)`,
  // a year, not a side of a size ("1800 x 1920")
  // a year, not a side of a size ("1800 x 1920"), nor a model's number ("the 1700X")
  `(?<![x×] ?)${Y}(?!\\d|,\\d|-?[${LETTER}]| ?(?:%|percent|per cent|[x×] ?\\d))`,
];

/**
 * "1. Januar 2027", "27 de novembro", "17-21 Desember", "março de 2024": dates of other languages. Any word stands
 * where the month does, and is then looked up among the month names (other-languages.ts): an alternation of a few
 * hundred names, tried at every word, cost ~20 ms on the first article. After the digit patterns, so that "5 марта
 * 2024" stays theirs.
 */
const OTHER_LANGUAGE_PATTERNS = [
  `\\d{1,2}(?:\\.|-\\d{1,2})? (?:de )?(?<m1>[${LETTER}]{3,12})(?![${LETTER}])(?:,? (?:de )?${Y})?`,
  `(?<m2>[${LETTER}]{3,12}) (?:de )?${Y}`,
];

const build = (ps: string[]) => new RegExp(`(?<![${UPPER}${LOWER}\\d$£€.,:/-])(?:${ps.join('|')})`, 'gu');
const EN_RE = build([...EN_PATTERNS, ...DIGIT_PATTERNS]);
const OTHER_RE = build([...DIGIT_PATTERNS, ...OTHER_LANGUAGE_PATTERNS]);

// (read without the text before it, the lower-case "new year" is one on its own: the pattern's look behind cannot see "the")
const HOLIDAY_ONLY = new RegExp(`^(?:${HOLIDAY}|new year)$`, 'u');
const CAP_BEFORE = new RegExp(`(?:^|\\s)([${UPPER}][${LETTER}'’-]*) $`, 'u');
const WORD_AFTER = /^ ([\p{L}'’-]+)/u;
/**
 * "Office Christmas Party", "Easter Road", "the Christmas holidays": a holiday inside a name or describing a noun;
 * a capitalised word before it other than a sentence's opener ("On Easter") or a word after it other than a small
 * one ("before Christmas and", "on Thanksgiving when") says so.
 */
function holidayIsNoDate(s: string, start: number, end: number): boolean {
  const before = CAP_BEFORE.exec(s.slice(Math.max(0, start - 30), start))?.[1];
  const after = WORD_AFTER.exec(s.slice(end, end + 30))?.[1];
  return (before !== undefined && !LEAD_STOP.has(before.toLowerCase())) || (after !== undefined && !LEAD_STOP.has(after) && !FUNCTION_WORDS.has(after));
}

/** "Copyright 2011 The Associated Press", "© 2015": the page's notice, not a date of the story. */
const COPYRIGHT_BEFORE = /(?:Copyright|©)\s?(?:\(c\)\s?)?$/i;
/**
 * Whether the position lies inside a quotation opened earlier in the sentence: a speaker's "today" ("Today we can go
 * home") is often no date of the story, the writer's is.
 */
function isQuoted(s: string, at: number): boolean {
  const count = (x: string, r: RegExp) => (x.match(r) ?? []).length;
  const before = s.slice(0, at);
  const after = s.slice(at);
  // opened before it, or closed after it with no opening in this sentence (a quotation running over sentences)
  return count(before, /“/g) > count(before, /”/g) || count(before, /"/g) % 2 === 1 || /^[^“]*”/.test(after) || (count(before, /"/g) === 0 && count(after, /"/g) % 2 === 1);
}

const YEAR_ONLY = new RegExp(`^${Y}$`);
/**
 * "Blade Runner 2049", "MWC 2017", "Euro 2020", "the Reef 2050 plan", "Services Act 2015": a year right after a
 * capitalised word inside the sentence is part of a name, unless the word places it in time (a month, a season, a
 * holiday, a quarter: "Christmas 2012", "Q3 2024") or is a small word ("But 2014 was").
 */
const CAP_WORD_BEFORE_YEAR = new RegExp(`\\S\\s([${UPPER}][${LETTER}\\d/&-]*) $`, 'u');
const TIME_WORD = new RegExp(`^(?:${HOLIDAY}|Day|Eve|[QH][1-4]|FY|Spring|Summer|Autumn|Fall|Winter|Week|Year|Class)$`, 'u');
function yearInName(s: string, start: number): boolean {
  const word = CAP_WORD_BEFORE_YEAR.exec(s.slice(Math.max(0, start - 40), start))?.[1];
  return word !== undefined && !CALENDAR.has(word.toLowerCase().replace(/\.$/, '')) && !LEAD_STOP.has(word.toLowerCase()) && !TIME_WORD.test(word);
}
/** "2001 QW322", "2015 Washtenaw Avenue": a year before a code or a street is a name's or an address's number. */
const CODE_OR_STREET_AFTER = /^ (?:[A-Z]{1,4}\d|[A-Z][a-z]+ (?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Way|Court|Place)\b)/;
/** "about 2000 pages": after a word of quantity and before a plural noun, a year's digits are a count. */
const QUANTITY_BEFORE = /\b(?:[Aa]bout|[Nn]early|[Aa]lmost|[Ss]ome|[Rr]oughly|[Aa]round|[Aa]pproximately|than|[Aa]t least)\s$/;
/** "No. 1984": a rank's or an item's number (a number fact, "No. 1", but never a year). */
const RANK_BEFORE = /\bNo\.\s$/;
/** "at 1800 GMT", "0100 UTC": a clock time in a time zone (numbers.ts drops it as a number too). */
export const TIME_ZONE_AFTER = /^\s(?:GMT|UTC|ET|EST|EDT|PST|PDT|BST|CET|IST)\b/;
/** Whether the year's digits at `start`–`end` of `s` are a name's, a label's, a rank's, an address's, a clock's or a count's. */
function isYearNoDate(s: string, start: number, end: number): boolean {
  const before = (chars: number) => s.slice(Math.max(0, start - chars), start);
  const after = (chars: number) => s.slice(end, end + chars);
  return (
    yearInName(s, start) ||
    LABEL_BEFORE.test(before(12)) ||
    RANK_BEFORE.test(before(4)) ||
    CODE_OR_STREET_AFTER.test(after(30)) ||
    TIME_ZONE_AFTER.test(after(5)) ||
    (QUANTITY_BEFORE.test(before(14)) && /^ [a-z]+s\b/.test(after(20)))
  );
}

const SEASON_ONLY = new RegExp(`^${SEASON}$`);
/**
 * "in the spring spending review", "by the summer holiday season": a season before a word that is not a small one
 * describes the noun after it (what the story dates is the review); "in the summer, when", "by the summer." stay.
 */
function seasonNamesNoun(s: string, end: number): boolean {
  const after = WORD_AFTER.exec(s.slice(end, end + 30))?.[1];
  return after !== undefined && !LEAD_STOP.has(after.toLowerCase()) && !FUNCTION_WORDS.has(after.toLowerCase());
}

const VERB_LAST_BEFORE = /\b(?:could|would|will|may|might|can|should|to|must)\s$/;

const WEEKDAY_ONLY = new RegExp(`^${WD}(?: ${PART})?$`);
/** "on Fridays", "Friday nights", "the Happy Mondays": a weekday in the plural recurs or names something, no date. */
const PLURAL_AFTER = /^s(?![\p{L}])/u;
/** "on Tuesday Mitsubishi said", "early Wednesday AEST": a word of time before a weekday keeps it a day. */
const TIME_WORD_BEFORE = /(?:^|[^\p{L}])(?:[Oo]n|[Ee]arly|[Ll]ate|[Uu]ntil|[Tt]ill|[Ss]ince|[Ff]rom|[Ee]very|[Ee]ach|[Bb]efore|[Aa]fter|[Tt]hrough)\s$/u;
/**
 * "On Tuesday Mitsubishi said", "Wednesday's Champions League clash": a weekday written after a word of time or in the
 * possessive is the day, and opens no name after it (candidates.ts cuts it off).
 */
const WEEKDAY_WORD = new RegExp(`^${WD}(?:['’]s)?$`);
export function isToldDay(word: string, before: string): boolean {
  return WEEKDAY_WORD.test(word) && (/['’]s$/.test(word) || TIME_WORD_BEFORE.test(before));
}
/**
 * "the Sunday Times", "by Sunday Telegraph journalist", "Sunday Bloody Sunday": a weekday alone right before a
 * capitalised word opens a name (a paper's, a song's), unless a word of time stands before it.
 */
function weekdayOpensName(s: string, start: number, end: number): boolean {
  return /^ [A-Z][a-z]/.test(s.slice(end, end + 3)) && !TIME_WORD_BEFORE.test(s.slice(Math.max(0, start - 8), start));
}
/** Whether the weekday at `start`–`end` of `s` is written as a plural or opens a name. */
function isWeekdayNoDate(s: string, text: string, start: number, end: number): boolean {
  return PLURAL_AFTER.test(s.slice(end, end + 2)) || (!text.includes(' ') && weekdayOpensName(s, start, end));
}

/** Date and time phrases of a sentence; longest first, never overlapping. */
export function findDates(s: string, english: boolean): Span[] {
  const re = english ? EN_RE : OTHER_RE;
  re.lastIndex = 0;
  const out: Span[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const word = m.groups?.m1 ?? m.groups?.m2;
    if (word !== undefined && !isMonthName(word)) {
      re.lastIndex = m.index + 1; // no month: the words after it may still start a date
      continue;
    }
    let text = m[0].replace(/[.,]$/, (c) => (/(?:a\.m|p\.m)$/i.test(m![0].slice(0, -1)) ? c : ''));
    const lead = /^(?:since|until|by|in|between) (?!recent )/i.exec(text);
    let start = m.index;
    if (lead && !/ and /.test(text)) {
      text = text.slice(lead[0].length);
      start += lead[0].length;
    }
    if (english && (!realMonths(text) || (HOLIDAY_ONLY.test(text) && holidayIsNoDate(s, start, start + text.length)))) continue;
    if (COPYRIGHT_BEFORE.test(s.slice(Math.max(0, start - 12), start)) || (/^(?:today|tonight|tomorrow)$/i.test(text) && isQuoted(s, start))) continue;
    // "could last weeks": the verb "last" and a span, no date
    if (/^last \w+s$/.test(text) && VERB_LAST_BEFORE.test(s.slice(Math.max(0, start - 12), start))) continue;
    if (english && YEAR_ONLY.test(text) && isYearNoDate(s, start, start + text.length)) continue;
    if (SEASON_ONLY.test(text) && seasonNamesNoun(s, start + text.length)) continue;
    if (english && WEEKDAY_ONLY.test(text) && isWeekdayNoDate(s, text, start, start + text.length)) continue;
    out.push({ text, start, end: start + text.length });
  }
  return out;
}
