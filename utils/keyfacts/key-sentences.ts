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
  const k = n >= 40 ? 5 : n >= 15 ? 4 : 3;
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, Math.min(k, n))
    .map((x) => x.i)
    .sort((a, b) => a - b);
}
