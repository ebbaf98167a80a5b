/** Pass: the sentences that carry the story, ranked with the number of facts each holds. */

import type { Collector } from './collector';
import { rankSentences } from './key-sentences';
import type { TextFact } from './types';

export function keySentences(c: Collector, title: string, dates: TextFact[], numbers: TextFact[]): TextFact[] {
  const facts = new Array<number>(c.sents.length).fill(0);
  for (const list of [dates, numbers, [...c.people.values()], [...c.orgs.values()]]) for (const f of list) facts[f.sentence]! += 1;
  const ranked = rankSentences(
    title,
    c.sents.map((s, i) => ({ text: s.text, para: s.para, facts: facts[i]!, row: c.row[i] || !c.prose[i] })),
  );
  return ranked.map((i) => ({ text: c.sents[i]!.text, sentence: i }));
}
