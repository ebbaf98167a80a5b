/**
 * Key facts of an article, on the device: people with roles, organisations with their acronyms, places, dates,
 * numbers, quotes and key sentences. Every item names the sentence it came from.
 *
 * Passes over one shared collector (collector.ts), in order: dates and numbers → acronyms and dateline → names
 * (people, organisations, places) → organisations by context → quotes → key sentences. Names, places and quotes
 * are read in English articles only; dates and numbers in any language.
 */

import { articleText, occurrences } from './article-view';
import { Collector } from './collector';
import { factFeatures, keepConfident, undecidedFeatures, type EntityKind } from './confidence';
import { CONFIDENCE_MODEL } from './confidence-weights';
import { mergeShortForms, oneChipPerCountry, onePerPerson, pairAcronyms, withoutBodiesInPlural } from './coreference';
import { oneChipPerBody } from './one-chip-per-body';
import { placesNamed, townsAsClubs } from './place-evidence';
import { withoutThings } from './products';
import { acronymsAndDateline } from './pass-acronyms-dateline';
import { datesAndNumbers } from './pass-dates-numbers';
import { firstOfEach } from './first-of-each';
import { keySentences } from './pass-key-sentences';
import { namesInPhrases } from './pass-names';
import { organisationsByContext } from './pass-orgs-by-context';
import { quotesWithSpeakers } from './pass-quotes';
import { withShownRoles } from './role-shown';
import type { KeyFacts, QuoteFact, TextFact } from './types';

export type { KeyFacts, OrganizationFact, PersonFact, QuoteFact, TextFact } from './types';
export { looksEnglish } from './language';
export { splitSentences } from './sentences';

/** The passes before key sentences, over one collector (scripts/train-key-sentences.ts reads the ranker's inputs from it). */
export function factPasses(text: string): { c: Collector; dates: TextFact[]; numbers: TextFact[]; quotes: QuoteFact[] } {
  const c = new Collector(text ?? '');
  const { dates, numbers } = datesAndNumbers(c);
  if (c.english) {
    acronymsAndDateline(c);
    organisationsByContext(c, namesInPhrases(c));
    townsAsClubs(c);
  }
  return { c, dates, numbers, quotes: quotesWithSpeakers(c) };
}

export function extractKeyFacts(title: string, text: string): KeyFacts {
  const { c, facts } = allKeyFacts(title, text);
  const kept = c.english ? keepConfident(c, title ?? '', facts, CONFIDENCE_MODEL) : facts;
  return {
    ...kept,
    people: withShownRoles(kept.people),
    organizations: oneChipPerBody(kept.organizations, articleText(c)),
    places: oneChipPerCountry(kept.places),
  };
}

/**
 * Every fact the passes found, before the confidence filter, with the feature vectors of the people,
 * organisations and places, and the names left undecided with theirs: what scripts/train-facts-confidence.ts
 * learns from.
 */
export function keyFactsWithFeatures(title: string, text: string): { facts: KeyFacts; features: Record<EntityKind, number[][]>; undecided: { names: string[]; x: number[][] } } {
  const { c, facts } = allKeyFacts(title, text);
  return { facts, features: factFeatures(c, title ?? '', facts), undecided: undecidedFeatures(c, title ?? '', facts) };
}

function allKeyFacts(title: string, text: string): { c: Collector; facts: KeyFacts } {
  const { c, dates, numbers, quotes } = factPasses(text);
  const mentionsOf = (name: string) => occurrences(articleText(c), name).length;
  const orgs = pairAcronyms(mergeShortForms([...c.orgs.values()], mentionsOf), (name) => c.acronymOf(name));
  const facts: KeyFacts = {
    sentences: c.sents.map((s) => s.text),
    ...withoutThings(c, withoutBodiesInPlural(onePerPerson([...c.people.values()]), orgs), orgs),
    places: placesNamed(c),
    // each date once, at its first mention: a wrong one written twice ("the same time last year") is one wrong item,
    // not two. Not numbers: two equal values can be two facts ("2%" growth and "2%" inflation; the labelled sets list
    // such numbers twice). The key sentences read every mention (a sentence's dates).
    dates: firstOfEach(dates, (d) => d.text),
    numbers,
    quotes,
    keySentences: keySentences(c, title ?? '', dates, numbers),
    english: c.english,
  };
  return { c, facts };
}
