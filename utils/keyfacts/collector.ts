/**
 * The shared collector that every pass reads and writes: the article's sentences and their capitalised phrases,
 * what the article itself says about its words (which it writes in lower case, which capitalised words stand
 * alone), and the entities found so far with the mentions that quotes resolve against.
 */

import { LETTER, LOWER, UPPER, re, reG } from './chars';
import { ALL_CAPS_2_6, isSportsReport } from './cues';
import { fuller, orgKey } from './coreference';
import { isFixtureLine, isListRow } from './list-rows';
import { looksEnglish } from './language';
import { numberedNames } from './numbered-names';
import { proseSentences } from './prose';
import { CALENDAR, LEAD_STOP } from './lexicon';
import { isCountedAcronym, onlyAsListener, onlyAsOutletWebsite, onlyInQuotedTitles, onlyInSignOffs } from './not-organisation';
import { NOT_ORG_ACRONYMS, spellsOut } from './organizations';
import { endsInPlural, surname, surnameWithParticles } from './people';
import { capPhrases, lower, stripPossessive, type Phrase, type Token } from './phrases';
import type { Mention } from './quotes';
import { splitSentences, type Sentence } from './sentences';
import type { OrganizationFact, PersonFact, TextFact } from './types';

/** Lower-case words that do not open a sentence: the article's ordinary words (not parts of addresses: "acme.com", "@acme"). */
const LOWER_WORD = reG`(?<![.!?]\s|[./@])\b[${LOWER}][${LETTER}'’-]*(?![${LETTER}'’-]|\.[${LETTER}]|@)`;


/** An acronym written as a word ("Nepra", "Sebi"): four letters at least, so that short words do not spell names by chance. */
const TITLE_ACRONYM = re`^[${UPPER}][${LOWER}]{3,5}$`;

const ALL_CAPS_WORD = re`^[${UPPER}]{2,8}$`;
/** A number or a slashed neighbour right after or before capitals: "FTSE 100", "737 MAX", "SIA/EFAK". */
const NUMBER_OR_SLASH_AFTER = /^(?: ?\d|\/\S)/;
const NUMBER_OR_SLASH_BEFORE = /(?:\d ?|\S\/)$/;
/** A run of letters and digits: a word as the model-or-credit test reads it. */
const LETTERS_AND_DIGITS = /[\p{L}\d]+/gu;

export const isCalendarWord = (w: string): boolean => CALENDAR.has(lower(w));

/**
 * Which cue first kept a name (its provenance), for the confidence model to weigh: spelled out beside its acronym,
 * a dateline, the lexicons (a known company or place), the name's written form ("… Corp", "Lake …", "… County"), the
 * words around it ("carrier X", "near X", "X, a town"), the weak "in X", a list with known names, capitals used as an
 * acronym, a brand's inner capital, a side in a result or a market, an owner's possessive ("X's …"), another
 * entity's name (a unit's body, a surname used as a club), the words that open a role ("Acme analyst …"), a title
 * before a person, a role, a reporting verb, a surname used alone, a given name, a place beside other people.
 */
export const VIAS = [
  'acronym',
  'dateline',
  'lexicon',
  'form',
  'context',
  'weakContext',
  'list',
  'caps',
  'shape',
  'result',
  'owner',
  'coref',
  'lead',
  'title',
  'role',
  'speech',
  'surname',
  'given',
  'position',
] as const;
export type Via = (typeof VIAS)[number];

/** "U.S." and "US", "U.K." and "UK": one place, kept as first written. */
const placeKey = (name: string): string => (/^(?:[A-Z]\.)+$/.test(name) ? name.replace(/\./g, '') : name);

/** "the Tory idea": a capitalised word between an article and a lower-case word. */
const MODIFIER = /\b(?:the|a|an)\s(\p{Lu}\p{Ll}+)\s(?=\p{Ll})/gu;

/**
 * What an article writes inside its sentences (not at their start): whole capitalised phrases, pairs of words within
 * them, and every capitalised word that is not a sentence's first ("Tyra Banks said" writes "Banks" inside).
 */
export interface WrittenInside {
  phrases: Set<string>;
  pairs: Set<string>;
  words: Set<string>;
}

function writtenInsideOf(phrases: Phrase[]): WrittenInside {
  const w: WrittenInside = { phrases: new Set(), pairs: new Set(), words: new Set() };
  for (const p of phrases) {
    const words = p.tokens.map((t) => stripPossessive(t.w));
    for (const word of p.initial ? words.slice(1) : words) w.words.add(word);
    if (p.initial) continue;
    w.phrases.add(words.join(' '));
    for (let i = 1; i < words.length; i++) w.pairs.add(`${words[i - 1]} ${words[i]}`);
  }
  return w;
}

export class Collector {
  readonly sents: Sentence[];
  readonly english: boolean;
  /** Rows of lists and tables: no facts are read from them. */
  readonly row: boolean[];
  /** Sentences of running prose (prose.ts): names, places and dates are read only there, and numbers without a unit. */
  readonly prose: boolean[];
  /** Capitalised phrases of the prose sentences (English articles only). */
  readonly phrases: Phrase[] = [];
  /** Words the article writes in lower case ("will", "apple"): no evidence of a name there. */
  readonly lowerWords: Set<string>;
  /** Single capitalised words used on their own, anywhere ("Brandt left") and inside sentences only. */
  readonly alone = new Map<string, number>();
  readonly aloneMid = new Map<string, number>();
  /** A sports report: clubs are named for their towns ("Hallam City"). */
  readonly sport: boolean;

  readonly people = new Map<string, PersonFact>();
  /** Keyed by `orgKey`, so that "Acme Corp" and "Acme Corporation" are one. */
  readonly orgs = new Map<string, OrganizationFact>();
  readonly places = new Map<string, TextFact>();
  readonly acronyms = new Set<string>();
  /** Names mentioned per sentence: the possible speakers of quotes. */
  readonly mentions: Mention[] = [];
  /**
   * Capitalised names the passes left undecided, no cue holding (name → first sentence): rejected candidates the
   * confidence model may still take back as organisations when the article's evidence is strong.
   */
  readonly undecided = new Map<string, number>();
  /** The cue that first kept each person, organisation and place (`viaOf` reads it). */
  private readonly via = new Map<string, Via>();

  constructor(text: string) {
    this.sents = splitSentences(text);
    this.english = looksEnglish(text);
    this.row = this.sents.map((s) => isListRow(s.text));
    this.prose = proseSentences(this.sents);
    this.sport = isSportsReport(text);
    this.lowerWords = new Set((this.english ? (text.match(LOWER_WORD) ?? []) : []).map((w) => w.toLowerCase()));
    if (!this.english) return;
    // (a row is read for names only when it is a sports report's fixture line: its sides are named there only)
    const readRow = (t: string) => this.sport && isFixtureLine(t);
    const numbered = numberedNames(text, this.sport);
    this.sents.forEach((s, i) => (this.row[i] && !readRow(s.text)) || !this.prose[i] || this.phrases.push(...capPhrases(s.text, i, numbered)));
    for (const p of this.phrases) {
      // after an ordinary opener the word stands alone mid-sentence ("Meanwhile Kovar limped off")
      const opener = p.initial && p.tokens.length === 2 && LEAD_STOP.has(lower(p.tokens[0]!.w));
      const initial = p.initial && !opener;
      if ((p.tokens.length === 1 || opener) && (!initial || !this.lowerWords.has(p.tokens[0]!.w.toLowerCase()))) {
        const w = stripPossessive(p.tokens[p.tokens.length - 1]!.w);
        this.alone.set(w, (this.alone.get(w) ?? 0) + 1);
        if (!initial) this.aloneMid.set(w, (this.aloneMid.get(w) ?? 0) + 1);
      }
    }
  }

  /** What the article writes inside its sentences, not at their start (read once, when a candidate first asks). */
  get writtenInside(): WrittenInside {
    return (this.inside ??= writtenInsideOf(this.phrases));
  }
  private inside?: WrittenInside;

  /**
   * Capitalised words the article writes after an article and before a lower-case word ("the Tory idea", "a Tory
   * one"): a modifier there, an adjective or a noun, whatever else the word may be (read once, when a candidate asks).
   */
  get modifiers(): Set<string> {
    return (this.modifierWords ??= new Set(this.sents.flatMap((s) => [...s.text.matchAll(MODIFIER)].map((m) => m[1]!))));
  }
  private modifierWords?: Set<string>;

  /** The text of some tokens of a phrase, as written. */
  textOf(p: Phrase, ts: Token[]): string {
    return this.sents[p.sentence]!.text.slice(ts[0]!.start, ts[ts.length - 1]!.end);
  }

  /** An acronym the article uses that stands for this name, letter for letter ("" when none does). */
  acronymOf(name: string): string {
    if (!name.includes(' ')) return '';
    // the acronyms as written and in capitals, once per article: words of two to six capitals in the prose ("NIST"),
    // then words written like one
    // ("Nepra" for the National Electric Power Regulatory Authority)
    this.acronymForms ??= [
      ...[...new Set(this.phrases.flatMap((p) => p.tokens.map((t) => stripPossessive(t.w))).filter((w) => ALL_CAPS_2_6.test(w)))].map((a) => [a, a]),
      ...[...this.alone.keys()].filter((w) => TITLE_ACRONYM.test(w)).map((w) => [w, w.toUpperCase()]),
    ];
    for (const [written, caps] of this.acronymForms) if (spellsOut(caps!, name)) return written!;
    return '';
  }
  private acronymForms?: string[][];

  /** The cue that first kept a name of a kind, as the facts list it (undefined for a name no pass added). */
  viaOf(kind: 'people' | 'orgs' | 'places', name: string): Via | undefined {
    return this.via.get(`${kind}:${kind === 'orgs' ? orgKey(name) : kind === 'places' ? placeKey(name) : name}`);
  }
  private keep(key: string, via: Via): void {
    if (!this.via.has(key)) this.via.set(key, via);
  }

  hasOrg(name: string): boolean {
    return this.orgs.has(orgKey(name));
  }

  /** Adds an organisation, or completes the one it names (acronym, fuller legal form). */
  addOrg(name: string, acronym: string, sentence: number, via: Via): void {
    name = name.replace(/^The\s+(?=\S+\s)/, '').replace(/(\b(?:Inc|Corp|Co|Ltd|LLC|PLC|Bros))\.$/, '$1');
    const key = orgKey(name);
    if (!key) return; // a bare "Inc"
    const have = this.orgs.get(key);
    if (have) {
      if (!have.acronym && acronym) have.acronym = acronym;
      have.name = fuller(have.name, name);
      return;
    }
    if (this.acronyms.has(name) || NOT_ORG_ACRONYMS.has(name) || isCalendarWord(name) || this.isModelOrCredit(name) || this.isNotOrganisation(name)) return;
    if (acronym) this.acronyms.add(acronym);
    this.orgs.set(key, { name, acronym, sentence });
    this.keep(`orgs:${key}`, via);
  }

  /** What the article's own words say is no organisation: a thing it counts, words of a title it quotes, a sign-off's, an outlet told or named only as its website (not-organisation.ts). */
  private isNotOrganisation(name: string): boolean {
    const texts = (this.sentTexts ??= this.sents.map((s) => s.text));
    let no = this.notOrganisation.get(name);
    if (no === undefined) this.notOrganisation.set(name, (no = isCountedAcronym(name, texts) || onlyInQuotedTitles(name, texts) || onlyInSignOffs(name, texts) || onlyAsListener(name, texts) || onlyAsOutletWebsite(name, texts)));
    return no;
  }
  private sentTexts?: string[];
  /** (each name is read once per article: the passes offer a name at each of its mentions) */
  private readonly notOrganisation = new Map<string, boolean>();

  /**
   * "FTSE 100", "SOC 2", "737 MAX", "RTX 5070", "SIA/EFAK": capitals that the article writes only against a number
   * (an index, a standard, a model) or in a slashed credit line are no organisation's name.
   */
  isModelOrCredit(name: string): boolean {
    if (!ALL_CAPS_WORD.test(name)) return false;
    const uses = this.capitalWords().get(name);
    if (!uses) return false;
    return uses.every(([i, at]) => {
      const s = this.sents[i]!.text;
      return NUMBER_OR_SLASH_AFTER.test(s.slice(at + name.length, at + name.length + 2)) || NUMBER_OR_SLASH_BEFORE.test(s.slice(Math.max(0, at - 2), at));
    });
  }

  /**
   * Where each all-capital word stands in the article (sentence, offset), found once per article: a word is a whole
   * run of letters and digits, so "NASA" is not found in "NASA2" nor in "NASAs".
   */
  private capitalWords(): Map<string, Array<[number, number]>> {
    if (this.capitalUses) return this.capitalUses;
    const uses = new Map<string, Array<[number, number]>>();
    this.sents.forEach((s, i) => {
      for (const m of s.text.matchAll(LETTERS_AND_DIGITS)) {
        if (ALL_CAPS_WORD.test(m[0])) uses.get(m[0])?.push([i, m.index]) ?? uses.set(m[0], [[i, m.index]]);
      }
    });
    return (this.capitalUses = uses);
  }
  private capitalUses?: Map<string, Array<[number, number]>>;

  addPlace(name: string, sentence: number, via: Via): void {
    const key = placeKey(name);
    if (this.places.has(key)) return;
    this.places.set(key, { text: name, sentence });
    this.keep(`places:${key}`, via);
  }

  /** Adds a person (or a role to one known without), and mentions them as a possible speaker. */
  addPerson(name: string, role: string, sentence: number, via: Via, subject = false): void {
    const have = this.people.get(name);
    if (have) {
      // (a plural read before a list is the kind of the people listed; a singular role read later is this one's own:
      // "stars like Ana Diaz and Jo Lee … Jo Lee, the film's producer,")
      if (role && (!have.role || (endsInPlural(have.role) && !endsInPlural(role)))) have.role = role;
    } else this.people.set(name, { name, role, sentence });
    this.keep(`people:${name}`, via);
    this.mentions.push({ speaker: surnameWithParticles(name), forms: [name, surname(name)], sentence, person: true, subject });
  }

  /** An organisation named in a sentence: a possible speaker of a quote there. */
  mentionOrg(name: string, sentence: number): void {
    this.mentions.push({ speaker: name, forms: [name], sentence, person: false });
  }

  /** A known person named by surname alone ("Brandt said"). */
  personBySurname(w: string): PersonFact | undefined {
    for (const p of this.people.values()) if (surname(p.name) === w) return p;
    return undefined;
  }
}
