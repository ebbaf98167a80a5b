/**
 * Pass: dates and numbers of each prose sentence (a number inside a date is the date's), and the measures of spec
 * lists. Language-independent.
 */

import type { Collector } from './collector';
import { findDates } from './dates';
import { isSpecList } from './list-rows';
import { findNumbers } from './numbers';
import type { TextFact } from './types';

export function datesAndNumbers(c: Collector): { dates: TextFact[]; numbers: TextFact[] } {
  const dates: TextFact[] = [];
  const numbers: TextFact[] = [];
  c.sents.forEach((s, i) => {
    const spec = c.row[i] && isSpecList(s.text);
    if (c.row[i] && !spec) return;
    const ds = spec ? [] : findDates(s.text, c.english);
    for (const d of ds) dates.push({ text: d.text, sentence: i });
    for (const n of findNumbers(s.text, ds, c.english)) numbers.push({ text: n.text, sentence: i });
  });
  return { dates, numbers };
}
