/** Sentence splitting for plain article text: paragraphs are separated by blank lines. */

import { CASELESS, LETTER, UPPER, re, ONE_UPPER, DOTTED } from './chars';
import { ABBREVIATED_TITLES } from './lexicon';
import { isMonthName } from './other-languages';

export interface Sentence {
  text: string;
  /** Offset of the sentence in the article text. */
  start: number;
  /** Index of the paragraph it belongs to. */
  para: number;
}

/** Words that take a trailing dot without ending a sentence. */
export const ABBREVIATIONS = new Set(
  (ABBREVIATED_TITLES.replace(/\|/g, ' ') +
    ' sr jr st inc co corp ltd llc plc bros no nos vs etc approx est dept univ assn ave blvd rd hwy mt ft pt ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'fig vol pp al cf ca op ed e.g i.e a.m p.m u.s u.k u.n d.c n.y')
    .split(' '),
);

/**
 * Abbreviations that close a name or a list rather than open what follows: a legal form, "Bros.", "Jr.", "et al.",
 * "etc.", a weekday. Before a word of `STARTERS` they end a sentence ("… of Ziff Davis, Inc. He also wrote"), as titles
 * ("Dr."), months ("Jan. 5") and "No." never do.
 */
const CLOSING_ABBREVIATIONS = new Set('inc co corp ltd llc plc bros jr sr al etc mon tue tues wed thu thur thurs fri sat sun'.split(' '));

/** Words after "U.S.", "a.m." or "Inc." that show a new sentence has started. */
const STARTERS = new Set(
  'The He She It They We I In But A An This That These Those There His Her Their Its Our On At After When While However Meanwhile'.split(' '),
);

/** The next sentence starts with a capital, a digit, a quote or a bracket (or a letter of a caseless script). */
const SENTENCE_START = re`^["'“‘«(\[\d${UPPER}${CASELESS}–—-]`;
const LAST_WORD = re`([${LETTER}.]+)$`;
const FIRST_WORD = re`^["'“‘]?([${LETTER}]+)`;
/** A dateline's agency in brackets before its dash: "NASHVILLE, Tenn. (AP) — Hundreds gathered…". */
const DATELINE_AGENCY = /^\([^()]{1,20}\)\s*(?:[—–]|--?\s)/;
/** Full stops that need no space after them: CJK, Urdu ۔, Arabic ؟, Devanagari । and ॥. */
const BARE_STOP = /[。！？۔؟।॥]/;
const BOUNDARY = /([.!?…]+|[。！？۔؟।॥]+)(["'”’»)\]]*)(\s+|(?=[^\s]))/g;

/**
 * "… were not as fortunate.The report shows …": a page that lost the space after a full stop. A lower-case word
 * before it and a word that opens sentences after it ("The", "In", "But") end a sentence; "Edmunds.com", "1.65",
 * "U.S.The" and an ellipsis inside a quotation ("tonight…That blood") do not.
 */
function gluedSentence(before: string, next: string): boolean {
  const word = /(?:^|[^\p{L}.])(\p{Ll}{3,})$/u.exec(before)?.[1];
  return word !== undefined && !ABBREVIATIONS.has(word) && STARTERS.has(/^["“]?([A-Z][a-z]*)\s/.exec(next)?.[1] ?? '');
}

/** Splits one paragraph into sentences (offsets relative to the paragraph). */
function splitParagraph(p: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(p))) {
    const punct = m[1]!;
    const end = m.index + punct.length + m[2]!.length;
    const bare = BARE_STOP.test(punct);
    const next = p.slice(end + m[3]!.length);
    if (!bare && !m[3] && !(/^[.!?]$/.test(punct) && gluedSentence(p.slice(Math.max(start, m.index - 40), m.index), next))) continue; // "1.65", "Edmunds.com"
    if (!next) break;
    if (!bare) {
      // the next sentence starts with a capital, a digit, a quote or a bracket (or a letter of a caseless script)
      if (!SENTENCE_START.test(next)) continue;
      if (punct === '.') {
        const before = p.slice(Math.max(start, m.index - 40), m.index); // the last word is enough (long runs stay linear)
        const word = LAST_WORD.exec(before)?.[1] ?? '';
        const low = word.toLowerCase();
        const nextWord = FIRST_WORD.exec(next)?.[1] ?? '';
        if (ONE_UPPER.test(word)) continue; // an initial: "Patrick W. Carlineo"
        if (/(?:^|\s)\d{1,2}$/.test(before) && isMonthName(nextWord)) continue; // a German or Nordic date: "am 1. Januar"
        if (/^[—–]/.test(next) || DATELINE_AGENCY.test(next)) continue; // a dateline: "PORTLAND, Ore. — The city…"
        if (ABBREVIATIONS.has(low)) {
          // "U.S.", "a.m." and "Inc." can end a sentence; titles and months cannot
          if (!((/\./.test(low) || CLOSING_ABBREVIATIONS.has(low)) && STARTERS.has(nextWord))) continue;
        } else if (DOTTED.test(word) && !STARTERS.has(nextWord)) continue; // "N.Y." before a name
      }
    }
    out.push([start, end]);
    start = end + m[3]!.length;
  }
  if (start < p.length) out.push([start, p.length]);
  return out;
}

/**
 * Soft hyphens and zero-width characters that pages put inside words for line breaking ("Vladi\u00ADmir"): they
 * would split a name in two. The reader's highlighting ignores them too (utils/highlight-sentence.ts).
 */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** The sentences of an article text, in order, with their offsets and paragraph numbers. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const paraRe = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  let m: RegExpExecArray | null;
  let para = 0;
  while ((m = paraRe.exec(text))) {
    const raw = m[0];
    if (!raw.trim()) continue;
    for (const [a, b] of splitParagraph(raw)) {
      const s = raw.slice(a, b);
      const lead = s.length - s.trimStart().length;
      const t = s.trim().replace(INVISIBLE, '').replace(/\s+/g, ' ');
      if (t) sentences.push({ text: t, start: m.index + a + lead, para });
    }
    para++;
  }
  return sentences;
}
