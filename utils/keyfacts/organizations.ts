/**
 * What an organisation's name looks like: its words ("… Corporation", "FC Porto"), a team after "the", a town's club,
 * an event's name, an acronym that spells a name (the pairs are merged in coreference.ts), two joined by "and".
 */

import { UPPER, reG, STARTS_UPPER } from './chars';

import { isCommonWord, isDemonym, isGivenName, isKnownCompany, isKnownPlace } from './gazetteer';
import { PLACE_NOUN_AFTER } from './places';
import { isAdjective } from './cues';
import { HONORIFICS, LEAD_STOP, NOT_NAME_TAIL, ORG_HEAD, ORG_TAIL } from './lexicon';
import { isStationNumber, lower, stripPossessive, type Token } from './phrases';

const CLUB = /^(?:FC|AFC|CF|SC|United|Hotspur|Rovers|Athletic|Wanderers|Albion|Inc\.?|Corp\.?|Ltd\.?|LLC|PLC|plc|AG|SA|GmbH)$/;

/** Industries that make a company of a place or a nationality before them ("Kenya Power", "Nigerian Breweries"). */
const INDUSTRY = new Set('power|energy|electric|oil|gas|petroleum|steel|cement|mining|breweries|telecom|rail|water|airports|ports|shipping|textiles|sugar'.split('|'));

/**
 * The joins inside an organisation's name ("Ministry of Health", "Center for Humane Technology") and the ones a
 * capitalised phrase may span ("Department of Health and Human Services").
 */
const CONNECTOR = /^(?:of|for|on)$/;

/**
 * A broadcaster numbers its channels, written as a number word after its name or a digit glued to its acronym ("BBC
 * One", "ITV1", "BBC Three"): the channel is the broadcaster's body. One to four only: the thirty-third round's study
 * sets name no channel past four this way, and "Fantastic Four", "Group One", "Day One" are titles or ranks, not channels.
 */
const CHANNEL_NUMBER_WORD = /^(?:One|Two|Three|Four)$/;
const CHANNEL_DIGIT_GLUED = /^(\p{Lu}{2,5})[1-4]$/u;
/**
 * The name before the channel's number: an acronym the lexicons know as an organisation ("BBC", "ITV", "CNN"; not a
 * model's or a format's letters, "PS2", "MP3", "SP2", nor a product known by a word, "Xbox One").
 */
const isBroadcasterAcronym = (w: string): boolean => /^\p{Lu}{2,5}$/u.test(w) && isKnownCompany(w);
/** "BBC One", "BBC One's", "ITV1", "ITV1's": a broadcaster's numbered channel. */
export function isNumberedChannel(words: string[]): boolean {
  const last = stripPossessive(words[words.length - 1]!);
  if (words.length === 2) return isBroadcasterAcronym(words[0]!) && CHANNEL_NUMBER_WORD.test(last);
  const glued = words.length === 1 ? CHANNEL_DIGIT_GLUED.exec(last) : null;
  return !!glued && isBroadcasterAcronym(glued[1]!);
}

/** A capitalised phrase that names an organisation by its form: "… Corporation", "Ministry of …", "FC Porto". */
export function isOrgByForm(tokens: Token[]): boolean {
  const words = tokens.map((t) => t.w);
  const last = lower(stripPossessive(words[words.length - 1]!));
  const first = lower(words[0]!);
  if (words.length > 1 && INDUSTRY.has(last) && (isKnownPlace(words.slice(0, -1).join(' ')) || isDemonym(words[0]!))) return true;
  // "the American Red Cross": a nationality before a known organisation's name of two words or more names its national body
  if (words.length > 2 && isDemonym(words[0]!) && isKnownCompany(words.slice(1).map(stripPossessive).join(' '))) return true;
  // "Thames Water", "NextEra Energy": one word of no common use and no given name before an industry
  if (words.length === 2 && INDUSTRY.has(last) && !isCommonWord(words[0]!) && !isGivenName(words[0]!) && !isAdjective(words[0]!)) return true;
  if (ORG_TAIL.has(last) || CLUB.test(words[words.length - 1]!) || CLUB.test(words[0]!)) return words.length > 1 || CLUB.test(words[0]!);
  if (ORG_HEAD.has(first) && words.length > 2 && CONNECTOR.test(words[1]!)) return true;
  // "BBC Radio 4", "Channel 4": a numbered station or channel; "BBC One", "ITV1": a broadcaster's numbered channel
  if (words.some((w, i) => i > 0 && isStationNumber(words[i - 1]!, w)) || isNumberedChannel(words)) return true;
  // "Center for Humane Technology", "Standing Committee on Finance"
  return words.length > 2 && words.some((w, i) => ORG_TAIL.has(lower(w)) && CONNECTOR.test(words[i + 1] ?? ''));
}

/**
 * The last word of an event's name ("the Hong Kong Protests", "the London Riots", "the Lagos Marathon", "the
 * Commonwealth Games"): an event, not a team or a body. The labelled sets list events as neither organisations nor
 * places; the words that also end bodies' names ("… Festival", "… Conference", "… Tour", "… Movement") are not here.
 */
const EVENT_HEAD = /^(?:Protests?|Riots?|Uprisings?|Demonstrations?|Rally|Rallies|Strikes?|Wars?|Massacre|Revolution|Marathon|Olympics|Paralympics|Games|Championships?|Tournament|Finals|Playoffs|Derby|Parade|Carnival|Awards|Talks|Elections?|Trials?|Hearings?|Celebrations?)$/;
/** A name that ends in an event's word: "Hong Kong Protests", "Lagos Marathon". */
export const isEventName = (name: string): boolean => EVENT_HEAD.test(name.slice(name.lastIndexOf(' ') + 1));
/** Plural last words of events and awards ("the Olympics", "the Grammys", "the London Riots"), not of teams. */
const isEventPlural = (w: string): boolean => /(?:ics|ys)$/.test(w) || EVENT_HEAD.test(w);

/**
 * "Attack of the Clones", "Dancing with the Stars", "Takin' It to the Streets", "Lord of the Flies": inside a
 * sentence, a capitalised ordinary word or a title ("Lord", "Sir") and a preposition before "the" make the plural the
 * end of a work's title, not a team ("a win over the Ravens"; "Fans of the Ravens" opens its sentence, where every
 * word is capitalised; "Ana Diaz of the Ravens" names a player's team).
 */
const WORK_TITLE_BEFORE = /\S\s+["“‘']?\s*([A-Z][\w'’]*)\s+(?:of|with|to|in|from|for|on|at)\s+the\s$/;
const isTitleWord = (w: string): boolean => isCommonWord(w) || LEAD_STOP.has(w.toLowerCase()) || HONORIFICS.has(w.toLowerCase()) || /(?:ing|in['’])$/.test(w);

/**
 * "the Halden Ravens", "the Rolling Stones", "the Ravens": capitalised words after "the" ending in a plural are a
 * team, a band or a body; not a family name with "'s", not a people ("the Australians"), not an event, not the end
 * of a work's title.
 */
export function isTeamAfterThe(tokens: Token[], before: string, after: string): boolean {
  // ("the Halls of Montezuma", "the Proceeds of Crime Act": the head of a longer name or title, cut at "of")
  if (!/(?:^|\s)the\s$/i.test(before) || tokens.length > 4 || PLACE_NOUN_AFTER.test(after) || /^\s+of\s/.test(after)) return false;
  const title = WORK_TITLE_BEFORE.exec(before);
  if (title && isTitleWord(title[1]!)) return false;
  const last = tokens[tokens.length - 1]!.w;
  return /^[A-Z][a-z]*[a-rt-z]s$/.test(last) && !isEventPlural(last) && !isDemonym(last) && !NOT_NAME_TAIL.has(last.toLowerCase()) && !ORG_TAIL.has(last.toLowerCase());
}

/** A party's members in a place ("Iowa Democrats"), not a club. */
const PARTY_MEMBERS = /^(?:Democrats|Republicans|Conservatives|Liberals|Socialists|Greens|Tories)$/;
/** Plural last words of places named for their lie ("Miami Shores", "Beverly Hills"), not of clubs. */
const PLACE_PLURAL = /^(?:Shores|Heights|Hills|Gardens|Woods|Lakes|Plains|Keys|Sands|Meadows|Downs|Fields|Glades|Pines|Oaks|Acres|Estates)$/;

/**
 * "Gujarat Titans", "Perth Scorchers", "Wigan Warriors": a known place and a plural name after it that the article
 * never writes in lower case is a club ("Kenya talks" would be; "Iowa Democrats" are a party's members, "Chad
 * Thomas" a person, "Miami Shores" a place).
 */
export function isClubOfPlace(tokens: Token[], after: string, lowerWords: Set<string>): boolean {
  if (tokens.length < 2 || tokens.length > 3 || PLACE_NOUN_AFTER.test(after) || isGivenName(tokens[0]!.w)) return false;
  const last = tokens[tokens.length - 1]!.w;
  const l = last.toLowerCase();
  const place = tokens.slice(0, -1).map((t) => t.w).join(' ');
  return (
    isKnownPlace(place) &&
    /^[A-Z][a-z]+[a-rt-z]s$/.test(last) &&
    !isEventPlural(last) &&
    !NOT_NAME_TAIL.has(l) &&
    !ORG_TAIL.has(l) &&
    !PARTY_MEMBERS.test(last) &&
    !PLACE_PLURAL.test(last) &&
    !lowerWords.has(l)
  );
}

const NOT_UPPER = reG`[^${UPPER}]`;

/**
 * Where the name that an acronym stands for starts among `ws` (the words before the bracket), matching the
 * acronym's capitals from the end: one letter per word, or the start of a word ("NAtional"); "of/for/and" are
 * skipped (or "of" gives its letter, when nothing else fits), as is at most one other capitalised word. `strict`:
 * one letter per word and no word skipped. -1 when the words do not fit.
 */
export function acronymStart(acr: string, ws: string[], strict = false): number {
  const k = lettersStart(acr, ws, strict, false);
  // else "Department of Energy (DOE)", "Bank of Punjab (BOP)": "of" gives its letter
  return k >= 0 ? k : lettersStart(acr, ws, strict, true);
}

function lettersStart(acr: string, ws: string[], strict: boolean, ofGivesLetter: boolean): number {
  let letters = acr.replace(NOT_UPPER, '').toLowerCase();
  if (letters.length < 2) return -1;
  let k = ws.length;
  let skipped = 0;
  while (k > 0 && letters) {
    const w = ws[k - 1]!;
    if (/^(?:of|for|and|the|on|de|&|in)$/.test(w)) {
      if (ofGivesLetter && w === 'of' && letters.endsWith('o')) letters = letters.slice(0, -1);
      k--;
      continue;
    }
    if (!STARTS_UPPER.test(w)) return -1;
    const parts = w.split('-').map((x) => x.toLowerCase());
    let matched = false;
    for (let n = Math.min(letters.length, strict ? 1 : 3); n >= 1 && !matched; n--) {
      const tail = letters.slice(letters.length - n);
      if ((parts.length === n && parts.every((x, j) => x.startsWith(tail[j]!))) || (parts.length === 1 && parts[0]!.startsWith(tail))) {
        matched = true;
        letters = letters.slice(0, letters.length - n);
      }
    }
    if (!matched && (strict || ++skipped > 1)) return -1;
    k--;
  }
  return letters ? -1 : k;
}

const AND_LAST = / and [A-Z][a-z]+$/;
/** What may stand before the words an acronym spells: "Department of" (HUD), a country ("U.S." FDA). */
const BEFORE_SPELLED = /^(?:(?:Department|Ministry|Office|Bureau) of|U\.?S\.?|U\.?K\.?)$/;

/**
 * Whether an organisation's whole name is what an acronym stands for, letter for letter with no word left over
 * ("National Institute of Standards and Technology" for NIST, "Department of Housing and Urban Development" for
 * HUD): the evidence that an acronym used on its own elsewhere in the article is this organisation.
 */
export function spellsOut(acr: string, name: string): boolean {
  if (NOT_ORG_ACRONYMS.has(acr)) return false;
  const ws = name.split(' ');
  const k = acronymStart(acr, ws, true);
  if (k === 0 || (k > 0 && BEFORE_SPELLED.test(ws.slice(0, k).join(' ')))) return true;
  // a last "and …" part the acronym leaves out ("Centers for Disease Control and Prevention", CDC)
  const cut = AND_LAST.exec(name);
  return !!cut && spellsOut(acr, name.slice(0, cut.index));
}

/** Common all-capital words that are not organisations. */
export const NOT_ORG_ACRONYMS = new Set(
  'CEO|CFO|COO|CTO|AI|IT|TV|GDP|SUV|SUVs|UK|US|USA|UAE|OK|PM|AM|ID|PIN|OTP|SIM|ATM|GPS|PC|PCs|DNA|HIV|COVID|LED|LCD|USB|PDF|FAQ|VIP|MVP|RIP|DIY|CEOs|IPO|ETF|VAT|GST|KPI|HR|PR|R&D|Q1|Q2|Q3|Q4|NY|LA|DC|GOP|SD|ND'.split('|'),
);

/**
 * "Federal Reserve and Commerce Department", "European Union and International Monetary Fund": two organisations
 * of two words each at least, joined by "and" in one capitalised phrase, are two, not one, where the first closes
 * with an organisation's word (or is known by name) and the second is one by its form (or known). Returns the two
 * halves, or null. Not a name whose "and" continues an "of" ("Department of Health and Human Services"), nor one with
 * a single word before the "and" ("Securities and Exchange Commission"), nor one whose first half ends with a trade
 * or a common word ("Acme Mining and Construction Company", "United Food and Commercial Workers International
 * Union"), nor one whose second half opens with an organisation's word ("First National Bank and Trust Company").
 */
export function joinedOrganisations(tokens: Token[], known: (ts: Token[]) => boolean): [Token[], Token[]] | null {
  const i = tokens.findIndex((t) => t.w === 'and');
  if (i < 2 || tokens.length - i - 1 < 2) return null;
  const left = tokens.slice(0, i);
  const right = tokens.slice(i + 1);
  if (left.some((t) => CONNECTOR.test(t.w)) || right.some((t) => t.w === 'and') || ORG_TAIL.has(lower(right[0]!.w))) return null;
  const closes = ORG_TAIL.has(lower(left[left.length - 1]!.w)) || known(left);
  return closes && (isOrgByForm(right) || known(right)) ? [left, right] : null;
}
