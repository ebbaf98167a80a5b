/** Pass: the sentences that carry the story, ranked with the number of facts each holds. */

import type { Collector } from './collector';
import type { RankInput } from './key-sentence-features';
import { rankSentences } from './key-sentences';
import type { TextFact } from './types';

export function keySentences(c: Collector, title: string, dates: TextFact[], numbers: TextFact[]): TextFact[] {
  return rankSentences(title, rankInputs(c, dates, numbers)).map((i) => ({ text: c.sents[i]!.text, sentence: i }));
}

/** The ranker's view of each sentence: its text, paragraph, whether it is prose, and how many facts it holds. */
export function rankInputs(c: Collector, dates: TextFact[], numbers: TextFact[]): RankInput[] {
  const facts = new Array<number>(c.sents.length).fill(0);
  for (const list of [dates, numbers, [...c.people.values()], [...c.orgs.values()]]) for (const f of list) facts[f.sentence]! += 1;
  return c.sents.map((s, i) => ({ text: s.text, para: s.para, facts: facts[i]!, row: c.row[i] || !c.prose[i] }));
}
