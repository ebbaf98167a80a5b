/** Ranking of the sentences that carry the story. */

import { LETTER, reG } from './chars';
import { FUNCTION_WORDS, LEAD_STOP, MONTHS } from './lexicon';
import { pageFurniture } from './page-furniture';

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
  /** A row of a list or table (list-rows.ts). */
  row?: boolean;
}

/** What a sentence's score is made of, besides its position (storyPrior): named weights and costs. */
const SCORE = {
  /** Per word of the title repeated (1.2 before the story prior took the place of the lead bonus; 0.6 and 0.8 did equally well on the held-out sets, 0.6 better on the others). */
  titleWord: 0.6,
  /** Centrality: how many of its words the rest of the article uses too. */
  central: 2,
  /** Per fact (up to factsMax): key sentences say who, what, when and how much. */
  fact: 0.4,
  factsMax: 4,
  /** A sentence of fewer than shortWords words says little; one of more than longWords is a list. */
  shortWords: 8,
  short: 3,
  longWords: 45,
  long: 1,
  /** A quotation reports a view, not the news: one that opens the sentence costs more than one inside it. */
  quoteOpens: 2,
  quoteInside: 1,
  /** A line without a closing stop is a heading or a caption. */
  heading: 4,
  /**
   * A sentence that opens its paragraph: writers put a paragraph's point first. Past the lead two sentences, editors
   * picked 27% of paragraph openers against 11% of the rest (ranks 2-5), 11% against 4% (ranks 6-14) on blind4a-7.
   * 0.75 (a bit under the log of that ratio, which the other scores partly carry) was the one of 0.5/0.75/1 that lost
   * on no labelled set. (LexRank centrality in place of or beside `central` lost on as many sets as it won: see
   * docs/benchmarks.md, seventh round.)
   */
  paraFirst: 0.75,
} as const;
/** A question asks what the story answers: none of the 49 in the labelled sets was a key sentence. */
const QUESTION = /\?["”’)]?$/;
const QUESTION_COST = 3;
/** The writer speaking ("I", "we") outside quotes: 1.6% of such sentences are key against 13.5% of all (a small cost: in a column every sentence has it). */
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|my|we|We|our|Our)\b/;
const WRITER_COST = 1;
const unquoted = (t: string) => t.replace(/["“][^"”]*["”]/g, '');
/**
 * A sentence that names nothing and holds no figure (no digit, no capitalised word after its first) is colour,
 * comment or background: past the lead two, 1-3% of such sentences were key on the labelled sets against 10% of
 * the rest. A cost of 1 (0.5 to 2 did about as well) lost a key sentence on no development set.
 */
const NAMES_OR_FIGURES = /\d|\s["“‘(]?(?!I\b)\p{Lu}/u;
const PLAIN_COST = 1;
/**
 * A sentence in brackets of its own is an aside: an editor's correction ("(Corrects the 10th paragraph …)"), a credit,
 * a pointer to another story, a remark. None of the 32 in the labelled sets was a key sentence; a cost rather than
 * a ban, since an aside can still be the only sentence left. 2 (1 to 5 did the same) lost a key sentence on no set.
 */
const ASIDE = /^\((?:[^()]|\([^()]*\))*\)\W*$/;
const ASIDE_COST = 2;
/**
 * A picture's credit glued to its caption ("Jane Roe/Reuters Rescuers search …", "Ana Diaz/for The Daily Post Fans
 * cheer …"): a photographer's name, a slash, the desk. A caption tells what the picture shows, not the story: never
 * a key sentence (page-furniture.ts finds credits that stand alone or name a known desk).
 */
const CREDIT_OPENS = /^(?!(?:A|An|The|In|On|At)\s)(?:\p{Lu}[\p{L}.'’-]*\s){1,3}\p{Lu}[\p{L}'’-]*\s?\/\s?(?:for\s)?\p{Lu}/u;
/**
 * "But …", "However, …", "Yet …": a sentence that turns the story is often its news (the objection, the catch, the
 * consequence), where the sentences around it are background. Chosen at 0.5 (of 0.25–1) in every fold of a
 * leave-one-set-out test over the fifteen labelled sets; it lost a key sentence on no set (docs/benchmarks.md,
 * eleventh round). The lead never gains by it.
 */
const TURN = /^["“‘]?(?:But|However|Yet)\b/;
const TURN_GAIN = 0.5;
/**
 * A sentence that names a month ("in November", "since July", "on Dec. 30") anchors the story in time: what happened
 * when, or what is due. Past the lead, 22% of such sentences were key on the labelled sets against 9% of the rest;
 * a date is already counted as a fact, but a month alone ("in June") is too vague to be one. 0.25 was chosen in every
 * fold of a leave-one-set-out test over the seventeen labelled sets (grid −1 … 1) and lost a key sentence on none
 * (docs/benchmarks.md, twelfth round). The lead never gains by it.
 */
const MONTH = new RegExp(`\\b(?:${MONTHS})\\b`);
const MONTH_GAIN = 0.25;

/**
 * How often editors pick the story's sentence of this rank (the lead is rank 0; captions, credits, bylines,
 * headings and short lines are not counted) as a key sentence, from the labelled sets: 0.80–0.90 for the lead,
 * 0.55–0.74 for the next, 0.28 for the third, then falling by about a third every 2 sentences. Its logarithm is
 * the position's part of a sentence's score, so that position and content trade off as odds do.
 */
function storyPrior(rank: number): number {
  return rank === 0 ? 0.85 : rank === 1 ? 0.65 : 0.3 * Math.exp(-(rank - 2) / 5) + 0.01;
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
  const furniture = pageFurniture(sentences);
  const isHeading = (s: RankInput) => !ENDS_LIKE_SENTENCE.test(s.text);
  const wordCount = (s: RankInput) => s.text.split(/\s+/).length;
  // the story's sentences counted from its lead, which may follow a caption, a credit, a byline or a heading
  let rank = 0;
  const storyRank = sentences.map((s, i) => (!furniture[i] && !isHeading(s) && wordCount(s) >= SCORE.shortWords ? rank++ : rank));
  const scored = sentences.map((s, i) => {
    if (furniture[i] || s.row || CREDIT_OPENS.test(s.text)) return { i, score: -Infinity };
    const ws = perSentence[i]!;
    const len = wordCount(s);
    let score = Math.log(storyPrior(storyRank[i]!));
    let central = 0;
    for (const w of ws) {
      if (titleWords.has(w)) score += SCORE.titleWord;
      const f = freq.get(w) ?? 0;
      if (f > 1) central += Math.log(f);
    }
    score += (central / Math.max(8, ws.size)) * SCORE.central;
    score += Math.min(s.facts, SCORE.factsMax) * SCORE.fact;
    if (len < SCORE.shortWords) score -= SCORE.short;
    if (len > SCORE.longWords) score -= SCORE.long;
    if (/^["“‘]/.test(s.text)) score -= SCORE.quoteOpens;
    else if (/["“”]/.test(s.text)) score -= SCORE.quoteInside;
    if (isHeading(s)) score -= SCORE.heading;
    if (i === 0 || sentences[i - 1]!.para !== s.para) score += SCORE.paraFirst;
    if (QUESTION.test(s.text)) score -= QUESTION_COST;
    if (FIRST_PERSON.test(unquoted(s.text))) score -= WRITER_COST;
    if (!NAMES_OR_FIGURES.test(s.text)) score -= PLAIN_COST;
    if (ASIDE.test(s.text)) score -= ASIDE_COST;
    if (storyRank[i]! > 0 && TURN.test(s.text)) score += TURN_GAIN;
    if (storyRank[i]! > 0 && MONTH.test(s.text)) score += MONTH_GAIN;
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

/** A sentence ends with a stop, a closing quote or bracket; headings and captions often do not. */
const ENDS_LIKE_SENTENCE = /[.!?…。！？"”’)]$/;

/** What a sentence that only restates an earlier pick loses (3 to 5 did equally well on dev and held-out; 8 let off-topic sentences in; 2 and 6 did no better once the story prior came in). */
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
