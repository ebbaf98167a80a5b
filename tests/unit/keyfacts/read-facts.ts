// What the key-facts tests read from a text, as plain lists: one set of readers for every test file.
import { extractKeyFacts, keyFactsWithFeatures } from '@/utils/keyfacts';
import { candidate } from '@/utils/keyfacts/candidates';
import { Collector } from '@/utils/keyfacts/collector';
import { findDates } from '@/utils/keyfacts/dates';
import { findNumbers } from '@/utils/keyfacts/numbers';

export const facts = (text: string, title = '') => extractKeyFacts(title, text);
export const peopleNames = (text: string, title = '') => facts(text, title).people.map((p) => p.name);
export const peopleWithRoles = (text: string) => facts(text).people.map(({ name, role }) => ({ name, role }));
export const orgs = (text: string, title = '') => facts(text, title).organizations.map((o) => o.name);
export const places = (text: string) => facts(text).places.map((p) => p.text);
/** The places the passes find, before the confidence filter. */
export const placesFound = (text: string) => keyFactsWithFeatures('', text).facts.places.map((p) => p.text);
/** The organisations the passes find, before the confidence filter. */
export const orgsFound = (text: string) => keyFactsWithFeatures('', text).facts.organizations.map((o) => o.name);
/** The people the passes find, before the confidence filter. */
export const peopleFound = (text: string) => keyFactsWithFeatures('', text).facts.people.map((p) => p.name);
export const nums = (s: string, english = true) => findNumbers(s, findDates(s, english), english).map((n) => n.text);
export const dates = (s: string, english = true) => findDates(s, english).map((d) => d.text);
/** Every candidate's name the names pass decides (candidates.ts: openers, owners and descriptors cut). */
export function candidateNames(text: string): string[] {
  const c = new Collector(text);
  return c.phrases.map((p) => candidate(c, p)?.name ?? '');
}
