/**
 * Products, works, craft and events are neither people nor organisations: a phone, a game, a film, a spacecraft or
 * a storm listed under Who or Organisations is wrong in the panel (the labelled sets leave them neutral, so no
 * score sees them; a reader does). What tells one is the article's own writing, never a list of names: the title
 * written in quotes, the kind of thing written after or before it ("the Blue Moon lander", "her new movie Office
 * Party"), a model's code or a sequel's number after it ("Nighthawk R6700", "Mortal Kombat 11"), "the" before a name
 * that opens with no given name ("the new AirPods Pro"), a maker's name opening it ("Google Stadia"), an event's or a
 * storm's word.
 */

import { articleText, occurrences } from './article-view';
import { isGivenName, isKnownCompany } from './gazetteer';
import { FUNCTION_WORDS, HONORIFICS, LEAD_STOP } from './lexicon';
import type { Collector } from './collector';
import type { OrganizationFact, PersonFact } from './types';

/**
 * Lower-case nouns of made things that follow their name ("the Hazel Hen supercomputer", "its Stadia Pro
 * subscription", "the Hang Seng index"). Not the nouns of works ("a Stephen King novel", "a Dionne Warwick song"):
 * after a person's name they name that person's work, and the person stays.
 */
const MADE_THING_AFTER =
  /^ (?:lander|probe|rover|orbiter|spacecraft|capsule|rocket|satellite|telescope|supercomputer|computer|laptop|notebook|tablet|smartphone|handset|console|headphones|earbuds|router|processor|chip|keyboard|subscription|app|software|drone|robot|sedan|hatchback|coupe|SUV|pickup|vessel|submarine|warship|yacht|index)\b/;

/**
 * A work's or a made thing's noun with its article or owner just before a name ("the film Mary Poppins", "her new
 * movie Office Party", "a mission called Europa Clipper").
 */
const WORK_BEFORE =
  /\b(?:the|a|an|his|her|its|their|new) (?:movie|film|documentary|album|song|single|novel|book|memoir|play|musical|opera|show|sitcom|series|podcast|game|video game|app|mission|spacecraft|probe|rover|lander|ship|vessel|yacht) (?:called |named )?$/i;

/** A model's code right after a name: letters and digits together ("R6700", "5300M", "2K20"); an ordinal ("50th") is none. */
const MODEL_CODE_AFTER = /^ (?=[A-Za-z]*\d)(?=\d*[A-Za-z])(?![0-9]+(?:st|nd|rd|th)\b)[A-Za-z0-9]{2,}(?![\w-])/;

/**
 * A sequel's or a version's number closing a list's item right after a name ("Mortal Kombat 11, Rage 2, …"). Only
 * when every mention has one and the article is no sports report, where a player's runs or points follow the name
 * the same way ("Shafiq 134, Mahmood 77"); on the study sets no person was written so outside sports.
 */
const SEQUEL_NUMBER_AFTER = /^ \d{1,3}(?:[,;)]|$)/;

/** Quotes that open and close a title ("“Mary Poppins”", "'Black Water,'"): a title keeps them in the text. */
const OPENS_QUOTE = /["“‘']$/;
const CLOSES_QUOTE = /^[,.!?]?["”’']/;

/** "the" or "the new" just before a name. */
const THE_BEFORE = /\bthe (?:new |latest |original )?$/i;
/**
 * A lower-case word right after a name, not a preposition or the like: the name is then a modifier ("the Xi Jinping
 * era", "the Trump administration"), which a person's name can be; "the" before it tells nothing then.
 */
const modifiesNounAfter = (after: string): boolean => {
  const next = /^ (\p{Ll}+)\b/u.exec(after)?.[1];
  return !!next && !LEAD_STOP.has(next) && !FUNCTION_WORDS.has(next);
};
/** A lower-case word inside a name ("Abdulaziz bin Salman", "Ursula von der Leyen"): a person's particle, no product's. */
const LOWER_WORD_INSIDE = / \p{Ll}/u;

/**
 * Last words of events' names ("United Nations Climate Action Summit", "ATP Finals", "Super Bowl"): an event is
 * held, not run, and nobody is its member. Not "League", "Conference" or "Tour", which name the bodies that run one.
 */
const EVENT_LAST_WORD = /\s(?:Summit|Festival|Fair|Expo|Finals|Olympics|Bowl|Marathon|Grand Prix|Cup)$/;

/** Named weather systems ("Storm Imogen", "Hurricane Dorian"): named as people are, and no person. */
const STORM_FIRST_WORD = /^(?:Storm|Hurricane|Typhoon|Cyclone|Tropical Storm)\s/;

/** Every mention of the name in the text is wrapped in quotes: a title (a film, a song, a show), not a name. */
export function writtenAsTitle(name: string, text: string, at = occurrences(text, name)): boolean {
  return at.length > 0 && at.every((i) => OPENS_QUOTE.test(text.slice(Math.max(0, i - 1), i)) && CLOSES_QUOTE.test(text.slice(i + name.length, i + name.length + 2)));
}

const someMention = (name: string, text: string, at: number[], test: (before: string, after: string) => boolean): boolean =>
  at.some((i) => test(text.slice(Math.max(0, i - 30), i), text.slice(i + name.length, i + name.length + 30)));

/** The first word is no given name and no title: a name a person could not have ("AirPods Pro", not "Peyton Manning"). */
const opensWithNoGivenName = (name: string): boolean => {
  const first = name.split(' ')[0]!;
  return !isGivenName(first) && !HONORIFICS.has(first.replace(/\.$/, '').toLowerCase());
};

/**
 * Whether a name the passes took for a person is a product, a work, a craft or a storm by the article's writing.
 * `orgs` are the names the article lists as organisations (a maker's name opening the product's).
 */
export function personIsThing(name: string, text: string, orgs: ReadonlySet<string>, sport = false): boolean {
  if (STORM_FIRST_WORD.test(name)) return true;
  const at = occurrences(text, name);
  if (writtenAsTitle(name, text, at)) return true;
  if (!sport && at.length && at.every((i) => SEQUEL_NUMBER_AFTER.test(text.slice(i + name.length, i + name.length + 6).split('\n')[0]!))) return true;
  if (someMention(name, text, at, (before, after) => MADE_THING_AFTER.test(after) || WORK_BEFORE.test(before) || MODEL_CODE_AFTER.test(after))) return true;
  if (!name.includes(' ') || !opensWithNoGivenName(name) || LOWER_WORD_INSIDE.test(name)) return false;
  // a maker's name opening it ("Google Stadia", "Uber Money"): an organisation of the article or a known company
  const first = name.split(' ')[0]!;
  if (orgs.has(first) || isKnownCompany(first)) return true;
  // "the new AirPods Pro", "the Amazon Echo": "the" is written before a thing's name, not before a person's
  return someMention(name, text, at, (before, after) => THE_BEFORE.test(before) && !modifiesNounAfter(after));
}

/**
 * A version's number right after a name, as a word of its own ("PlayStation 3", "the Xbox 2 console"): not a year
 * (four digits), a score's or a range's ("30-20"), a decimal, an amount or a share ("Acme 10%", "Acme 5bn").
 */
const VERSION_NUMBER_AFTER = /^ \d{1,3}(?![\d\p{L}%]|[.,:–-]\d|\s?(?:%|per ?cent\b))/u;

/**
 * Whether a name the passes took for an organisation is a work (a title in quotes, "the film …"), an event, or a
 * product in its versions: every mention with a version's number after it ("PlayStation 3", "Xbox 2"), which a body
 * is not written with, outside a sports report (a side's points follow its name: "beat Hallam City 30 …").
 */
export function organisationIsThing(name: string, text: string, sport = false): boolean {
  if (EVENT_LAST_WORD.test(name)) return true;
  const at = occurrences(text, name);
  if (!sport && at.length && at.every((i) => VERSION_NUMBER_AFTER.test(text.slice(i + name.length, i + name.length + 12)))) return true;
  return writtenAsTitle(name, text, at) || someMention(name, text, at, (before) => WORK_BEFORE.test(before));
}

/** A version's number after a list's item ("Mortal Kombat 11"), left out when its neighbours are compared. */
const ITEM_NUMBER = / \d{1,3}$/;

/**
 * Whether a name is written as an item of a comma list beside a thing the article names ("Kine, Metro Exodus, Mortal
 * Kombat 11"): the items of one list are of one kind. `things` are the names found to be things by their own evidence.
 */
export function listedBesideThing(name: string, text: string, things: ReadonlySet<string>): boolean {
  if (!things.size || LOWER_WORD_INSIDE.test(name) || !opensWithNoGivenName(name)) return false;
  return occurrences(text, name).some((i) => {
    const before = /(?:^|, )([^,\n]+), $/.exec(text.slice(Math.max(0, i - 60), i))?.[1];
    const after = /^, ([^,\n]+?)(?:,| and | or |$)/m.exec(text.slice(i + name.length, i + name.length + 60))?.[1];
    return [before, after].some((item) => item !== undefined && things.has(item.replace(ITEM_NUMBER, '')));
  });
}

/** The people and organisations that are no product, work, craft or event, in order. */
export function withoutThings(c: Collector, people: PersonFact[], organizations: OrganizationFact[]): { people: PersonFact[]; organizations: OrganizationFact[] } {
  const text = articleText(c);
  // every organisation the passes found, before the merges left out its short forms ("Google" beside "Google I/O")
  const orgs = new Set([...c.orgs.values(), ...organizations].map((o) => o.name));
  const things = new Set([...people.filter((p) => personIsThing(p.name, text, orgs, c.sport)), ...organizations.filter((o) => organisationIsThing(o.name, text, c.sport))].map((x) => x.name));
  return {
    people: people.filter((p) => !things.has(p.name) && !listedBesideThing(p.name, text, things)),
    organizations: organizations.filter((o) => !things.has(o.name)),
  };
}
