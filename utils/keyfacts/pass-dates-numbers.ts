/** Pass: dates and numbers of each prose sentence (a number inside a date is the date's). Language-independent. */

import type { Collector } from './collector';
import { findDates } from './dates';
import { findNumbers } from './numbers';
import type { TextFact } from './types';

export function datesAndNumbers(c: Collector): { dates: TextFact[]; numbers: TextFact[] } {
  const dates: TextFact[] = [];
  const numbers: TextFact[] = [];
  c.sents.forEach((s, i) => {
    if (c.row[i]) return;
    const ds = findDates(s.text, c.english);
    for (const d of ds) dates.push({ text: d.text, sentence: i });
    for (const n of findNumbers(s.text, ds)) numbers.push({ text: n.text, sentence: i });
  });
  return { dates, numbers };
}
