/** Places by their words and the words around them ("Greenbelt, Maryland", "Addison, a village", "near Evansville"); the gazetteer is gazetteer.ts. */

import { LETTER, UPPER, re } from './chars';
import { capitalised, CARDINALS, VAGUE_COUNTS } from './count-words';

import { isCommonWord, isCountry, isDemonym, isKnownPlace, joinedPlaceAt } from './gazetteer';
import { LEAD_STOP, NOT_NAME_TAIL, ORG_TAIL, STATE_ABBR } from './lexicon';
import { isRoleWord } from './people';
import { lower, type Token } from './phrases';

/** What follows "Town, Country" when the country closes the place: a comma, a stop, a dash, "and". */
const COUNTRY_CLOSES = /^(?:[,.;)]|\s+[—–]|\s+and\b)/;
const STATE_AFTER = re`^,\s+([${UPPER}][${LETTER}.]*(?:\s[${UPPER}][${LETTER}.]*)?)`;
const AGE_OF_BEFORE = re`[${UPPER}][${LETTER}]+,?\s\d{1,3},\s+(?:of|from)\s$`;
const CAP = String.raw`[${UPPER}][${LETTER}.'’-]*(?:\s[${UPPER}][${LETTER}.'’-]*){0,2}`;
/** "in Dundee", "in Karachi, Peshawar and Multan": the name follows "in", alone or in a list. */
const IN_BEFORE = re`(?:^|\s)(?:in|across|throughout)\s(?:${CAP}(?:,\s|,?\sand\s))*$`;
/**
 * "had moved to Malibu", "flew to Basra", "travel to Llanelli": a verb of a journey or a move, and "to", go to a place
 * (not "went to", "sent to", "a move to": a prize goes to a person, a player moves to a club).
 */
const JOURNEY_TO_BEFORE = /(?:^|\s)(?:moved|relocated|emigrated|flew|travel(?:s|led|ling|ed|ing)?)\s+(?:back\s+)?to\s+(?:the\s+)?$/;
/** "a 17-year-old singer from Devon", "the 27-year-old from Iten": where a person of an age comes from. */
const YEAR_OLD_FROM_BEFORE = /\d-year-old\s+(?:[a-z]+\s+){0,2}from\s$/;

const CAP_WORDS = String.raw`[${UPPER}][${LETTER}.'’-]*(?:\s[${UPPER}][${LETTER}.'’-]*)*`;
/** "the Lents neighborhood", "the Lents and St. Johns neighborhoods", "the Aston ward": names before the kind of place they name. */
export const PLACE_NOUN_AFTER = re`^(?:(?:,|\s+and|\s+or)\s+${CAP_WORDS})*\s+(?:neighbou?rhoods?|districts?|suburbs?|boroughs?|townships?|wards?|constituenc(?:y|ies)|count(?:y|ies)|regions?|provinces?|prefectures?|municipalit(?:y|ies))\b`;

/**
 * Last words that make a capitalised phrase a place: "Montgomery County", "South China Sea", "Victoria Falls"; the coast's
 * too, "the Gaza Strip", "a reef", "a harbour", "a beach", which no gazetteer of towns holds.
 */
const PLACE_TAIL = new Set(
  'county|province|prefecture|district|region|valley|basin|plateau|plains|delta|sea|ocean|channel|island|islands|archipelago|peninsula|strait|strip|gulf|bay|harbour|harbor|beach|reef|coast|river|lake|lagoon|mountains|glacier|desert|canyon|falls|springs'.split('|'),
);
/**
 * Last words of a venue's name, where a story happens: "the Millennium Stadium", "Sheffield Arena", "the Kodak Theatre",
 * "the Shrine Auditorium", "Belmarsh Prison", "Hollywood Boulevard". The study sets label such names a place or leave
 * them neutral (an organisation only for a theatre's company, "National Theatre", twice against nine places); the
 * names pass left them undecided. Not a body's words ("Hall", "Centre", "Club", "Court", "University", "Hospital":
 * ORG_TAIL's, as often the body as its building).
 */
const VENUE_TAIL = new Set('stadium|arena|theatre|theater|auditorium|pavilion|racecourse|prison|airport|hotel|boulevard'.split('|'));
/** A nation and "at" right before a name: the side is named before, the ground after ("face France at Twickenham"). */
const NATION_AT_BEFORE = /(?:^|\s)(\p{Lu}\p{Ll}+)\s+at\s$/u;

/**
 * A sports ground by the words before it, also one no gazetteer holds ("Murrayfield"): a nation and "at" before it
 * ("face France at Twickenham", "victory over Scotland at Murrayfield"), the opponent named before, the ground after.
 * Not a match's noun and "at" (measured and dropped: "the match at Sale Sharks" is the club's), nor a result's or a
 * post's ("a 2-1 win at Albacete", "spells at Arsenal"); nor a tournament's name before its year ("Spain at Euro
 * 2008") or a possessive. The caller reads it in sports reports only, for names that are no known place (a town after
 * "at" is left to the club's signs: "the match at Leicester").
 */
export const isGroundAt = (before: string, after: string): boolean => isCountry(NATION_AT_BEFORE.exec(before)?.[1] ?? '') && !OWNED_OR_NUMBERED_AFTER.test(after);

/**
 * First words of a venue's name in the languages whose grounds British and American editors write untranslated:
 * "stadium" in French, Spanish, Italian, German and Dutch ("the Stade de France", "the Estadio Azteca", "the Stadio
 * Olimpico"), and the French "park" of grounds ("the Parc des Princes").
 */
const VENUE_HEAD = /^(?:Stade|Estadio|Stadio|Stadion|Parc)$/;
/** A venue's noun in lower case after its name: "at the Bernabeu stadium", "the Tor Di Valle arena" (the sets take the name alone or with it). */
const VENUE_NOUN_AFTER = /^\s+(?:stadium|arena|racecourse)\b/;
/** First words that make one a place: "Lake Tahoe", "Mount Kenya", "Gulf of Aden". */
const PLACE_HEAD = /^(?:Lake|Mount|Mt\.|Gulf|Bay|Isle|Cape|Strait)$/;

/** A count opening a run ("Two Britons", "Several Kent towns"); not the tens, which open places ("Ninety Mile Beach"). */
const NUMBER_WORD = new RegExp(`^(?:${capitalised([...CARDINALS, ...VAGUE_COUNTS]).join('|')})$`);

/** "the" right before a name: "the Highlands", "the River Thames", "the Midwest". */
const THE_BEFORE = /\bthe\s$/i;

/** "the Highlands", "the East Midlands": land named by its lie after "the", never a team ("Ann Rowlands" has no "the"). */
export const isLandsAfterThe = (words: string[], before: string): boolean =>
  words.length <= 2 && /^[A-Z][a-z]+lands$/.test(words[words.length - 1]!) && THE_BEFORE.test(before);

/** "the River Thames", "the River Tyne": a river named in the British order after "the" ("River Phoenix" is an actor). */
export const isRiverAfterThe = (words: string[], before: string): boolean =>
  words.length >= 2 && words.length <= 3 && words[0] === 'River' && THE_BEFORE.test(before);

/**
 * "snow over the Great Lakes", "storms across the Rockies", "swam in the Galapagos": a preposition of place before
 * "the" makes the plural after it land, not a team or a band. Read outside sports reports only, where a side is
 * beaten "in" a final or won "over" ("a goal in the Rovers' win"); "to", "on", "from" and "into" are left out: they
 * are as often not of place ("lost to the Chiefs", "a book on the Beatles", "a letter from the Smiths", "an inquiry
 * into the Bidens").
 */
const PLACE_PREPOSITION_THE = /\b(?:in|across|over|around|through|throughout|near|off)\s+the\s$/i;
export const isLandAfterPreposition = (before: string): boolean => PLACE_PREPOSITION_THE.test(before);

/** A compass word before a known place names part of it: "West Texas", "Northern Virginia", "Central Luzon", "Mid Wales". */
const COMPASS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Mid|Upper|Lower|North-?(?:east|west)(?:ern)?|South-?(?:east|west)(?:ern)?)$/;
/** After a town, a compass word names a constituency, Britain's form of a seat's name: "Bristol East", "Ealing North". */
const COMPASS_AFTER = /^(?:North|South|East|West|Central)$/;
/** Glued before a place by a hyphen, the same: "Mid-Bedfordshire", "North-Norfolk". */
const COMPASS_HYPHEN = /^(?:Mid|North|South|East|West)-(\p{Lu}\p{Ll}+)$/u;

/**
 * "Ealing North", "Mid-Bedfordshire": a name shaped as a constituency's, a compass word after its last word or glued
 * before it; no party is named so, though editors write both before "MP" ("the Ealing North MP", "Labour MP").
 */
export const isSeatShaped = (words: string[]): boolean =>
  (words.length >= 2 && words.length <= 3 && COMPASS_AFTER.test(words[words.length - 1]!)) || (words.length === 1 && COMPASS_HYPHEN.test(words[0]!));
/** A region named by its lie alone: "the Midwest", "the Upper Midwest", "the Northeast" (after "the": "Southwest said" is an airline). */
const COMPASS_REGION = /^(?:Midwest|Northeast|Northwest|Southeast|Southwest)$/;
/** The same written as two compass words: "the North East", "the South-West" (Britain's regions). */
const COMPASS_PAIR = /^(?:North|South)[- ](?:East|West|east|west)$/;

/** " and Northeast Portland", " and Southeast Asia": a compass word and a name after "and". */
const AND_COMPASS_NAME = /^\s+and\s+(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|North-?(?:east|west)|South-?(?:east|west))\s+\p{Lu}/u;

/**
 * "in North and Northeast Portland", "across South and Southeast Asia": a compass word alone before "and" and a compass
 * word with a name shares that name, which the sentence writes once; alone it names no place (not "the South and
 * Midwest", where the second is a region of its own).
 */
export const isCompassSharingName = (words: string[], after: string): boolean => words.length === 1 && COMPASS.test(words[0]!) && AND_COMPASS_NAME.test(after);

/**
 * "West Texas", "Northern Virginia", "the Upper Midwest", "the Northeast", "the North East": a part of a land named by the compass; so is
 * a known place with a compass word after it or glued before it, a constituency ("Leicester South", "Mid-Bedfordshire").
 */
export function isCompassPlace(words: string[], before: string): boolean {
  const last = words[words.length - 1]!;
  if (COMPASS_PAIR.test(words.join(' '))) return THE_BEFORE.test(before);
  if (COMPASS_REGION.test(last)) return words.length <= 2 && (words.length === 1 || COMPASS.test(words[0]!)) && THE_BEFORE.test(before);
  if (words.length === 1) return isKnownPlace(COMPASS_HYPHEN.exec(last)?.[1] ?? '');
  if (words.length > 3) return false;
  return (COMPASS.test(words[0]!) && isKnownPlace(words.slice(1).join(' '))) || (COMPASS_AFTER.test(last) && isKnownPlace(words.slice(0, -1).join(' ')));
}

/**
 * "County Durham", "Co Antrim": Irish and British counties written with the word first; not "County Hall", "County
 * Board", "County Sheriff" (a common word, a body's or a role's word after it).
 */
const isCountyFirst = (words: string[]): boolean =>
  words.length === 2 && /^(?:County|Co)$/.test(words[0]!) && !isCommonWord(words[1]!) && !ORG_TAIL.has(words[1]!.toLowerCase()) && !NOT_NAME_TAIL.has(words[1]!.toLowerCase()) && !isRoleWord(words[1]!);

/** A place by how its name is written (not an organisation: the caller has ruled that out). */
export function isPlaceByForm(words: string[], after: string): boolean {
  // "Western District of New York" names a court's district, "Two Bartholomew County warrants" counts things
  if (words.length < 2 || words.length > 4 || /^\s+of\s/.test(after) || NUMBER_WORD.test(words[0]!)) return false;
  return PLACE_TAIL.has(words[words.length - 1]!.toLowerCase()) || PLACE_HEAD.test(words[0]!) || isCountyFirst(words);
}

/** Up to three lower-case words after a name: a role among them ("the National Theatre artistic director") makes it an employer. */
const LOWER_WORDS_AFTER = /^\s+((?:[a-z-]+\s+){0,2}[a-z-]+)/;

/**
 * A venue by how it is written, where the story happens: its last word ("the Millennium Stadium", "the Shrine
 * Auditorium"), its first in another language ("the Stade de France") or a venue's noun in lower case after it ("the
 * Bernabeu stadium"). Not one written before a role ("the
 * National Theatre artistic director Nicholas Hytner": the body that employs the person, which role-leads.ts reads),
 * nor a body's part before "of".
 */
export function isVenueByForm(words: string[], after: string): boolean {
  if (!mayNameVenue(words, after)) return false;
  return (words.length >= 2 && (VENUE_TAIL.has(words[words.length - 1]!.toLowerCase()) || VENUE_HEAD.test(words[0]!))) || VENUE_NOUN_AFTER.test(after);
}

/** A venue's or a street's name may stand as a place: not a body's part before "of", a number of them, or an employer before a role. */
function mayNameVenue(words: string[], after: string): boolean {
  if (/^\s+of\s/.test(after) || NUMBER_WORD.test(words[0]!)) return false;
  return !LOWER_WORDS_AFTER.exec(after)?.[1]!.split(/\s+/).some((w) => isRoleWord(w));
}

/**
 * Last words of a street's or a square's name: "Wilmslow Road", "Edmond Street", "Washtenaw Avenue", "Leicester Square",
 * and a ground named for its road ("Elland Road"). Not "Lane" (a surname as often: "Nathan Lane", "Mr Lane"), nor "Way"
 * (titles and groups: "No Way Out", "the Middle Way group").
 */
const STREET_TAIL = new Set(['street', 'road', 'avenue', 'square']);
/**
 * Before a street's name, where it stands as a place: a preposition of place or a walk's ("on George Street", "at
 * Lansdowne Road", "into 10 Downing Street", "towards Wilmslow Road", "the 23300 block of Edmond Street"), "the", a house
 * number ("at 300 Slater Street") and a place that owns it ("in London's Leicester Square"). Written alone, a street's
 * name is as often what it stands for, which the sets label an organisation or leave out: the government ("described
 * by Downing Street", "Downing Street defended the decision"), the market ("Wall Street has grown skeptical"), a
 * shop's branch ("Tesco's Cromwell Road branch"). Not "to" nor "from" (a letter goes to a person and comes from one).
 */
const STREET_PLACE_BEFORE = re`(?:^|[^${LETTER}])(?:[Aa]t|[Ii]n|[Oo]n|[Ii]nto|[Nn]ear|[Oo]utside|[Oo]ff|[Aa]cross|[Aa]round|[Aa]long|[Dd]own|[Tt]owards?|[Pp]ast|[Tt]hrough|block\s+of)\s+(?:the\s+)?(\d{1,5}[A-Za-z]?\s+)?((?:[${UPPER}][${LETTER}.-]*\s+){0,2}[${UPPER}][${LETTER}.-]*['’]s\s+)?$`;

/**
 * A street or a square where the story happens, by its last word and a preposition of place before it ("on George
 * Street", "at 10 Downing Street"): the name to list, with its house number when one is written ("10 Downing
 * Street", as the sets label it), else undefined. An owner before it must be a known place ("London's"); not a street
 * written before a role ("Downing Street adviser": the body) or "of", nor a person's possessive after it.
 */
export function streetAt(words: string[], before: string, after: string): string | undefined {
  if (words.length < 2 || !STREET_TAIL.has(words[words.length - 1]!.toLowerCase()) || /^['’]/.test(after) || !mayNameVenue(words, after)) return undefined;
  const m = STREET_PLACE_BEFORE.exec(before);
  if (!m || (m[2] && !isKnownPlace(m[2].replace(/['’]s\s+$/, '')))) return undefined;
  return `${m[1] ?? ''}${words.join(' ')}`;
}

/**
 * The words after a host city's name that make an event held there: "the Athens Olympics", "the 1936 Berlin Games",
 * "the Geneva Motor Show", "the Birmingham Grand Prix"; the sets list the city as a place of the story, the event as
 * neither. Not a marathon's, a festival's or an open's town ("the Boston, London and Tokyo Marathons", "the Cannes Film
 * Festival", "the Chennai Open"), which the sets list where the story is there and leave out where it only names a
 * past prize or a race.
 */
export const HOSTED_EVENT_AFTER = /^\s+(?:Olympics|Olympic\s+Games|Paralympics|Games|Grand\s+Prix|Motor\s+Show)\b/;
/** The same words closing a name. */
const HOSTED_EVENT_CLOSING = new RegExp(`${HOSTED_EVENT_AFTER.source}$`);
/** The last word of those events' names: read first, so that no other name is cut and joined. */
const HOSTED_EVENT_LAST = /^(?:Olympics|Paralympics|Games|Prix|Show)$/;

/** The known place that opens an event's name and hosts it ("Athens" of "Athens Olympics"), else undefined. */
export function hostOfEvent(words: string[]): string | undefined {
  if (!HOSTED_EVENT_LAST.test(words[words.length - 1] ?? '')) return undefined;
  for (let i = 1; i < words.length; i++) {
    const host = words.slice(0, i).join(' ');
    if (HOSTED_EVENT_CLOSING.test(` ${words.slice(i).join(' ')}`) && isKnownPlace(host)) return host;
  }
  return undefined;
}

/**
 * Whether a name that only the weak cue ("in X") offers can be a place's by its own words: no nationality or language
 * ("in German"), no digit ("in FY26", "in QZ8501"), not the commonest English words only ("in Higher Education",
 * "in Football", "in Phase 3"; the common-word list leaves out every word of a personal name, so "Green Bay" and
 * "Rock Hill" keep a word of their own).
 */
export const mayNamePlace = (words: string[]): boolean =>
  !words.some((w) => /\d/.test(w)) && !isDemonym(words.join(' ')) && !words.every((w) => isCommonWord(w));

/** " metro area", ", Fla., area": the area of a town, past its state written between commas. */
const AREA_AFTER = re`^(?:,\s+[${UPPER}][${LETTER}.]*,)?\s+(?:metro\s+|metropolitan\s+)?area\b`;

/**
 * "MP for Henley-on-Thames", "the AM for Aberavon": an elected member's abbreviated title
 * and "for" name the seat they hold, a constituency, which is a place.
 */
const SEAT_BEFORE = /(?:^|\s)(?:MPs?|MSPs?|AMs?|MEPs?|MLAs?|TDs?)\s+for\s+(?:the\s+)?$/;

/** "the 1904 Horsham by-election": a by-election is held in a seat, a constituency named for its place. */
const BY_ELECTION_AFTER = /^\s+by-elections?\b/;

/** A seat named before "by-election", also one no gazetteer holds (parties, acronyms and nationalities are ruled out by the caller). */
export const isByElectionSeat = (after: string): boolean => BY_ELECTION_AFTER.test(after);

/** An elected member's abbreviated title, which editors write after the seat: "the Ealing North MP", "the Fife Central MSP". */
export const MEMBER_TITLE = /^(?:MP|MSP|AM|MEP|MLA|TD)\.?$/;
const MEMBER_AFTER = /^\s+(?:MP|MSP|AM|MEP|MLA|TD)\b/;

/** "said the Ealing North MP": a name shaped as a seat (isSeatShaped) before a member's title is the seat. */
export const isSeatBeforeMember = (words: string[], after: string): boolean => isSeatShaped(words) && MEMBER_AFTER.test(after);

/** "the Argentine capital ", "its capital, ", "the port city ": the kind of town a name right after it is. */
const KIND_OF_TOWN_BEFORE = /(?:^|\s)(?:the|its|their)\s(?:\p{Lu}[\p{L}-]+\s|port\s)?(?:capital|city|town|village),?\s$/u;
const NAME_CLOSES_AFTER = /^\s?[,.;:!?)]/;

/** After a name, what makes a place cue before it no place's: a possessive ("in Ana's view") or a number ("in Stage 2"). */
const OWNED_OR_NUMBERED_AFTER = /^['’]|^\s\d/;

/**
 * Whether the words around a capitalised phrase mark it as a place. `weak` cues ("in X") are taken only when the
 * caller has ruled out names of people, organisations and dates.
 */
export function placeByContext(before: string, after: string, weak = false): boolean {
  // (not before a number: "in Stage 2", "in Article 19" name a part of something)
  if (weak && IN_BEFORE.test(before.slice(-120)) && !/^\s+[a-z]+['’]s\b/.test(after) && !OWNED_OR_NUMBERED_AFTER.test(after)) return true;
  if (weak && (JOURNEY_TO_BEFORE.test(before) || YEAR_OLD_FROM_BEFORE.test(before)) && !OWNED_OR_NUMBERED_AFTER.test(after)) return true;
  // (not the first of a seat named by two places, "MP for Kensington and Chelsea", read whole by no rule yet)
  if (SEAT_BEFORE.test(before) && !/^\s+and\s+[A-Z]/.test(after)) return true;
  // "the Charlotte metro area", "the Orlando, Fla., area": a town's area after "the"
  if (weak && /(?:^|\s)the\s$/.test(before) && AREA_AFTER.test(after)) return true;
  // "Greenbelt, Maryland", "Buffalo, N.Y."
  const state = STATE_AFTER.exec(after);
  if (state && (isKnownPlace(state[1]!.replace(/[.,]$/, '')) || STATE_ABBR.test(state[1]!.split(' ')[0]!))) {
    if (/(?:^|\s)(?:in|near|of|from|at|outside|to|and)\s$/.test(before)) return true;
    // "Kisumu, Kenya, said" with no preposition: only before a country, and where the sentence goes on after it
    if (weak && isCountry(state[1]!) && COUNTRY_CLOSES.test(after.slice(state[0].length))) return true;
  }
  // "Addison, a village southwest of Ithaca"
  if (/^,\s+(?:a|the)\s+(?:\w+\s)?(?:village|town|city|suburb|county|hamlet|province|state|region|district|neighbou?rhood|capital)\b(?!['’])/.test(after)) return true;
  // "the Chechen capital, Grozny.", "the port city Vlore,": the kind of town right before a name that closes there (not
  // "in the capital, Karzai said")
  if (KIND_OF_TOWN_BEFORE.test(before) && NAME_CLOSES_AFTER.test(after)) return true;
  // "the county of Kiambu", "the state of Lagos"
  if (/\b(?:county|province|state|city|town|village|district|region|island|municipality|borough) of $/.test(before)) return true;
  // "southwest of Ithaca", "near Evansville", "outside Boston"
  if (/(?:^|\s)(?:near|outside|(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of)\s$/.test(before)) return true;
  // "Tays, 32, of Franklin" / "Hollman 31, of Hope"
  if (AGE_OF_BEFORE.test(before)) return true;
  if (PLACE_NOUN_AFTER.test(after)) return true;
  // "a Sugar Land-based provider", "the Kowloon-born singer" (where a body is, where a person was born)
  if (/^-(?:based|born)\b/.test(after)) return true;
  return false;
}

/** A capitalised word after a place: the place opens a longer name ("the Republic of Singapore Air Force"). */
const NAME_GOES_ON = re`^\s+[${UPPER}]`;

/**
 * "Dar es Salaam", "Bosnia and Herzegovina", "the Democratic Republic of Congo": a known place whose name a
 * lower-case word joins, written whole from the first word of a phrase (past an opener: "In Dar es Salaam"). The
 * phrase alone stops at that word, and its parts would be read as places of their own ("Dar", "Congo", "Columbia"
 * of "District of Columbia"). Not where a capitalised word goes on after it (`NAME_GOES_ON`). Returns the name and
 * where it ends in the sentence.
 */
export function joinedPlaceOf(sentence: string, tokens: Token[]): { name: string; end: number } | undefined {
  for (const t of tokens) {
    const name = joinedPlaceAt(sentence, t.start);
    if (name) return NAME_GOES_ON.test(sentence.slice(t.start + name.length)) ? undefined : { name, end: t.start + name.length };
    if (!LEAD_STOP.has(lower(t.w))) return undefined;
  }
  return undefined;
}
