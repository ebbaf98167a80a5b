/**
 * One entity, one chip: variants of an organisation's name ("Sierra Nevada Corp", "Sierra Nevada Corporation",
 * "Tyvak Inc.") share a key; the fullest form is the one shown. A person named by surname alone after a title
 * ("President Okafor") and later in full is one person too.
 */

import { ALL_CAPS_2_6 } from './cues';
import { countryOf, isCountry, isGivenName, isKnownCompany, isKnownPlace } from './gazetteer';
import { ORG_TAIL } from './lexicon';
import { NAME_PARTICLES } from './phrases';
import type { PersonFact, TextFact } from './types';

/** Legal forms that do not change which organisation is meant. */
const LEGAL_SUFFIX = /,?\s+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|ag|sa|gmbh|nv|bv|pty)\.?$/i;
const ONLY_LEGAL = /^(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|ag|sa|gmbh|nv|bv|pty)\.?$/i;

/** The key that all written forms of one organisation share; "" for a bare legal form ("Inc"). */
export function orgKey(name: string): string {
  if (ONLY_LEGAL.test(name.trim())) return '';
  return name.replace(LEGAL_SUFFIX, '').replace(/^the\s+/i, '').toLowerCase();
}

/** Of two forms of one name, the one to show: the longer (it carries the legal form), else the first. */
export const fuller = (a: string, b: string): string => (b.length > a.length ? b : a);

interface Org {
  name: string;
  acronym: string;
}

/** Whether `inner` is the first or last words of `outer` ("Norport" of "Norport Kings", "Human Services" of "… Health and Human Services"). */
function isEdgeOf(inner: string, outer: string): boolean {
  return outer.length > inner.length && (outer.startsWith(inner + ' ') || outer.endsWith(' ' + inner));
}

/**
 * Whether `long` names a unit or a national arm of the body `short` names, two organisations: an acronym before more
 * words ("NASA Goddard Institute for Space Studies", "IAB Tech Lab"), a name before a unit of two words or more
 * with an organisation's word ("United Nations Environment Programme") or before a place ("Yahoo Japan"), a country
 * before a company's name ("Indonesia AirAsia"). Legal forms do not count ("Acme" and "Acme Corp" are one).
 */
function isUnitOf(short: string, long: string): boolean {
  const s = orgKey(short);
  const l = orgKey(long);
  if (!s || l === s) return false;
  if (long.startsWith(short + ' ') && l.startsWith(s + ' ')) {
    const rest = long.slice(short.length + 1).replace(/,?\s+(?:inc|corp|ltd|llc|plc)\.?$/i, '');
    const words = rest.split(' ');
    return ALL_CAPS_2_6.test(short) || (words.length >= 2 && words.some((w) => ORG_TAIL.has(w.toLowerCase()))) || isKnownPlace(rest);
  }
  return l.endsWith(' ' + s) && isCountry(long.slice(0, long.length - short.length - 1));
}

/** A single word that opens or closes a known organisation's name of several words: a short mention of it. */
export const isShortFormOf = (word: string, orgs: Iterable<Org>): boolean => {
  for (const o of orgs) if (isEdgeOf(word, o.name)) return true;
  return false;
};

/** A single word that names the body a known organisation is a unit of ("NASA" beside "NASA Goddard Institute …"). */
export const isParentOf = (word: string, orgs: Iterable<Org>): boolean => {
  for (const o of orgs) if (isUnitOf(word, o.name)) return true;
  return false;
};

const CLUB_BEFORE = new Set(['FC', 'AFC', 'CF', 'SC', 'AC', 'AS', 'Real', 'Inter', 'Sporting']);
const CLUB_AFTER = new Set(['FC', 'AFC', 'United', 'City', 'Town', 'Rovers', 'Athletic', 'Wanderers', 'Albion', 'Hotspur']);

/** "Porto" beside "FC Porto", "Leeds" beside "Leeds United": a town's name stands for its club in the article. */
export function isClubShortForm(word: string, orgs: Iterable<Org>): boolean {
  for (const o of orgs) {
    const ws = o.name.split(' ');
    if (ws.length === 2 && ((CLUB_BEFORE.has(ws[0]!) && ws[1] === word) || (ws[0] === word && CLUB_AFTER.has(ws[1]!)))) return true;
  }
  return false;
}

/** A name that ends in a model's number ("Acme II", "Vega 9"): a product of the maker it opens with, not its fuller name. */
const MODEL_NUMBER = /\s(?:[IVX]{1,4}|\d+)$/;

/** A web address's ending after a name ("Edmunds.com"): the company the site is. */
const WEB_SUFFIX = /\.(?:com|org|net)$/i;
/**
 * A plural's ending on a name's last word: "-ies" for "-y" ("Tories" of "Tory"), else "-s" ("Lib Dems",
 * "Emirates Airlines"). Two letters at least before it, and not "-ss" or "-us" ("Express", "Airbus" are no plurals).
 */
const PLURAL_IES = /(?<=\p{L}\p{L})ies$/u;
const PLURAL_S = /(?<=\p{L}\p{L}[^su])s$/u;
const variantKey = (name: string): string => orgKey(name.replace(WEB_SUFFIX, '')).replace(PLURAL_IES, 'y').replace(PLURAL_S, '');

/** How many times the article writes a name; none known, the first written form is shown. */
export type MentionCount = (name: string) => number;

/**
 * One chip for an organisation written as its web address or in the singular and the plural ("Edmunds" and
 * "Edmunds.com", "Tory" and "Tories", "Lib Dem" and "Lib Dems"): the form the article writes more often is shown
 * (the first written on a tie), at the first one's place, and takes the others' acronym. (The known companies'
 * list holds one such pair, "Walgreen" and "Walgreens", one company: it tells no two bodies apart, so it is not asked.)
 * Only the list shown: the collector keeps every form (read as one there, they changed other names' evidence).
 */
function oneChipPerVariant<T extends Org>(orgs: T[], mentionsOf: MentionCount): T[] {
  const groups = new Map<string, T[]>();
  for (const o of orgs) {
    const key = variantKey(o.name);
    const group = groups.get(key);
    if (group) group.push(o);
    else groups.set(key, [o]);
  }
  return [...groups.values()].map((group) => {
    if (group.length === 1) return group[0]!;
    const shown = group.reduce((a, b) => (mentionsOf(b.name) > mentionsOf(a.name) ? b : a));
    if (!shown.acronym) shown.acronym = group.find((o) => o.acronym)?.acronym ?? '';
    return shown;
  });
}

/**
 * Organisations named by the first or last words of another one in the article are that one: their entries
 * go, their acronym moves to the full name. Returns the organisations to keep, in order; `mentionsOf` picks which
 * of a name's singular and plural is shown.
 */
export function mergeShortForms<T extends Org>(orgs: T[], mentionsOf: MentionCount = () => 0): T[] {
  return oneChipPerVariant(orgs, mentionsOf).filter((o) => {
    // (a body beside its unit stays: "NASA" beside "NASA Goddard Institute …", "United Nations" beside "United Nations
    // Environment Programme"; not a town's name beside its council, "Westfield" and "Westfield Senior Center")
    const parent = (x: T) => (o.name.includes(' ') || ALL_CAPS_2_6.test(o.name) || isKnownCompany(o.name)) && isUnitOf(o.name, x.name);
    const full = orgs.find((x) => x !== o && isEdgeOf(orgKey(o.name), orgKey(x.name)) && !parent(x) && !(MODEL_NUMBER.test(x.name) && orgKey(x.name).startsWith(orgKey(o.name) + ' ')));
    if (full && o.acronym && !full.acronym) full.acronym = o.acronym;
    return !full;
  });
}

/**
 * An acronym the article uses on its own ("NIST") that spells out an organisation it names in full ("National
 * Institute of Standards and Technology") is that organisation: one chip, the full name with its acronym.
 * `acronymOf` gives the acronym that spells a name out, or "".
 */
export function pairAcronyms<T extends Org>(orgs: T[], acronymOf: (name: string) => string): T[] {
  const paired = new Set<string>();
  for (const o of orgs) {
    if (o.acronym) continue;
    const a = acronymOf(o.name);
    if (a && !orgs.some((x) => x.acronym === a)) o.acronym = a;
  }
  for (const o of orgs) if (o.acronym) paired.add(o.acronym);
  return orgs.filter((o) => !paired.has(o.name) || !!o.acronym);
}

/** A given name's initial, with or without its dot ("Z", "J."). */
const INITIAL = /^\p{Lu}\.?$/u;
/** The fewest letters of a shortened given name ("Josh" of "Joshua", "Chris" of "Christopher"): "Jo" could be anyone's. */
const MIN_SHORT_GIVEN = 3;

/** "Z Pearce" or "Josh Apte" beside "Zac Pearce" or "Joshua Apte": an initial or a shortened given name before the same surname. */
function isShortGivenOf(short: string, long: string): boolean {
  const s = short.split(' ');
  const l = long.split(' ');
  if (s.length < 2 || s.length !== l.length || s.slice(1).join(' ') !== l.slice(1).join(' ')) return false;
  const given = s[0]!.replace(/\.$/, '');
  return given !== l[0] && l[0]!.startsWith(given) && (INITIAL.test(s[0]!) || given.length >= MIN_SHORT_GIVEN);
}

/** "Rosalind Ashby" beside "Rosalind Mary Ashby": the same given name and surname, the middle names left out. */
function isWithoutMiddleOf(short: string, long: string): boolean {
  const s = short.split(' ');
  const l = long.split(' ');
  if (s.length < 2 || l.length <= s.length || s[0] !== l[0] || s.at(-1) !== l.at(-1)) return false;
  let i = 0;
  for (const w of l) if (w === s[i]) i++;
  return i === s.length;
}

/** Words before a name that are given names or initials ("Andrew" of "Andrew Lloyd Webber"), not a descriptor ("Opener"). */
const areGivenNames = (words: string[]): boolean => words.every((w) => isGivenName(w) || INITIAL.test(w));

/**
 * People in order, one per person: "Ana Diaz" beside "Ana Diaz Ruiz", "Diaz" (from "Mayor Diaz") beside "Ana
 * Diaz", "Lloyd Webber" beside "Andrew Lloyd Webber", "Z Pearce" beside "Zac Pearce", "Ana Ruiz" beside "Ana
 * Maria Ruiz" are the fuller name, which
 * takes the role the other had. A name that is another one after words that are not given names ("Opener
 * Hammad Shafiq" beside "Hammad Shafiq") is that one with a descriptor glued on: the shorter name stays.
 */
export function onePerPerson(people: PersonFact[]): PersonFact[] {
  // the surname alone, with its particles ("Van Der Beek", "de Vries") when it has them
  const surnameOnly = (name: string) => !name.includes(' ') || NAME_PARTICLES.has(name.split(' ')[0]!.toLowerCase());
  // the words `long` has before `short` when `short` ends it, else null
  const before = (short: string, long: string) => (long.endsWith(' ' + short) ? long.slice(0, -short.length - 1).split(' ') : null);
  const better = (p: PersonFact) =>
    people.find((q) => {
      if (q === p) return false;
      if (q.name.startsWith(p.name + ' ') || isShortGivenOf(p.name, q.name) || isWithoutMiddleOf(p.name, q.name)) return true;
      const added = before(p.name, q.name);
      if (added) return surnameOnly(p.name) || areGivenNames(added);
      const glued = before(q.name, p.name);
      return !!glued && !surnameOnly(q.name) && !areGivenNames(glued);
    });
  return people.filter((p) => {
    const full = better(p);
    if (full && !full.role && p.role) full.role = p.role;
    return !full;
  });
}

/** Whether a word shortens another: its first letters, three at least ("Lib" of "Liberal", "Dem" of "Democrat"). */
const shortens = (short: string, long: string): boolean => short.length >= 3 && long.startsWith(short);

/**
 * People no person: a name written in the plural ("Lib Dems", read on the given name "Lib") that is a kept organisation's
 * singular or plural, or that shortens each word of a kept organisation's name of as many words ("Liberal Democrats"):
 * the party's members named by its short form. A person has no plural, and a role says it is one.
 */
export function withoutBodiesInPlural(people: PersonFact[], orgs: Org[]): PersonFact[] {
  const bodies = orgs.map((o) => variantKey(o.name).split(' '));
  return people.filter((p) => {
    if (p.role || !PLURAL_S.test(p.name)) return true;
    const words = variantKey(p.name).split(' ');
    return !bodies.some((b) => b.length === words.length && words.every((w, i) => w === b[i] || shortens(w, b[i]!)));
  });
}

/**
 * One chip for a country the article writes two ways ("US" and "United States", "Burma" and "Myanmar"; world-countries'
 * spellings): its common name where the article writes it, else the first written, listed where the first one was. Only the
 * list shown: the confidence filter reads each form as written.
 */
export function oneChipPerCountry(places: TextFact[]): TextFact[] {
  const shown = new Map<string, TextFact>();
  for (const p of places) {
    const country = countryOf(p.text);
    const seen = shown.get(country);
    if (!seen || (p.text === country && seen.text !== country)) shown.set(country, p);
  }
  return [...shown.values()];
}
