/**
 * Key facts of an article, on the device and without dependencies: people with roles, organisations with their
 * acronyms, places, dates, numbers, quotes and key sentences. Every item names the sentence it came from.
 */

import { findDates, type Span } from './dates';
import { rankSentences } from './key-sentences';
import { LEAD_STOP, PLACES } from './lexicon';
import { findNumbers } from './numbers';
import { ACRONYM, NOT_ORG_ACRONYMS, acronymFits, isOrgByForm } from './organizations';
import { isRoleWord, looksLikeName, roleAfter, roleBefore, splitRolePrefix, surname } from './people';
import { capPhrases, isCap, isPossessive, lower, stripPossessive, type Phrase, type Token } from './phrases';
import { isKnownPlace, placeByContext } from './places';
import { findQuotes, makeResolver, type Mention } from './quotes';
import { splitSentences } from './sentences';

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

const EN_WORDS = new Set('the|and|of|to|in|a|is|that|for|on|was|with|said|he|she|it|as|at|by|from|has|have|are|be|his|her|an|this|which|will|were|its'.split('|'));

/** Whether a text reads as English (share of very common English words). */
export function looksEnglish(text: string): boolean {
  const words = text.slice(0, 4000).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 8) return /^[\x00-\x7f]*$/.test(text);
  let hits = 0;
  for (const w of words) if (EN_WORDS.has(w)) hits++;
  return hits / words.length >= 0.12;
}

const SPEECH_AFTER = /^,?\s+(?:said|says|told|added|explained|noted|wrote|asked|tweeted|stated|recalled|insisted|replied|warned|argued|has said|had said)\b/;
const SPEECH_BEFORE = /(?:\b(?:said|says|told|added|according to|by|chaired by|led by|headed by|with|against|including|and|replace|replaced|replacing)\s)$/;
const ORG_NOUN_AFTER = /^\s+(?:schools?|company|group|club|university|college|hospital)\b/;
const ADJECTIVE = /(?:ian|ese|ish|can|ic|ean)$|^(?:Republican|Democrat|Democrats|Democratic|Conservative|Liberal|Labour|French|Dutch|Greek|Thai|Swiss|GOP)$/;

export function extractKeyFacts(title: string, text: string): KeyFacts {
  const sents = splitSentences(text ?? '');
  const sentences = sents.map((s) => s.text);
  const english = looksEnglish(text ?? '');
  const dates: Array<TextFact> = [];
  const numbers: Array<TextFact> = [];
  const factCount = new Array<number>(sents.length).fill(0);

  sents.forEach((s, i) => {
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
    sents.forEach((s, i) => all.push(...capPhrases(s.text, i)));
    const lowerWords = new Set((text.match(/(?<![.!?]\s)\b\p{Ll}[\p{L}'’-]*/gu) ?? []).map((w) => w.toLowerCase()));
    const alone = new Map<string, number>();
    for (const p of all) {
      if (p.tokens.length === 1 && !p.initial) {
        const w = stripPossessive(p.tokens[0]!.w);
        alone.set(w, (alone.get(w) ?? 0) + 1);
      }
    }
    const addOrg = (name: string, acronym: string, sentence: number) => {
      const key = name.toLowerCase();
      const have = orgs.get(key);
      if (have) {
        if (!have.acronym && acronym) have.acronym = acronym;
        return;
      }
      if ([...orgs.values()].some((o) => o.acronym === name)) return;
      orgs.set(key, { name, acronym, sentence });
    };
    const addPlace = (name: string, sentence: number) => {
      if (!places.has(name)) places.set(name, { text: name, sentence });
    };
    const addPerson = (name: string, role: string, sentence: number) => {
      const have = people.get(name);
      if (have) {
        if (!have.role && role) have.role = role;
      } else {
        // "Patrick W. Carlineo Jr." already known as "Patrick Carlineo"? keep the first, fuller form
        people.set(name, { name, role, sentence });
      }
      mentions.push({ speaker: surname(name), forms: [name, surname(name)], sentence, person: true });
    };
    const words = (ts: Token[]) => ts.map((t) => t.w);
    const textOf = (p: Phrase, ts: Token[]) => sents[p.sentence]!.text.slice(ts[0]!.start, ts[ts.length - 1]!.end);

    // dateline: "BUFFALO, N.Y. —", "Indianapolis –"
    const dl = /^([\p{Lu}][\p{Lu}\p{Ll} .'-]{2,30}?)(?:,\s*[^—–]{2,30}?)?\s+[—–]\s/u.exec(sents[0]?.text ?? '');
    if (dl) {
      const name = dl[1]!.trim().toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
      if (/^\p{Lu}+(?:\s\p{Lu}+)*$/u.test(dl[1]!.trim()) || isKnownPlace(name)) addPlace(name, 0);
    }

    const unknown: Phrase[] = [];
    for (const p of all) {
      const s = sents[p.sentence]!.text;
      let toks = p.tokens.slice();
      // a capitalised sentence opener that is an ordinary word elsewhere ("Officers", "Despite")
      while (toks.length && (LEAD_STOP.has(lower(toks[0]!.w)) || (p.initial && toks === p.tokens && toks.length > 0 && toks[0] === p.tokens[0] && lowerWords.has(toks[0]!.w.toLowerCase()) && !isRoleWord(toks[0]!.w)))) {
        toks = toks.slice(1);
        if (toks.length && !isCap(toks[0]!.w)) toks = [];
      }
      while (toks.length && !isCap(toks[0]!.w)) toks = toks.slice(1);
      if (!toks.length) continue;
      const lastTok = toks[toks.length - 1]!;
      const possessive = isPossessive(lastTok.w);
      const start = toks[0]!.start;
      const end = lastTok.end - (possessive ? (lastTok.w.endsWith('s') ? 1 : 2) : 0);
      const name = s.slice(start, end).replace(/[’']$/, '');
      const before = s.slice(0, start);
      const after = s.slice(end + (possessive ? (lastTok.w.endsWith('s') ? 1 : 2) : 0));
      const afterRaw = s.slice(end);

      // "China Mobile Communications Corporation (CMCC)"
      const acr = ACRONYM.exec(afterRaw.trimStart());
      if (acr && /^\s?\(/.test(afterRaw) && acronymFits(acr[1]!, name) && toks.length > 1) {
        if (isKnownPlace(name)) addPlace(name, p.sentence);
        else {
          const cut = splitRolePrefix(toks);
          addOrg(cut >= 0 ? textOf(p, toks.slice(cut + 1)) : name, acr[1]!, p.sentence);
        }
        continue;
      }
      if (toks.length === 1 && [...orgs.values()].some((o) => o.acronym === stripPossessive(toks[0]!.w))) continue;

      // "Chairman Yang Jie", "Emirates President Tim Clark", "South Dakota Gov. Kristi Noem"
      const cut = splitRolePrefix(toks);
      if (cut >= 0) {
        const nameToks = toks.slice(cut + 1);
        if (looksLikeName(nameToks)) {
          const prefix = toks.slice(0, cut + 1);
          let firstRole = prefix.findIndex((t) => isRoleWord(t.w) || /^\p{Lu}\p{Ll}*\.$/u.test(t.w));
          if (firstRole < 0) firstRole = 0;
          const lead = prefix.slice(0, firstRole);
          const role = textOf(p, prefix) ;
          const personName = textOf(p, nameToks).replace(/['’]s?$/, '');
          if (lead.length) {
            const leadName = textOf(p, lead).replace(/['’]s?$/, '');
            if (isKnownPlace(leadName)) addPlace(leadName, p.sentence);
            else if (!ADJECTIVE.test(leadName) && !LEAD_STOP.has(lower(lead[0]!.w))) addOrg(leadName, '', p.sentence);
          }
          const lowerRole = roleBefore(before);
          addPerson(personName, lowerRole && !isRoleWord(prefix[0]!.w) ? role : role, p.sentence);
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
          (alone.get(surname(name)) ?? 0) > 0;
        if (cue) {
          addPerson(name, rb || ra, p.sentence);
          // "Apple analyst Ming-Chi Kuo": the capitalised words before the role are an organisation
          const orgLead = /((?:\p{Lu}[\p{L}.&'’-]*\s)+)(?:[\p{Ll}-]+\s){0,2}$/u.exec(before);
          if (rb && orgLead && !/,\s*$/.test(before)) {
            const leadName = orgLead[1]!.trim().replace(/['’]s?$/, '');
            const firstW = leadName.split(' ')[0]!;
            if (!isKnownPlace(leadName) && !ADJECTIVE.test(leadName) && !LEAD_STOP.has(firstW.toLowerCase()) && !isRoleWord(leadName.split(' ').pop()!) && rb.startsWith(leadName))
              addOrg(leadName, '', p.sentence);
          }
          continue;
        }
      }

      if (toks.length === 1 && people.size && [...people.values()].some((x) => surname(x.name) === stripPossessive(toks[0]!.w))) {
        const who = [...people.values()].find((x) => surname(x.name) === stripPossessive(toks[0]!.w))!;
        mentions.push({ speaker: surname(who.name), forms: [surname(who.name)], sentence: p.sentence, person: true });
        continue;
      }

      // "Pakistan-China": two known places
      if (toks.length === 1 && /-/.test(name)) {
        const parts = name.split('-');
        if (parts.every((x) => isKnownPlace(x))) {
          for (const x of parts) addPlace(x, p.sentence);
          continue;
        }
      }
      if (isOrgByForm(toks) || (ORG_NOUN_AFTER.test(after) && !isKnownPlace(name) && !ADJECTIVE.test(name) && toks.length <= 3)) {
        addOrg(name, '', p.sentence);
        mentions.push({ speaker: name, forms: [name], sentence: p.sentence, person: false });
        continue;
      }
      if (isKnownPlace(name)) {
        addPlace(name, p.sentence);
        continue;
      }
      if (placeByContext(before, after) && !ADJECTIVE.test(name) && toks.length <= 3) {
        addPlace(name, p.sentence);
        continue;
      }
      unknown.push({ ...p, tokens: toks, text: name });
    }

    // organisations known by a form seen elsewhere ("Emirates" after "Emirates President Tim Clark")
    for (const p of unknown) {
      const key = p.text.toLowerCase();
      if (orgs.has(key)) mentions.push({ speaker: p.text, forms: [p.text], sentence: p.sentence, person: false });
    }
    // acronyms used on their own, repeatedly
    for (const p of unknown) {
      const w = p.text;
      if (/^\p{Lu}{3,6}$/u.test(w) && !NOT_ORG_ACRONYMS.has(w) && (alone.get(w) ?? 0) >= 2 && !orgs.has(w.toLowerCase())) addOrg(w, '', p.sentence);
    }
    void words;
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
    organizations: [...orgs.values()],
    places: [...places.values()].filter((p) => !people.has(p.text)),
    dates,
    numbers,
    quotes,
    keySentences: ranked.map((i) => ({ text: sentences[i]!, sentence: i })),
    english,
  };
}

export { splitSentences } from './sentences';
void PLACES;
