/**
 * Pass: the places the names passes found, kept only where the article names them as places. The gazetteer says
 * that a word can be a place; the article says whether it is one here. A place word that the article only ever
 * writes inside a longer name ("U.S. District Judge", "Transport Canada", "District of Columbia", "Board of
 * Control for Cricket in India") names no place of the story; before a title it names the title's seat
 * ("Florida Gov. Ana Diaz"), and "Oslo-based" or "Iran-Iraq" name the place too.
 */

import { escapeRegExp, LETTER, UPPER, re, reG } from './chars';
import type { Collector, Via } from './collector';
import { isAdjective, KIN_BEFORE } from './cues';
import { isCountry, isGivenName, isKnownPlace } from './gazetteer';
import { CLUB_POSITIONS, LEAD_STOP } from './lexicon';
import { isRoleWord } from './people';
import { lower } from './phrases';
import { HOSTED_EVENT_AFTER, MEMBER_TITLE } from './places';
import type { TextFact } from './types';
import { endsWorkTitle } from './work-titles';

/**
 * A capitalised word just before the place ("Transport Canada"), or with a connector of other languages' names
 * ("Braunau am Inn"); after "of" the place is often named ("Ana Diaz of Kansas"), so only a known longer name
 * ("District of Columbia") holds it.
 */
const CAP_WORD_BEFORE = re`([${UPPER}][${LETTER}.'’&-]*)\s+(?:(?:de|du|del|am|an)\s+)?$`;
/**
 * A capitalised word just after the place ("U.S. District", "Cleveland Fed", "Aberdeen Royal Infirmary"), past a
 * party's or a nationality's word ("Kentucky GOP Gov.": the title's seat).
 */
const CAP_WORDS_AFTER = re`^\s+([${UPPER}][${LETTER}.'’&-]*)(?:\s+([${UPPER}][${LETTER}.'’&-]*))?`;

/** An ordinary opener of a sentence ("In", "Neighbouring", "Finally"), no part of a name. */
const OPENER_ENDING = /(?:ing|ly)$/;

/** Where a capitalised word is no part of a name: an ordinary opener, a word the article also writes in lower case. */
const opensNoName = (w: string, c: Collector, initial = false): boolean =>
  LEAD_STOP.has(lower(w)) || (c.lowerWords.has(lower(w)) && !/^[A-Z]{2,}/.test(w)) || (initial && OPENER_ENDING.test(w));

/** Spans of the known organisations', people's and places' names of several words in a sentence. */
function nameSpans(c: Collector, text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const names = [...[...c.orgs.values()].map((o) => o.name), ...c.people.keys(), ...[...c.places.values()].map((p) => p.text)];
  for (const n of names) {
    if (!n.includes(' ')) continue;
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) spans.push([i, i + n.length]);
  }
  return spans;
}

/**
 * A lower-case noun right before a name, after a determiner, a possessive or a capitalised word inside the sentence
 * ("the rapper", "his brother's lawyer", "UK rapper"): not "Looking forward Nigeria", where the noun is an adverb.
 */
const NOUN_BEFORE = /(?:(?:^|\s)(?:the|a|an|his|her|their|its|our|my|your)|\S\s+[A-Z][\w.-]*|['’]s?)\s+([a-z][a-z-]*)\s+$/;

/**
 * "the Prince of Wales", "the Duchy of Cornwall", "the Earl of Wessex": a title of nobility names a person or an
 * estate by a place, which the title holds; the place is not one of the story there.
 */
const NOBLE_TITLE_OF = /\b(?:Prince|Princess|Duke|Duchess|Duchy|Earl|Countess|Marquess|Marquis|Viscount|Viscountess|Baron|Baroness)\s+of\s+(?:the\s+)?$/;

/** Up to three capitalised words and a possessive right before a name ("London's ", "San Francisco's "). */
const OWNER_BEFORE = re`((?:[${UPPER}][${LETTER}.-]*\s+){0,2}[${UPPER}][${LETTER}.-]*)['’]s\s+$`;

/**
 * "London's West End", "San Francisco's Financial District": a known place that owns a place's name is no part of it (a
 * body's or a person's possessive is: "Guy's Hospital", "McDonald's Restaurant"); no place owns a country ("Japan's
 * Nippon Steel").
 */
function ownedByPlace(before: string, name: string): boolean {
  const words = isCountry(name) ? [] : (OWNER_BEFORE.exec(before)?.[1]!.split(/\s+/) ?? []);
  return words.some((_, i) => isKnownPlace(words.slice(i).join(' ')));
}

/**
 * "An All England club spokesman", "consultants HI Europe", "Three Mile Island": a capital inside a sentence, after a
 * word or a comma, is a name's, even on a word that opens sentences or that the article also writes in lower case;
 * not an article's ("… and The Hague").
 */
const capitalInsideSentence = (before: string, word: string): boolean => /[\p{L},]\s+$/u.test(before) && !/^(?:The|A|An)$/.test(word);

/** Whether the place at `at` in a sentence stands as a place, not inside a longer name. */
function standsAlone(c: Collector, text: string, at: number, length: number, spans: Array<[number, number]>): boolean {
  const before = text.slice(0, at);
  const after = text.slice(at + length);
  if (spans.some(([s, e]) => s <= at && at + length <= e && e - s > length)) return false;
  if (endsWorkTitle(before, text.slice(at, at + length)) || NOBLE_TITLE_OF.test(before)) return false;
  // "Governor of Texas": a role of the place, which is named; "In Texas": an ordinary opener
  const word = CAP_WORD_BEFORE.exec(before);
  const prev = word?.[1];
  const ofName = !!prev && (capitalInsideSentence(before.slice(0, word!.index), prev) || !opensNoName(prev, c, before.trim() === prev));
  if (ofName && !isRoleWord(prev!) && !ownedByPlace(before, text.slice(at, at + length))) return false;
  const m = CAP_WORDS_AFTER.exec(after);
  const next = m && isAdjective(m[1]!) && m[2] ? m[2] : m?.[1];
  // "envoy to Peru Helena Marsh": the title ends at the place, a known person's name follows
  const person = [...c.people.keys()].some((n) => isGivenName(n.split(' ')[0]!) && after.trimStart().startsWith(n));
  // ("the Ealing North MP": a member's title after the seat)
  // ("the Athens Olympics": the city that hosts the event)
  return !next || opensNoName(next, c) || isRoleWord(next) || MEMBER_TITLE.test(next) || person || HOSTED_EVENT_AFTER.test(after);
}

/** The mentions of a place in the prose (as written, or in capitals in a dateline): whether each stands alone. */
function mentions(c: Collector, name: string, spansOf: (i: number) => Array<[number, number]>): boolean[] {
  const out: boolean[] = [];
  const forms = new Set([name, name.toUpperCase()]);
  c.sents.forEach((s, i) => {
    if (c.row[i]) return;
    for (const form of forms) {
      if (!s.text.includes(form)) continue;
      for (const m of s.text.matchAll(reG`(?<![${LETTER}0-9])${escapeRegExp(form)}(?![${LETTER}0-9])`)) {
        out.push(standsAlone(c, s.text, m.index!, form.length, spansOf(i)));
      }
    }
  });
  return out;
}

/**
 * "the Hartford Whalers … two assists for Hartford": in a sports report, a town that opens the name of a club the
 * article names is the club's short name, unless the article writes it as a place once (a dateline, "in Hartford").
 */
function clubsTownOnly(c: Collector, name: string): boolean {
  if (!c.sport || isCountry(name) || c.viaOf('places', name) === 'dateline') return false;
  const opensClub = [...c.orgs.values()].some(({ name: o }) => o.startsWith(`${name} `) && /^\p{Lu}/u.test(o.slice(name.length + 1)));
  return opensClub && !writtenAfterPlacePreposition(c, name);
}

/** The article writes the name after a preposition of place at least once ("in Hartford"). */
export function writtenAfterPlacePreposition(c: Collector, name: string): boolean {
  const word = reG`(?<![${LETTER}])${escapeRegExp(name)}(?![${LETTER}])`;
  return c.sents.some((s) => [...s.text.matchAll(word)].some((m) => PLACE_PREPOSITION_BEFORE.test(s.text.slice(0, m.index))));
}

/** Every mention of a name in the article's prose (not rows of lists or tables): its sentence's text and where it stands. */
function proseMentions(c: Collector, name: string): Array<{ text: string; at: number }> {
  const word = reG`(?<![${LETTER}])${escapeRegExp(name)}(?![${LETTER}])`;
  return c.sents.flatMap((s, i) => (c.row[i] ? [] : [...s.text.matchAll(word)].map((m) => ({ text: s.text, at: m.index }))));
}

/**
 * A player's or a club's staff noun right after a town, past its possessive, an age, "assistant" or "former" ("Leicester
 * flanker", "Newcastle's 18-year-old centre", "Barcelona assistant coach"), and a capitalised word after it when
 * there is one (the person's name). Not "Newcastle city centre": no other word may come between.
 */
const PLAYER_AFTER = re`^(?:['’]s)?\s+(?:\d{1,2}-year-old\s+|assistant\s+|former\s+)?(?:${CLUB_POSITIONS}|centre|center|team-?mate)\b(\s+[A-Z])?`;

/**
 * "Newcastle prop Ed Kalman", "the Leicester flanker will return": a town the article writes only before a player's
 * noun is that player's club, not a place of the story. In a sports report the noun alone says so; elsewhere a
 * person's name must follow it ("Newcastle manager" may run a shop). Not a country, whose national side's players
 * editors list with the place ("England captain").
 */
function playersClubOnly(c: Collector, name: string): boolean {
  if (isCountry(name)) return false;
  const found = proseMentions(c, name);
  return (
    found.length > 0 &&
    found.every(({ text, at }) => {
      const player = PLAYER_AFTER.exec(text.slice(at + name.length));
      return !!player && (c.sport || !!player[1]);
    })
  );
}

/**
 * A club's signs after a town: a plural verb ("Blackburn have rejected a bid", "Newcastle were beaten", "Leicester say
 * they will wait"; British editors write a side in the plural, a town in the singular), or a player's, a staff
 * member's or a supporter's noun ("the Liverpool legend", "a Liverpool player", "the Glasgow forward", "Liverpool fans").
 */
const PLURAL_VERB_AFTER = /^\s+(?:have|are|were|say)\b/;
const CLUB_NOUN_AFTER = re`^(?:['’]s)?\s+(?:former\s+)?(?:${CLUB_POSITIONS}|centre|center|team-?mate|player|forward|legend|stalwart|substitute|fans|supporters)\b`;

/**
 * A club's signs before a town: a side's or a club's noun ("rivals St Helens", "union side Swansea", "leaders
 * Barcelona", "his former club Derby"), a result or a player's move ("after beating Liverpool", "poised to join
 * Sunderland", "losses to Newcastle"), a post held with it ("player-manager with Derby", "a spell in management with
 * Derby").
 */
const CLUB_SIGN_BEFORE = /\b(?:side|club|rivals|leaders|outfit|strugglers|opponents|beat|beating|join|joined|joining|(?:clash|draw|drew|tie)\s+with|(?:loss|losses|defeat|defeats)\s+to|(?:boss|manager|coach|management|spells?|stints?)\s+with)\s$/;

/** Whether the words around a name give a club's noun or move ("the Bath player", "poised to join Preston"). */
export const hasClubNounOrMove = (before: string, afterName: string): boolean => CLUB_NOUN_AFTER.test(afterName) || CLUB_SIGN_BEFORE.test(before);

/** Where a clause opens: the sentence's start, a quotation's, "while", "but", "as", "when", "after", "if". */
const CLAUSE_OPEN = /(?:^|["“‘]|\b(?:while|but|as|when|after|if)\s)$/;

/**
 * "Ulster were the last Irish team", "He said: \"Hallam are doing well\"": a name opening its clause with a plural verb
 * (not one after "and", "Phil and Rebecca have a son", nor after a quantifier, "many Scots have").
 */
export const opensClauseInPlural = (before: string, afterName: string): boolean => CLAUSE_OPEN.test(before) && PLURAL_VERB_AFTER.test(afterName);

/**
 * A town's club signs before it, besides a side's: a result against it, a player's move to it, a post or a career with
 * it ("to defeat Toulouse in the final", "turned down a move to Birmingham", "captain of Leicester", "played for St
 * Helens"). Read for known places only (not in `hasClubNounOrMove`, which the organisations pass reads for any name):
 * "a move to" with its article, since a company or a ministry moves to a town too ("will move to Birmingham"), and
 * only in a sports report, where a country is the national side (left out by `writtenAsClub`).
 */
const RESULT_OR_POST_BEFORE = /\b(?:defeat|defeated|defeating|(?:a|his|her|the)\s+move\s+to|captain\s+of|played\s+for|playing\s+for|plays\s+for)\s$/;

/**
 * "Blackburn have rejected a third bid", "the 43-year-old Liverpool legend", "11 points behind leaders Barcelona", "captain
 * of Leicester": in a sports report, a town the article writes once with a club's sign is the club in every mention, unless the article
 * writes it as a place once ("in Blackburn", a dateline). Not a country, whose national side editors list with the
 * place and write in the plural too ("champions France", "Italy were beaten").
 */
function writtenAsClub(c: Collector, name: string): boolean {
  if (!c.sport || isCountry(name) || c.viaOf('places', name) === 'dateline') return false;
  const club = proseMentions(c, name).some(({ text, at }) => {
    const [before, after] = [text.slice(0, at), text.slice(at + name.length)];
    return PLURAL_VERB_AFTER.test(after) || hasClubNounOrMove(before, after) || RESULT_OR_POST_BEFORE.test(before);
  });
  return club && !writtenAfterPlacePreposition(c, name);
}

/**
 * "his daughter Victoria … Victoria, a lobbyist,", "the rapper Kano": a noun of kinship or a lower-case role right
 * before a place word makes it a person's name, in every mention of the article; a place is not written after them
 * ("Governor of Texas" has "of" between). Not a country ("a country like Nigeria").
 */
function writtenAsPerson(c: Collector, name: string): boolean {
  if (isCountry(name)) return false;
  const word = reG`(?<![${LETTER}])${escapeRegExp(name)}(?![${LETTER}])`;
  return c.sents.some((s) =>
    [...s.text.matchAll(word)].some((m) => {
      const before = s.text.slice(0, m.index);
      return KIN_BEFORE.test(before) || isRoleWord(NOUN_BEFORE.exec(before)?.[1] ?? '');
    }),
  );
}

/**
 * One entity, one chip: a town that the article writes as its club ("Blackburn have rejected a bid", "the Liverpool
 * legend", "Hartford" after "the Hartford Whalers") is that club, listed with the organisations (and so no place). Run
 * after the organisations passes, before the places are read.
 */
export function townsAsClubs(c: Collector): void {
  for (const p of [...c.places.values()]) {
    if (c.hasOrg(p.text) || c.people.has(p.text)) continue;
    if (clubsTownOnly(c, p.text) || playersClubOnly(c, p.text) || writtenAsClub(c, p.text)) c.addOrg(p.text, '', p.sentence, 'context');
  }
}

/** The places of the article that it names as places at least once (its clubs taken out by townsAsClubs). */
export function placesNamed(c: Collector): TextFact[] {
  const spans = new Map<number, Array<[number, number]>>();
  const spansOf = (i: number) => spans.get(i) ?? spans.set(i, nameSpans(c, c.sents[i]!.text)).get(i)!;
  return [...c.places.values()].filter((p) => {
    if (c.people.has(p.text) || c.hasOrg(p.text) || writtenAsPerson(c, p.text)) return false;
    const found = mentions(c, p.text, spansOf);
    // a place the text does not write as found (a normalised form) is kept: there is nothing to judge
    return !found.length || found.some(Boolean);
  });
}

/**
 * A possessive after a name, "'s" or a bare apostrophe before a space ("in Charles Dickens' Oliver Twist"): after "in",
 * "at" or "from" a quotation seldom closes, so the bare apostrophe is taken here, unlike chars.ts's POSSESSIVE_AFTER.
 */
const OWNS_AFTER = /^['’](?:s\b|\s)/;

/** The cues that take a person by the name's shape alone: a given name first, a last word the article uses alone. */
const SHAPE_CUES: ReadonlySet<Via | undefined> = new Set<Via | undefined>(['given', 'surname']);
/**
 * "in Coral Gables", "near Sesto San Giovanni", "At Hutatma Chowk,": a preposition of place just before the name
 * ("At" only opening the sentence: inside one, "a jab at Ana Diaz" aims at a person).
 */
const PLACE_PREPOSITION_BEFORE = /(?:(?:^|[^\p{L}])(?:in|near|outside|throughout)|^[\s"“‘(]*At)\s$/u;

/** "in the ", "across the ": a preposition of place and "the" before a name. */
const PLACE_PREPOSITION_THE_BEFORE = /(?:^|[^\p{L}])(?:in|across|throughout)\s+the\s$/u;
/** A name that closes its clause: punctuation right after it. */
const CLAUSE_END_AFTER = /^[.,;:!?)]/;

/**
 * People the names pass took by the shape of the name alone (a given name opens it, or its last word is used alone)
 * whom the article also writes after a preposition of place ("an office in Coral Gables", "the Milan suburb … in
 * Sesto San Giovanni"), or after "in the" closing the clause ("the price fell in the Far East."), are places: people
 * are not written "in" or "near" (their possessive aside), nor "the" before a name that a noun does not follow, and a
 * given name opens many a town's name. Not in a sports report, where a run is "singled in" and a player "brought in". Run after
 * the names pass; each such name moves from the people to the places.
 */
export function peopleNamedAsPlaces(c: Collector): void {
  if (c.sport) return;
  for (const [name, person] of [...c.people]) {
    if (!SHAPE_CUES.has(c.viaOf('people', name))) continue;
    const atPlace = c.sents.some((s, i) => {
      if (c.row[i]) return false;
      for (let at = s.text.indexOf(name); at >= 0; at = s.text.indexOf(name, at + 1)) {
        // (not "in Ana Diaz's view": a name that owns something is a person's as often as a place's)
        const [before, after] = [s.text.slice(0, at), s.text.slice(at + name.length)];
        if (PLACE_PREPOSITION_BEFORE.test(before) && !OWNS_AFTER.test(after)) return true;
        // "the price fell in the Far East.": "the" and the clause's end leave no person's name
        if (PLACE_PREPOSITION_THE_BEFORE.test(before) && CLAUSE_END_AFTER.test(after)) return true;
      }
      return false;
    });
    if (!atPlace) continue;
    c.people.delete(name);
    c.addPlace(name, person.sentence, 'weakContext');
  }
}
