/**
 * One chip per organisation on the panel shown: forms of one body that the passes keep apart (each form is evidence
 * the confidence filter reads as written) are joined after the filter, under the fullest name, with the acronym
 * folded into it. Five forms: the owner's "'s" ("Central Bank of Nigeria's (CBN)" beside "Central Bank of Nigeria"),
 * a country written two ways before the same name ("U.S. Air Force", "US Air Force"), a country before a public body's
 * name ("U.S. Air Force" then "Air Force"), and an acronym the article defines in a bracket that does not spell the name
 * letter for letter ("Japan Aerospace Exploration Agency (JAXA)" then "JAXA"), or that opens a short form of it
 * ("PCS Union").
 */

import { ALL_CAPS_2_6 } from './cues';
import { countryOf, isCountry, isKnownCompany } from './gazetteer';
import type { OrganizationFact } from './types';

const POSSESSIVE = /['’]s$/;

/** "Central Bank of Nigeria's" beside "Central Bank of Nigeria": the owner's "'s" the bracket's acronym left on the name. */
function withoutPossessive(orgs: OrganizationFact[]): OrganizationFact[] {
  const names = new Set(orgs.map((o) => o.name));
  const bare = (o: OrganizationFact) => o.name.replace(POSSESSIVE, '');
  return merged(orgs, (o) => (POSSESSIVE.test(o.name) && names.has(bare(o)) ? orgs.find((x) => x.name === bare(o)) : undefined));
}

/** The words a name opens with that are a country, by its common name ("U.S. Air Force", "US Air Force": "United States Air Force"). */
function withCountryNamed(name: string): string {
  const ws = name.split(' ');
  for (let n = Math.min(3, ws.length - 1); n >= 1; n--) {
    const head = ws.slice(0, n).join(' ');
    if (isCountry(head)) return [countryOf(head), ...ws.slice(n)].join(' ');
  }
  return name;
}

/** "US AI Safety Institute" beside "U.S. AI Safety Institute": the country before a body's name written two ways; the first written is shown. */
function oneSpellingOfCountry(orgs: OrganizationFact[]): OrganizationFact[] {
  const keys = new Map(orgs.map((o) => [o, withCountryNamed(o.name)]));
  return merged(orgs, (o) => orgs.find((x) => keys.get(x) === keys.get(o)));
}

/**
 * "Air Force" written after "U.S. Air Force": the one longer name that is a country before it, written first (a short form
 * points back). Not two countries' bodies ("US Senate", "French Senate": "Senate" could be either), nor a company's
 * name after a country ("Indonesia AirAsia" is a national arm of AirAsia).
 */
function withoutCountryDropped(orgs: OrganizationFact[]): OrganizationFact[] {
  return merged(orgs, (o) => {
    if (isKnownCompany(o.name)) return undefined;
    const longer = orgs.filter((x) => x.name.endsWith(' ' + o.name));
    const only = longer.length === 1 ? longer[0]! : undefined;
    return only && only.sentence <= o.sentence && isCountry(only.name.slice(0, -o.name.length - 1).replace(/^the /i, '')) ? only : undefined;
  });
}

/**
 * "PCS Union" beside "Public and Commercial Services Union", "FINRA Investor Foundation" beside "Financial Industry
 * Regulatory Authority Investor Foundation": an acronym before the words the full name ends with, abbreviating the
 * rest.
 */
function withoutAcronymOpening(orgs: OrganizationFact[]): OrganizationFact[] {
  const spelledIn = (o: OrganizationFact, x: OrganizationFact) => {
    const acr = o.name.slice(0, o.name.indexOf(' '));
    const rest = o.name.slice(acr.length);
    return x !== o && x.name.endsWith(rest) && x.name.length > o.name.length && abbreviates(acr, x.name.slice(0, -rest.length));
  };
  return merged(orgs, (o) => (ALL_CAPS_2_6.test(o.name.split(' ')[0]!) && o.name.includes(' ') ? orgs.find((x) => spelledIn(o, x)) : undefined));
}

/**
 * Whether `short` abbreviates `long` by Schwartz and Hearst's rule (2003): its letters and digits are found in `long`
 * in order, read from the end, the first one opening a word ("JAXA" of "Japan Aerospace eXploration Agency", "Phivolcs"
 * of "PHilippine Institute of VOLCanology and Seismology").
 */
export function abbreviates(short: string, long: string): boolean {
  const s = short.toLowerCase();
  const l = long.toLowerCase();
  let j = l.length - 1;
  for (let i = s.length - 1; i >= 0; i--) {
    const ch = s[i]!;
    if (!/[\p{L}\p{N}]/u.test(ch)) continue;
    while (j >= 0 && (l[j] !== ch || (i === 0 && j > 0 && /[\p{L}\p{N}]/u.test(l[j - 1]!)))) j--;
    if (j < 0) return false;
    j--;
  }
  return true;
}

/** "JAXA" beside "Japan Aerospace Exploration Agency" where the article writes the name with the acronym in a bracket after it. */
function withBracketAcronyms(orgs: OrganizationFact[], text: string): OrganizationFact[] {
  const defines = (full: OrganizationFact, acr: string) =>
    !full.acronym && full.name.includes(' ') && abbreviates(acr, full.name) && [`${full.name} (${acr})`, `${full.name}'s (${acr})`, `${full.name}’s (${acr})`].some((d) => text.includes(d));
  return merged(orgs, (o) => (o.name.includes(' ') ? undefined : orgs.find((x) => x !== o && defines(x, o.name))), 'acronym');
}

/**
 * The chips with each one `into` names joined to that one, at the earlier place of the two, with the acronym of
 * either; an acronym chip joined `as` "acronym" becomes the other's acronym.
 */
function merged(orgs: OrganizationFact[], into: (o: OrganizationFact) => OrganizationFact | undefined, as: 'into' | 'acronym' = 'into'): OrganizationFact[] {
  const slots: (OrganizationFact | undefined)[] = orgs.map((o) => ({ ...o }));
  const slotOf = new Map(orgs.map((o, i) => [o, i]));
  orgs.forEach((o, i) => {
    const target = into(o);
    const j = target ? slotOf.get(target) : undefined;
    const t = j === undefined ? undefined : slots[j];
    const from = slots[i];
    if (!t || !from || j === i) return;
    t.acronym ||= as === 'acronym' ? from.name : from.acronym;
    t.sentence = Math.min(t.sentence, from.sentence);
    slots[Math.max(i, j!)] = undefined;
    slots[Math.min(i, j!)] = t;
    slotOf.set(target!, Math.min(i, j!));
  });
  return slots.filter((o) => o !== undefined);
}

/** The organisations shown, one chip per body. `text` is the article's. */
export function oneChipPerBody(orgs: OrganizationFact[], text: string): OrganizationFact[] {
  return withBracketAcronyms(withoutAcronymOpening(withoutCountryDropped(oneSpellingOfCountry(withoutPossessive(orgs)))), text);
}
