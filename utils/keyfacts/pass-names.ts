/**
 * Pass: what each capitalised phrase names: a person (with a role), an organisation, a place, or nothing known
 * yet. The decisions run in order, the first that holds wins; phrases left undecided go to the
 * organisations-by-context pass.
 */

import { LOWER, UPPER, re } from './chars';
import type { Collector } from './collector';
import { isClubShortForm, isShortFormOf } from './coreference';
import { ADJECTIVE, ALL_CAPS_2_6, CLUB_TAIL, LEGISLATURE, ORG_DESCRIPTOR_BEFORE, ORG_NOUN_AFTER, SPEECH_AFTER, SPEECH_BEFORE } from './cues';
import { isCalendarWord } from './collector';
import { companyByName, descriptorLength, personByGivenName } from './evidence';
import { isKnownPlace } from './gazetteer';
import { COURTESY_TITLES, LEAD_STOP, ORG_TAIL, ROLE_WORDS } from './lexicon';
import { isOrgByForm, isTeamAfterThe } from './organizations';
import { isRoleWord, looksLikeName, roleAfter, roleBefore, splitRolePrefix, surname } from './people';
import { isCap, isPossessive, lower, stripPossessive, type Phrase, type Token } from './phrases';
import { isPlaceByForm, placeByContext } from './places';
import { lead, leadOfRole } from './role-leads';

/** "Gov.", "Sen.". */
const ABBREVIATED_TITLE = re`^[${UPPER}][${LOWER}]*\.$`;
/** At most four words before: the name is likely the subject. */
const NEAR_START = re`^[\s"“‘]*(?:[${UPPER}${LOWER}-]+\s){0,4}$`;
/** Post-nominal letters: "Simon Hale KC", "Jane Doe MP". */
const POST_NOMINAL = /^(?:KC|QC|MP|MBE|OBE|CBE|PhD)$/;
/** "chief executive of Google", "analyst at Vega": the organisation a role belongs to. */
const ROLE_EMPLOYER = /\b(of|at|for|with)\s+(?:the\s+)?([A-Z][\w.&'’-]*(?:\s(?:(?:of|for|on|and)\s(?:the\s)?)?[A-Z][\w.&'’-]*)*)/;

/** A capitalised phrase with its ordinary openers, descriptors and post-nominals cut, and the text around it. */
export interface Candidate {
  p: Phrase;
  toks: Token[];
  name: string;
  before: string;
  after: string;
  /** What follows the name without its possessive "'s". */
  afterName: string;
  initial: boolean;
  possessive: boolean;
}

function candidate(c: Collector, p: Phrase): Candidate | null {
  const s = c.sents[p.sentence]!.text;
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
    // ("Bank of Korea" keeps its head word even where the article also writes "the central bank")
    const head = /^(?:of|for)$/.test(toks[1]?.w ?? '');
    if (!head && (c.lowerWords.has(l) || /(?:ing|ly)$/.test(l) || ORG_DESCRIPTOR_BEFORE.test(l + ' '))) toks = toks.slice(1);
  }
  // "Australian-born Ana Diaz", "Facebook-owned Instagram": a descriptor is no part of the name
  toks = toks.slice(descriptorLength(toks, (w) => (c.alone.get(w) ?? 0) > 0 && c.personBySurname(w) !== undefined));
  while (toks.length > 2 && POST_NOMINAL.test(toks[toks.length - 1]!.w)) toks = toks.slice(0, -1);
  let k1 = 0;
  while (k1 < toks.length && !isCap(toks[k1]!.w)) k1++;
  toks = toks.slice(k1);
  if (!toks.length) return null;
  const lastTok = toks[toks.length - 1]!;
  const possessive = isPossessive(lastTok.w);
  const end = lastTok.end - (possessive ? (lastTok.w.endsWith('s') ? 2 : 1) : 0);
  const start = toks[0]!.start;
  return {
    p,
    toks,
    name: s.slice(start, end),
    before: s.slice(0, start),
    after: s.slice(lastTok.end),
    afterName: s.slice(end),
    initial: p.initial && toks[0] === p.tokens[0],
    possessive,
  };
}

/** "Chairman Yang Jie", "Emirates President Tim Clark", "South Dakota Gov. Kristi Noem": true when taken. */
function personAfterTitle(c: Collector, k: Candidate): boolean {
  const { p, toks, before, after, initial } = k;
  const cut = splitRolePrefix(toks);
  if (cut < 0) return false;
  const nameToks = toks.slice(cut + 1);
  if (!looksLikeName(nameToks)) return false;
  const prefix = toks.slice(0, cut + 1);
  const firstRole = Math.max(0, prefix.findIndex((t) => isRoleWord(t.w) || ABBREVIATED_TITLE.test(t.w)));
  // "Mr. Lee": a courtesy title is how the name is written, not a role
  let role = prefix.every((t) => COURTESY_TITLES.has(lower(t.w))) ? '' : c.textOf(p, prefix);
  if (firstRole > 0) lead(c, c.textOf(p, prefix.slice(0, firstRole)), p.sentence, initial);
  else {
    const wider = roleBefore(before + role + ' ');
    if (wider.length > role.length) {
      role = wider;
      leadOfRole(c, wider, p.sentence, before);
    }
  }
  // "Lt. Matt Harris, Columbus Police Department spokesman": the apposition says more than the title
  const ra = roleAfter(after);
  if (ra && prefix.every((t) => !ROLE_WORDS.has(lower(t.w)))) role = ra;
  c.addPerson(c.textOf(p, nameToks).replace(/['’]s?$/, ''), role, p.sentence, p.start < 3 || initial);
  return true;
}

/** A personal name with a cue: a role, a reporting verb, an age, a surname used alone, a given name. */
function personByCue(c: Collector, k: Candidate): boolean {
  const { p, toks, name, before, after } = k;
  if (!looksLikeName(toks)) return false;
  const rb = roleBefore(before);
  const ra = roleAfter(after);
  const cue =
    rb ||
    ra ||
    SPEECH_AFTER.test(after) ||
    SPEECH_BEFORE.test(before) ||
    /^,?\s+\d{1,3},/.test(after) ||
    (c.alone.get(surname(name)) ?? 0) > 0 ||
    personByGivenName(toks, c.lowerWords);
  if (!cue) return false;
  // "Banking Mohtasib Farrukh Iqbal Siddiqui": leading words of a known organisation are a title
  let personToks = toks;
  let role = rb || ra || (/\bchaired by\s$/.test(before) ? 'chair' : /\b(?:headed|led) by\s$/.test(before) ? 'head' : '');
  const orgWords = new Set([...c.orgs.values()].flatMap((o) => o.name.split(' ')));
  let n = 0;
  while (personToks.length - n > 2 && orgWords.has(personToks[n]!.w)) n++;
  if (n > 0) {
    role = c.textOf(p, personToks.slice(0, n));
    personToks = personToks.slice(n);
  }
  c.addPerson(c.textOf(p, personToks).replace(/['’]s?$/, ''), role, p.sentence, NEAR_START.test(before));
  if (rb && !/,\s*$/.test(before)) leadOfRole(c, rb, p.sentence, before);
  else if (ra) leadOfRole(c, ra, p.sentence, ' ');
  const of = ROLE_EMPLOYER.exec(role);
  // "analyst at Davy Stockbrokers": after "at" a name of several words is an organisation
  if (of) lead(c, of[2]!, p.sentence, false, of[1] === 'at');
  return true;
}

/** One word that names something already known: a person's surname, a club's short name, two places ("Pakistan-China"). */
function knownByOneWord(c: Collector, k: Candidate): boolean {
  if (k.toks.length !== 1) return false;
  const { p } = k;
  const w = stripPossessive(k.toks[0]!.w);
  if (c.personBySurname(w)) {
    c.mentions.push({ speaker: w, forms: [w], sentence: p.sentence, person: true, subject: p.start < 3 });
    return true;
  }
  // "the Ravens", "for Brightwater" after "the Brightwater Ravens": the club again, not a new entry
  if ((!isKnownPlace(w) && isShortFormOf(w, c.orgs.values())) || isClubShortForm(w, c.orgs.values())) {
    c.mentionOrg(w, p.sentence);
    return true;
  }
  if (/-/.test(w) && w.split('-').every((x) => isKnownPlace(x))) {
    for (const x of w.split('-')) c.addPlace(x, p.sentence);
    return true;
  }
  return false;
}

/** Decides each capitalised phrase; returns the undecided ones. */
export function namesInPhrases(c: Collector): Candidate[] {
  const unknown: Candidate[] = [];
  const org = (k: Candidate) => {
    c.addOrg(k.name, '', k.p.sentence); // for a known one: keeps the fuller form ("Corp" → "Corporation")
    c.mentionOrg(k.name, k.p.sentence);
  };
  for (const p of c.phrases) {
    const k = candidate(c, p);
    if (!k) continue;
    const { toks, name, before, after, initial } = k;
    if (c.acronyms.has(name)) continue;
    if (c.hasOrg(name)) {
      org(k);
      continue;
    }
    // "the Halden Ravens", "the Rolling Stones": a plural name after "the" is a team, a band or a body
    // a company or team known by name from data beats the weaker cues of a person ("Boston" is also a given name)
    if ((isTeamAfterThe(toks, before, after) && !isKnownPlace(name) && !ADJECTIVE.test(name)) || companyByName(name, c.lowerWords)) {
      org(k);
      continue;
    }
    if (personAfterTitle(c, k) || personByCue(c, k) || knownByOneWord(c, k)) continue;
    if (isKnownPlace(name) && !(toks.length === 1 && c.lowerWords.has(name.toLowerCase()))) {
      c.addPlace(name, p.sentence);
      continue;
    }
    const orgByNoun = ORG_NOUN_AFTER.test(after) && !/\ban?\s$/.test(before) && !ADJECTIVE.test(name) && toks.length <= 3 && !(initial && toks.length === 1);
    const club = c.sport && toks.length >= 2 && toks.length <= 3 && CLUB_TAIL.test(toks[toks.length - 1]!.w);
    if (isOrgByForm(toks) || orgByNoun || club || (toks.length === 1 && LEGISLATURE.test(name))) {
      org(k);
      continue;
    }
    const lastWord = toks[toks.length - 1]!.w;
    const plain = !k.possessive && !ALL_CAPS_2_6.test(name) && !isCalendarWord(name) && !ORG_TAIL.has(lower(lastWord));
    if ((placeByContext(before, after, plain) && !ADJECTIVE.test(name) && toks.length <= 3) || isPlaceByForm(toks.map((t) => t.w), after)) {
      c.addPlace(name, p.sentence);
      continue;
    }
    unknown.push(k);
  }
  return unknown;
}
