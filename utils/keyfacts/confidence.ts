/**
 * A learned confidence for each person, organisation and place the passes found: a few cues the collector and the
 * text give about the name (how often and where the article writes it, its form, what the lexicons say, whether the
 * article writes its words in lower case, the cue that kept it) scored by a logistic regression per kind, fitted on
 * the labelled sets by scripts/train-facts-confidence.ts (weights in confidence-weights.ts). An item under its kind's
 * threshold is left out: a wrong fact costs the reader more than a missing one. The names the passes left undecided
 * get a second chance: a model per kind of their own (with context features, undecided-features.ts) takes one back
 * as a person, an organisation or a place when it is sure of it.
 *
 * The features are general by construction: no word of any article, only shapes, counts and lexicon classes.
 */

import { articleView, occurrences, sentenceAt, type ArticleView } from './article-view';
import { VIAS, type Collector, type Via } from './collector';
import { SPEECH_AFTER } from './cues';
import { isCommonWord, isCountry, isDemonym, isGivenName, isKnownCompany, isBrandWord, isKnownPlace } from './gazetteer';
import { ORG_HEAD, ORG_TAIL } from './lexicon';
import { UNDECIDED_CONTEXT_FEATURES, undecidedContext } from './undecided-features';
import { isOrgByForm } from './organizations';
import { isRoleWord } from './people';
import { lower, stripPossessive, tokenize } from './phrases';
import type { KeyFacts } from './types';

export { articleView, type ArticleView } from './article-view';

export type EntityKind = 'people' | 'orgs' | 'places';
export const ENTITY_KINDS: readonly EntityKind[] = ['people', 'orgs', 'places'];

/** The names of the features, in the order of the vector (the weights file lists them too, and must agree). */
export const FEATURES = [
  'oneWord',
  'threePlusWords',
  'mentions',
  'lastWordMentions',
  'proseShare',
  'firstAt',
  'inLead',
  'inTitle',
  'allCaps',
  'acronymOrRole',
  'orgForm',
  'givenFirst',
  'knownCompany',
  'knownPlace',
  'country',
  'demonymWord',
  'lowerShare',
  'commonShare',
  'digitOrSymbol',
  'hyphen',
  'otherKind',
  'placeCue',
  'speechCue',
  'inQuote',
  'itemsOfKind',
  'sport',
  'capsDensity',
  'shortSentence',
  'aloneMid',
  'placeWord',
  'roleWord',
  'ampersand',
  'oneWordUnknown',
  'once',
  // the cue that kept the name (collector.ts, VIAS): one column each
  ...VIAS.map((v) => `via:${v}` as const),
] as const;

/** The number of FEATURES before the cue's columns: an undecided name was kept by no cue. */
const BASE_FEATURES = FEATURES.length - VIAS.length;
/** The columns of an undecided name: the confidence features but the cue's, then its context (undecided-features.ts). */
export const UNDECIDED_FEATURES = [...FEATURES.slice(0, BASE_FEATURES), ...UNDECIDED_CONTEXT_FEATURES] as const;

export interface KindModel {
  bias: number;
  weights: number[];
  /** Items scoring under this probability are left out. */
  threshold: number;
}
export interface ConfidenceModel {
  features: readonly string[];
  people: KindModel;
  orgs: KindModel;
  places: KindModel;
  /** The columns the second chance reads (UNDECIDED_FEATURES; the weights file lists them too, and must agree). */
  undecidedFeatures: readonly string[];
  /**
   * The second chance: the names the passes left undecided (Collector.undecided), scored as a person, an
   * organisation and a place by a model per kind of their own (their wrong ones are of other sorts than the kept
   * ones'); one is added as the kind whose model is surest of it, among those over their threshold.
   */
  second: Record<EntityKind, KindModel>;
}

/**
 * The fewest sentences of a text the filter judges: the features are statistics of an article (mentions, where it
 * first names a name, shares of sentences), and the shortest labelled article has 5 sentences; a shorter text (a
 * snippet, a sentence) is left as the passes found it, for the model has never seen one.
 */
export const MIN_SENTENCES = 5;

/** "in Oslo", "at Acme", "from Peru", "near Lyon": a preposition of place just before a mention. */
const PLACE_PREPOSITION_BEFORE = /\b(?:in|at|from|near|to|across|outside|throughout)\s$/i;
const OPEN_QUOTES = /["“”]/g;
const DIGIT_OR_SYMBOL = /[\d&@/]/;
const ALL_CAPS = /^[A-Z][A-Z.&-]+$/;
/** Fewer words than this in a sentence: a heading, a caption, a menu's item, seldom a sentence of the story. */
const SHORT_SENTENCE_WORDS = 8;
const log1p = Math.log1p;

/** The names of the other kinds, and their words: a name found as two kinds, or inside another's name, is doubtful. */
export interface OtherNames {
  names: Set<string>;
  words: Set<string>;
}
export const otherNames = (names: string[]): OtherNames => ({ names: new Set(names), words: new Set(names.flatMap((n) => n.split(/\s+/))) });

/** What the article says about one name of a kind: the feature vector, in the order of FEATURES. */
export function entityFeatures(v: ArticleView, name: string, attribute: string, others: OtherNames, items: number, via?: Via): number[] {
  const { c, title } = v;
  const tokens = tokenize(name);
  const words = tokens.map((t) => t.w);
  const n = Math.max(1, c.sents.length);
  const last = stripPossessive(words[words.length - 1] ?? name);
  let mentions = 0;
  let prose = 0;
  let first = -1;
  let placeCue = 0;
  let speech = 0;
  let quoted = 0;
  let lastMentions = 0;
  let caps = 0;
  let short = 0;
  if (last !== name) lastMentions = occurrences(v.text, last).length;
  for (const o of occurrences(v.text, name)) {
    const i = sentenceAt(v.starts, o);
    const s = c.sents[i]!.text;
    const local = o - v.starts[i]!;
    if (first < 0) first = i;
    mentions++;
    if (c.prose[i] && !c.row[i]) prose++;
    caps += v.caps[i]!;
    if (v.words[i]! < SHORT_SENTENCE_WORDS) short++;
    const before = s.slice(0, local);
    if (PLACE_PREPOSITION_BEFORE.test(before)) placeCue++;
    if (SPEECH_AFTER.test(s.slice(local + name.length))) speech++;
    if ((before.match(OPEN_QUOTES)?.length ?? 0) % 2 === 1) quoted++;
  }
  const share = (x: number) => (mentions ? x / mentions : 0);
  const share1 = (f: (w: string) => boolean) => (words.length ? words.filter(f).length / words.length : 0);
  return [
    words.length <= 1 ? 1 : 0,
    words.length >= 3 ? 1 : 0,
    log1p(mentions),
    log1p(lastMentions),
    share(prose),
    first < 0 ? 1 : first / n,
    first >= 0 && first < 3 ? 1 : 0,
    title.includes(name) ? 1 : title.includes(last) ? 0.5 : 0,
    ALL_CAPS.test(name) ? 1 : 0,
    attribute ? 1 : 0,
    tokens.length && (isOrgByForm(tokens) || ORG_TAIL.has(lower(last)) || ORG_HEAD.has(lower(words[0]!))) ? 1 : 0,
    words.length && isGivenName(words[0]!) ? 1 : 0,
    isKnownCompany(name) || isBrandWord(name) ? 1 : 0,
    isKnownPlace(name) ? 1 : 0,
    isCountry(name) ? 1 : 0,
    words.some((w) => isDemonym(w)) ? 1 : 0,
    share1((w) => c.lowerWords.has(w.toLowerCase())),
    share1((w) => isCommonWord(w)),
    DIGIT_OR_SYMBOL.test(name) ? 1 : 0,
    name.includes('-') ? 1 : 0,
    others.names.has(name) ? 1 : words.some((w) => others.words.has(w)) ? 0.5 : 0,
    share(placeCue),
    share(speech),
    share(quoted),
    log1p(items),
    c.sport ? 1 : 0,
    share(caps),
    share(short),
    words.length === 1 ? log1p(c.aloneMid.get(name) ?? 0) : 0,
    words.length > 1 && words.some((w) => isKnownPlace(w)) ? 1 : 0,
    words.some((w) => isRoleWord(w)) ? 1 : 0,
    name.includes('&') ? 1 : 0,
    words.length === 1 && !isGivenName(name) && !isKnownCompany(name) && !isBrandWord(name) && !isKnownPlace(name) && !ALL_CAPS.test(name) ? 1 : 0,
    mentions <= 1 ? 1 : 0,
    ...VIAS.map((x) => (x === via ? 1 : 0)),
  ];
}

/** The model's probability that an item with these features is right. */
export function confidence(m: KindModel, x: number[]): number {
  let z = m.bias;
  for (let i = 0; i < x.length; i++) z += (m.weights[i] ?? 0) * x[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** The names of each kind as the facts list them, with the attribute that completes them (a role, an acronym). */
const entries = (f: Pick<KeyFacts, 'people' | 'organizations' | 'places'>, kind: EntityKind): Array<[string, string]> =>
  kind === 'people' ? f.people.map((p) => [p.name, p.role]) : kind === 'orgs' ? f.organizations.map((o) => [o.name, o.acronym]) : f.places.map((p) => [p.text, '']);

/** The feature vectors of every person, organisation and place of the facts (the training script reads them too). */
export function factFeatures(c: Collector, title: string, f: Pick<KeyFacts, 'people' | 'organizations' | 'places'>): Record<EntityKind, number[][]> {
  const v = articleView(c, title);
  const names = Object.fromEntries(ENTITY_KINDS.map((k) => [k, entries(f, k).map(([n]) => n)])) as Record<EntityKind, string[]>;
  const out = {} as Record<EntityKind, number[][]>;
  for (const kind of ENTITY_KINDS) {
    const others = otherNames(ENTITY_KINDS.filter((k) => k !== kind).flatMap((k) => names[k]));
    const list = entries(f, kind);
    out[kind] = list.map(([name, attribute]) => entityFeatures(v, name, attribute, others, list.length, c.viaOf(kind, name)));
  }
  return out;
}

/**
 * The names the passes left undecided, with their feature vectors (UNDECIDED_FEATURES: the second chance reads
 * them): those the facts list under no kind.
 */
export function undecidedFeatures(c: Collector, title: string, f: Pick<KeyFacts, 'people' | 'organizations' | 'places'>): { names: string[]; sentences: number[]; x: number[][] } {
  const listed = ENTITY_KINDS.flatMap((k) => entries(f, k).map(([n]) => n));
  const known = new Set(listed);
  const found = [...c.undecided].filter(([n]) => !known.has(n));
  const v = articleView(c, title);
  const others = otherNames(listed);
  const x = found.map(([n]) => [...entityFeatures(v, n, '', others, f.organizations.length).slice(0, BASE_FEATURES), ...undecidedContext(v, n)]);
  return { names: found.map(([n]) => n), sentences: found.map(([, i]) => i), x };
}

/** The kind the second chance gives an undecided name: the surest of the kinds over their threshold, or none. */
export function secondChanceKind(model: ConfidenceModel, x: number[]): EntityKind | undefined {
  let best: EntityKind | undefined;
  let bestP = -1;
  for (const k of ENTITY_KINDS) {
    const p = confidence(model.second[k], x);
    if (p >= model.second[k].threshold && p > bestP) [best, bestP] = [k, p];
  }
  return best;
}

/**
 * The facts with the people, organisations and places under their kind's threshold left out, and the undecided
 * names the second chance decides added under their kind (of an article of MIN_SENTENCES or more).
 */
export function keepConfident<T extends Pick<KeyFacts, 'people' | 'organizations' | 'places'>>(c: Collector, title: string, f: T, model: ConfidenceModel): T {
  if (c.sents.length < MIN_SENTENCES) return f;
  const x = factFeatures(c, title, f);
  const keep = (kind: EntityKind) => (_: unknown, i: number) => confidence(model[kind], x[kind][i]!) >= model[kind].threshold;
  const u = undecidedFeatures(c, title, f);
  const back = u.names.map((name, i) => ({ name, sentence: u.sentences[i]!, kind: secondChanceKind(model, u.x[i]!) }));
  const taken = (kind: EntityKind) => back.filter((b) => b.kind === kind);
  return {
    ...f,
    people: [...f.people.filter(keep('people')), ...taken('people').map(({ name, sentence }) => ({ name, role: '', sentence }))],
    organizations: [...f.organizations.filter(keep('orgs')), ...taken('orgs').map(({ name, sentence }) => ({ name, acronym: '', sentence }))],
    places: [...f.places.filter(keep('places')), ...taken('places').map(({ name, sentence }) => ({ text: name, sentence }))],
  };
}
