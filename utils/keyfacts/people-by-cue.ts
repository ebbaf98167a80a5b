/**
 * Personal names the names pass takes: after a title ("Chairman Yang Jie"), or with a cue around them (a role, a
 * reporting verb, an age, a surname used alone, a given name). Each records the person, their role, and the
 * organisation or place that opens the role ("Emirates President", "analyst at Davy Stockbrokers").
 */

import { escapeRegExp, LETTER, LOWER, UPPER, re, reG } from './chars';
import type { Collector, Via } from './collector';
import { LEGAL_FORM, namesBody, type Candidate } from './candidates';
import { AND_FULL_NAME_AFTER, isBodyAfterKind, isGroupAfterPlural, KIN_BEFORE, KIN_LIST_BEFORE, LIST_GOES_ON, ORG_DESCRIPTOR_BEFORE, ORG_KIND_EXAMPLE_BEFORE, ORG_KIND_PLURAL_BEFORE, SPEECH_AFTER, SPEECH_BEFORE, TRADE_PLURAL_BEFORE } from './cues';
import { companyByName, personByGivenName } from './evidence';
import { isBrandWord, isCommonWord, isCountry, isDemonym, isFrequentNamePart, isGivenName, isKnownCompany, isKnownPlace, isPersonNoun } from './gazetteer';
import { COURTESY_TITLES, HONORIFICS, ORG_TAIL, ROLE_WORDS } from './lexicon';
import { endsInPlural, isClubPosition, isNameWord, isRoleWord, looksLikeName, namedAfterTitle, roleAfter, roleBefore, roleHead, roleInApposition, roleOpeningSentence, splitRolePrefix, surname } from './people';
import { lower, NAME_PARTICLES, stripPossessive, nameWithoutPossessive } from './phrases';
import { lead, leadOfRole } from './role-leads';
import { bodyInDescriptor } from './bodies-by-members';
import { COUNT_WORDS } from './count-words';
import { describedAsPerson, roleDescribedAfter } from './described-after';

/** "Gov.", "Sen.". */
const ABBREVIATED_TITLE = re`^[${UPPER}][${LOWER}]*\.$`;
/** At most four words before: the name is likely the subject. */
const NEAR_START = re`^[\s"“‘]*(?:[${UPPER}${LOWER}-]+\s){0,4}$`;
/** "chief executive of Google", "analyst at Vega": the organisation a role belongs to. */
export const ROLE_EMPLOYER = /\b(of|at|for|with)\s+(?:the\s+)?([A-Z][\w.&'’-]*(?:\s(?:(?:of|for|on|and)\s(?:the\s)?)?[A-Z][\w.&'’-]*)*)/;

/**
 * Roles that found, own or run a whole body: the name after "of" is an organisation, not a department or a portfolio
 * ("director of Public Affairs", "minister of Health").
 */
const HEAD_OF_BODY = /\b(?:(?:co-?)?founder|founding partner|chief executive(?: officer)?|CEO|owner)\s+$/i;
/**
 * Roles that preside over a body or a department ("president of Exhibitor Relations", "vice-president of Global
 * Sales"): the name after "of" is the body when one of its words is no ordinary word.
 */
const PRESIDES = /\b(?:president|chairman|chairwoman)\s+$/i;
export const allOrdinary = (name: string): boolean => name.split(' ').every((w) => isCommonWord(w) || isFrequentNamePart(w) || /^(?:of|for|on|and|the)$/.test(w));

/**
 * Titles that name a person by one word after them ("President Okafor", "Gov. Lind", "Mr. Lee"): offices held by one
 * person at a time and forms of address, not descriptions ("player", "official" name no one by surname alone).
 */
const TITLE_BEFORE_ONE_NAME = new Set(
  (
    'president|governor|gov|senator|sen|representative|rep|mayor|minister|premier|chancellor|speaker|judge|justice|coach|' +
    'commissioner|ambassador|general|gen|colonel|col|captain|capt|sergeant|sgt|lieutenant|lt|detective|det|sheriff|inspector|' +
    'superintendent|chairman|chairwoman|bishop|cardinal|dr|prof|professor|mr|mrs|ms|mx|miss|' +
    'king|queen|prince|princess|pope|sheikh|lord|lady|sir|dame|rabbi|imam|pastor|father'
  ).split('|'),
);
/** Royal and religious titles are part of how the name is written ("Prince Harold", "Pope Linus"). */
const TITLE_IN_NAME = new Set('king|queen|prince|princess|pope|sheikh|lord|lady|sir|dame'.split('|'));

/** The one word after a title, when it can be a name (no place, common word, calendar or organisation word) the article does not write in lower case. */
function oneNameAfterTitle(c: Collector, toks: Candidate['toks'], cut: number): boolean {
  const w = nameWithoutPossessive(toks[cut + 1]?.w ?? '');
  return toks.length === cut + 2 && TITLE_BEFORE_ONE_NAME.has(roleHead(toks[cut]!.w)) && isNameWord(w) && !c.lowerWords.has(w.toLowerCase());
}

/**
 * "MP", "MEP", "CB", "VP", "D": a post or position written in capitals, before a name in news and team sheets. One
 * capital alone is a post only after another descriptor ("Colorado D Viktor Lasko"): opening the name it is an
 * initial ("F Scott Fitzgerald", "J Edgar Hoover").
 */
const ABBREVIATED_POST = /^[A-Z]{2,4}$/;
const ONE_LETTER_POST = /^[A-Z]$/;
/** The most words of a personal name after a descriptor ("Labour MP Eric Joyce"): longer runs are titles or lists. */
const NAME_AFTER_DESCRIPTOR_MAX = 3;

/** The article uses the name's surname alone somewhere ("… Safin said"): evidence that the words name a person. */
const surnameUsedAlone = (c: Collector, name: string): boolean => (c.alone.get(surname(name)) ?? 0) > 0;

/**
 * A word that describes the person whose name follows rather than being part of it: a role or a title, a
 * nationality, a post in capitals ("MP", "CB"), a place ("Colorado D"), one of the commonest English words ("Labour",
 * "Housing") or a word the article also writes in lower case ("flanker", "lock", "skipper"). A given name is one
 * only where the article writes it in lower case ("Lock Ben Kay" beside "the lock") or a post in capitals follows it
 * ("Tory MP Owen Hale": no name runs on into a post), nor a particle ("van").
 */
function describesName(c: Collector, w: string, first: boolean, next: string): boolean {
  const l = lower(w);
  if (NAME_PARTICLES.has(l)) return false;
  if (c.lowerWords.has(l)) return true;
  if (isGivenName(w)) return ABBREVIATED_POST.test(next);
  const post = ABBREVIATED_POST.test(w) || (!first && ONE_LETTER_POST.test(w));
  return post || isRoleWord(w) || HONORIFICS.has(l) || isDemonym(w) || isCommonWord(w) || isKnownPlace(w);
}

/**
 * "Labour MP Eric Joyce", "Dutch MEP Anja Verhoeven", "Flanker Seán Kearney", "Colorado D Viktor Lasko": words that
 * describe a person glued before their name, a given name and a surname (by the lexicon, or a surname the article
 * uses alone). Returns how many leading tokens describe (0 when none do): the fewest that leave such a name.
 */
function descriptorBeforeName(c: Collector, toks: Candidate['toks']): number {
  // a demonym of two words opens the run ("New Zealander Graham Henry", "South African Thabo Mbeki")
  const demonymOfTwo = toks.length > 3 && isDemonym(`${toks[0]!.w} ${toks[1]!.w}`) ? 2 : 0;
  // a post in capitals after the first word: the words before it describe too ("Lib Dem MP", "Green MEP": a party's)
  const post = toks.findIndex((t, i) => i > 0 && i <= toks.length - 3 && ABBREVIATED_POST.test(t.w));
  for (let cut = demonymOfTwo || 1; cut <= toks.length - 2; cut++) {
    if (cut > demonymOfTwo && cut > post && !describesName(c, toks[cut - 1]!.w, cut === 1, toks[cut]!.w)) return 0;
    const rest = toks.slice(cut);
    // (not a place's first word before the given name: "New York National Guard")
    const placeAcross = isKnownPlace(`${toks[cut - 1]!.w} ${rest[0]!.w}`);
    // (nor a body's name after a nationality: "American Red Cross")
    if (rest.length > NAME_AFTER_DESCRIPTOR_MAX || placeAcross || !looksLikeName(rest) || namesBody(rest)) continue;
    const surnameAlone = surnameUsedAlone(c, rest.map((t) => t.w).join(' '));
    // (a first name the lexicon lacks after a nationality or a role, where the article uses the surname alone: "Russian Marat Safin … Safin")
    // (each word of it a name's: "American Theatre Wing" is a body)
    const described = (demonymOfTwo > 0 || isDemonym(toks[0]!.w) || isRoleWord(toks[cut - 1]!.w)) && rest.every((t) => isNameWord(nameWithoutPossessive(t.w)));
    if ((isGivenName(rest[0]!.w) && (personByGivenName(rest, c.lowerWords) || surnameAlone)) || (described && surnameAlone)) return cut;
    // a post in capitals right before names a person as a title does ("MP Parmjit Singh Gill"); so does a nationality
    // before two words of a name, none a company's or an English word ("Tunisian Selima Sfar", not "Dutch Golden
    // Tulip", "Swiss Nestle Waters"), the first no article of two letters ("Spanish La Liga", "French Le Monde")
    if (cut === post + 1 && namedAfterTitle(rest, surnameAlone, c.lowerWords)) return cut;
    const nameOnly = (w: string) => !isKnownCompany(w) && !isCommonWord(w) && !isFrequentNamePart(w);
    if (cut === 1 && isDemonym(toks[0]!.w) && rest.length === 2 && rest[0]!.w.length > 2 && described && rest.every((t) => nameOnly(t.w))) return cut;
  }
  return 0;
}

/** "Chairman Yang Jie", "Emirates President Tim Clark", "South Dakota Gov. Kristi Noem", "President Okafor": true when taken. */
export function personAfterTitle(c: Collector, k: Candidate): boolean {
  const { p, toks, before, after, initial } = k;
  const cut = splitRolePrefix(toks);
  if (cut < 0) return personAfterDescriptor(c, k);
  const one = oneNameAfterTitle(c, toks, cut);
  // "Prince Harold": the title stays in the name, and is no role of it
  const royal = one && TITLE_IN_NAME.has(lower(toks[cut]!.w));
  const nameToks = toks.slice(royal ? cut : cut + 1);
  const prefix = toks.slice(0, royal ? cut : cut + 1);
  const surnameAlone = surnameUsedAlone(c, nameWithoutPossessive(c.textOf(p, nameToks)));
  if (!one && !looksLikeName(nameToks) && !namedAfterTitle(nameToks, surnameAlone, c.lowerWords)) return false;
  if (royal && !prefix.length) {
    c.addPerson(nameWithoutPossessive(c.textOf(p, nameToks)), roleAroundTitledName(before, after), p.sentence, 'title', p.start < 3 || initial);
    return true;
  }
  // ("Acme Inc. Chairman": a legal form ends the organisation's name, it is no abbreviated title)
  const firstRole = Math.max(0, prefix.findIndex((t) => isRoleWord(t.w) || (ABBREVIATED_TITLE.test(t.w) && !LEGAL_FORM.test(t.w))));
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
  // "her nephew, Dr Ana Diaz,", "hunt master, Captain Jo Lee,": a role in apposition before the name says what the
  // article makes of the person; one title is how the name is written
  const apposed = prefix.length === 1 ? roleInApposition(before) : '';
  if (apposed) role = apposed;
  // "Lt. Matt Harris, Columbus Police Department spokesman": the apposition says more than the title
  const ra = roleAfter(after);
  if (ra && prefix.every((t) => !ROLE_WORDS.has(lower(t.w)))) role = ra;
  c.addPerson(nameWithoutPossessive(c.textOf(p, nameToks)), role, p.sentence, 'title', p.start < 3 || initial);
  return true;
}

/**
 * "Labour peer Lord Ashby", "The Attorney General, Lord Ashby,", "Lord Ashby, head of the inquiry,": a name written
 * with its royal or noble title ("Lord", "Prince") holds no role in the title, so the role is read around it as for any
 * name: right before it, in apposition after it, or in apposition before it. Only a role: the title took the name.
 */
function roleAroundTitledName(before: string, after: string): string {
  const rb = roleBefore(before);
  // (a plural before one name is a group's kind, not this person's role: "peers Lord Ashby" lists or names a group)
  return (endsInPlural(rb) ? '' : rb) || roleAfter(after) || roleInApposition(before);
}

/** A title that goes on after "of" before the name: "Secretary of ", "Chief of the ". */
const TITLE_OF_BEFORE = re`(?:^|\s)([${UPPER}][${LETTER}.-]*)\s+of\s+(?:the\s+)?$`;

/**
 * "Secretary of State Condoleezza Rice", "Chief of Staff Reince Priebus": after a capitalised role and "of", the
 * capitalised words before a name end the title (its office); the name is what is left. Returns the title's words
 * before the run ("Secretary of") and how many leading tokens of the run end it, or null when none do.
 */
function officeBeforeName(c: Collector, k: Candidate): { titleHead: string; cut: number } | null {
  const head = TITLE_OF_BEFORE.exec(k.before);
  if (!head || !isRoleWord(head[1]!)) return null;
  for (let cut = 1; cut <= k.toks.length - 2 && cut <= 3; cut++) {
    const rest = k.toks.slice(cut);
    // (the office's words are ordinary ones: "State", "Staff", "Health"; a name opens with none)
    if (looksLikeName(rest) && !isCommonWord(rest[0]!.w) && !c.lowerWords.has(lower(rest[0]!.w)) && !namesBody(rest)) {
      return { titleHead: k.before.slice(head.index).trim(), cut };
    }
  }
  return null;
}

/** "Labour MP Eric Joyce": the name after the words that describe it, which are its role; true when taken. */
function personAfterDescriptor(c: Collector, k: Candidate): boolean {
  const office = officeBeforeName(c, k);
  if (office) {
    const { p, toks } = k;
    const role = `${office.titleHead} ${c.textOf(p, toks.slice(0, office.cut))}`;
    c.addPerson(nameWithoutPossessive(c.textOf(p, toks.slice(office.cut))), role, p.sentence, 'title', p.start < 3 || k.initial);
    return true;
  }
  const cut = descriptorBeforeName(c, k.toks);
  if (!cut) return false;
  const { p, toks, initial } = k;
  c.addPerson(nameWithoutPossessive(c.textOf(p, toks.slice(cut))), c.textOf(p, toks.slice(0, cut)), p.sentence, 'title', p.start < 3 || initial);
  // ("Labour MP Barry Sheerman": the party the descriptor names is an organisation too)
  const body = bodyInDescriptor(c, toks.slice(0, cut));
  if (body) c.addOrg(body, '', p.sentence, 'context');
  return true;
}

/** One common word or given name ("Research", "Programs") unless the article or the data knows it as an organisation. */
const departmentWord = (c: Collector, w: string): boolean =>
  !w.includes(' ') && (isCommonWord(w) || isGivenName(w) || c.lowerWords.has(w.toLowerCase())) && !c.hasOrg(w) && !companyByName(w, c.lowerWords);

/**
 * "his wife Sheila", "her sister Maya", "three children Nora, Hasna and Guy": one word after a noun of kinship, or
 * after the names such a noun lists (KIN_BEFORE, KIN_LIST_BEFORE), is a relative's given name: one the lists hold
 * (not a place's, a company's or a role's word: "Guy", "Avi" are also words) or a word no list reads as anything else
 * ("Maya", "Phinnaeus"); not a surname the article has given a person already, nor a word it writes in lower case.
 */
function relativeByGivenName(c: Collector, k: Candidate): boolean {
  const w = stripPossessive(k.toks[0]!.w);
  // the noun of kinship, read once: it cues the name and is the relative's role ("his wife", "two daughters")
  const kin = k.toks.length === 1 ? (KIN_BEFORE.exec(k.before) ?? KIN_LIST_BEFORE.exec(k.before)) : null;
  // (not "twins Mike and Bob Bryan": the given name shares the surname after it, no person of one word)
  if (!kin || AND_FULL_NAME_AFTER.test(k.after)) return false;
  const given = isGivenName(w) && !isRoleWord(w) && !isKnownPlace(w) && !isKnownCompany(w);
  if (!(given || isNameWord(w)) || c.lowerWords.has(lower(w)) || c.personBySurname(w) || c.hasOrg(w)) return false;
  c.addPerson(w, kin[1]!, k.p.sentence, 'given', false);
  return true;
}

/**
 * "Yukos spokesman Mike Lake", "team-mate Denise Park": after a role, as after a title, a given name opens a person's
 * name though a list reads its last word as a place's ("Lake", "Park") or a role's ("Sergeant"); not where that word
 * is an ordinary one no personal name holds or a body's ("Software", "United", "Limited": "developer Acme Software").
 */
function namedAfterRole(c: Collector, toks: Candidate['toks'], name: string): boolean {
  const last = lower(stripPossessive(toks[toks.length - 1]!.w));
  return !isCommonWord(last) && !ORG_TAIL.has(last) && namedAfterTitle(toks, surnameUsedAlone(c, name), c.lowerWords);
}

/** The last word before a name written in lower case, a role's head ("singer", "midfielder", not "President"). */
const LOWER_HEAD = re`(?:^|\s)([${LOWER}][${LOWER}-]*)\s+$`;
/** "I've", "Islamist", "Thatcherite": a contraction, or an adherent's noun, no one's name. */
const NO_STAGE_NAME = /['’][a-z]{1,2}$|(?:ist|ite)$/;

/**
 * "rapper Verbalicious", "R&B singer Usher", "Barca midfielder Deco": one word after a role whose head, in lower case,
 * is a noun of a person (compromise's, singular) or a club's position names that person (a stage name, a footballer);
 * not a title of business as well ("investor Norlund", "analyst"), which organisations hold too. The role is its head
 * alone or after capitalised words (a band's, a club's, a genre's); a lower-case noun before the head makes a trade
 * that a business plies as often ("software developer Acme", "steel producer Ostal"), and in a sports report only a
 * player's position counts ("Villa host Everton": a side's verb). Not after a plural or a noun of kinship (a
 * relative's given name is read above), nor a word no personal name holds, one the article writes in lower case, or
 * a company known by name or an organisation of the article already ("chip maker Intel").
 */
function personAfterRoleNoun(c: Collector, k: Candidate): boolean {
  const head = LOWER_HEAD.exec(k.before)?.[1];
  const w = stripPossessive(k.toks[0]!.w);
  const position = head !== undefined && isClubPosition(head);
  // (not a noun that describes bodies as often, "investor Norlund", "rival Acme": the organisations pass reads those)
  if (!head || !(isPersonNoun(head) || position) || endsInPlural(head) || KIN_BEFORE.test(k.before) || ORG_DESCRIPTOR_BEFORE.test(k.before) || !isNameWord(w) || NO_STAGE_NAME.test(w)) return false;
  if (c.lowerWords.has(lower(w)) || companyByName(w, c.lowerWords) || isBrandWord(w) || c.hasOrg(w)) return false;
  if (c.sport && !position) return false;
  const role = roleBefore(k.before);
  const modifiers = role.split(' ').slice(0, -1);
  if (!position && modifiers.some((m) => /^[a-z-]+$/.test(m))) return false;
  c.addPerson(w, role, k.p.sentence, 'role', NEAR_START.test(k.before));
  leadOfRole(c, role, k.p.sentence, k.before);
  return true;
}

/**
 * "Girvan Dempsey … G Dempsey", "Moe Ishikawa … M. Ishikawa": the article writes the name again as the initial of its
 * first word and its surname (a team sheet, a results line), as only a person's name is written.
 */
function writtenWithInitial(c: Collector, toks: Candidate['toks']): boolean {
  const first = toks[0]!.w;
  if (!re`^[${UPPER}][${LOWER}]+$`.test(first)) return false;
  const initialled = new RegExp(`(?<![${LETTER}.'’])${first[0]}\\.? ${escapeRegExp(stripPossessive(toks[toks.length - 1]!.w))}(?![${LETTER}])`, 'u');
  return c.sents.some((s) => initialled.test(s.text));
}

/** "Japan's ": a capitalised owner right before a name. */
const COUNTRY_OWNS_BEFORE = /(?:^|\s)([A-Z][\w.-]*)['’]s\s$/;
/** " of Ethiopia will defend", " of South Africa.": "of" and capitalised words closed by a clause or a lower-case word, right after a name. */
const OF_COUNTRY_AFTER = /^\s+of\s+([A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2})(?![\w-]|\s[A-Z])/;
/**
 * "beating Japan's Moe Ishikawa 6-1, 6-2", "Ireland's Taniesha Scanlon set a national record": in a sports report, a
 * country's competitor; "Irakli Labadze of Georgia", "Tirunesh Dibaba of Ethiopia will defend": in any report, a
 * name with its country after "of" (a body's name holds "of" inside it: "Bank of Ghana" is one run).
 */
function competitorOfCountry(c: Collector, before: string, after: string): boolean {
  const owner = (c.sport ? COUNTRY_OWNS_BEFORE.exec(before)?.[1] : undefined) ?? OF_COUNTRY_AFTER.exec(after)?.[1];
  return owner !== undefined && isCountry(owner);
}

/** "stars Ana Diaz and ", "tycoons Jo Lee, Ana Diaz and ": the names a list has given so far, the next one to come. */
const LISTED_SO_FAR = /(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:,\s+|,?\s+(?:and|&)\s+))+$/u;

/**
 * "stars Ana Diaz and Jo Lee": the plural role before a list of names is each listed name's, not only the first's;
 * only a role for a name another cue takes.
 */
function listedRole(before: string): string {
  const m = LISTED_SO_FAR.exec(before);
  if (!m) return '';
  // ("Judges Jo Lee, ": a noun opening the sentence is read with the names, as the first of their words)
  const role = m.index > 0 ? roleBefore(before.slice(0, m.index)) : roleOpeningSentence(/^\S+\s+/.exec(before)?.[0] ?? '');
  return endsInPlural(role) ? role : '';
}

/**
 * "artists such as ", "stars like ", "Singers including ": a plural's examples follow (not after a comma: "victims,
 * including"); "contributors include ", "the producers are ", "five barristers - ", "speakers: ": the verb or the
 * dash that opens the list of its members.
 */
const EXAMPLES_FOLLOW = /(?:\s+(?:such as|like|including|include[sd]?|are|were)|\s+[-–—:])\s+$/;

/**
 * "five other barristers - ", "Other contributors include ", "the panel lost four surveyors - ": how many the list
 * names, or that the story named others before (and the words read back before it); each listed person holds the
 * plural noun, not the count.
 */
const COUNT_OF_MEMBERS = new RegExp(`^.*(?:^|\\s)(?:other|${COUNT_WORDS.filter((w) => w !== 'one').join('|')}|\\d+)\\s+`, 'i');

/**
 * "jazz musicians such as Ana Diaz and Jo Lee", "stars like Jo Lee": the names a plural noun of persons gives as its
 * examples each hold that noun as their role, as a list right after the plural does ("stars Ana Diaz and Jo Lee"); one
 * name alone too, as an example is one of the kind ("US rappers Beastie Boys", with no "such as", may name a group).
 * Only a role for a name another cue takes: "artists such as Keane" may give a band.
 */
function examplesRole(before: string): string {
  const listed = LISTED_SO_FAR.exec(before);
  const head = listed ? before.slice(0, listed.index) : before;
  const m = EXAMPLES_FOLLOW.exec(head);
  if (!m) return '';
  const kind = `${head.slice(0, m.index)} `;
  // ("Singers including Ana Diaz": the plural opening the sentence is read as a capitalised opener)
  const role = roleBefore(kind) || roleOpeningSentence(kind);
  return endsInPlural(role) ? role.replace(COUNT_OF_MEMBERS, '') : '';
}

/** "characters such as Super Mario and Rayman": a noun of persons whose members are fictional, no people to list. */
const FICTIONAL_KIND = /(?:^|\s)characters$/i;
/** "featuring artists", "Leading contenders": a participle read back with the plural is a verb's or a rank's, no part of the role. */
const PARTICIPLE_BEFORE = /^(?:\S+\s+)*?\S+ing\s+(?=\S)/;

/**
 * The plural noun of persons a list of names is given under: "backing singers Ana Diaz and Jo", "the artists - Jo,
 * Ana Diaz and Lee", "contributors include Jo, …" (the name's own place in it: first, or after others). "" when none.
 */
export function pluralOverList(before: string): string {
  // (not a kind a body is too, whose listed names the organisations' passes read: "sponsors include", "retailers
  // like", "the investors A and B")
  const head = before.slice(0, LISTED_SO_FAR.exec(before)?.index ?? before.length);
  if (ORG_KIND_EXAMPLE_BEFORE.test(head) || ORG_KIND_PLURAL_BEFORE.test(head) || TRADE_PLURAL_BEFORE.test(head)) return '';
  const rb = roleBefore(before);
  const role = (endsInPlural(rb) ? rb.replace(COUNT_OF_MEMBERS, '') : '') || (rb ? '' : listedRole(before) || examplesRole(before));
  return FICTIONAL_KIND.test(role) ? '' : role.replace(PARTICIPLE_BEFORE, '');
}

/** A personal name with a cue: a role, a reporting verb, an age, a surname used alone or after an initial, a given name. */
export function personByCue(c: Collector, k: Candidate): boolean {
  const { p, toks, name, before, after } = k;
  if (toks.length === 1) return relativeByGivenName(c, k) || personAfterRoleNoun(c, k);
  if (isGroupAfterPlural(before, k.afterName) || isBodyAfterKind(before, k.afterName)) return false;
  // ("US rappers Beastie Boys": a plural role before one name that no list continues names a group, no person's role)
  const rbRead = roleBefore(before);
  const rb = endsInPlural(rbRead) && !LIST_GOES_ON.test(k.afterName) ? '' : rbRead;
  // (a listed name's role is only its role, no cue of its own: "rivals Ana Diaz and Acme Software" lists a body too)
  const listed = rbRead ? '' : listedRole(before);
  // ("scholars like Ana Diaz, deputy director of …": the apposition after the name says more than the kind)
  const examples = rbRead || listed ? '' : examplesRole(before);
  if (!looksLikeName(toks) && !(rb && namedAfterRole(c, toks, name))) return false;
  const ra = roleAfter(after);
  const cue: Via | '' =
    rb || ra || /^,?\s+\d{1,3},/.test(after)
      ? 'role'
      : SPEECH_AFTER.test(after) || SPEECH_BEFORE.test(before)
        ? 'speech'
        : surnameUsedAlone(c, name) || writtenWithInitial(c, toks)
          ? 'surname'
          : personByGivenName(toks, c.lowerWords)
            ? 'given'
            : describedAsPerson(before, after) || competitorOfCountry(c, before, after)
              ? 'context'
              : '';
  if (!cue) return false;
  // (a role in apposition or opening the sentence, "His son, Ana Diaz,", "Comedian Ana Diaz": only a role, as listed)
  const apposed = rbRead || listed ? '' : roleInApposition(before) || roleOpeningSentence(before);
  // (an apposition after the name whose head is a noun of a person, "a California-based podcaster": only a role too)
  const described = rbRead || listed || apposed || ra ? '' : roleDescribedAfter(after);
  // "Banking Mohtasib Farrukh Iqbal Siddiqui": leading words of a known organisation are a title
  let personToks = toks;
  let role = rb || listed || ra || apposed || described || examples || (/\bchaired by\s$/.test(before) ? 'chair' : /\b(?:headed|led) by\s$/.test(before) ? 'head' : '');
  const orgWords = new Set([...c.orgs.values()].flatMap((o) => o.name.split(' ')));
  let n = 0;
  while (personToks.length - n > 2 && orgWords.has(personToks[n]!.w)) n++;
  if (n > 0) {
    role = c.textOf(p, personToks.slice(0, n));
    personToks = personToks.slice(n);
  }
  c.addPerson(nameWithoutPossessive(c.textOf(p, personToks)), role, p.sentence, cue, NEAR_START.test(before));
  if (rb && !/,\s*$/.test(before)) leadOfRole(c, rb, p.sentence, before);
  else if (ra) leadOfRole(c, ra, p.sentence, ' ');
  // (not from a role only read for its noun of a person after the name: "specialist at …" may name a department)
  const of = role === described ? null : ROLE_EMPLOYER.exec(role);
  // "analyst at Davy Stockbrokers": after "at" a name of several words is an organisation ("Head of Research",
  // "director of the City of Angels": one common word or a given name after "of" is a department or a title's word)
  // ("founder of Halberd Economics", "co-founder of Energy Aspects": one founds and heads a body, not a department)
  // ("president of Exhibitor Relations": the body presided over, unless its words are all ordinary ones, "Global Sales")
  if (of && !departmentWord(c, of[2]!)) {
    const head = role.slice(0, of.index);
    const heads = HEAD_OF_BODY.test(head) || (PRESIDES.test(head) && !allOrdinary(of[2]!));
    lead(c, of[2]!, p.sentence, false, of[1] === 'at' || (of[1] === 'of' && heads));
  }
  return true;
}

/** A nickname in quotes between a given name and a surname: 'Marion "Suge" Knight', 'Joko “Jokowi” Widodo'. */
const NICKNAMED = reG`\b([${UPPER}][${LOWER}]+) ["“]([${UPPER}][${LETTER}'’-]*)["”] ([${UPPER}][${LOWER}'’-]+)\b`;

/**
 * People written with a nickname in quotes inside their name: the quotes break the capitalised phrase, so the name
 * would be read in pieces ("Marion", "Suge", "Mr Knight" as a person "Knight"). Taken whole, once, before the phrases
 * are decided, where a given name opens it and the article never writes the surname in lower case.
 */
export function nicknamedPeople(c: Collector): void {
  c.sents.forEach((s, i) => {
    if (c.row[i] || !c.prose[i]) return;
    for (const m of s.text.matchAll(NICKNAMED)) {
      if (isGivenName(m[1]!) && !c.lowerWords.has(m[3]!.toLowerCase())) c.addPerson(m[0], '', i, 'given');
    }
  });
}
