/**
 * The article as the confidence features read it: its sentences joined into one text, where each starts, and the
 * whole-word mentions of a name in it (confidence.ts for the names the passes kept, undecided-features.ts for the
 * names they left undecided).
 */

import { LETTER, re } from './chars';
import type { Collector } from './collector';

const CAPITALISED = /^["“‘(]?[A-Z]/;
const WORD_CHAR = re`[${LETTER}0-9]`;

/** Offsets of whole-word occurrences of `name` in `text` (not inside a longer word). */
export function occurrences(text: string, name: string): number[] {
  const out: number[] = [];
  if (!name) return out;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
    if (!WORD_CHAR.test(text[i - 1] ?? ' ') && !WORD_CHAR.test(text[i + name.length] ?? ' ')) out.push(i);
  }
  return out;
}

/**
 * The article as the features read it, once per article: its sentences joined by line breaks (a name is found in
 * one search, not one per sentence) with where each starts, and per sentence its share of capitalised words and its
 * length in words.
 */
export interface ArticleView {
  c: Collector;
  title: string;
  text: string;
  starts: number[];
  caps: number[];
  words: number[];
}

const texts = new WeakMap<Collector, string>();

/**
 * The article's sentences joined by line breaks, made once per article: the features, the merge of a name's singular
 * and plural (index.ts) and the products' rules (products.ts) all search it.
 */
export function articleText(c: Collector): string {
  let text = texts.get(c);
  if (text === undefined) texts.set(c, (text = c.sents.map((s) => s.text).join('\n')));
  return text;
}

export function articleView(c: Collector, title: string): ArticleView {
  const split = c.sents.map((s) => s.text.split(/\s+/));
  const starts: number[] = [];
  let at = 0;
  for (const s of c.sents) {
    starts.push(at);
    at += s.text.length + 1;
  }
  return {
    c,
    title,
    text: articleText(c),
    starts,
    caps: split.map((ws) => ws.filter((w) => CAPITALISED.test(w)).length / Math.max(1, ws.length)),
    words: split.map((ws) => ws.length),
  };
}

/** The sentence that holds an offset of the joined text. */
export function sentenceAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
