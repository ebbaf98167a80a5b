/**
 * Pass: what each capitalised phrase names: a person (with a role), an organisation, a place, or nothing known
 * yet. The decisions run in order, the first that holds wins; phrases left undecided go to the
 * organisations-by-context pass. The phrases are trimmed in candidates.ts; people are taken in people-by-cue.ts.
 */

import type { Collector, Via } from './collector';
import { candidate, type Candidate } from './candidates';
import { isBodyOfMembers } from './bodies-by-members';
import { isClubShortForm, isParentOf, isShortFormOf } from './coreference';
import { isAdjective, ALL_CAPS_2_6, CLUB_TAIL, LEGISLATURE, ORG_DESCRIPTOR_BEFORE, ORG_NOUN_AFTER } from './cues';
import { isCalendarWord } from './collector';
import { companyByName } from './evidence';
import { isBrandWord, isCommonWord, isCountry, isDemonym, isGivenName, isKnownCity, isKnownCompany, isKnownPlace } from './gazetteer';
import { listMates } from './name-lists';
import { peopleNamedAsPlaces, writtenAfterPlacePreposition } from './place-evidence';
import { ORG_TAIL } from './lexicon';
import { isClubOfPlace, isOrgByForm, isTeamAfterThe, joinedOrganisations } from './organizations';
import { endsWithNumber } from './numbered-names';
import { roleAfter, roleBefore, splitRolePrefix } from './people';
import { nicknamedPeople, personAfterTitle, personByCue } from './people-by-cue';
import { rolesFromLede, rolesOfSubjectBefore } from './role-in-lede';
import { lower, stripPossessive, type Phrase } from './phrases';
import { isCompassPlace, isCompassSharingName, isLandAfterPreposition, isLandsAfterThe, isPlaceByForm, isVenueByForm, isByElectionSeat, isGroundAt, isRiverAfterThe, isSeatBeforeMember, hostOfEvent, joinedPlaceOf, mayNamePlace, placeByContext, streetAt } from './places';
import { isSideInSportsReport, isSideInResult, isSideOrListedCompany } from './results-and-markets';

const FIRM_AMPERSAND = /\S \& \S/;
const TWO_WORDS_AMPERSAND = /^(\S+) & (\S+)$/;
const ACRONYM_PLURAL = /^[A-Z]{2,}s$/;

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
  // "NASA" after "NASA Goddard Institute for Space Studies", "Yahoo" after "Yahoo Japan": an acronym or a known company
  // that a unit's name opens is the body the unit belongs to, an organisation of its own
  const parent = (ALL_CAPS_2_6.test(w) || companyByName(w, c.lowerWords)) && !isKnownPlace(w) && isParentOf(w, c.orgs.values());
  if (parent) c.addOrg(w, '', p.sentence, 'coref');
  if (parent || (!isKnownPlace(w) && isShortFormOf(w, c.orgs.values())) || isClubShortForm(w, c.orgs.values())) {
    c.mentionOrg(w, p.sentence);
    return true;
  }
  if (/-/.test(w) && w.split('-').every((x) => isKnownPlace(x))) {
    for (const x of w.split('-')) c.addPlace(x, p.sentence, 'lexicon');
    return true;
  }
  return false;
}

/**
 * "the Ghana Registered Nurses, Midwives and Carers Union (GRNMCU)": a phrase inside a name that its acronym's
 * bracket gave whole, in the same sentence, is a part of that name ("Midwives"), no name of its own.
 */
function insideNameWithAcronym(c: Collector, p: Phrase): boolean {
  const s = c.sents[p.sentence]!.text;
  for (const o of c.orgs.values()) {
    if (o.sentence !== p.sentence || !o.acronym || o.name.length <= p.text.length || c.viaOf('orgs', o.name) !== 'acronym') continue;
    const at = s.indexOf(`${o.name} (${o.acronym})`);
    if (at >= 0 && p.start >= at && p.end <= at + o.name.length) return true;
  }
  return false;
}

/** "gains in Zenith Bank, Acme Nigeria and …": a name listed with a known organisation is none of places. */
const listedWithOrg = (c: Collector, k: Candidate): boolean => listMates(c, k).some((l) => l.mates.some((x) => c.hasOrg(x)));

const UNIVERSITY = /^(?:University|College)\b|\b(?:University|College)$/;
/** ", Berkeley said", ", Sacramento, analyzed": a place after a comma, closed by punctuation or a lower-case word. */
const CAMPUS_AFTER = /^,\s([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?)(?=[,.;]|\s(?!and\b|or\b)[a-z])/;

/** " at Irvine", ", Berkeley,": a campus written after a university system's name, closed by punctuation or a lower-case word. */
const CAMPUS_AT_OR_CLOSED = /^(?:\sat\s([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?)(?=[,.;]|\s[a-z])|,\s([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?)(?=[,.;)]))/;
/** "University of California", "California State University": a university named for a state or region has campuses. */
const SYSTEM = /^University of (.+)$|^(.+) State University$/;

/**
 * "the University of California, Berkeley", "California State University, Sacramento", "the University of
 * California at Irvine": a known place after a university's name and a comma, or any town after the name of a
 * university system (named for a region) and "at" or between commas, is its campus, part of the name (and no place
 * of the article's on its own there).
 */
function campuses(c: Collector): void {
  for (const [key, o] of [...c.orgs]) {
    if (!UNIVERSITY.test(o.name)) continue;
    const s = c.sents[o.sentence]!.text;
    const at = s.indexOf(o.name);
    if (at < 0) continue;
    const rest = s.slice(at + o.name.length);
    const region = SYSTEM.exec(o.name);
    const system = !!region && isKnownPlace(region[1] ?? region[2]!) && !isKnownCity(region[1] ?? region[2]!);
    const known = CAMPUS_AFTER.exec(rest);
    const m = known && isKnownPlace(known[1]!) ? known : system ? CAMPUS_AT_OR_CLOSED.exec(rest) : null;
    const campus = m?.[1] ?? m?.[2];
    if (!m || !campus || isCalendarWord(campus) || c.people.has(campus)) continue;
    if (c.places.get(campus)?.sentence === o.sentence) c.places.delete(campus);
    c.orgs.delete(key);
    c.addOrg(m[0].startsWith(',') ? `${o.name}, ${campus}` : `${o.name} at ${campus}`, o.acronym, o.sentence, c.viaOf('orgs', o.name) ?? 'form');
  }
}

/** A plural noun right after a list, or after one word more ("elementary schools"): the names describe it. */
const NOUN_AFTER_LIST = /^\s+(?:[a-z]+\s+)?[a-z]+[^s'’\s]s\b/;

/**
 * "Marseille, Nice and Lyon", "Bega, Candelo and Wolumla": an undecided name listed with known places, and with no
 * organisation or person, is a place; not in a sports report, where towns name their clubs, nor a name the
 * article writes in lower case ("Nice"), a common or calendar word ("Western", "Sept."), a brand's inner capital
 * ("CalMac"), a nationality, an acronym or a name that opens with a given name.
 * Returns the names still undecided.
 */
function placesInLists(c: Collector, unknown: Candidate[]): Candidate[] {
  if (c.sport) return unknown;
  // a place the article names as one already (not "Markham" in "Rigler, Sitton and Markham elementary schools")
  const place = (x: string) => c.places.has(x);
  const other = (x: string) => c.hasOrg(x) || c.people.has(x) || !!c.personBySurname(x);
  return unknown.filter((u) => {
    const w = u.toks[0]!.w;
    const word = u.toks.length === 1 && (isCommonWord(w) || isCalendarWord(w) || /\.$|\p{Ll}\p{Lu}/u.test(w));
    if (u.toks.length > 3 || word || !mayNamePlace(u.toks.map((t) => t.w)) || u.possessive || isAdjective(u.name) || isDemonym(u.name) || ALL_CAPS_2_6.test(u.name) || c.lowerWords.has(u.name.toLowerCase())) return true;
    // a given name only among two known places or more ("Leicester, Somerset, Basingstoke"), and no person's word
    const given = isGivenName(w);
    if (given && (u.toks.length > 1 || [...c.people.keys()].some((n) => n.split(' ').includes(w)))) return true;
    // (not names that describe a noun after them: "Ukraine and Western sanctions", "Rigler and Markham schools")
    const listed = listMates(c, u).some((l) => l.mates.filter(place).length >= (given ? 2 : 1) && !l.mates.some(other) && !NOUN_AFTER_LIST.test(l.after));
    if (listed) c.addPlace(u.name, u.p.sentence, 'list');
    return !listed;
  });
}

/** Decides each capitalised phrase; returns the undecided ones. */
export function namesInPhrases(c: Collector): Candidate[] {
  const unknown: Candidate[] = [];
  const org = (k: Candidate, via: Via) => {
    c.addOrg(k.name, '', k.p.sentence, via); // for a known one: keeps the fuller form ("Corp" → "Corporation")
    c.mentionOrg(k.name, k.p.sentence);
  };
  nicknamedPeople(c);
  // the sentence and end of the last known place found whole ("Dar es Salaam"): the phrases inside it are its parts
  let joined = { sentence: -1, end: -1 };
  for (const p of c.phrases) {
    if (p.sentence === joined.sentence && p.start < joined.end) continue;
    const place = joinedPlaceOf(c.sents[p.sentence]!.text, p.tokens);
    if (place) {
      c.addPlace(place.name, p.sentence, 'lexicon');
      joined = { sentence: p.sentence, end: place.end };
      continue;
    }
    if (insideNameWithAcronym(c, p)) continue;
    const k = candidate(c, p);
    if (!k) continue;
    const { toks, name, before, after, initial } = k;
    const words = toks.map((t) => t.w);
    if (c.acronyms.has(name)) continue;
    // "the Athens Olympics": the city that hosts an event named for it is a place of the story (the event goes on as before)
    const host = hostOfEvent(words);
    if (host) c.addPlace(host, p.sentence, 'context');
    if (c.hasOrg(name)) {
      org(k, 'coref');
      continue;
    }
    const pair = joinedOrganisations(toks, (ts) => companyByName(c.textOf(p, ts), c.lowerWords) || c.hasOrg(c.textOf(p, ts)));
    if (pair && !c.acronymOf(name)) {
      for (const half of pair) org({ ...k, toks: half, name: c.textOf(p, half) }, 'form');
      continue;
    }
    // "the Halden Ravens", "the Rolling Stones": a plural name after "the" is a team, a band or a body
    // a company or team known by name from data beats the weaker cues of a person ("Boston" is also a given name)
    // (land by its lie or a river after "the" is no team: "the East Midlands", "a show on the River Thames on Friday")
    const lands = isLandsAfterThe(words, before) || isRiverAfterThe(words, before);
    // (not the surname of a person the article has named: "Matt Navarra … Navarra identified")
    const company = companyByName(name, c.lowerWords) && !c.personBySurname(name);
    if ((isTeamAfterThe(toks, before, after) && !isKnownPlace(name) && !isAdjective(name) && !lands && (c.sport || !isLandAfterPreposition(before))) || company) {
      org(k, company ? 'lexicon' : 'context');
      continue;
    }
    // "Frost & Sullivan", "Baird & Kerr": names joined by an ampersand are a firm, never one person; two companies
    // known by name each are two ("Twitter & Instagram")
    if (FIRM_AMPERSAND.test(name)) {
      const pair = TWO_WORDS_AMPERSAND.exec(name);
      if (pair && pair.slice(1).every((w) => isKnownCompany(w) || isBrandWord(w))) {
        for (const w of pair.slice(1)) {
          c.addOrg(w, '', p.sentence, 'lexicon');
          c.mentionOrg(w, p.sentence);
        }
      } else org(k, 'form');
      continue;
    }
    // "Labour MPs", "Former Everton manager …": a body the article writes its members after, before any place's cue
    if (isBodyOfMembers(c, k)) {
      org(k, 'context');
      continue;
    }
    // "in Beverly Hills, Calif.", "Linden, a town …", "near Rosa Springs": the place's own cues outweigh a given name
    // (not a person given a role: "candidate Ana Diaz, a former city councillor")
    // (nor a nationality or a party, "Irish-based", "Republican districts"; nor a body by its form, "at Acme University, Fresno";
    // nor a month or a day, "in November, France were …", whose comma and country read as "Town, Country")
    const described = isAdjective(name) || isDemonym(name) || isOrgByForm(toks) || isCalendarWord(name) || !!roleBefore(before) || !!roleAfter(after);
    // ("the Horsham by-election": a seat; a party whose MPs the article writes was taken as a body above)
    const seat = (isByElectionSeat(after) || isSeatBeforeMember(words, after)) && !ALL_CAPS_2_6.test(name);
    // ("the Kodak Theatre", "the Bernabeu stadium": a venue by how it is written, places.ts isVenueByForm)
    const venue = isVenueByForm(words, after);
    // ("face France at Twickenham": in a sports report, a ground after a nation and "at", places.ts isGroundAt)
    const ground = c.sport && isGroundAt(before, after) && !isKnownPlace(name) && mayNamePlace(words) && !k.possessive;
    // ("on George Street", "at 10 Downing Street": a street after a preposition of place, with its house number, places.ts streetAt)
    // (a street's last word names no person, so no role is read around it: "met Tony Blair at 10 Downing Street, on his first official visit")
    const street = toks.length <= 3 ? streetAt(words, before, after) : undefined;
    if (street) {
      c.addPlace(street, p.sentence, 'context');
      continue;
    }
    if (toks.length <= 3 && splitRolePrefix(toks) < 0 && !described && (placeByContext(before, after) || seat || venue || ground)) {
      c.addPlace(name, p.sentence, venue ? 'form' : 'context');
      continue;
    }
    if (personAfterTitle(c, k) || personByCue(c, k) || knownByOneWord(c, k)) continue;
    // "Dundee beat Hallam 2-1", "a 1-1 draw by Dundee": in a sports report a town that plays is its club (a
    // country that plays is its nation, which editors list as the place; a town of a dateline stays the place)
    const playsInReport = c.sport && isSideInSportsReport(before, k.afterName);
    const placeOnly = isCountry(name) || c.viaOf('places', name) === 'dateline';
    const side = c.sport && !placeOnly && (isSideInResult(before, k.afterName) || playsInReport);
    // "gaming group Wembley", "Italian side Parma": a town right after the kind of body it names is that body, where the
    // article never writes it after a preposition of place ("rivals Exeter … fans in Exeter"); not a country ("the team
    // Brazil" is its nation, which editors list as the place)
    if (isKnownPlace(name) && !placeOnly && ORG_DESCRIPTOR_BEFORE.test(before) && !writtenAfterPlacePreposition(c, name)) {
      org(k, 'context');
      continue;
    }
    if (isKnownPlace(name) && !side && !(toks.length === 1 && c.lowerWords.has(name.toLowerCase()))) {
      c.addPlace(name, p.sentence, 'lexicon');
      continue;
    }
    // (not an index that carries its number, numbered-names.ts: "every Fortune 500 company")
    const orgByNoun = ORG_NOUN_AFTER.test(after) && !/\ban?\s$/.test(before) && !isAdjective(name) && toks.length <= 3 && !(initial && toks.length === 1) && !endsWithNumber(name);
    const club = (c.sport && toks.length >= 2 && toks.length <= 3 && CLUB_TAIL.test(toks[toks.length - 1]!.w)) || isClubOfPlace(toks, after, c.lowerWords);
    if (isOrgByForm(toks) || orgByNoun || club || (toks.length === 1 && LEGISLATURE.test(name))) {
      org(k, orgByNoun && !isOrgByForm(toks) && !club ? 'context' : 'form');
      continue;
    }
    // "a draw at Ross County": a side in a result, not a place by its form (organisations-by-context takes it)
    if (isSideOrListedCompany(before, k.afterName) || playsInReport) {
      unknown.push(k);
      continue;
    }
    // ("North" of "in North and Northeast Portland": part of a name written once)
    if (isCompassSharingName(words, after)) continue;
    const lastWord = toks[toks.length - 1]!.w;
    // (not an acronym or its plural: "across DVRs")
    const plain = !k.possessive && !ALL_CAPS_2_6.test(name) && !ACRONYM_PLURAL.test(name) && !isCalendarWord(name) && !ORG_TAIL.has(lower(lastWord)) && mayNamePlace(words);
    const byForm = isPlaceByForm(words, after) || lands || isCompassPlace(words, before);
    if ((placeByContext(before, after, plain) && !isAdjective(name) && !isCalendarWord(name) && toks.length <= 3 && !listedWithOrg(c, k)) || byForm) {
      c.addPlace(name, p.sentence, byForm ? 'form' : 'weakContext');
      continue;
    }
    unknown.push(k);
  }
  campuses(c);
  peopleNamedAsPlaces(c);
  rolesFromLede(c);
  rolesOfSubjectBefore(c);
  return placesInLists(c, unknown);
}