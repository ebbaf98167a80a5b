/** Pass: quotes and their speakers, read per paragraph against the names mentioned so far. */

import type { Collector } from './collector';
import { findQuotes, makeResolver, subjectOfPassage } from './quotes';
import type { QuoteFact } from './types';

export function quotesWithSpeakers(c: Collector): QuoteFact[] {
  if (!c.english) return [];
  const mentions = [...c.mentions].sort((a, b) => a.sentence - b.sentence);
  const paragraphs: Array<{ text: string; first: number; starts: number[] }> = [];
  c.sents.forEach((s, i) => {
    const last = paragraphs[paragraphs.length - 1];
    if (last && c.sents[i - 1]?.para === s.para) {
      last.starts.push(last.text.length + 1);
      last.text += ' ' + s.text;
    } else paragraphs.push({ text: s.text, first: i, starts: [0] });
  });
  return findQuotes(paragraphs, makeResolver(mentions, [...c.people.values()]), subjectOfPassage(mentions));
}
