/**
 * Key facts of an article, on the device and without dependencies: people with roles, organisations with their
 * acronyms, places, dates, numbers, quotes and key sentences. Every item names the sentence it came from.
 */

import { LETTER, LOWER, UPPER, re, reG } from './chars';

import { findDates, type Span } from './dates';
import { rankSentences } from './key-sentences';
import { CALENDAR, FUNCTION_WORDS, LEAD_STOP, ORG_TAIL, ROLE_WORDS as ROLE_WORDS_SET } from './lexicon';
import { findNumbers } from './numbers';
import { NOT_ORG_ACRONYMS, acronymStart, isOrgByForm, isTeamAfterThe } from './organizations';
import { isRoleWord, looksLikeName, roleAfter, roleBefore, splitRolePrefix, surname } from './people';
import { capPhrases, isCap, isPossessive, lower, stripPossessive, type Phrase, type Token } from './phrases';
import { isKnownPlace, placeByContext } from './places';
import { findQuotes, makeResolver, type Mention } from './quotes';
import { fuller, isShortFormOf, mergeShortForms, orgKey } from './coreference';
import { companyByName, descriptorLength, personByGivenName } from './evidence';
import { splitSentences } from './sentences';
import { isListRow } from './list-rows';

export interface PersonFact {
  name: string;
  role: string;
  sentence: number;
}
export interface OrganizationFact {
  name: string;
  acronym: string;
  sentence: number;
}
export interface TextFact {
  text: string;
  sentence: number;
}
export interface QuoteFact {
  text: string;
  speaker: string;
  sentence: number;
}

export interface KeyFacts {
  /** The article's sentences; every `sentence` field is an index into this list. */
  sentences: string[];
  people: PersonFact[];
  organizations: OrganizationFact[];
  places: TextFact[];
  dates: TextFact[];
  numbers: TextFact[];
  quotes: QuoteFact[];
  keySentences: TextFact[];
  /** False when the text does not look English: names, places and quotes are then left out. */
  english: boolean;
}

/** An all-capitals word of 2–6 letters ("GOP", "NASA"). */
const ALL_CAPS_2_6 = re`^[${UPPER}]{2,6}$`;
/** "China Mobile Communications Corporation (CMCC)" */
const ACRONYM_AFTER = reG`\(\s*([${UPPER}][${LETTER}&]{1,9})\s*\)`;
const TITLE_WORD = String.raw`(?:[${UPPER}][${LETTER}'’-]*|of|for|and|the|on|&)`;
/** "DACA (Deferred Action for Childhood Arrivals)" */
const ACRONYM_BEFORE = reG`\b([${UPPER}]{2,8}) \((${TITLE_WORD}(?: ${TITLE_WORD}){1,9})\)`;
const CAP_NAME = String.raw`[${UPPER}][${LETTER}.'’-]*(?: [${UPPER}][${LETTER}.'’-]*)*`;
/** "FC Porto, Inter Milan, Chelsea and Real Madrid" */
const NAME_LIST = reG`(?:${CAP_NAME})(?:(?:, | and |, and )(?:${CAP_NAME}))+`;
/** The capitalised words that open a text. */
const CAP_WORDS_START = re`^(?:[${UPPER}][${LETTER}.&'’-]*\s)+`;
/** "BUFFALO, N.Y. —", "Indianapolis –", "LONDON (Reuters) —". */
const DATELINE = re`^([${UPPER}][${UPPER}${LOWER}.'-]+(?: [${UPPER}][${UPPER}${LOWER}.'-]*){0,3})(?:,\s*[^—–:]{2,30}?)?(?:\s*\([^)]{1,20}\))?(\s+[—–-]|:)\s`;
const WORD_START = reG`(^|\s)[${LETTER}]`;
const ALL_CAPS_WORDS = re`^[${UPPER}]+(?:\s[${UPPER}]+)*$`;
/** "Gov.", "Sen.". */
const ABBREVIATED_TITLE = re`^[${UPPER}][${LOWER}]*\.$`;
/** At most four words before: the name is likely the subject. */
const NEAR_START = re`^[\s"“‘]*(?:[${UPPER}${LOWER}-]+\s){0,4}$`;


/** Whether a text reads as English (share of very common English words). */
export function looksEnglish(text: string): boolean {
  const words = text.slice(0, 4000).toLowerCase().match(reG`[${LETTER}]+`) ?? [];
  if (words.length < 30 && /^[\x00-\x7f’‘“”—–]*$/.test(text)) return true;
  let hits = 0;
  for (const w of words) if (FUNCTION_WORDS.has(w)) hits++;
  return hits / words.length >= 0.12;
}

/** Verbs after a name that mark a person: "Ana Diaz, said", "Sam Ojo scored". */
const SPEECH_AFTER = /^,?\s+(?:said|says|told|added|explained|noted|wrote|asked|tweeted|stated|recalled|insisted|replied|warned|argued|has said|had said|scored|pleaded|resigned|died)\b/;
const SPEECH_BEFORE = /(?:\b(?:said|says|told|added|according to|chaired by|led by|headed by)\s)$/;
const ORG_NOUNS = 'company|firm|utility|regulator|watchdog|carrier|airline|publication|newspaper|broadcaster|startup|retailer|maker|manufacturer|supplier|lender|insurer|bank|chain|operator|developer|provider|club|group|agency|network|team|union|association|charity|organi[sz]ation';
/** "Gibson Southern schools", "the Acme company" (not "a Leeds hospital": a place) */
const ORG_NOUN_AFTER = /^\s+(?:schools?|company|group|club|university|college|hospital)\b/;
const ORG_DESCRIPTOR_BEFORE = new RegExp(`\\b(?:${ORG_NOUNS}|side|rivals?|giant|brand|outlet)\\s$`, 'i');
const ORG_APPOSITIVE = new RegExp(`^,\\s+(?:a|an|the)\\s+(?:[\\w'’-]+\\s){0,4}?(?:${ORG_NOUNS})\\b`);
const ORG_POSSESSIVE = /^(?:['’]s?\s+(?:founder|co-founder|chief|ceo|cfo|board|shares|stock|spokes\w+|headquarters|employees|staff|customers|revenue|profit|profits|sales|executives|chairman|president|owner|owners|investors|shareholders|subsidiary|stake|deal)|\s+(?:shares|stock|spokes\w+|executives|shareholders))\b/i;
const CALENDAR_WORD = { test: (w: string) => CALENDAR.has(w.toLowerCase()) };
const ADJECTIVE = /(?:ian|ese|ish|can|ic|ean)$|^(?:Republican|Democrat|Democrats|Democratic|Conservative|Liberal|Labour|French|Dutch|Greek|Thai|Swiss|GOP)$/;

export function extractKeyFacts(title: string, text: string): KeyFacts {
  const sents = splitSentences(text ?? '');
  const sentences = sents.map((s) => s.text);
  const english = looksEnglish(text ?? '');
  const dates: Array<TextFact> = [];
  const numbers: Array<TextFact> = [];
  const factCount = new Array<number>(sents.length).fill(0);

  const row = sents.map((s) => isListRow(s.text));
  sents.forEach((s, i) => {
    if (row[i]) return;
    const ds: Span[] = findDates(s.text, english);
    for (const d of ds) dates.push({ text: d.text, sentence: i });
    for (const n of findNumbers(s.text, ds)) numbers.push({ text: n.text, sentence: i });
    factCount[i]! += ds.length;
  });
  for (const n of numbers) factCount[n.sentence]! += 1;

  const people = new Map<string, PersonFact>();
  const orgs = new Map<string, OrganizationFact>();
  const places = new Map<string, TextFact>();
  const mentions: Mention[] = [];

  if (english) {
    const all: Phrase[] = [];
    sents.forEach((s, i) => row[i] || all.push(...capPhrases(s.text, i)));
    const lowerWords = new Set((text.match(reG`(?<![.!?]\s)\b[${LOWER}][${LETTER}'’-]*`) ?? []).map((w) => w.toLowerCase()));
    // single capitalised words used on their own: anywhere (surnames: "Brandt left"), and inside sentences
    const alone = new Map<string, number>();
    const aloneMid = new Map<string, number>();
    for (const p of all) {
      // after an ordinary opener the word stands alone mid-sentence ("Meanwhile Kovar limped off")
      const opener = p.initial && p.tokens.length === 2 && LEAD_STOP.has(lower(p.tokens[0]!.w));
      const initial = p.initial && !opener;
      if ((p.tokens.length === 1 || opener) && (!initial || !lowerWords.has(p.tokens[0]!.w.toLowerCase()))) {
        const w = stripPossessive(p.tokens[p.tokens.length - 1]!.w);
        alone.set(w, (alone.get(w) ?? 0) + 1);
        if (!initial) aloneMid.set(w, (aloneMid.get(w) ?? 0) + 1);
      }
    }
    const acronyms = new Set<string>();
    const addOrg = (name: string, acronym: string, sentence: number) => {
      name = name.replace(/^The\s+(?=\S+\s)/, '').replace(/(\b(?:Inc|Corp|Co|Ltd|LLC|PLC|Bros))\.$/, '$1');
      const key = orgKey(name);
      if (!key) return; // a bare "Inc"
      const have = orgs.get(key);
      if (have) {
        if (!have.acronym && acronym) have.acronym = acronym;
        have.name = fuller(have.name, name);
        return;
      }
      if (acronyms.has(name) || NOT_ORG_ACRONYMS.has(name) || CALENDAR_WORD.test(name)) return;
      if (acronym) acronyms.add(acronym);
      orgs.set(key, { name, acronym, sentence });
    };
    const addPlace = (name: string, sentence: number) => {
      if (!places.has(name)) places.set(name, { text: name, sentence });
    };
    const addPerson = (name: string, role: string, sentence: number, subject = false) => {
      const have = people.get(name);
      if (have) {
        if (!have.role && role) have.role = role;
      } else people.set(name, { name, role, sentence });
      mentions.push({ speaker: surname(name), forms: [name, surname(name)], sentence, person: true, subject });
    };
    /** An organisation named in a sentence: a possible speaker of a quote there. */
    const mentionOrg = (name: string, sentence: number) => mentions.push({ speaker: name, forms: [name], sentence, person: false });
    const textOf = (p: Phrase, ts: Token[]) => sents[p.sentence]!.text.slice(ts[0]!.start, ts[ts.length - 1]!.end);
    /** Capitalised words before a role ("Emirates President", "Kentucky GOP Gov."): a place, an organisation or nothing. */
    const lead = (name: string, sentence: number, initial: boolean, employer = false) => {
      name = name.replace(/['’]s?$/, '').trim();
      if (!name) return;
      const ws = name.split(' ');
      if (isOrgByForm(ws.map((w) => ({ w, start: 0, end: 0 })))) return addOrg(name, '', sentence);
      for (let k = ws.length; k > 0; k--) {
        const head = ws.slice(0, k).join(' ');
        if (isKnownPlace(head)) {
          addPlace(head, sentence);
          name = ws.slice(k).join(' ');
          break;
        }
      }
      if (!name || ADJECTIVE.test(name) || NOT_ORG_ACRONYMS.has(name) || LEAD_STOP.has(name.split(' ')[0]!.toLowerCase())) return;
      if (initial && lowerWords.has(name.split(' ')[0]!.toLowerCase())) return;
      const single = !name.includes(' ');
      if (!single && !employer && !orgs.has(orgKey(name))) return; // "Senate Majority (Leader)"
      if (single && !ALL_CAPS_2_6.test(name) && !((initial ? aloneMid : alone).get(name) ?? 0) && !orgs.has(orgKey(name))) return;
      addOrg(name, '', sentence);
    };

    /** "Apple analyst Ming-Chi Kuo": the capitalised words that open a role are an organisation or a place. */
    const leadOfRole = (role: string, sentence: number, before: string) => {
      const m = CAP_WORDS_START.exec(role + ' ');
      if (!m) return;
      const leadText = m[0].trim();
      if (isRoleWord(leadText.split(' ').pop()!) || leadText === role) return;
      const at = before.lastIndexOf(role.split(' ')[0]!);
      lead(leadText, sentence, at >= 0 && /^[\s"“‘]*$/.test(before.slice(0, at)));
    };

    // "China Mobile Communications Corporation (CMCC)": walk back from the bracket, matching the acronym's letters
    sents.forEach((s, i) => {
      if (row[i]) return;
      for (const m of s.text.matchAll(ACRONYM_AFTER)) {
        const acr = m[1]!;
        if (NOT_ORG_ACRONYMS.has(acr) || /[A-Z]s$/.test(acr)) continue; // "(TPUs)": a plural names things
        const ws = s.text.slice(0, m.index!).trimEnd().split(' ');
        const k = acronymStart(acr, ws);
        if (k < 0) continue;
        const name = ws.slice(k).join(' ').replace(/^(?:The|A|An)\s+/, '');
        if (name.split(' ').length < 2 && !name.includes('-')) continue;
        if (isKnownPlace(name)) addPlace(name, i);
        else addOrg(name, acr, i);
      }
      // "DACA (Deferred Action for Childhood Arrivals)"
      for (const m of s.text.matchAll(ACRONYM_BEFORE)) {
        if (!NOT_ORG_ACRONYMS.has(m[1]!) && acronymStart(m[1]!, m[2]!.split(' ')) === 0) addOrg(m[2]!, m[1]!, i);
      }
    });

    // dateline: "BUFFALO, N.Y. —", "KARACHI:", "LONDON (Reuters) -", "Indianapolis –" (a colon only after capitals)
    const dl = DATELINE.exec(sents[0]?.text ?? '');
    if (dl) {
      const caps = ALL_CAPS_WORDS.test(dl[1]!);
      const name = caps ? dl[1]!.toLowerCase().replace(WORD_START, (c) => c.toUpperCase()) : dl[1]!;
      if (caps || (dl[2] !== ':' && !LEAD_STOP.has(lower(name.split(' ')[0]!)))) addPlace(name, 0);
    }

    const orgWords = () => new Set([...orgs.values()].flatMap((o) => o.name.split(' ')));
    const unknown: Array<{ p: Phrase; name: string; before: string; after: string }> = [];
    for (const p of all) {
      const s = sents[p.sentence]!.text;
      let toks = p.tokens.slice();
      // a capitalised opener that is an ordinary word ("Officers", "Despite", "Hosting")
      // (indexes, then one slice: a run of thousands of "A." stays linear)
      let k0 = 0;
      while (k0 < toks.length && LEAD_STOP.has(lower(toks[k0]!.w))) {
        if (/^the$/i.test(toks[k0++]!.w)) break; // "The We Company"
      }
      toks = toks.slice(k0);
      if (p.initial && toks[0] === p.tokens[0] && toks.length && !isRoleWord(toks[0]!.w)) {
        const l = toks[0]!.w.toLowerCase();
        // "Rival Aer Lingus": a descriptor keeps its meaning (it is in `before` now)
        if (lowerWords.has(l) || /(?:ing|ly)$/.test(l) || ORG_DESCRIPTOR_BEFORE.test(l + ' ')) toks = toks.slice(1);
      }
      // "Australian-born Ana Diaz", "Facebook-owned Instagram": a descriptor is no part of the name
      toks = toks.slice(descriptorLength(toks, (w) => (alone.get(w) ?? 0) > 0 && [...people.values()].some((x) => surname(x.name) === w)));
      // post-nominal letters are no part of the name: "Simon Hale KC", "Jane Doe MP"
      while (toks.length > 2 && /^(?:KC|QC|MP|MBE|OBE|CBE|PhD)$/.test(toks[toks.length - 1]!.w)) toks = toks.slice(0, -1);
      let k1 = 0;
      while (k1 < toks.length && !isCap(toks[k1]!.w)) k1++;
      toks = toks.slice(k1);
      if (!toks.length) continue;
      const lastTok = toks[toks.length - 1]!;
      const possessive = isPossessive(lastTok.w);
      const cutLen = possessive ? (lastTok.w.endsWith('s') ? 2 : 1) : 0;
      const start = toks[0]!.start;
      const end = lastTok.end - cutLen;
      const name = s.slice(start, end);
      const before = s.slice(0, start);
      const after = s.slice(lastTok.end);
      const afterName = s.slice(end);
      const initial = p.initial && toks[0] === p.tokens[0];
      if (acronyms.has(name)) continue;
      if (orgs.has(orgKey(name))) {
        addOrg(name, '', p.sentence); // keeps the fuller form ("Corp" → "Corporation")
        mentionOrg(name, p.sentence);
        continue;
      }

      // "the Halden Ravens", "the Rolling Stones": a plural name after "the" is a team, a band or a body
      if (isTeamAfterThe(toks, before, after) && !isKnownPlace(name) && !ADJECTIVE.test(name)) {
        addOrg(name, '', p.sentence);
        mentionOrg(name, p.sentence);
        continue;
      }

      // "Chairman Yang Jie", "Emirates President Tim Clark", "South Dakota Gov. Kristi Noem"
      const cut = splitRolePrefix(toks);
      if (cut >= 0) {
        const nameToks = toks.slice(cut + 1);
        if (looksLikeName(nameToks)) {
          const prefix = toks.slice(0, cut + 1);
          const firstRole = Math.max(0, prefix.findIndex((t) => isRoleWord(t.w) || ABBREVIATED_TITLE.test(t.w)));
          let role = textOf(p, prefix);
          if (firstRole > 0) lead(textOf(p, prefix.slice(0, firstRole)), p.sentence, initial);
          else {
            const wider = roleBefore(before + role + ' ');
            if (wider.length > role.length) {
              role = wider;
              leadOfRole(wider, p.sentence, before);
            }
          }
          // "Lt. Matt Harris, Columbus Police Department spokesman": the apposition says more than the title
          const ra = roleAfter(after);
          if (ra && prefix.every((t) => !ROLE_WORDS_SET.has(lower(t.w)))) role = ra;
          addPerson(textOf(p, nameToks).replace(/['’]s?$/, ''), role, p.sentence, p.start < 3 || initial);
          continue;
        }
      }

      if (looksLikeName(toks)) {
        const rb = roleBefore(before);
        const ra = roleAfter(after);
        const cue =
          rb ||
          ra ||
          SPEECH_AFTER.test(after) ||
          SPEECH_BEFORE.test(before) ||
          /^,?\s+\d{1,3},/.test(after) ||
          (alone.get(surname(name)) ?? 0) > 0 ||
          personByGivenName(toks, lowerWords);
        if (cue) {
          // "Banking Mohtasib Farrukh Iqbal Siddiqui": leading words of a known organisation are a title
          let personToks = toks;
          let role = rb || ra || (/\bchaired by\s$/.test(before) ? 'chair' : /\b(?:headed|led) by\s$/.test(before) ? 'head' : '');
          const ow = orgWords();
          let k = 0;
          while (personToks.length - k > 2 && ow.has(personToks[k]!.w)) k++;
          if (k > 0) {
            role = textOf(p, personToks.slice(0, k));
            personToks = personToks.slice(k);
          }
          addPerson(textOf(p, personToks).replace(/['’]s?$/, ''), role, p.sentence, NEAR_START.test(before));
          if (rb && !/,\s*$/.test(before)) leadOfRole(rb, p.sentence, before);
          else if (ra) leadOfRole(ra, p.sentence, ' ');
          // "chief executive of Google", "analyst at Vega": the organisation a role belongs to
          const of = /\b(of|at|for|with)\s+(?:the\s+)?([A-Z][\w.&'’-]*(?:\s(?:(?:of|for|on|and)\s(?:the\s)?)?[A-Z][\w.&'’-]*)*)/.exec(role);
          // "analyst at Davy Stockbrokers": after "at" a name of several words is an organisation
          if (of) lead(of[2]!, p.sentence, false, of[1] === 'at');
          continue;
        }
      }

      if (toks.length === 1) {
        const w = stripPossessive(toks[0]!.w);
        const who = [...people.values()].find((x) => surname(x.name) === w);
        if (who) {
          mentions.push({ speaker: w, forms: [w], sentence: p.sentence, person: true, subject: p.start < 3 });
          continue;
        }
        // "the Ravens", "for Brightwater" after "the Brightwater Ravens": the club again, not a new entry
        if (!isKnownPlace(w) && isShortFormOf(w, orgs.values())) {
          mentionOrg(w, p.sentence);
          continue;
        }
        // "Pakistan-China": two known places
        if (/-/.test(w) && w.split('-').every((x) => isKnownPlace(x))) {
          for (const x of w.split('-')) addPlace(x, p.sentence);
          continue;
        }
      }
      if (isKnownPlace(name) && !(toks.length === 1 && lowerWords.has(name.toLowerCase()))) {
        addPlace(name, p.sentence);
        continue;
      }
      if (companyByName(name, lowerWords)) {
        addOrg(name, '', p.sentence);
        mentionOrg(name, p.sentence);
        continue;
      }
      if (isOrgByForm(toks) || (ORG_NOUN_AFTER.test(after) && !/\ban?\s$/.test(before) && !ADJECTIVE.test(name) && toks.length <= 3 && !(initial && toks.length === 1))) {
        addOrg(name, '', p.sentence);
        mentionOrg(name, p.sentence);
        continue;
      }
      const plain = !possessive && !ALL_CAPS_2_6.test(name) && !CALENDAR_WORD.test(name) && !ORG_TAIL.has(lower(lastTok.w));
      if (placeByContext(before, after, plain) && !ADJECTIVE.test(name) && toks.length <= 3) {
        addPlace(name, p.sentence);
        continue;
      }
      unknown.push({ p, name, before, after: afterName });
    }

    // organisations known by how they are written about: "carrier SunExpress", "Edmunds.com, a … firm",
    // "X's founder", or listed with other organisations ("FC Porto, Inter Milan, Chelsea and Real Madrid")
    // "an NHS body", "NASA … NASA": capitals after an article or used twice, that are no word of the text, no place
    // and no common abbreviation
    const isAcronymOrg = (w: string) => w.length < 6 && !NOT_ORG_ACRONYMS.has(w) && !lowerWords.has(w.toLowerCase()) && !isKnownPlace(w[0] + w.slice(1).toLowerCase());
    const isOrgContext = (u: (typeof unknown)[number]) =>
      ORG_DESCRIPTOR_BEFORE.test(u.before) || ORG_APPOSITIVE.test(u.after) || ORG_POSSESSIVE.test(u.after);
    for (const u of unknown) {
      if (ADJECTIVE.test(u.name) || CALENDAR_WORD.test(u.name) || people.has(u.name)) continue;
      if (isOrgContext(u) || (u.name.length > 2 && ALL_CAPS_2_6.test(u.name) && ((alone.get(u.name) ?? 0) > 1 || /\b(?:the|an?)\s$/i.test(u.before)) && isAcronymOrg(u.name))) addOrg(u.name, '', u.p.sentence);
    }
    // lists: an unknown name next to known organisations in "A, B and C"
    for (const u of unknown) {
      if (orgs.has(orgKey(u.name)) || ADJECTIVE.test(u.name) || people.has(u.name)) continue;
      const s = sents[u.p.sentence]!.text;
      for (const m of s.matchAll(NAME_LIST)) {
        if (m.index! > u.p.start || m.index! + m[0].length < u.p.end) continue;
        const items = m[0].split(/, and |, | and /).map((x) => x.replace(/['’]s$/, ''));
        if (items.includes(u.name) && items.some((x) => x !== u.name && orgs.has(orgKey(x)))) addOrg(u.name, '', u.p.sentence);
      }
    }
    // "Aston Villa … Villa coach": a name whose last word is used as an organisation is one
    for (const p of people.values()) {
      if (!p.role && orgs.has(orgKey(surname(p.name)))) {
        people.delete(p.name);
        addOrg(p.name, '', p.sentence);
      }
    }
    for (const u of unknown) {
      if (orgs.has(orgKey(u.name))) mentionOrg(u.name, u.p.sentence);
    }
  }

  mentions.sort((a, b) => a.sentence - b.sentence);
  const paragraphs: Array<{ text: string; first: number; starts: number[] }> = [];
  sents.forEach((s, i) => {
    const last = paragraphs[paragraphs.length - 1];
    if (last && sents[i - 1]?.para === s.para) {
      last.starts.push(last.text.length + 1);
      last.text += ' ' + s.text;
    } else paragraphs.push({ text: s.text, first: i, starts: [0] });
  });
  const quotes = english ? findQuotes(paragraphs, makeResolver(mentions)) : [];

  for (const p of people.values()) factCount[p.sentence]! += 1;
  for (const o of orgs.values()) factCount[o.sentence]! += 1;
  const ranked = rankSentences(
    title ?? '',
    sents.map((s, i) => ({ text: s.text, para: s.para, facts: factCount[i]! })),
  );

  return {
    sentences,
    people: [...people.values()].filter((p, _, arr) => !arr.some((q) => q !== p && q.name.startsWith(p.name + ' ') && q.name.length > p.name.length)),
    organizations: mergeShortForms([...orgs.values()]),
    places: [...places.values()].filter((p) => !people.has(p.text)),
    dates,
    numbers,
    quotes,
    keySentences: ranked.map((i) => ({ text: sentences[i]!, sentence: i })),
    english,
  };
}

export { splitSentences } from './sentences';
