/** Capitalised phrases ("proper-noun runs") inside a sentence: the raw material for names, organisations and places. */

import { LETTER, LOWER, UPPER, re, reG, STARTS_UPPER, ONE_UPPER, DOTTED } from './chars';

import { ABBREVIATIONS } from './sentences';
import { isCommonWord, isGivenName, isKnownCompany, isKnownPlace } from './gazetteer';
import { CALENDAR, ORG_HEAD, ORG_TAIL } from './lexicon';
import { BARE_NUMBER } from './numbered-names';

export interface Token {
  w: string;
  start: number;
  end: number;
}

export interface Phrase {
  tokens: Token[];
  text: string;
  start: number;
  end: number;
  /** Index of the sentence. */
  sentence: number;
  /** The phrase starts the sentence (or follows an opening quote there). */
  initial: boolean;
}

const TOKEN = reG`[${LETTER}0-9][${LETTER}0-9'’.&-]*`;
/** What a body glued to it by a hyphen is behind: "NEC-backed", "DTI-funded", "CBS-owned" (read again by pass-orgs-by-context.ts). */
export const BACKED_BY = 'backed|owned|funded|controlled|sponsored';
/**
 * "London-based", "NEC-backed", "DTI-funded", "CBS-owned", "Glasgow-born": a name glued to the place or the body behind
 * what follows, or to a person's birthplace, is a word of its own (the names passes read the suffix in the text after
 * it: places.ts, pass-orgs-by-context.ts).
 */
const BEHIND_SUFFIX = new RegExp(`-(?:based|born|${BACKED_BY})$`, 'i');

/** Words of a sentence with their offsets; trailing dots are kept only on abbreviations and initials. */
export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(s))) {
    let w = m[0];
    w = w.replace(/[-&]+$/, '').replace(BEHIND_SUFFIX, '');
    if (w.endsWith('.')) {
      const core = w.slice(0, -1);
      const keep = ONE_UPPER.test(core) || ABBREVIATIONS.has(core.toLowerCase()) || DOTTED.test(core);
      if (!keep) w = core.replace(/\.+$/, '');
    }
    if (/^['’]|['’]$/.test(w) && !/s['’]$/.test(w)) w = w.replace(/^['’]+|['’]+$/g, '');
    if (w) out.push({ w, start: m.index, end: m.index + w.length });
  }
  return out;
}

/** "F-35", "A321", "COVID-19": names of things, not capitalised words. */
const MODEL_NAME = re`^[${UPPER}][${LOWER}]*[-–]?\d`;
/**
 * "O2", "G7", "X1", "U2's": one capital and one or two digits as a whole word name a body or a brand as often as a
 * model; not a quarter or a half of a year ("Q3", "H1"). ("4G", "3M" open with a digit: no capitalised word, as before.)
 */
const CAP_DIGITS = /^[A-GI-PR-Z]\d{1,2}(?:['’]s)?$/;
export const isCap = (w: string): boolean => STARTS_UPPER.test(w) && (!MODEL_NAME.test(w) || CAP_DIGITS.test(w));
export const lower = (w: string): string => w.toLowerCase().replace(/\.$/, '');
export const stripPossessive = (w: string): string => w.replace(/['’]s$|(?<=s)['’]$/, '');
/** A name without the possessive it ends with, after any letter ("Lee's", "Jones'", "Ngozi'"): stripPossessive keeps an apostrophe after a letter but "s". */
export const nameWithoutPossessive = (name: string): string => name.replace(/['’]s?$/, '');
export const isPossessive = (w: string): boolean => /['’]s$|s['’]$/.test(w);
/** How many words a text holds, split at white space. */
export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

const CONNECT = new Set(['of', 'for', 'on', 'and', 'the', 'de', 'da', 'del', 'di', 'du', 'van', 'von', 'der', 'bin', 'al', '&']);
/** Small words inside personal names: "Pieter van Dam", "Rosalina de Guzman", "Ahmed bin Salem". */
export const NAME_PARTICLES = new Set(['de', 'da', 'dal', 'dalla', 'del', 'della', 'dei', 'degli', 'di', 'du', 'van', 'von', 'der', 'den', 'ter', 'bin', 'binti', 'ibn', 'al', 'el', 'dos', 'das']);

/**
 * "al-Assad", "el-Sisi", "el-Fnaa": an Arabic article joined to a capitalised word, inside a name after its first word;
 * "d'Estaing", "d'Alema": a French or Italian "de" elided before a vowel, the same way.
 */
export const HYPHENED_PARTICLE = /^(?:(?:al|el|ad|ar|as|ash|at|az|an|ul|ud)-|d['’])(?=\p{Lu})/u;
/** A word that carries a capitalised run on: a capitalised word, or an Arabic article joined to one. */
const goesOnName = (w: string): boolean => isCap(w) || HYPHENED_PARTICLE.test(w);

/** Last words of a street or a landmark ("Noble Street"): a place, no part of an organisation's name before it. */
const NOT_NAME_TAIL_PLACE = new Set(['street', 'avenue', 'road', 'square', 'boulevard', 'lane', 'drive']);

/**
 * "BBC Radio 4", "Channel 4", "Radio 1's chart show": broadcasters number their stations and channels, and the number
 * is part of the name (a number after other words is a score, a count or a model's: "Arsenal 2", "Windows 95").
 */
const BROADCAST_NOUN = /^(?:Radio|Channel)$/;
/** A word in capitals ("DJ", "LW"): a role or a band after a station, no word of its name. */
const ALL_CAPS = /^\p{Lu}{2,}$/u;
const STATION_NUMBER = /^\d{1,2}(?:['’]s)?$/;
export const isStationNumber = (before: string, w: string): boolean => BROADCAST_NOUN.test(before) && STATION_NUMBER.test(w);

/**
 * "BBC One's Fame Academy", "Microsoft's Media Center", "Surrey's Lionhead Studios": an owner the lexicons know as a
 * company or a place, or an arm of a company known by its capitals ("BBC One's", "CNN International's"), owns what
 * its possessive is written before (a name of its own, or none), unlike the common nouns that open bodies' names
 * ("Attorney's Office", "Children's Hospital").
 */
function ownerNamedAlone(run: Token[]): boolean {
  const owner = stripPossessive(run.map((t) => t.w).join(' '));
  const first = run[0]!.w;
  return isKnownCompany(owner) || isKnownPlace(owner) || (run.length > 1 && ALL_CAPS.test(first) && isKnownCompany(first));
}

/** "St", "Saint": a saint's name follows. */
const SAINT = /^(?:St\.?|Saint|Ste\.?)$/;

/** "9th", "3rd": the number of a body in a series when it opens the body's name. */
export const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;

const orgish = (w: string): boolean => {
  const l = lower(stripPossessive(w));
  return ORG_TAIL.has(l) || ORG_HEAD.has(l);
};

/** "WASHINGTON (Reuters) - ", "LAGOS, Nigeria — ": a dateline in capitals; the word after it opens the sentence. */
const DATELINE_BEFORE = re`^\s*[${UPPER}][${UPPER} .'-]+(?:,[^—–-]{2,30})?(?:\s*\([^)]{1,20}\))?\s+(?:--|[—–-])\s+$`;

/**
 * The capitalised runs of a sentence, joined over "of/for/and/the" inside organisation names and titles, and over the
 * number of a word in `numbered` (`numbered-names.ts`: "Maroon 5").
 */
export function capPhrases(s: string, sentence: number, numbered: ReadonlySet<string> = new Set()): Phrase[] {
  const toks = tokenize(s);
  /** A number that is a word of the name before it: a station's, or one the article always writes with the word. */
  const numberOf = (prev: string, w: string) => isStationNumber(prev, w) || (numbered.has(prev) && BARE_NUMBER.test(w));
  /** Only white space between two words of the sentence. */
  const spaced = (a: Token, b: Token): boolean => /^\s+$/.test(s.slice(a.end, b.start));
  const phrases: Phrase[] = [];
  let i = 0;
  while (i < toks.length) {
    const t0 = toks[i]!;
    if (!isCap(t0.w)) {
      i++;
      continue;
    }
    const run: Token[] = [t0];
    let j = i + 1;
    while (j < toks.length) {
      const prev = run[run.length - 1]!;
      const gap = s.slice(prev.end, toks[j]!.start);
      if (!/^\s+$|^ & $/.test(gap)) break; // "Halcrow & Partners"
      if (isPossessive(prev.w)) {
        // "NASA's Goddard" splits; "Attorney's Office", "Pakistan Banks' Association" do not, nor does a common
        // noun's possessive before a name that ends in an organisation word ("Women's Engineering Society")
        const nxt = toks[j]!;
        const third = toks[j + 1];
        const tailNext = isCap(nxt.w) && ORG_TAIL.has(lower(nxt.w));
        const tailAfter = isCap(nxt.w) && !!third && isCap(third.w) && ORG_TAIL.has(lower(third.w)) && isCommonWord(stripPossessive(prev.w));
        // ("St Fintan's High School", "St Mary's Hospital": a saint's possessive names what it is written before)
        const saint = SAINT.test(run[run.length - 2]?.w ?? '') && isCap(nxt.w);
        if ((!tailNext && !tailAfter && !saint) || ownerNamedAlone(run)) break;
      }
      const t = toks[j]!;
      // ("BBC Radio 6 Music", "Channel 4 News" go on after the number; "Radio 1 DJ Trevor Nelson" is a person after it)
      if (run.length > 1 && isStationNumber(run[run.length - 2]!.w, prev.w) && (ALL_CAPS.test(t.w) || isGivenName(t.w))) break;
      if (goesOnName(t.w) || numberOf(prev.w, t.w)) {
        run.push(t);
        j++;
        continue;
      }
      const l = t.w.toLowerCase();
      // "van der" between a given name and a surname (an organisation name joins below instead)
      const particles = NAME_PARTICLES.has(t.w) ? (NAME_PARTICLES.has(toks[j + 1]?.w ?? '') ? 2 : 1) : 0;
      const surname = toks[j + particles];
      if (particles && surname && isCap(surname.w) && !run.some((r) => orgish(r.w)) && spaced(toks[j + particles - 1]!, surname)) {
        for (const end = j + particles; j < end; j++) run.push(toks[j]!);
        continue;
      }
      // "Food and Drug Administration": a common word joins over "and" to a name that ends as an organisation's
      // (not a place: "MTN Nigeria and BUA Foods" are two)
      const commonBeforeAnd = l === 'and' && isCommonWord(stripPossessive(prev.w)) && !isKnownPlace(stripPossessive(prev.w));
      if (CONNECT.has(l) && (commonBeforeAnd || run.some((r) => orgish(r.w)))) {
        // look ahead: connectors must lead to another capitalised word
        let k = j;
        // ("Center for a New American Security", "Committee for an Effective Congress")
        const connects = (x: Token, prior: Token) => CONNECT.has(x.w.toLowerCase()) || (/^an?$/.test(x.w) && prior.w === 'for');
        while (k < toks.length && connects(toks[k]!, toks[k - 1]!) && spaced(toks[k - 1]!, toks[k]!)) k++;
        const after = toks[k];
        // "the Assembly on Thursday": a date is no part of the name
        if (k - j <= 2 && after && isCap(after.w) && !CALENDAR.has(lower(after.w)) && spaced(toks[k - 1]!, after)) {
          let e = k;
          while (e + 1 < toks.length && isCap(toks[e + 1]!.w) && spaced(toks[e]!, toks[e + 1]!)) e++;
          // "the Security Council on Kashmir", "the Corps of Engineers and North Dakota", "the Senior Center on Noble
          // Street": a place after "on" or "and" is no part of the name
          const placeAfter = isKnownPlace(toks.slice(k, e + 1).map((t) => t.w).join(' ')) || NOT_NAME_TAIL_PLACE.has(lower(toks[e]!.w));
          if ((l === 'on' || l === 'and') && placeAfter) break;
          // "the University of Nevada and Tom Gray": a given name and one more word after "and" are a person's name
          // (not "Health and Care Excellence", "Housing and Urban Development": a common word ends no person's name)
          if (l === 'and' && e === k + 1 && isGivenName(after.w) && !orgish(toks[e]!.w) && !isCommonWord(toks[e]!.w)) break;
          if (l === 'and') {
            // "Securities and Exchange Commission" yes, "Wistron and Global Lighting Technologies" no
            const tailAfter = ORG_TAIL.has(lower(toks[e]!.w));
            // "Committee on Intelligence and Security", "Center on Poverty and Inequality"
            const hasOf = run.some((r) => ['of', 'for', 'on'].includes(r.w));
            const tailOk = tailAfter && (ORG_TAIL.has(lower(prev.w)) || ORG_HEAD.has(lower(run[0]!.w)) || commonBeforeAnd);
            // "the Fund and the Government of Malta", "Insight Partners and Bessemer Venture Partners": two names,
            // each whole, the second ending as the first ("Securities and Exchange Commission" is one)
            const the = toks[j + 1]?.w.toLowerCase() === 'the';
            // "Ceres Robotics and Tyvak Systems Inc": two names of two words and more, each ending as an organisation's,
            // the second opening with a word of no common use ("Securities and Exchange Commission" is one)
            const twoTails = ORG_TAIL.has(lower(prev.w)) && !hasOf && !isCommonWord(after.w);
            const twoWhole = tailAfter && e - k >= 1 && (lower(prev.w) === lower(toks[e]!.w) || twoTails) && run.filter((r) => isCap(r.w) && lower(r.w) !== 'the').length >= 2;
            if ((!hasOf && !tailOk) || the || twoWhole) break;
          }
          for (; j < k; j++) run.push(toks[j]!);
          continue;
        }
      }
      break;
    }
    // trim trailing connectors
    while (run.length > 1 && !goesOnName(run[run.length - 1]!.w) && !numberOf(run[run.length - 2]!.w, run[run.length - 1]!.w)) run.pop();
    // "the 9th U.S. Circuit Court of Appeals", "the 3rd Infantry Division": an ordinal numbers a body of a series
    const ordinal = toks[i - 1];
    if (ordinal && ORDINAL.test(ordinal.w) && s.slice(ordinal.end, t0.start) === ' ' && run.some((r) => ORG_TAIL.has(lower(r.w)))) run.unshift(ordinal);
    const first = run[0]!;
    const before = s.slice(0, first.start);
    phrases.push({
      tokens: run,
      text: s.slice(first.start, run[run.length - 1]!.end),
      start: first.start,
      end: run[run.length - 1]!.end,
      sentence,
      initial: /^[\s"'“‘(\[—–-]*$/.test(before) || DATELINE_BEFORE.test(before),
    });
    i = j;
  }
  return phrases;
}
