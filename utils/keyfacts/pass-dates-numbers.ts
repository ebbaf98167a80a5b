/**
 * Pass: dates and numbers of each prose sentence (a number inside a date is the date's), and the measures of spec
 * lists. Outside running prose (prose.ts: table cells written as paragraphs) only numbers that mean something on
 * their own are read: a bare count there belongs to a column the text does not name. A bare number in prose is kept
 * when the bare-number model trusts its context (bare-number-features.ts). Language-independent: other scripts' digits
 * are read as Western ones (digits.ts).
 */

import { bareNumberFeatures } from './bare-number-features';
import { BARE_NUMBER_MODEL } from './bare-number-weights';
import type { Collector } from './collector';
import { confidence, type KindModel } from './confidence';
import { findDates, type Span } from './dates';
import { westernDigits } from './digits';
import { isBareNumber } from './display';
import { isSpecList } from './list-rows';
import { findNumbers } from './numbers';
import { storyPointerSentences } from './prose';
import type { TextFact } from './types';

/** The bare-number model: a logistic model of the same form as the names' confidence models. */
export type BareNumberModel = KindModel;

/** Whether the model keeps a bare number with these features. */
export function keepsBareNumber(model: BareNumberModel, x: number[]): boolean {
  return confidence(model, x) >= model.threshold;
}

/**
 * `keep` decides the bare numbers of prose (the shipped model; scripts/train-bare-numbers.ts keeps them all and
 * reads each one's features through `seen`).
 */
export function datesAndNumbers(
  c: Collector,
  keep: (x: number[]) => boolean = (x) => keepsBareNumber(BARE_NUMBER_MODEL, x),
  seen?: (fact: TextFact, x: number[]) => void,
): { dates: TextFact[]; numbers: TextFact[] } {
  const dates: TextFact[] = [];
  const numbers: TextFact[] = [];
  const pointer = storyPointerSentences(c.sents);
  c.sents.forEach((s, i) => {
    const spec = c.row[i] && isSpecList(s.text);
    if ((c.row[i] && !spec) || pointer[i]) return;
    // read with Western digits, shown as the sentence writes them ("١٥٪")
    const text = westernDigits(s.text);
    const written = (span: Span) => (text === s.text ? span.text : s.text.slice(span.start, span.end).trim());
    const ds = spec ? [] : findDates(text, c.english);
    if (c.prose[i]) for (const d of ds) dates.push({ text: written(d), sentence: i });
    const found = findNumbers(text, ds, c.english);
    for (const n of found) {
      const fact = { text: written(n), sentence: i };
      if (!isBareNumber(n.text)) numbers.push(fact);
      else if (c.prose[i]) {
        const x = bareNumberFeatures(text, n.start, n.end, c.english, found.length);
        seen?.(fact, x);
        if (keep(x)) numbers.push(fact);
      }
    }
  });
  return { dates, numbers };
}
