/**
 * People named in a list beside other people: "artists include Nelly, Mary Okafor and Ashanti", "Drogba and Jan
 * Kezman scored". A stage name or a surname the lexicon cannot read as a person's ("Nelly", "Proof") is one when the
 * sentence lists it with people the passes named in full, and with nothing of another kind.
 */

import type { Candidate } from './candidates';
import { isCalendarWord, type Collector } from './collector';
import { AND_FULL_NAME_AFTER, isAdjective } from './cues';
import { companyByName } from './evidence';
import { isBrandWord, isCommonWord, isDemonym, isGivenName, isKnownPlace } from './gazetteer';
import { listMates } from './name-lists';
import { isRoleHead, isRoleWord, looksLikeName } from './people';
import { pluralOverList } from './people-by-cue';

/** "Scissor Sisters", "Rolling Stones": a plural last word names a band or a team, no person. */
const PLURAL = /[^s'’]s$/;
/** "Maroon 5", "Blink 182": a number after a name makes it a band's or a model's. */
const NUMBER_AFTER = /^\s+\d/;
/** A word of running text outside brackets: a sentence, not a team sheet's roll of names ("Dudek, Finnan (Nunez 73)"). */
const RUNNING_WORD = /(?:^|\s)\p{Ll}{3,}\b/u;

/** A person written in full ("Mary Okafor", "Sir Elton John"), not a surname or one word a pass took for a person. */
const fullPerson = (c: Collector, name: string): boolean =>
  [...c.people.keys()].some((p) => p.includes(' ') && (name === p || name.endsWith(` ${p}`)));

/** One word written as a name is ("Nelly", "Al-Amin"): no capitals, initials, contraction ("I'm") or role. */
const ONE_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/**
 * Whether a name may be a person's: one word written as a name that is no word of the text, calendar, role or
 * part of a place; or words `looksLikeName` reads as a name ("Andrew Bonar Law", not "Chief Medical Officer" or
 * "Downing Street"). Never a nationality, place, company, brand or plural.
 */
function mayNamePerson(c: Collector, u: Candidate): boolean {
  const words = u.toks.map((t) => t.w);
  const last = words[words.length - 1]!;
  if (words.length > 3 || u.possessive || PLURAL.test(last) || NUMBER_AFTER.test(u.afterName) || c.lowerWords.has(u.name.toLowerCase())) return false;
  const one = ONE_NAME.test(last) && !isCommonWord(last) && !isCalendarWord(last) && !isRoleWord(last) && !last.split('-').some(isKnownPlace);
  if (words.length === 1 ? !one : !looksLikeName(u.toks)) return false;
  return !isAdjective(u.name) && !isDemonym(u.name) && !isKnownPlace(u.name) && !companyByName(u.name, c.lowerWords) && !isBrandWord(u.name);
}

/**
 * "Joe and Hunter Biden", "David and Ed Mirvish": a given name alone before "and" and another given name, or a person
 * named in full, shares the surname after it; it is that person's name cut short, not a name of its own (after the
 * full name it is one: "Chris Martin and Jamelia").
 */
const sharesSurname = (c: Collector, u: Candidate, mates: string[]): boolean =>
  mates.length === 1 && u.toks.length === 1 && isGivenName(u.name) && AND_FULL_NAME_AFTER.test(u.after) && (isGivenName(mates[0]!.split(' ')[0]!) || fullPerson(c, mates[0]!));

/** "The Aviator": a name opened by its article is a title's or a body's, no person's. */
const TITLE_ARTICLE = /^The\s/;
/** "Oscar nominee", "Grammy winner": a lower-case noun of a person right after the name, which the name qualifies ("Spike Lee and Oscar nominee Alan Alda"). */
const roleNounAfter = (afterName: string): boolean => isRoleHead(/^\s+([a-z][a-z-]*)/.exec(afterName)?.[1] ?? '');

/**
 * Takes as people the undecided names listed with people in full and nothing else known, or listed under a plural
 * noun of persons ("the artists - Jo, Ana Diaz and Lee": its role); returns the rest.
 */
export function peopleInLists(c: Collector, unknown: Candidate[]): Candidate[] {
  return unknown.filter((u) => {
    if (!mayNamePerson(c, u) || roleNounAfter(u.afterName)) return true;
    const s = c.sents[u.p.sentence]!.text;
    // (nor beside a band's, a regiment's or a body's plural: "Keane, Katie Melua and Scissor Sisters"; a person
    // named in full by a given name is none, whose surname ends like one: "Robbie Williams")
    const plural = (x: string) => PLURAL.test(x) && !(fullPerson(c, x) && isGivenName(x.split(' ')[0]!));
    const otherKind = (mates: string[]) => mates.some((x) => c.hasOrg(x) || c.places.has(x) || isKnownPlace(x) || companyByName(x, c.lowerWords) || plural(x));
    const lists = listMates(c, u).filter(({ mates }) => !sharesSurname(c, u, mates) && !otherKind(mates));
    // (under a plural: not beside a title opened by its article, "contenders The Aviator, Million Dollar Baby and
    // Ray" are films)
    const role = lists.some(({ mates }) => !mates.some((x) => TITLE_ARTICLE.test(x) && !c.people.has(x))) ? pluralOverList(u.before) : '';
    const listed = role !== '' || lists.some(({ mates }) => {
      if (!mates.some((x) => fullPerson(c, x))) return false;
      const rest = [u.name, ...mates].reduce((t, x) => t.replace(x, ''), s).replace(/\([^)]*\)/g, '');
      return RUNNING_WORD.test(rest);
    });
    if (listed) c.addPerson(u.name, role, u.p.sentence, 'list');
    return !listed;
  });
}
