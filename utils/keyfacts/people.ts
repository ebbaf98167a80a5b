/** Names of people and the roles the text gives them. */

import { LOWER, UPPER, re, STARTS_UPPER } from './chars';
import { PARTY_WORD } from './cues';

import { CALENDAR, CLUB_POSITIONS, FUNCTION_WORDS, HONORIFICS, LEAD_STOP, NOT_NAME_TAIL, ORG_TAIL, ROLE_WORDS, STREET_OR_SURNAME, STREET_TAIL } from './lexicon';
import { isCommonWord, isCountry, isDemonym, isGivenName, isKnownCity, isKnownPlace, isPersonNoun, isRegion, isRoleSurname } from './gazetteer';
import { HYPHENED_PARTICLE, lower, NAME_PARTICLES, stripPossessive, type Token } from './phrases';

/** A role word in lower case, without a possessive, nor "-elect" ("President-elect": a role not yet taken up is a role). */
export const roleHead = (w: string): string => lower(stripPossessive(w)).replace(/-(?:elect|designate)$/, '');

const isRoleWordLower = (l: string): boolean => ROLE_WORDS.has(l) || /^(?:chair|spokes|congress|council|business)(?:wo)?(?:man|person)$/.test(l);

/** A word that heads a role: "president", "co-CEO", "vice-chairman", "Gov.". */
export function isRoleWord(w: string): boolean {
  const l = roleHead(w);
  if (isRoleWordLower(l)) return true;
  // "co-CEO", "vice-chairman", and a rank written with its abbreviated grade ("Major-Gen", "Lt-Col")
  const dash = l.lastIndexOf('-');
  return dash > 0 && (isRoleWordLower(l.slice(dash + 1)) || HONORIFICS.has(l.slice(dash + 1).replace(/\.$/, '')));
}

/**
 * The head of a role written right before a name: a role word, or in lower case a noun of a person ("veteran comedian
 * Ann Lee", "rival Maria Okoro", "team-mate"), a club's position ("prop Ed Kalman") or a role word's plural before the
 * names it lists ("chief executives Ken Lay and …"). Only for roles: "Baker" and "Cook" are surnames, so a name's
 * words are never tested with it.
 */
export function isRoleHead(w: string): boolean {
  if (isRoleWord(w)) return true;
  const l = stripPossessive(w);
  if (!/^[a-z][a-z-]*$/.test(l)) return false;
  const tail = l.slice(l.lastIndexOf('-') + 1);
  return isPersonNoun(l) || isPersonNoun(tail) || isClubPosition(l) || DRAW_PLACE.test(l) || (l.endsWith('s') && isRoleWordLower(l.slice(0, -1)));
}
/**
 * "top seed Ana Diaz", "seventh seed Jo Lee": a player's place in a tournament's draw. WordNet's "seed" (a seeded
 * player) is a noun of a person only past its first senses, so the lexicon's nouns of persons leave it out.
 */
const DRAW_PLACE = /^seed$/;
/** "top seed", "seventh seed", "16th seed": the rank that goes with a place in the draw. */
const RANKED_DRAW_PLACE = /(?:(?:top|\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+)?seed$/i;
const CLUB_POSITION = new RegExp(`^(?:${CLUB_POSITIONS})$`);
/** A player's or a club's post in lower case ("midfielder", "manager"): a role's head. */
export const isClubPosition = (w: string): boolean => CLUB_POSITION.test(w);

/** A role read before a name whose head is a plural ("US rappers", "chief executives"): of names listed, or a group's kind. */
export function endsInPlural(role: string): boolean {
  const last = stripPossessive(role.slice(role.lastIndexOf(' ') + 1));
  return last.endsWith('s') && isRoleHead(last.slice(0, -1));
}

// "DeWine", "LaGrange": a short particle grown into the surname; "K.N.": initials written together
const NAME_TOKEN = re`^(?:[${UPPER}][${LOWER}'’]*(?:[-'’][${UPPER}]?[${LOWER}]+)*|[${UPPER}]\.|(?:[${UPPER}]\.){2,3}|[${UPPER}][${LOWER}]{1,2}[${UPPER}][${LOWER}]{2,}|Mc[${UPPER}][${LOWER}]+|Mac[${UPPER}][${LOWER}]+|O['’][${UPPER}][${LOWER}]+|Jr\.?|Sr\.?|II|III|IV)$`;
const INITIAL = re`^(?:[${UPPER}]\.)+$`;
const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

/**
 * A place among the words of a would-be personal name that makes it none. People are named for cities and after
 * them: a city or a country that is also a given name opens a name ("Sofia Lindqvist", "Jordan Whitby", "Chad
 * Myers"), and after a given name a city is a surname ("Ian Hamilton", "John Bolton"); a state is neither, nor a country named
 * like one ("Georgia Power", "Indiana Statehouse": utilities, buildings and universities are named for states).
 */
export function placeBreaksName(words: string[], i: number): boolean {
  const w = words[i]!;
  if (!isKnownPlace(w)) return false;
  if (i === 0 && isGivenName(w) && isCountry(w) && !isRegion(w)) return false;
  if (!isKnownCity(w)) return true;
  return !isGivenName(words[0]!);
}

/** Tokens that can make up a personal name of 2 to 5 words (initials and "Jr." allowed). */
export function looksLikeName(tokens: Token[]): boolean {
  if (tokens.length < 2 || tokens.length > 5) return false;
  const words = tokens.map((t) => t.w);
  // (the last word may carry a possessive: "Mick McCarthy's side")
  // ("Bashar al-Assad": an Arabic article joined to a surname)
  const nameToken = (w: string, i: number) => NAME_TOKEN.test(i > 0 ? w.replace(HYPHENED_PARTICLE, '') : w);
  if (!words.every((w, i) => nameToken(i === words.length - 1 ? stripPossessive(w) : w, i) || (i > 0 && i < words.length - 1 && NAME_PARTICLES.has(w)))) return false;
  if (INITIAL.test(words[words.length - 1]!) || SUFFIX.test(words[0]!)) return false;
  if (words.some((w, i) => ((neverInName(w) || isRoleWord(w)) && !givenWordInName(words, i)) || placeBreaksName(words, i))) return false;
  // "Malawian Breweries": a nationality opens no name (descriptors were cut before)
  if (isDemonym(words[0]!)) return false;
  // "Austin Energy", "Rose Bowl": a common word that is no part of any personal name ends no name
  const last = words[words.length - 1]!;
  return !isKnownPlace(words.join(' ')) && !NOT_NAME_TAIL.has(lower(last)) && !namesStreet(words) && !isCommonWord(last);
}

/** The last part of a hyphenated word ("Dean" of "Carrasco-Dean"). */
const tailOf = (w: string): string => w.slice(w.lastIndexOf('-') + 1);

/**
 * "Stephen King", "Howard Dean", "Theresa May", "Luis Carrasco-Dean": a role's or a month's word that the surname
 * lists or the given-name data hold, last after a given name that is no place's ("Jordan King Abdullah" is a title),
 * is the surname.
 */
const surnameAfterGiven = (words: string[], i: number): boolean =>
  i > 0 && i === words.length - 1 && (isRoleSurname(words[i]!) || isGivenName(tailOf(words[i]!))) && isGivenName(words[0]!) && !isKnownPlace(words[0]!);

/**
 * A role's or a month's word that is a word of this name: the surname after a given name. Never a body's word or an
 * honorific ("Sterling Bank"), nor one opening the run: a title ("Marshal Tito", "Dean Smith of the law school") or
 * a date's month before a surname ("Last June Tarlow was fined") opens runs as often as a given name does.
 */
function givenWordInName(words: string[], i: number): boolean {
  const l = lower(tailOf(words[i]!));
  return !ORG_TAIL.has(l) && !HONORIFICS.has(l) && !LEAD_STOP.has(l) && surnameAfterGiven(words, i);
}

/**
 * "Fenwick Lane", "Mill Street's shops": a street's word ends a street's name, possessive or not; one that is a
 * family name too ends a person's name after a given name ("Nathan Lane").
 */
function namesStreet(words: string[]): boolean {
  const last = lower(stripPossessive(words[words.length - 1]!));
  return STREET_TAIL.has(last) && !(STREET_OR_SURNAME.has(last) && isGivenName(words[0]!));
}

/** Initials written as capitals alone, opening a name ("JD Vance", "AJ Brustein"). */
const CAPITAL_INITIALS = /^[A-Z]{2}$/;
/** A name's word, each part of a hyphenated one too ("Chavez-DeRemer"). */
const nameShaped = (w: string, i: number): boolean => (i === 0 && CAPITAL_INITIALS.test(w)) || w.split('-').every((part) => NAME_TOKEN.test(part));

/**
 * The words after a title ("Rep. Steve King", "Housing Minister Chris Bishop", "CEO Steve Jobs") name a person
 * even where a list reads a word of them as something else (a role, a common word, a place: "King", "Jobs"): the
 * title is the cue. Never with a body's word, a month or day, an honorific or a leading stop word in it ("President
 * Obama Administration"); a thing's word or a role word in it, or a place at its end ("Governor Smith Bridge"), only
 * where the article uses that surname alone or a given name opens the run; a common word ends it when the article
 * never writes its first word in lower case.
 */
export function namedAfterTitle(tokens: Token[], surnameAlone: boolean, lowerWords: Set<string>): boolean {
  if (tokens.length < 2 || tokens.length > 4) return false;
  const words = tokens.map((t, i) => (i === tokens.length - 1 ? stripPossessive(t.w) : t.w));
  if (!words.every((w, i) => nameShaped(w, i) || (i > 0 && i < words.length - 1 && NAME_PARTICLES.has(w)))) return false;
  if (INITIAL.test(words[words.length - 1]!) || isKnownPlace(words.join(' '))) return false;
  if (words.some(neverInName)) return false;
  if (surnameAlone || isGivenName(words[0]!)) return true;
  const last = surname(words.join(' '));
  if (words.some((w) => NOT_NAME_TAIL.has(lower(w)) || isRoleWord(w)) || isKnownPlace(last)) return false;
  // a common word ends a name ("Prime Minister Fatos Nano") whose first word the article never writes in lower case ("Economic Affairs")
  return !isCommonWord(lower(last)) || !lowerWords.has(lower(words[0]!));
}

/** A body's word, a month or day, an honorific, or a stop word other than an initial's ("A."): no personal name holds it. */
function neverInName(w: string): boolean {
  const l = lower(w);
  return CALENDAR.has(l) || ORG_TAIL.has(l) || HONORIFICS.has(l) || (LEAD_STOP.has(l) && !w.endsWith('.'));
}

/** One word that can stand for a person after a title ("Okafor" in "President Okafor"). */
export function isNameWord(w: string): boolean {
  // (a word NAME_TOKEN takes ends in a dot only as an initial or "Jr.", both left out first)
  if (!NAME_TOKEN.test(w) || INITIAL.test(w) || SUFFIX.test(w) || neverInName(w)) return false;
  return !isRoleWord(w) && !NOT_NAME_TAIL.has(lower(w)) && !isCommonWord(w) && !isDemonym(w) && !isKnownPlace(w);
}

/** The surname: the last word that is not "Jr." or "III", without an Arabic article ("Assad" of "Bashar al-Assad"). */
export function surname(name: string): string {
  const words = name.split(' ');
  let i = words.length - 1;
  while (i > 0 && SUFFIX.test(words[i]!)) i--;
  return (words[i] ?? name).replace(HYPHENED_PARTICLE, '');
}

/** The surname with the particles written before it, as a reader names the person ("van Houten", "de Niro"). */
export function surnameWithParticles(name: string): string {
  const words = name.split(' ');
  let i = words.lastIndexOf(surname(name));
  while (i > 1 && NAME_PARTICLES.has(words[i - 1]!)) i--;
  return words.slice(i).join(' ');
}

const isStopInRole = (w: string) => FUNCTION_WORDS.has(w.toLowerCase()) || /^(?:or|says|told|who|had)$/i.test(w);

/**
 * The capitalised words at `at` end a title or a name joined by "of" or "of the" to capitalised words before it ("Top
 * of the Pops", "Lord of the Rings", "Pirates of the Caribbean"): no role's words, nor a body of its own.
 */
function titleGoesOnBefore(words: string[], at: number): boolean {
  const k = words[at - 1] === 'the' ? at - 2 : at - 1;
  return words[k] === 'of' && k > 0 && STARTS_UPPER.test(words[k - 1]!);
}

/**
 * A role written just before a name: "Wild coach", "NASA planetary scientist", "Carlineo's attorney,",
 * "Federal Minister for IT and Telecommunication,". Returns "" when the word before the name is no role.
 */
export function roleBefore(before: string): string {
  const words = before.trimEnd().replace(/,$/, '').split(/\s+/);
  // "United boss Sir", "Project director Dr": a form of address that is no role itself is how the name is written
  if (words.length > 1 && HONORIFICS.has(lower(words[words.length - 1]!).replace(/\.$/, '')) && !isRoleHead(words[words.length - 1]!)) words.pop();
  const comma = /,\s*$/.test(before.trimEnd());
  let last = words.length - 1;
  // "Federal Minister for IT and Telecommunication, Shaza Fatima Khawaja", "the director of exploration, Ana Diaz"
  if (comma && !isRoleWord(words[last] ?? '')) {
    let k = last;
    while (k > 0 && last - k < 6 && /^(?:of|for|and|&|[^,;:()"“”]+)$/.test(words[k]!) && (!FUNCTION_WORDS.has(words[k]!) || /^(?:of|for|and)$/.test(words[k]!)) && !isRoleWord(words[k]!)) k--;
    if (k < last && isRoleWord(words[k] ?? '') && (STARTS_UPPER.test(words[k]!) || /^(?:of|for)$/.test(words[k + 1]!))) last = k;
    else return '';
  }
  if (!isRoleHead(words[last] ?? '')) return '';
  let i = last;
  while (i > 0 && words.length - i < 8) {
    const w = words[i - 1]!;
    if (/[,;:()"“”—–]/.test(w) || !/[A-Za-z]/.test(w)) break;
    if (isStopInRole(w)) {
      // "founder and co-CEO", "Minister for IT and Telecommunication"
      const prev = words[i - 2];
      if (/^(?:and|of|for|&)$/i.test(w) && prev && (isRoleWord(prev) || (STARTS_UPPER.test(prev) && comma))) {
        i--;
        continue;
      }
      break;
    }
    i--;
  }
  // ("Top of the Pops presenter", "Lord of the Rings actor": the capitalised words the walk stopped before close a title)
  if (titleGoesOnBefore(words, i)) while (i < last && STARTS_UPPER.test(words[i]!)) i++;
  const role = words.slice(i).join(' ');
  // ("Jo Lee beat top seed Ana Diaz": a place in the draw is read with its rank only, not the verb or nation before it)
  return DRAW_PLACE.test(roleHead(words[last]!)) ? (RANKED_DRAW_PLACE.exec(role)?.[0] ?? role) : role;
}

/**
 * The first word of a clause that makes what follows an adverbial phrase, not the subject's description: "After
 * beating the champion, Ana Diaz said", "Like her sister, Ana Diaz", "Speaking to the judge, …" (a preposition, a
 * conjunction, a participle).
 */
const ADVERBIAL_OPENER = /^(?:after|before|like|unlike|as|while|when|whenever|despite|with|without|against|for|since|besides|behind|beyond|among|amid|during|until|unless|although|though|if|once|because|by|from|in|on|at|to|over|under|upon|than|[a-z]+ing)$/;
/** "one person, Ana Diaz", "a woman, Ana Diaz": a noun any person is, which says no role. */
export const ANY_PERSON = /^(?:person|man|woman|individual)$/;
/** "One witness,", "another villager,": a count of one among several, no part of the role itself. */
const ONE_OF_KIND = /^(?:one|another)\s+/i;

/**
 * A role in apposition before a name, after a singular noun of a person and a comma: "His daughter, Ana Diaz, said",
 * "a local journalist, Jo Lee, told", "Kudrow's Friends co-star, Ana Diaz," (roleBefore reads a comma only after a
 * role word: "the director of exploration,"). Not inside an opening adverbial ("After beating the champion, Ana Diaz
 * said": the champion is someone else), nor a plural ("Speaking to reporters, Ana Diaz and Jo Lee"). Returns "" when
 * none.
 */
export function roleInApposition(before: string): string {
  const m = /(?:^|[,;:(—–]\s*)([^,;:()—–]*?)\s*,\s*$/.exec(before);
  if (!m) return '';
  const words = m[1]!.replace(/^["“‘\s]+/, '').split(/\s+/);
  if (ADVERBIAL_OPENER.test(lower(words[0]!))) return '';
  const head = words[words.length - 1] ?? '';
  // ("The head of that tribunal,": the last word is no role's head, one may come before it with its complement)
  if (!/^[a-z][a-z-]*$/.test(head) || !isRoleHead(head)) return roleWithComplement(words);
  if (endsInPlural(head) || ANY_PERSON.test(head)) return '';
  return roleBefore(`${m[1]!} `).replace(ONE_OF_KIND, '');
}

/** A copula or an auxiliary: the words after it are a predicate, not an apposition. */
const COPULA = /^(?:is|was|are|were|be|been|being|has|have|had|became|becomes|remains|remained)$/;
/** A preposition that opens a role's complement: "head of", "correspondent in", "spokesman for", "ambassador to". */
const COMPLEMENT_OPENER = /^(?:of|in|on|for|at|to)$/;
/**
 * The most words of a complement after a role's head in apposition before a name: a body's whole name runs long
 * ("of the US National Institute of Standards and Technology"); past it the words are a clause, not a role.
 */
const ROLE_COMPLEMENT_WORDS_MAX = 10;
/**
 * Words that end a complement in a clause or a list ("a host of big names including Ana Diaz, Jo Lee and …": the comma
 * before the name separates listed names, no apposition).
 */
const NOT_IN_COMPLEMENT = /^(?:including|like|such|who|which|whose|said|says|told)$/;

/**
 * "The head of that tribunal, Ana Diaz,", "The BBC's correspondent in Jakarta, Ana Diaz,", "the chairman of the
 * council's planning committee, Ana Diaz,": a singular role's head with its complement (a preposition and what it
 * governs, ending in a name) as the apposition before a name, read from the words of that apposition; "" when none.
 */
function roleWithComplement(words: string[]): string {
  const at = words.findIndex((w, i) => i < words.length - 1 && COMPLEMENT_OPENER.test(words[i + 1]!) && isRoleHead(w) && !endsInPlural(w) && !ANY_PERSON.test(lower(w)));
  if (at < 0 || words.length - at - 1 > ROLE_COMPLEMENT_WORDS_MAX || words.slice(at + 1).some((w) => NOT_IN_COMPLEMENT.test(w))) return '';
  const head = roleBefore(`${words.slice(0, at + 1).join(' ')} `);
  // (not a predicate: "Jo Lee was best actress for Summer, Ana Diaz was …" lists two clauses)
  const before = words[at - head.split(' ').length];
  if (!head || (before && COPULA.test(before))) return '';
  return `${head} ${words.slice(at + 1).join(' ')}`.replace(ONE_OF_KIND, '');
}

/**
 * "Comedian Ana Diaz will host", "Judges Jo Lee, Ana Diaz and …": a noun of a person opening the sentence, written
 * with a capital there only, right before a name (roleBefore reads such nouns in lower case: "comedian Ana Diaz").
 */
export function roleOpeningSentence(before: string): string {
  const m = /^["“‘\s]*([A-Z][a-z-]+)\s+$/.exec(before);
  // (in lower case, as the panel shows a role's noun: roleShown reads a noun of a person only so)
  // (not a form of address, "Sir Ana Diaz", nor a nationality or a party's member, "American Ana Diaz", "Conservative Jo Lee")
  const w = m?.[1] ?? '';
  if (!w || HONORIFICS.has(lower(w)) || isDemonym(w) || PARTY_WORD.test(w)) return '';
  return isRoleHead(lower(w)) ? lower(w) : '';
}

/** Verbs whose clause is a role as it stands (", who heads the agency,": "heads the agency"). */
export const ROLE_VERBS = 'heads|leads|chairs|runs|directs|founded|coaches|manages';
const WHO_ROLE_CLAUSE = new RegExp(`^,\\s+who ((?:${ROLE_VERBS}) [^,.;]{1,60})`);

/** The most words of a role read after a name: past them the apposition goes on to what the person did. */
export const ROLE_AFTER_WORDS_MAX = 12;

/** A role given in apposition after a name: ", the deputy governor of the State Bank of Pakistan (SBP),". */
export function roleAfter(after: string): string {
  const who = WHO_ROLE_CLAUSE.exec(after);
  if (who) return who[1]!.trim();
  const m = /^,\s+(?:\d{1,3},\s+)?(?:(?:the|a|an|its|his|her|their)\s+)?([^,;:.()"“”]+(?:\([^)]*\))?[^,;:()"“”]{0,40})/.exec(after);
  if (!m) return '';
  let chunk = m[1]!.replace(/\s+(?:who|which|that|whose|said|says|told|and said)\b.*$/, '').trim();
  const words = chunk.split(/\s+/);
  const idx = words.findIndex((w, k) => k < 6 && isRoleWord(w));
  if (idx < 0) return '';
  if (words.length > ROLE_AFTER_WORDS_MAX) chunk = words.slice(0, ROLE_AFTER_WORDS_MAX).join(' ');
  return chunk.replace(/[.,]$/, '');
}

/** Honorific or role words that begin a capitalised run: "Chairman Yang Jie", "South Dakota Gov. Kristi Noem". */
export function splitRolePrefix(tokens: Token[]): number {
  let cut = -1;
  for (let k = 0; k < tokens.length - 1; k++) {
    const w = tokens[k]!.w;
    if (isRoleWord(w) || HONORIFICS.has(lower(w))) cut = k;
  }
  return cut;
}
