/**
 * The candidates the names pass decides: each capitalised phrase with its ordinary openers ("Despite", "Officers"),
 * descriptors ("Australian-born", "Facebook-owned") and post-nominals ("KC") cut, and the text around it.
 */

import type { Collector } from './collector';
import { LEGISLATURE, ORG_DESCRIPTOR_BEFORE } from './cues';
import { isToldDay } from './dates';
import { descriptorLength, personByGivenName } from './evidence';
import { LEAD_STOP, ORG_TAIL } from './lexicon';
import { isOrgByForm } from './organizations';
import { isRoleWord, looksLikeName } from './people';
import { isBrandWord, isCommonWord, isDemonym, isFrequentNamePart, isGivenName, isKnownCompany, isKnownPlace } from './gazetteer';
import { isSeatShaped } from './places';
import { capitalised, CARDINALS } from './count-words';
import { isCap, isPossessive, lower, NAME_PARTICLES, ORDINAL, stripPossessive, type Phrase, type Token } from './phrases';

const ALL_CAPS = /^[A-Z]{2,}$/;

/**
 * Words that open a question or count things, capitalised at a sentence's start ("Will", "May" are also given names).
 * Counts from two: "One" opens names ("One Nation"), and so do the tens ("Ninety Mile Beach").
 */
const QUESTION_OR_COUNT = new Set(['Is', 'Are', 'Was', 'Were', 'Does', 'Did', 'Do', 'Has', 'Have', 'Had', 'Can', 'Could', 'Should', 'Would', ...capitalised(CARDINALS.slice(1))]);

/** Post-nominal letters: "Simon Hale KC", "Jane Doe MP". */
const POST_NOMINAL = /^(?:KC|QC|MP|MBE|OBE|CBE|PhD)$/;
/** "Labour MPs", "Lib Dem MEPs": the members of the body named before them, in capitals, no part of its name. */
const MEMBERS_AFTER = /^(?:MPs|MSPs|MEPs)$/;

/** A capitalised phrase with its ordinary openers, descriptors and post-nominals cut, and the text around it. */
export interface Candidate {
  p: Phrase;
  toks: Token[];
  name: string;
  before: string;
  after: string;
  /** What follows the name without its possessive "'s". */
  afterName: string;
  initial: boolean;
  possessive: boolean;
}

/** A word that opens names of its own: a given name, a particle ("van"), a place, a company, capitals. */
const opensNames = (w: string): boolean =>
  isGivenName(w) || NAME_PARTICLES.has(w.toLowerCase()) || isKnownPlace(w) || isKnownCompany(w) || ALL_CAPS.test(w);

/**
 * "Opener Hammad Shafiq", "Supervision Michelle Bowman": at the start of a sentence, a word that is no given name
 * before a given name and a surname is a noun of the sentence (a position, the end of a title), not a first name.
 */
function nounBeforeName(toks: Token[]): boolean {
  const [w0, w1] = [toks[0]?.w ?? '', toks[1]?.w ?? ''];
  return toks.length >= 3 && isGivenName(w1) && looksLikeName(toks.slice(1)) && !namesBody(toks.slice(1)) && !opensNames(w0);
}

/** The most words of a place or a known organisation that end a title before a name. */
const HEAD_WORDS_MAX = 3;

/**
 * "envoy to Ukraine Kurt Volker", "Ambassador to the European Union Gordon Sondland", "envoy to Britain Liu Xiaoming
 * … Liu said": a known place or organisation before a given name and a surname, or before a name the article also
 * writes on its own, ends the role; the place is kept, the name read alone. Returns how many words to cut.
 */
function placeBeforeName(c: Collector, toks: Token[], sentence: number): number {
  for (let k = Math.min(HEAD_WORDS_MAX, toks.length - 2); k >= 1; k--) {
    const head = toks.slice(0, k).map((t) => t.w).join(' ');
    const place = isKnownPlace(head);
    if (!place && !c.hasOrg(head)) continue;
    const rest = toks.slice(k);
    if (!personByGivenName(rest, c.lowerWords) && !namedAlone(c, rest)) return 0;
    if (place) c.addPlace(head, sentence, 'lead');
    return k;
  }
  return 0;
}

/**
 * "the American Red Cross", "the German Marshall Fund": words after a nationality that end as a body's name (an
 * organisation's last word) or are a known organisation's name are no person the nationality describes, though their
 * first word is also a given name ("Red", "Marshall"): the nationality opens the body's name.
 */
export function namesBody(rest: Token[]): boolean {
  return rest.length > 0 && (isOrgByForm(rest) || isKnownCompany(rest.map((t) => stripPossessive(t.w)).join(' ')));
}

/**
 * "Liu Xiaoming … Liu said": two or three plain words (a capital, then lower case) of no common noun, role, company
 * or place, one of which the article uses alone, are a person's name whose given name the lexicon lacks. Not in a
 * sports report, where a place opens a club's name ("Chicago White Sox … the Sox").
 */
function namedAlone(c: Collector, toks: Token[]): boolean {
  const plain = (w: string) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isCommonWord(w) && !isRoleWord(w) && !isKnownCompany(w) && !isKnownPlace(w);
  return !c.sport && toks.length <= 3 && toks.every((t) => plain(t.w)) && toks.some((t) => (c.alone.get(t.w) ?? 0) > 0);
}

/**
 * "Trump's Securities and Exchange Commission", "Peru's Civil Defense Institute": an owner known on its own (a place,
 * an organisation or acronym, a name the article also uses alone inside a sentence) is no part of the name after it
 * ("Attorney's Office", "People's Liberation Army" stay whole). Returns how many words to cut.
 */
export function ownerLength(c: Collector, words: string[], ownerOrg?: (name: string) => void): number {
  for (let i = words.length - 2; i >= 0; i--) {
    if (!isPossessive(words[i]!)) continue;
    const owner = stripPossessive(words[i]!);
    // an owner of several words: "Santa Barbara's University of California", "the University of Waterloo's Institute
    // for Quantum Computing", "Vox Media's Code conference" (an organisation by its form: named too)
    // (not a common noun's possessive inside a name: "United Nations Children's Fund")
    const ownerWord = !isCommonWord(owner) || ORG_TAIL.has(lower(owner));
    for (let j = 0; j < i; j++) {
      const ws = [...words.slice(j, i), owner];
      const longer = ws.join(' ');
      if (isKnownPlace(longer) || c.hasOrg(longer)) return i + 1;
      if (ownerWord && isCap(ws[0]!) && isOrgByForm(ws.map((w) => ({ w, start: 0, end: 0 })))) {
        ownerOrg?.(longer);
        return i + 1;
      }
    }
    if (isKnownPlace(owner) || c.hasOrg(owner) || ALL_CAPS.test(owner) || LEGISLATURE.test(owner) || (!isCommonWord(owner) && (c.aloneMid.get(owner) ?? 0) > 0)) return i + 1;
  }
  return 0;
}

/** A company's legal form ("Inc.", "Corp", "Ltd"): the end of its name. */
export const LEGAL_FORM = /^(?:Inc|Corp|Co|Ltd|LLC|PLC|plc|LLP|GmbH|AG|SA|NV)\.?$/;
/** The most words of a seat's name ("Newport Beach, Calif." is two before its comma). */
const SEAT_WORDS_MAX = 3;

/**
 * "Vizio Inc. of Irvine": a name ends at its legal form, and "of" with capitalised words after it gives the company's
 * seat, a place. Returns how many words to keep.
 */
function seatAfterLegalForm(c: Collector, p: Phrase, toks: Token[]): number {
  const i = toks.findIndex((t, j) => j > 0 && LEGAL_FORM.test(t.w) && toks[j + 1]?.w === 'of');
  if (i < 0 || toks.length - i - 2 > SEAT_WORDS_MAX) return toks.length;
  c.addPlace(c.textOf(p, toks.slice(i + 2)), p.sentence, 'context');
  return i + 1;
}

/** "Rents", "Tariffs": a plural (not "Glass", "Boss") whose singular is frequent, missing from the 10,000 commonest words itself. */
const PLURAL = /[^s]s$/;
/** One of the commonest English words, a personal name's part or not, or its plural ("Wages", "Rents"). */
const frequentWord = (w: string): boolean =>
  [w, ...(PLURAL.test(w) ? [w.slice(0, -1)] : [])].some((x) => isCommonWord(x) || isFrequentNamePart(x));

/**
 * "Wages rose 3.9 percent", "Copper fell 2%", "Rents climbed 5 percent": one word that opens its sentence is an
 * ordinary word, not a name, when it is a common word; or a frequent word some personal name holds ("Wages",
 * "Banks"), or such a word's plural, that names no known company or brand and that the article never writes
 * capitalised inside a sentence (where "Tyra Banks" or "shares of Banks" would make it a name). Not the latter in a
 * sports report, where such words name the sides ("Eagles beat Giants 24-10") and a result opens its sentence; nor
 * there a known town, which the list of common words (web text, lower-cased) also holds ("Newcastle beat …").
 */
export function ordinaryOpener(c: Collector, u: Candidate): boolean {
  if (!u.initial || u.toks.length !== 1) return false;
  const w = u.name;
  if (c.sport && isKnownPlace(w)) return false;
  return isCommonWord(w) || (frequentWord(w) && !isKnownCompany(w) && !isBrandWord(w) && !c.sport && !c.writtenInside.words.has(w));
}

/**
 * "Enter Novavax", "Courtesy Ikea" (a photo's credit): at a sentence's start, a capitalised word before a name
 * the article writes alone inside its sentences, and never with that word there, is no part of the name when it is
 * an ordinary word (a surname is written alone too: "Oscar Isaac … Isaac said"). Not a word that opens names itself
 * (a given name, a place, a company, a nationality, a role, capitals) nor a name known whole.
 */
function openerBeforeNameWrittenAlone(c: Collector, toks: Token[]): boolean {
  if (toks.length < 2) return false;
  const words = toks.map((t) => stripPossessive(t.w));
  const [w0, w1] = [words[0]!, words[1]!];
  const inside = c.writtenInside;
  if (!inside.phrases.has(words.slice(1).join(' ')) || inside.pairs.has(`${w0} ${w1}`)) return false;
  const full = words.join(' ');
  return isCommonWord(w0) && !opensNames(w0) && !isDemonym(w0) && !isRoleWord(w0) && !isKnownPlace(full) && !isKnownCompany(full);
}

/**
 * "Federal Reserve chairman", "Countryside Alliance chairman", "Family Planning Association chief executive": at a
 * sentence's start, an ordinary word is kept before capitalised words that are all ordinary words too (no place, given
 * name, nationality or company among them): with it cut off, what is left ("Reserve", "Planning Association") names
 * nothing on its own, so the word opens the name.
 */
function restNamesNothingAlone(toks: Token[]): boolean {
  const rest = toks.slice(1).filter((t) => isCap(t.w)).map((t) => stripPossessive(t.w));
  return rest.length > 0 && rest.every((w) => isCommonWord(w) && !isKnownPlace(w) && !isGivenName(w) && !isDemonym(w) && !isKnownCompany(w));
}

/** "Former", "Ex-": a role's tenure, which opens a sentence before the body the role was held in. */
const TENURE = /^(?:Former\s(?=\p{Lu})|Ex-(?=\p{Lu}))/u;
/**
 * "Former Everton midfielder Jo Lee", "Ex-Labour minister Jo Lee": a sentence that opens with a role's tenure names the
 * body after it, never a body whose name opens with that word (the word cut off, "Ex-" off its token).
 */
function withoutTenure(toks: Token[]): Token[] {
  const t = toks[0];
  const m = t && TENURE.exec(`${t.w} ${toks[1]?.w ?? ''}`);
  if (!m) return toks;
  return m[0].endsWith(' ') ? toks.slice(1) : [{ ...t, w: t.w.slice(m[0].length), start: t.start + m[0].length }, ...toks.slice(1)];
}

/** "fellow Tory …", "fellow Briton …": what follows "fellow" is a noun the person is one of, not a first name. */
const FELLOW_BEFORE = /\bfellow\s$/i;
/**
 * A rugby or football player's position, which sports reports write before the player's name like a title ("Lock Alec
 * Parker", "Prop Ana Diaz"); surnames and ordinary words elsewhere, so read only in a sports report.
 */
const PLAYER_POSITION = /^(?:Lock|Prop|Hooker|Wing|Keeper)$/;

/**
 * "but Tory Liam Fox said" beside "the Tory idea", "Nigerian-born Briton Tobi Okonjo": a word before a given name and
 * a surname describes that person, though it may be a given name itself ("Tory"), when the article writes it as a
 * modifier elsewhere (after "the" or "a", before a lower-case word), or when it is no given name and a descriptor
 * stood before it (a descriptor describes a noun: "Briton").
 */
function wordDescribingPerson(c: Collector, toks: Token[], afterDescriptor: boolean, before: string): boolean {
  if (toks.length !== 3 || !personByGivenName(toks.slice(1), c.lowerWords)) return false;
  const w = toks[0]!.w;
  // ("fellow Tory David Heathcoat-Amory"; in a sports report "Lock Alec Parker": a party member, a player's position)
  if (FELLOW_BEFORE.test(before) || (c.sport && PLAYER_POSITION.test(w))) return true;
  return c.modifiers.has(w) || (afterDescriptor && !isGivenName(w) && !isKnownPlace(w) && !isKnownCompany(w));
}

/**
 * "in Stockholm or The Hague": a known place whose name opens with "The" keeps it, where the words after it name no
 * place alone ("The Netherlands" is read as "Netherlands", as the article also writes it).
 */
function placeNamedWithThe(rest: Token[]): boolean {
  const words = rest.slice(0, HEAD_WORDS_MAX).map((t) => stripPossessive(t.w));
  return words.some((_, i) => isKnownPlace(['The', ...words.slice(0, i + 1)].join(' ')) && !isKnownPlace(words.slice(0, i + 1).join(' ')));
}

export function candidate(c: Collector, p: Phrase): Candidate | null {
  const s = c.sents[p.sentence]!.text;
  let toks = p.tokens.slice();
  // a capitalised opener that is an ordinary word ("Officers", "Despite", "Hosting")
  // (indexes, then one slice: a run of thousands of "A." stays linear)
  let k0 = 0;
  let withThe = false;
  while (k0 < toks.length && LEAD_STOP.has(lower(toks[k0]!.w))) {
    if (/^the$/i.test(toks[k0]!.w)) {
      withThe = placeNamedWithThe(toks.slice(k0 + 1));
      if (!withThe) k0++;
      break; // "The We Company"
    }
    k0++;
  }
  // "Is Trump …?", "Two Clinton aides": a question's verb or a count before other capitalised words opens no name
  while (k0 < toks.length - 1 && QUESTION_OR_COUNT.has(toks[k0]!.w)) k0++;
  toks = toks.slice(k0);
  if (toks.length > 1 && isToldDay(toks[0]!.w, s.slice(0, toks[0]!.start))) toks = toks.slice(1);
  if (p.initial && toks[0] === p.tokens[0]) toks = withoutTenure(toks);
  if (p.initial && toks[0] === p.tokens[0] && toks.length && !isRoleWord(toks[0]!.w) && !withThe) {
    const l = toks[0]!.w.toLowerCase();
    // "Rival Aer Lingus": a descriptor keeps its meaning (it is in `before` now)
    // ("Bank of Korea" keeps its head word even where the article also writes "the central bank")
    // ("New York City's Office …", "New York-born Ana …": nor the first word of a place's name, also one that closes the phrase)
    const head = /^(?:of|for)$/.test(toks[1]?.w ?? '') || [2, 3].some((n) => toks.length >= n && isKnownPlace(toks.slice(0, n).map((t) => stripPossessive(t.w)).join(' ')));
    // ("Gold Fields rose 4%" where the article also writes "shares of Gold Fields": the word is part of the name)
    const writtenWithName = toks.length > 1 && c.writtenInside.pairs.has(`${stripPossessive(toks[0]!.w)} ${stripPossessive(toks[1]!.w)}`);
    // ("Emily Clarke", "Kelly Brook", "Sterling Moss": an adverb's or a participle's ending that a given name has is no evidence)
    const adverbLike = /(?:ing|ly)$/.test(l) && !isGivenName(toks[0]!.w);
    const openerIsWord = (c.lowerWords.has(l) || adverbLike || ORG_DESCRIPTOR_BEFORE.test(l + ' ')) && !writtenWithName;
    if (!head && !restNamesNothingAlone(toks) && (openerIsWord || nounBeforeName(toks) || openerBeforeNameWrittenAlone(c, toks))) toks = toks.slice(1);
  }
  // "Vice Chair for Supervision Michelle Bowman": a common noun before a given name ends a title, wherever it stands
  if (isCommonWord(toks[0]?.w ?? '') && nounBeforeName(toks)) toks = toks.slice(1);
  toks = toks.slice(ownerLength(c, toks.map((t) => t.w), (owner) => c.addOrg(owner, '', p.sentence, 'owner')));
  toks = toks.slice(placeBeforeName(c, toks, p.sentence));
  // "Australian-born Ana Diaz", "Facebook-owned Instagram": a descriptor is no part of the name
  // ("the American Red Cross": a nationality before a body's name opens it)
  const described = isDemonym(toks[0]?.w ?? '') && namesBody(toks.slice(1)) ? 0 : descriptorLength(toks, (w) => (c.alone.get(w) ?? 0) > 0 && c.personBySurname(w) !== undefined);
  toks = toks.slice(described);
  if (wordDescribingPerson(c, toks, described > 0, s.slice(0, toks[0]?.start ?? 0))) toks = toks.slice(1);
  // ("the Mid-Bedfordshire MP": after one word shaped as a seat's name too)
  while ((toks.length > 2 || (toks.length === 2 && isSeatShaped([toks[0]!.w]))) && POST_NOMINAL.test(toks[toks.length - 1]!.w)) toks = toks.slice(0, -1);
  if (toks.length > 1 && MEMBERS_AFTER.test(toks[toks.length - 1]!.w)) toks = toks.slice(0, -1);
  toks = toks.slice(0, seatAfterLegalForm(c, p, toks));
  let k1 = 0;
  while (k1 < toks.length && !isCap(toks[k1]!.w) && !(ORDINAL.test(toks[k1]!.w) && k1 === 0)) k1++;
  toks = toks.slice(k1);
  if (!toks.length) return null;
  const lastTok = toks[toks.length - 1]!;
  const possessive = isPossessive(lastTok.w);
  const end = lastTok.end - (possessive ? (lastTok.w.endsWith('s') ? 2 : 1) : 0);
  const start = toks[0]!.start;
  return {
    p,
    toks,
    name: s.slice(start, end),
    before: s.slice(0, start),
    after: s.slice(lastTok.end),
    afterName: s.slice(end),
    initial: p.initial && toks[0] === p.tokens[0],
    possessive,
  };
}
