/**
 * Pass: dates and numbers of each prose sentence (a number inside a date is the date's), and the measures of spec
 * lists. Outside running prose (prose.ts: table cells written as paragraphs) only numbers that mean something on
 * their own are read: a bare count there belongs to a column the text does not name. Language-independent.
 */

import type { Collector } from './collector';
import { findDates } from './dates';
import { isBareNumber } from './display';
import { isSpecList } from './list-rows';
import { findNumbers } from './numbers';
import { storyPointerSentences } from './prose';
import type { TextFact } from './types';

export function datesAndNumbers(c: Collector): { dates: TextFact[]; numbers: TextFact[] } {
  const dates: TextFact[] = [];
  const numbers: TextFact[] = [];
  const pointer = storyPointerSentences(c.sents);
  c.sents.forEach((s, i) => {
    const spec = c.row[i] && isSpecList(s.text);
    if ((c.row[i] && !spec) || pointer[i]) return;
    const ds = spec ? [] : findDates(s.text, c.english);
    if (c.prose[i]) for (const d of ds) dates.push({ text: d.text, sentence: i });
    for (const n of findNumbers(s.text, ds, c.english)) if (c.prose[i] || !isBareNumber(n.text)) numbers.push({ text: n.text, sentence: i });
  });
  return { dates, numbers };
}
