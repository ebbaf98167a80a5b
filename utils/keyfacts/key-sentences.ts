/** Ranking of the sentences that carry the story. */

import { LETTER, reG } from './chars';
import { FUNCTION_WORDS, LEAD_STOP } from './lexicon';

const isStopWord = (w: string) => FUNCTION_WORDS.has(w) || LEAD_STOP.has(w) || /^(?:been|had|would|can|could|may|might|do|does|did|than|into|up|out|new|says)$/.test(w);

const NOT_WORD_CHAR = reG`[^${LETTER}0-9]`;
const stem = (w: string) => w.toLowerCase().replace(NOT_WORD_CHAR, '').slice(0, 6);

function contentWords(s: string): string[] {
  return s
    .split(/\s+/)
    .map((w) => w.toLowerCase().replace(NOT_WORD_CHAR, ''))
    .filter((w) => w.length > 2 && !isStopWord(w))
    .map(stem);
}

export interface RankInput {
  text: string;
  para: number;
  /** Number of facts (names, numbers, dates) in the sentence. */
  facts: number;
}

/** Indexes of the 3 to 5 most important sentences, in article order. */
export function rankSentences(title: string, sentences: RankInput[]): number[] {
  if (sentences.length === 0) return [];
  const titleWords = new Set(contentWords(title));
  // how often each content word occurs in the article: sentences sharing the frequent words are central
  const freq = new Map<string, number>();
  const perSentence = sentences.map((s) => new Set(contentWords(s.text)));
  for (const set of perSentence) for (const w of set) freq.set(w, (freq.get(w) ?? 0) + 1);
  const n = sentences.length;
  const paras = sentences[n - 1]!.para + 1;
  const scored = sentences.map((s, i) => {
    const ws = perSentence[i]!;
    const len = s.text.split(/\s+/).length;
    let score = 0;
    let central = 0;
    for (const w of ws) {
      if (titleWords.has(w)) score += 1.2;
      const f = freq.get(w) ?? 0;
      if (f > 1) central += Math.log(f);
    }
    score += central / Math.max(8, ws.size) * 2;
    score += Math.min(s.facts, 4) * 0.4;
    // position: the lead matters most
    score += i === 0 ? 4 : Math.max(0, 2.5 * (1 - s.para / Math.max(4, paras * 0.6)));
    if (len < 8) score -= 3;
    if (len > 45) score -= 1;
    if (/^["“‘]/.test(s.text)) score -= 2;
    else if (/["“”]/.test(s.text)) score -= 1;
    if (!/[.!?…。！？"”’)]$/.test(s.text)) score -= 4; // a heading or a caption
    return { i, score };
  });
  const k = Math.min(n, n >= 40 ? 5 : n >= 15 ? 4 : 3);
  // one pick at a time, each discounted by how much it repeats the picks before it: the second and third key
  // sentences should add to the lead, not restate it
  const picked: number[] = [];
  const pool = scored.slice();
  while (picked.length < k && pool.length) {
    let best = 0;
    let bestScore = -Infinity; // when every sentence left restates a pick, the first of them
    pool.forEach((x, j) => {
      const repeat = Math.max(0, ...picked.map((i) => overlap(perSentence[x.i]!, perSentence[i]!)));
      const s = repeat >= RESTATEMENT ? -Infinity : x.score - REPEAT_COST * repeat;
      if (s > bestScore) {
        bestScore = s;
        best = j;
      }
    });
    picked.push(pool.splice(best, 1)[0]!.i);
  }
  return picked.sort((a, b) => a - b);
}

/** What a sentence that only restates an earlier pick loses: as much as the lead's bonus (3 to 5 did equally well on dev and held-out; 8 let off-topic sentences in). */
const REPEAT_COST = 4;
/** Past this overlap a sentence restates a pick ("On Monday the council voted to…" after "The council voted on Monday to…"). */
const RESTATEMENT = 0.7;

/** Share of the smaller sentence's content words that the other has too. */
function overlap(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size);
}
