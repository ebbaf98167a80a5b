/**
 * Evidence from data for capitalised phrases that no cue in the sentence explains: a given name opens a personal
 * name, a known company is an organisation, a descriptor glued to a name ("Australian-born", "Facebook-owned") is
 * no part of it. Each test asks for the article's own consent too: a word the article also writes in lower case
 * ("will", "apple") is an ordinary word there, not evidence.
 */

import { isCommonWord, isDemonym, isGivenName, isKnownCompany, isKnownPlace, isNationalityNoun } from './gazetteer';
import { placeBreaksName } from './people';
import { lower, NAME_PARTICLES, type Token } from './phrases';

/** The longest personal name read on a given name alone; longer runs are titles, teams or lists. */
const MAX_NAME_WORDS = 3;

/**
 * Endings of English nouns and adjectives that surnames hardly have ("Grace Commission", "Philippine Historical"),
 * in words long enough to carry a suffix: "Vance", "Spence" are surnames, and "-ic" is left to the common-word
 * test ("Atlantic", "Public"), so that "Modric", "Djokovic" read as surnames.
 */
const NOT_SURNAME_ENDING = /^.{3,}(?:ical|ment|tion|sion|ity|ness|ship|ence|ance|ism|ist|ous|ive)$/;

/** "Ana Diaz", "Joe R. Biden": a given name first, no word that is a place, company or demonym. */
export function personByGivenName(tokens: Token[], lowerWords: Set<string>): boolean {
  // particles do not count ("James Van Der Beek" is a name of three words)
  const counted = tokens.filter((t, i) => i === 0 || !NAME_PARTICLES.has(t.w.toLowerCase())).length;
  if (tokens.length < 2 || counted > MAX_NAME_WORDS) return false;
  const first = tokens[0]!.w;
  const last = tokens[tokens.length - 1]!.w;
  // (a surname that is also a given name is a name whatever its ending: "Arnaud Clement", "Jennifer Lawrence")
  if (!isGivenName(first) || lowerWords.has(first.toLowerCase()) || (NOT_SURNAME_ENDING.test(last) && !isGivenName(last)) || isCommonWord(last)) return false;
  const words = tokens.map((t) => t.w);
  if (isKnownPlace(words.join(' '))) return false;
  // a surname that also names a company ("Stuart Penney", "Henry Owens") is still a surname after a given name
  const companyWord = (w: string, i: number) => isKnownCompany(w) && i < words.length - 1;
  // a word the article writes in lower case is no name's, but for a particle inside the name ("Robert de Niro")
  const ordinaryWord = (w: string, i: number) => lowerWords.has(lower(w)) && !(i > 0 && NAME_PARTICLES.has(w));
  return words.every((w, i) => !placeBreaksName(words, i) && !companyWord(w, i) && !isDemonym(w) && !ordinaryWord(w, i));
}

/** "Costco", "Verizon": a company known by name, not written in lower case in this article. */
export const companyByName = (name: string, lowerWords: Set<string>): boolean => isKnownCompany(name) && !lowerWords.has(name.toLowerCase());

/** "Australian-born", "Facebook-owned", "London-based", "Singapore-bound": a word that describes what follows. */
const DESCRIPTOR = /-(?:born|bound|based|owned|led|backed|made|run|raised|bred|funded|controlled|listed|headquartered|registered)$/i;
export const isDescriptor = (word: string): boolean => DESCRIPTOR.test(word);

const HYPHENATED_NOUN = /^[A-Z][a-z]+(?:-[a-z]+)+$/;

/**
 * How many leading tokens are descriptors rather than name: a hyphenated descriptor, or a demonym before a
 * personal name or a surname already known ("Australian Julian Assange", "Australian Assange").
 */
export function descriptorLength(tokens: Token[], isKnownSurname: (w: string) => boolean): number {
  if (tokens.length < 2) return 0;
  const w = tokens[0]!.w;
  if (isDescriptor(w)) return 1;
  // "Singer-guitarists Tom Avery", "Ex-champion Ana Diaz", "Fly-half Ciaran Byrne": a hyphenated common noun
  // before a given name, or before a name of two words
  if (HYPHENATED_NOUN.test(w) && (isGivenName(tokens[1]!.w) || tokens.length >= 3)) return 1;
  // "Frenchman Louis Moreau", "Scotswoman Ana Diaz", "Briton Tim Henman": a nationality written as one noun
  if (!isDemonym(w) && !isDemonym(w.replace(/(?:wo)?m[ae]n$/, '')) && !isNationalityNoun(w)) return 0;
  const rest = tokens.slice(1);
  return (rest.length === 1 && isKnownSurname(rest[0]!.w)) || (rest.length >= 2 && isGivenName(rest[0]!.w)) ? 1 : 0;
}
