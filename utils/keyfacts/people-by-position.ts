/**
 * People known by where their name stands, not by a cue of their own: beside a person the article names, joined by
 * "and", "or", a comma or a verb of a result ("Ana Diaz and Evel Marsh", "Ana Diaz edged Evel Marsh 6-4"), or after a
 * country's possessive ("Serbia's Novak Petrov"): how news lists its players, guests and leaders. Only names of two
 * or three words that look like a person's, so a club or a company beside a person stays undecided.
 */

import type { Candidate } from './candidates';
import { LETTER, UPPER, re } from './chars';
import type { Collector } from './collector';
import { isCountry, isKnownCompany } from './gazetteer';
import { looksLikeName } from './people';

/** What may stand between two people of one list or one result, a country's possessive allowed before the second. */
const LINK = re`^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&|beat|beats|defeated|edged|topped|downed|ousted|overcame|upset)\s+)(?:[${UPPER}][${LETTER}]*['’]s\s+)?$`;
/** "Serbia's ", "Britain’s ": a country's possessive just before the name. */
const COUNTRY_POSSESSIVE = re`([${UPPER}][${LETTER} ]*)['’]s\s$`;

const PERSON_WORDS_MAX = 3;

function besideKnownPerson(c: Collector, u: Candidate): boolean {
  const s = c.sents[u.p.sentence]!.text;
  const start = u.toks[0]!.start;
  const end = u.toks[u.toks.length - 1]!.end;
  for (const name of c.people.keys()) {
    if (!name.includes(' ')) continue;
    for (let at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + 1)) {
      const gap = at >= end ? s.slice(end, at) : at + name.length <= start ? s.slice(at + name.length, start) : null;
      if (gap !== null && LINK.test(gap)) return true;
    }
  }
  return false;
}

/** Takes the candidate as a person when its place in the sentence says so; true when taken. */
export function personByPosition(c: Collector, u: Candidate): boolean {
  if (u.toks.length > PERSON_WORDS_MAX || !looksLikeName(u.toks) || u.toks.some((t) => isKnownCompany(t.w))) return false;
  const country = COUNTRY_POSSESSIVE.exec(u.before);
  if (!(country && isCountry(country[1]!)) && !besideKnownPerson(c, u)) return false;
  c.addPerson(u.name, '', u.p.sentence, 'position');
  return true;
}
