/**
 * Pass: organisations known by how they are written about, among the phrases the names pass left undecided:
 * "carrier SunExpress", "Edmunds.com, a … firm", "X's founder", an appositive or a word before the name that ends
 * organisations' names ("Gavi, the Vaccine Alliance, which", "the sovereign fund Mubadala"); capitals after an
 * article or used twice that are no word of the text, no place and no common abbreviation ("an NHS body", "NASA …
 * NASA"); a name listed with
 * known organisations ("FC Porto, Inter Milan, Chelsea and Real Madrid"); a "person" whose surname is used as an
 * organisation ("Aston Villa … Villa coach"); a side in a result or a company whose shares move
 * (results-and-markets.ts).
 */

import { isCalendarWord, type Collector, type Via } from './collector';
import { ACCORDING_TO, BOUGHT_OR_SOLD_BEFORE, isGroupAfterPlural, ACCORDING_TO_THE, isAdjective, FINDINGS_BY_BEFORE, MADE_BY_BEFORE, ALL_CAPS_2_6, INSTITUTION_ACT_AFTER, INSTITUTION_BEFORE, LIST_GOES_ON, NAME_CLOSED, NAME_CLOSED_OR_OWNING, ORG_APPOSITIVE, ORG_APPOSITIVE_OWNED, ORG_WHICH_ACTS, ORG_KIND_EXAMPLE_BEFORE, ORG_KIND_PLURAL_BEFORE, ORG_NAMED_AFTER_NOUN, ORG_DESCRIPTOR_BEFORE, ORG_POSSESSIVE, POST_AT_BEFORE, STAFF_AT_BEFORE, TITLE_GOES_ON } from './cues';
import { isBrandWord, isCommonWord, isDemonym, isGivenName, isKnownPlace } from './gazetteer';
import { isEventName, NOT_ORG_ACRONYMS } from './organizations';
import { ordinaryOpener, type Candidate } from './candidates';
import { listMates } from './name-lists';
import { peopleInLists } from './people-in-lists';
import { ORG_TAIL } from './lexicon';
import { BACKED_BY, lower } from './phrases';
import { capitalised, COUNT_WORDS } from './count-words';
import { isRoleHead, isRoleWord, looksLikeName, surname } from './people';
import { allOrdinary, ROLE_EMPLOYER } from './people-by-cue';
import { personByPosition } from './people-by-position';
import { ownedName } from './role-leads';
import { wholeNamesOfFragments } from './org-whole-names';
import { chamberCommittees } from './chamber-committees';
import { isBodyByDigitName } from './digit-names';
import { endsWithNumber } from './numbered-names';
import { hasClubNounOrMove, opensClauseInPlural } from './place-evidence';
import { isSideInSportsReport, isSideInTable, isSideOrListedCompany } from './results-and-markets';

/**
 * "executives at Fortune 500 companies", "according to SDG 11": a name with a number after it, or ending with the number
 * it carries (numbered-names.ts), is a list, an index or a label, not a body a source or staff belong to; one ending
 * with its number is no listed company whose shares move either ("the Nikkei 225 fell 2%"; "Celtic 2" is a score).
 */
const withNumber = (u: Candidate): boolean => /^\s\d/.test(u.afterName) || endsWithNumber(u.name);
/** ", who owns": a person. */
const WHO_AFTER = /^,?\s+who\b/;
/** "Il Sole 24 Ore": a number before a name cuts a longer name. */
const NUMBER_BEFORE = /\d\s$/;
/** Longer all-capital words are written words ("BREAKING"), not acronyms of organisations. */
const ACRONYM_MAX = 5;
/** Characters before a name that its cue words fit in ("one SpaceX customer, "): the rest of the sentence is not read. */
const CUE_WINDOW = 60;
/** Letters an acronym needs to make the name it spells an organisation. */
const SPELLED_MIN = 3;

/**
 * "TaskRabbit", "SoFi", "StackAdapt": one word with one capital inside it is a brand's way of writing a name; personal
 * names written so open with a particle ("McBride", "DeWine", "LaGrange", "MacKinnon"), and glued words
 * ("saidOpens", "AmericanTheatreWing") have a small first letter or more than one inner capital.
 */
const INNER_CAPITAL = /^(?!Mc|Mac|De|Da|Di|Du|La|Le|Van|Von)[A-Z][a-z]+[A-Z](?:[a-z]+|[A-Z]?)$/;
/** "#HealthyHydration", "@MattBevin": tags and handles. */
const HANDLE_BEFORE = /[#@]$/;

/**
 * "Google", "Ford": a one-word organisation that is also a word or a given name, where the article agrees: it never
 * writes the word in lower case, uses it alone inside a sentence, and names no person by it.
 */
function brandByConsent(c: Collector, u: Candidate): boolean {
  const w = u.name;
  return u.toks.length === 1 && isBrandWord(w) && !c.lowerWords.has(w.toLowerCase()) && (c.aloneMid.get(w) ?? 0) > 0 && !c.personBySurname(w);
}

/** The names after "of" or "at" in the people's roles ("chief executive of Acme Space", "analyst at Vega"). */
function employersInRoles(c: Collector): Set<string> {
  const out = new Set<string>();
  for (const p of c.people.values()) {
    const m = ROLE_EMPLOYER.exec(p.role);
    if (m && m[1] !== 'for' && m[1] !== 'with') out.add(ownedName(c, m[2]!));
  }
  return out;
}

/** The most words an appositive holds before its head noun ("the San Diego real estate information service"). */
const APPOSITIVE_WORDS_MAX = 7;
/**
 * ", a mobile analytics and advertising company,", ", the Vaccine Alliance, which": an appositive closed by punctuation
 * or a relative clause, so that its last word is its head noun (not closed by a preposition: "a trans woman living in
 * Germany", "the team of …" read a wrong head).
 */
const APPOSITIVE = new RegExp(String.raw`^,\s+(?:a|an|the)\s+((?:[\w'’-]+\s+){0,${APPOSITIVE_WORDS_MAX}}?[\w'’-]+)(?=\s*[,.;)]|\s+(?:that|which|whose|based|founded)\b)`, 'i');

/**
 * "Gavi, the Vaccine Alliance, which …", "MDA DataQuick, the San Diego real estate information service": an
 * appositive whose head noun is a word that ends organisations' names (the names lexicon's ORG_TAIL) says the name is one.
 */
function appositiveOfBody(afterName: string): boolean {
  const m = APPOSITIVE.exec(afterName);
  // (the head of the appositive, not of a phrase inside it: "an equity strategist at Arif Habib Capital")
  return !!m && !/\s(?:at|of|for|with|from|in|on)\s/i.test(m[1]!) && ORG_TAIL.has(lower(m[1]!.slice(m[1]!.search(/\S+$/))));
}

/**
 * ", a California-based channel that", ", the Singapore-listed arm of": an appositive whose noun a place-based, listed or
 * owned modifier opens (its head the last word before punctuation, a relative or a preposition).
 */
const BASED_APPOSITIVE = /^,\s+(?:a|an|the)\s+(?:[\p{L}'’.]+\s){0,3}?[\p{L}.]+-(?:based|listed|owned|headquartered)\s+((?:[\p{L}'’-]+\s){0,3}?[\p{L}'’-]+)(?=\s*[,.;:)]|\s+(?:that|which|whose|of|with|in|for)\b)/u;
/** Such an appositive names a body when its head is no noun of a person ("a Lagos-based economist", "developer", "podcaster"). */
function basedAppositiveOfBody(afterName: string): boolean {
  const head = BASED_APPOSITIVE.exec(afterName)?.[1]?.split(' ').pop();
  return !!head && !isRoleHead(head);
}

/** The lower-case word right before a name. */
const WORD_BEFORE = /\b([a-z]+)\s$/;
/**
 * "the sovereign fund Mubadala", "the medical journal BMJ": a word that ends organisations' names (the names lexicon's
 * ORG_TAIL), written in lower case right before a name, is the kind of body the name is (not a person's name:
 * "center Ana Diaz" is a player's position).
 */
const bodyWordBefore = (before: string): boolean => ORG_TAIL.has(WORD_BEFORE.exec(before)?.[1] ?? '');

/** The lower-case word right before a name, in the plural ("analysts ", "rappers "): its singular. */
const PLURAL_BEFORE = /\b([a-z]+)s\s$/;
/**
 * "according to analysts Chart-Track", "hosted by auctioneers Cooper Owen", "US rappers Beastie Boys": the plural of
 * a role right before one name (not a list of people) names the firm or the group those people make.
 */
const namedByPluralRole = (before: string, afterName: string): boolean => {
  const m = PLURAL_BEFORE.exec(before);
  return !!m && isRoleWord(m[1]!) && !LIST_GOES_ON.test(afterName);
};

/** "'s Jo Lee", "'s Ferreira": a name owned, right after a possessive. */
const OWNED_NAME = /^['’]s?\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)*)/u;
/**
 * "Aprilia's Jack Moreland", "Fox TV's Bill O'Reilly", "Rivera Racing's Ferreira": a name that owns a person the article
 * names is the team, firm or outlet they belong to (places and people, "Britain's Oliver Hughes", "Anna Berg's Lars
 * Eide", are decided before this pass and never reach it).
 */
function ownsPerson(c: Collector, afterName: string): boolean {
  const owned = OWNED_NAME.exec(afterName)?.[1];
  return !!owned && (c.people.has(owned) || !!c.personBySurname(owned));
}

/**
 * "former Boyzone singer Ronan Keating", "U2 frontman Bono", "CBI director general Digby Jones", "Arsenal boss Arsene
 * Wenger": a name right before the head of a person's place in a band or at the top of a body, itself right before
 * the person's name, is that band or body. Heads no work or place has ("star", "actress", "winner" are a film's or a
 * prize's too: "Ray star Jamie Foxx", "X Factor winner"; "leader", "coach", "manager" a country's: "Palestinian
 * leader", "England coach"), and none after a describing word ("Downing Street media chief": a seat's staff).
 */
const MEMBER_HEAD_AFTER =
  /^(?:['’]s)?\s+(?:lead singer|singer|frontman|frontwoman|guitarist|drummer|bassist|vocalist|keyboardist|boss|chief executive|chief|chairman|chairwoman|director general|editor|spokesman|spokeswoman)\s+\p{Lu}/u;
/**
 * "NEC-backed format", "a DTI-funded project", "Twenty CBS-owned TV stations": a name glued by a hyphen to what it
 * backs, owns, funds or controls (the tokenizer cuts the suffix off the name: phrases.ts) is the body behind it; a
 * place, a nationality, a party or a state is behind such things as often ("Moscow-backed", "Soviet-controlled",
 * "Republican-controlled", "State-owned") and is ruled out by the caller.
 */
const BODY_BEHIND_AFTER = new RegExp(`^-(?:${BACKED_BY})\\b`, 'i');
/** "Twenty CBS-owned stations": a count opening the capitalised run counts what follows, no word of the body's name. */
const COUNT_OPENS = new RegExp(`^(?:${capitalised(COUNT_WORDS).join('|')})\\s`);
/**
 * "skateboards, No Doubt singer", "followed by Blazin' Squad singer": a capitalised word right before the name inside
 * the sentence is the start of a longer name the phrase was cut from, not a body's own name.
 */
const CAPITALISED_WORD_BEFORE = /\S\s+\p{Lu}[\p{L}'’-]*\s$/u;
/** "R&B singer": a style's abbreviation of single letters has no two letters together; a body's name has. */
const LETTERS_TOGETHER = /\p{L}{2}/u;

export function organisationsByContext(c: Collector, unknown: Candidate[]): void {
  const isAcronymOrg = (w: string) => w.length <= ACRONYM_MAX && !NOT_ORG_ACRONYMS.has(w) && !c.lowerWords.has(w.toLowerCase()) && !isKnownPlace(w[0] + w.slice(1).toLowerCase());
  // "CEO Steve Jobs unveiled", "… and Ana Diaz": a person's name, not "Ross County"
  const personLike = (u: Candidate) => u.toks.some((t) => isRoleWord(t.w)) || (isGivenName(u.toks[0]!.w) && looksLikeName(u.toks));
  const notPersonFirst = (u: Candidate) => !personLike(u) && !isGivenName(u.toks[0]!.w);
  // "carmakers like Rivian", "the carmakers Ford and Fiat": a kind of body before, and a name that is no person's
  const kindBefore = (u: Candidate) =>
    (ORG_KIND_EXAMPLE_BEFORE.test(u.before) || (ORG_KIND_PLURAL_BEFORE.test(u.before) && listMates(c, u).length > 0)) && notPersonFirst(u);
  const staffAt = (u: Candidate) => STAFF_AT_BEFORE.test(u.before) && !personLike(u) && !isKnownPlace(u.name) && !withNumber(u);
  // "an analyst with MDA DataQuick,", "chief investment officer of Hibernian Investment Managers,"; not a department
  // of ordinary words ("vice-president of Global Sales.")
  const postAt = (u: Candidate) =>
    POST_AT_BEFORE.test(u.before) && NAME_CLOSED_OR_OWNING.test(u.afterName) && notPersonFirst(u) && !c.personBySurname(u.name) && !isKnownPlace(u.name) && !(u.toks.length > 1 && allOrdinary(u.name));
  const afterBodyWord = (u: Candidate) => bodyWordBefore(u.before) && notPersonFirst(u) && !c.personBySurname(u.name);
  // (not "the Chinese operator, Kang Shao Pin, who owns the mine": a person)
  const namedAfterNoun = (u: Candidate) => NAME_CLOSED.test(u.afterName) && !WHO_AFTER.test(u.afterName) && ORG_NAMED_AFTER_NOUN.test(u.before.slice(-CUE_WINDOW)) && notPersonFirst(u);
  // "funded by Cancer Research UK", "according to Cotality", "a survey by Hostway": a source or a maker with no article, not a person's
  // name, a surname the article uses, a nationality, a place, a word of the text, nor a label with a number ("SDG 11")
  const nameOfSource = (u: Candidate) =>
    notPersonFirst(u) && !c.personBySurname(u.name) && !isDemonym(u.toks[0]!.w) && !isKnownPlace(u.name) && !c.lowerWords.has(u.name.toLowerCase()) && !withNumber(u);
  // "the auditors Grant Thornton": a name shaped like a person's that a plural noun of a trade makes a group (people-by-cue.ts
  // declined it); so is any other name there ("at brokers Tovana", "to bankers JL Morgan") that is no source's exception
  // nor a common word ("our newsletters Data")
  const groupAfterTrade = (u: Candidate) =>
    isGroupAfterPlural(u.before, u.afterName) && ((u.toks.length > 1 && isGivenName(u.toks[0]!.w)) || (nameOfSource(u) && !isCommonWord(u.name)));
  const pluralRoleBefore = (u: Candidate) => namedByPluralRole(u.before, u.afterName) && notPersonFirst(u) && !c.personBySurname(u.name);
  // "plans to buy Time Warner", "the sale of Commodore": not a title ("bought Flight into Danger"), a label with a
  // number, an owner ("after buying Jay-Z's label") or a sports report's player
  const boughtOrSold = (u: Candidate) =>
    BOUGHT_OR_SOLD_BEFORE.test(u.before) && !c.sport && !u.possessive && !TITLE_GOES_ON.test(u.afterName) && notPersonFirst(u) && !c.personBySurname(u.name) && !isKnownPlace(u.name) && !withNumber(u);
  const cueBefore = (u: Candidate) =>
    ORG_DESCRIPTOR_BEFORE.test(u.before) || groupAfterTrade(u) || kindBefore(u) || staffAt(u) || postAt(u) || afterBodyWord(u) || namedAfterNoun(u) || pluralRoleBefore(u) || boughtOrSold(u);
  // ("Il Sole 24 Ore, Italy's business newspaper": not the end of a name a number cuts)
  const ownedAppositive = (u: Candidate) => ORG_APPOSITIVE_OWNED.test(u.afterName) && !NUMBER_BEFORE.test(u.before);
  const cueAfter = (u: Candidate) => ORG_APPOSITIVE.test(u.afterName) || ownedAppositive(u) || ORG_WHICH_ACTS.test(u.afterName) || appositiveOfBody(u.afterName) || basedAppositiveOfBody(u.afterName) || ORG_POSSESSIVE.test(u.afterName) || ownsPerson(c, u.afterName);
  const memberOf = (u: Candidate) =>
    MEMBER_HEAD_AFTER.test(u.afterName) && LETTERS_TOGETHER.test(u.name) && !CAPITALISED_WORD_BEFORE.test(u.before) && notPersonFirst(u) && !c.personBySurname(u.name) && !isDemonym(u.name) && !isKnownPlace(u.name);
  // (not a word of the text: "State-owned", "Republican-controlled" open a sentence or name a party's side)
  const bodyBehind = (u: Candidate) =>
    BODY_BEHIND_AFTER.test(u.afterName) && !COUNT_OPENS.test(u.name) && notPersonFirst(u) && !c.personBySurname(u.name) && !isDemonym(u.name) && !isKnownPlace(u.name) && !isAdjective(u.name) && !isCommonWord(u.name) && !c.lowerWords.has(u.name.toLowerCase());
  const isOrgContext = (u: Candidate) => cueBefore(u) || cueAfter(u) || memberOf(u) || bodyBehind(u);
  // (a name listed with people is read after a person's position, whose cue is the stronger)
  unknown = peopleInLists(c, unknown.filter((u) => !personByPosition(c, u)));
  for (const u of unknown) {
    // a side in a result or a listed company ("Celtic beat …", "Hibernian lost to …"): a name, not an adjective
    // "Revenue rose 12%", "Copper fell 2%": a common word opening the sentence moves, not a company
    const commonOpener = (u.initial && c.lowerWords.has(u.name.toLowerCase())) || ordinaryOpener(c, u);
    // (a club's noun or move, or a name opening its clause in the plural: "the Bath player", "join Preston", "Ulster were"; not a common word or a contraction, "Scientists are", "I'll have")
    const clubSign = () => hasClubNounOrMove(u.before, u.afterName) || (opensClauseInPlural(u.before, u.afterName) && !isCommonWord(u.name) && !/['’]/.test(u.name));
    const playsOrTrades = isSideOrListedCompany(u.before, u.afterName) || (c.sport && (isSideInSportsReport(u.before, u.afterName) || isSideInTable(u.before) || clubSign()));
    // (not an index that carries its number: "the Nikkei 225 fell 2%")
    const side = playsOrTrades && !personLike(u) && !isDemonym(u.name) && !c.personBySurname(u.name) && !commonOpener && !endsWithNumber(u.name);
    if (side && !isCalendarWord(u.name) && !c.people.has(u.name)) c.addOrg(u.name, '', u.p.sentence, 'result');
    if (isAdjective(u.name) || isCalendarWord(u.name) || c.people.has(u.name)) continue;
    // used twice, after an article, or owning something ("NASA's Jet Propulsion Laboratory")
    const acronym = u.name.length > 2 && ALL_CAPS_2_6.test(u.name) && ((c.alone.get(u.name) ?? 0) > 1 || /\b(?:the|an?)\s$/i.test(u.before) || u.possessive) && isAcronymOrg(u.name);
    // (not a handle glued from a personal name: "MattBevin")
    const innerCapital = u.toks.length === 1 && INNER_CAPITAL.test(u.name) && !HANDLE_BEFORE.test(u.before) && !isGivenName(/^[A-Z][a-z]+/.exec(u.name)![0]) && !c.personBySurname(u.name);
    // "Major League Baseball … MLB": a name the article also writes as its acronym is an organisation (of three
    // letters at least: two capitals spell too many pairs of words by chance, "Tunisian Islamists … TI")
    const spelled = u.toks.length >= 2 && !personLike(u) ? c.acronymOf(u.name) : '';
    const bySpelling = spelled.length >= SPELLED_MIN;
    // "the Pentagon rejected …", "according to the White House": an institution named by its seat
    const near = u.before.slice(-CUE_WINDOW);
    const institution = (ACCORDING_TO_THE.test(near) || (INSTITUTION_BEFORE.test(near) && INSTITUTION_ACT_AFTER.test(u.afterName))) && !personLike(u) && !isKnownPlace(u.name) && !c.lowerWords.has(u.name.toLowerCase());
    const source = (MADE_BY_BEFORE.test(near) || ACCORDING_TO.test(near) || FINDINGS_BY_BEFORE.test(near)) && nameOfSource(u);
    // ("officials at the Lagos Marathon said": an event's staff, not a body's)
    // ("the G8 summit", "spying for MI6": a name of capitals and digits, a body by the article's words)
    const byDigits = u.toks.length === 1 && isBodyByDigitName(c, u.name);
    const via: Via | '' = (isOrgContext(u) || institution || source || byDigits) && !isEventName(u.name) ? 'context' : bySpelling ? 'acronym' : acronym ? 'caps' : brandByConsent(c, u) ? 'lexicon' : innerCapital ? 'shape' : '';
    if (via) c.addOrg(u.name, spelled, u.p.sentence, via);
  }
  // lists: an unknown name next to known organisations in "A, B and C" (not in a list that names people too: "Anastacia,
  // Britney Spears, Maroon 5 and Ludacris" lists acts of both kinds)
  for (const u of unknown) {
    if (c.hasOrg(u.name) || isAdjective(u.name) || c.people.has(u.name) || personLike(u)) continue;
    if (listMates(c, u).some((l) => l.mates.some((x) => c.hasOrg(x)) && !l.mates.some((x) => c.people.has(x)))) c.addOrg(u.name, '', u.p.sentence, 'list');
  }
  // "Aston Villa … Villa coach": a name whose last word is used as an organisation is one; so is a name that employs
  // someone ("Sierra Space … chief executive of Sierra Space"), unless the article names it by surname too
  const employers = employersInRoles(c);
  for (const p of c.people.values()) {
    const employs = employers.has(p.name) && !c.alone.get(surname(p.name));
    if (!p.role && (c.hasOrg(surname(p.name)) || employs)) {
      c.people.delete(p.name);
      c.addOrg(p.name, '', p.sentence, 'coref');
    }
  }
  wholeNamesOfFragments(c);
  chamberCommittees(c);
  for (const u of unknown) {
    if (c.hasOrg(u.name)) c.mentionOrg(u.name, u.p.sentence);
    // (not a month or a day: never an organisation)
    else if (!c.people.has(u.name) && !c.places.has(u.name) && !isCalendarWord(u.name) && !c.undecided.has(u.name)) c.undecided.set(u.name, u.p.sentence);
  }
}
