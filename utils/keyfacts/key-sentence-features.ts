/**
 * What a sentence's key-sentence score is made of: one number per signal (a feature vector per sentence). The
 * ranker (key-sentences.ts) adds them up with weights fitted to the labelled sets by scripts/train-key-sentences.ts
 * (key-sentence-weights.ts); the comments below say why each signal can tell a key sentence, the weights say how much.
 */

import { ENDS_LIKE_SENTENCE, LETTER, reG } from './chars';
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

/** A sentence of fewer words says little (and is not counted in the story's ranks); one of more is a list. */
const SHORT_WORDS = 8;
const LONG_WORDS = 45;
/** A sentence's place in its paragraph counted up to this: past the third, all are alike. */
const IN_PARAGRAPH_MAX = 3;
/** Facts counted up to this many: past it a sentence is a list of results, not the news. */
const FACTS_MAX = 4;

/** A question asks what the story answers: none of the 49 in the labelled sets of the seventh round was a key sentence. */
const QUESTION = /\?["”’)]?$/;
/** The writer speaking ("I", "we") outside quotes: 1.6% of such sentences are key against 13.5% of all (in a column every sentence has it). */
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|my|we|We|our|Our)\b/;
const QUOTED = /["“][^"”]*["”]/g;
const unquoted = (t: string) => t.replace(QUOTED, '');
/** No digit and no capitalised word after the first: colour, comment or background (1-3% key past the lead two, against 10%). */
const NAMES_OR_FIGURES = /\d|\s["“‘(]?(?!I\b)\p{Lu}/u;
/** A sentence in brackets of its own: an editor's correction, a credit, a pointer to another story; none of 32 was key. */
const ASIDE = /^\((?:[^()]|\([^()]*\))*\)\W*$/;
/**
 * A picture's credit glued to its caption ("Jane Roe/Reuters Rescuers search …", "Ana Diaz/for The Daily Post Fans
 * cheer …"): a photographer's name, a slash, the desk. A caption tells what the picture shows, not the story: never
 * a key sentence (page-furniture.ts finds credits that stand alone or name a known desk).
 */
const CREDIT_OPENS = /^(?!(?:A|An|The|In|On|At)\s)(?:\p{Lu}[\p{L}.'’-]*\s){1,3}\p{Lu}[\p{L}'’-]*\s?\/\s?(?:for\s)?\p{Lu}/u;
/** "But …", "However, …", "Yet …": a sentence that turns the story is often its news (the objection, the catch). */
const TURN = /^["“‘]?(?:But|However|Yet)\b/;
/** A month named ("in November", "on Dec. 30"): 22% of such sentences past the lead were key against 9% of the rest. */
const MONTH = new RegExp(`\\b(?:${MONTHS})\\b`);
/**
 * A stop, then perhaps closing quotes or brackets: "(m)" or "(Getty Images)" ends a label, not a sentence. Stricter than
 * ENDS_LIKE_SENTENCE, which the `heading` weight was fitted with; this one only says which lines are never picked.
 */
const STOP_AT_END = /[.!?…。！？]["'”’»)\]]*$/;
/**
 * A line of fewer words than this with no stop at its end is a label (a table's header, a column's name, a chart's
 * title, "Image credit: …"): never a key sentence. On the study sets 1 of 1,411 gold key sentences is one (a cell of a
 * table the page broke, already a row).
 */
const LABEL_WORDS_MAX = SHORT_WORDS;
/**
 * A figure with its unit or counted noun ("$4 million", "12,000 cars", "6.6 per cent", "30 years"): how much,
 * how many. A bare year or a day of the month is not one (the words after it are "the", "to", …).
 */
const NUMBER_WITH_UNIT = /(?:[$€£¥]\s?\d|\d(?:[\d,.]*\d)?\s?(?:%|per ?cent\b|(?!(?:the|a|an|and|or|to|of|in|on|at|for|with|by|as|is|was|were|from|after|before|when|but|that|this|he|she|it|they)\b)\p{Ll}{2,}))/u;

/**
 * What comes next, in the writer's words ("will", "plans to", "is expected to", "is due to"): the step the story
 * leads to. On the study sets, with the shipped weights, 16% of the gold key sentences the ranker missed say it
 * against 9% of its picks that are neither gold nor acceptable (twenty-third round).
 */
const FUTURE = /\b(?:will|plans? to|planned to|expects? to|expected to|(?:is|are|was|were) (?:due|set|to be|going) to|aims? to|intends? to)\b/;
/**
 * "The council voted …", "A new study finds …": a sentence opening with an article states a fact about a thing,
 * where one opening with a pronoun, a clause or a quotation goes on from another (missed gold 24%, wrong picks 17%).
 */
const OPENS_WITH_ARTICLE = /^(?:The|A|An) /;

/**
 * How often editors pick the story's sentence of this rank (the lead is rank 0; captions, credits, bylines,
 * headings and short lines are not counted) as a key sentence, from the labelled sets: 0.80–0.90 for the lead,
 * 0.55–0.74 for the next, 0.28 for the third, then falling by about a third every 2 sentences. Its logarithm is
 * the position's part of a sentence's score, so that position and content trade off as odds do.
 */
function storyPrior(rank: number): number {
  return rank === 0 ? 0.85 : rank === 1 ? 0.65 : 0.3 * Math.exp(-(rank - 2) / 5) + 0.01;
}

/**
 * The signals, in the order of a sentence's vector. Each is a count, a share or 0/1; a cost is a feature with a
 * negative weight.
 */
const SIGNALS = [
  /** Position: log of how often editors pick the story's sentence of that rank (storyPrior). */
  'prior',
  /** The lead (the story's first sentence): the prior's shape is fixed; this and `second` let the fit move its top. */
  'lead',
  /** The story's second sentence. */
  'second',
  /** Words of the title repeated: the title says what the story is about. */
  'titleWords',
  /** Centrality: how many of its words the rest of the article uses too (log of their counts per content word). */
  'central',
  /** Facts (names, numbers, dates; up to FACTS_MAX): key sentences say who, what, when and how much. */
  'facts',
  /** Log of its length in words: a longer sentence says more (up to LONG_WORDS). */
  'words',
  /** Fewer than SHORT_WORDS words: says little. */
  'short',
  /** More than LONG_WORDS words: a list. */
  'long',
  /** Opens with a quotation: a view, not the news. */
  'quoteOpens',
  /** Holds a quotation past its start: partly a view. */
  'quoteInside',
  /** No closing stop: a heading or a caption. */
  'heading',
  /** Opens its paragraph: writers put a paragraph's point first (27% of openers past the lead two were key against 11%). */
  'paraFirst',
  /** A question (QUESTION). */
  'question',
  /** The writer speaking outside quotes (FIRST_PERSON). */
  'firstPerson',
  /** Names nothing and holds no figure (NAMES_OR_FIGURES). */
  'plain',
  /** An aside in brackets of its own (ASIDE). */
  'aside',
  /** Turns the story (TURN), past the lead. */
  'turn',
  /** Names a month (MONTH), past the lead: a date alone is already a fact, a month alone is too vague to be one. */
  'month',
  /** A figure with its unit or counted noun (NUMBER_WITH_UNIT). */
  'numberUnit',
  /** How far through the article it is (0 at the start, 1 at the end): endings are background, boilerplate and pointers. */
  'depth',
  /** Log of 1 + its paragraph's index: how far down the paragraphs (depth counts sentences; paragraphs vary in length). */
  'paraIndex',
  /** Its place in its paragraph (0 for the opener, up to IN_PARAGRAPH_MAX): a paragraph's later sentences support its point. */
  'inParagraph',
  /** The article's paragraphs hold most of its sentences in runs of RUN_ON_SENTENCES or more (paragraphsRunTogether). */
  'runTogether',
  /** Says what comes next, outside quotes (FUTURE). */
  'future',
  /** Opens with an article ("The …", "A …"): a plain statement about a thing (OPENS_WITH_ARTICLE). */
  'opensThe',
  /**
   * No stop at its end (STOP_AT_END), "(m)" and a bare closing quote not counting as one: a line cut by the page or a
   * heading that `heading` lets through (twenty-third round). On the study sets 203 candidates (20 of them not
   * `heading`), 6 gold, 17 acceptable: with both, the fit can weigh a line that merely lacks its stop apart from one
   * ending in a bracket or a quote.
   */
  'noStop',
  /**
   * Novelty: the share of its content words no earlier sentence used (newNews). A second or third pick that brings
   * the story on (the reaction, the cost, what comes next) uses words the lead did not; one that goes on about the
   * lead repeats them. On the 30 study sets the gold key sentences past the lead hold a share of 0.78 new words, the
   * acceptable ones 0.68, the rest 0.65; leave-one-set-out over the 42 training sets 2,003 → 2,011 of 2,483 found
   * (twenty-fifth round). The repeat cost, which looks only at the picks, falls to near 0 beside it in the fit.
   */
  'novelty',
] as const;
type Signal = (typeof SIGNALS)[number];

/**
 * Pairs of signals whose product is a feature too: position and depth change what content is worth (a fact-laden,
 * central paragraph opener deep in the story is background, near its top the news). The story prior's and depth's
 * products with the content signals gained 19 key sentences leave-one-set-out over the 26 sets (0.736 -> 0.747
 * pooled, 12 sets better, 5 worse, the weakest set 0.590 -> 0.615); every product of seven signals gained 18 with
 * a worse weakest set, the squares nothing (seventeenth round).
 */
const INTERACTIONS = [
  ['prior', 'paraFirst'],
  ['prior', 'facts'],
  ['prior', 'central'],
  ['prior', 'titleWords'],
  ['prior', 'depth'],
  ['prior', 'words'],
  ['depth', 'paraFirst'],
  ['depth', 'facts'],
  ['depth', 'central'],
  ['depth', 'titleWords'],
  ['depth', 'words'],
  // the paragraph signals weigh otherwise in a text whose paragraphs were run together (paragraphsRunTogether)
  ['runTogether', 'paraFirst'],
  ['runTogether', 'inParagraph'],
  ['runTogether', 'paraIndex'],
] as const satisfies ReadonlyArray<readonly [Signal, Signal]>;
type PairName<P> = P extends readonly [infer A extends string, infer B extends string] ? `${A}_${B}` : never;
type Interaction = PairName<(typeof INTERACTIONS)[number]>;

/** Every feature of a sentence's vector: the signals, then their products (INTERACTIONS), named "a_b". */
export const FEATURES: ReadonlyArray<Signal | Interaction> = [...SIGNALS, ...INTERACTIONS.map(([a, b]) => `${a}_${b}` as Interaction)];
export type Feature = Signal | Interaction;
/** A weight per feature, and what a pick loses per unit of overlap with the picks before it (key-sentences.ts). */
export type Weights = Record<Feature | 'repeat', number>;

export interface SentenceFeatures {
  /** One vector per sentence (FEATURES order), or null for a sentence that is never a key sentence. */
  rows: Array<number[] | null>;
  /** The content words of each sentence (for the overlap of a pick with the picks before it). */
  words: Set<string>[];
}

/**
 * Most of the article's sentences stand in paragraphs of RUN_ON_SENTENCES or more. News writes paragraphs of one to
 * three sentences; a feed that ran a story's paragraphs together (the BBC's stories in a public dataset: 64–76% of
 * their sentences in such paragraphs, against 0–28% in the other labelled sets' web pages) leaves the paragraph signals
 * saying nothing there (every one of blind20a–d's 29 missed key sentences stood inside a paragraph), while a magazine's
 * long paragraphs are real. So the paragraph signals get a second weight in such texts (its products with them,
 * INTERACTIONS), fitted like the others: leave-one-set-out over the 30 sets 0.790 → 0.792 pooled, 6 sets better,
 * 2 worse by one sentence each. Leaving the paragraph signals out of such texts lost 5 on blind15's magazine pages.
 */
const RUN_ON_SENTENCES = 5;
const RUN_ON_SHARE = 0.5;
function paragraphsRunTogether(sentences: RankInput[]): boolean {
  const size = new Map<number, number>();
  for (const s of sentences) size.set(s.para, (size.get(s.para) ?? 0) + 1);
  return sentences.filter((s) => size.get(s.para)! >= RUN_ON_SENTENCES).length >= RUN_ON_SHARE * sentences.length;
}

/**
 * Lines that belong to a table or label something, though list-rows.ts and prose.ts left them as prose: a short line
 * with no stop at its end (LABEL_WORDS_MAX), and a paragraph of one line with no stop next to a row of a table (its
 * header or its caption: "Month High tide (m)" above "November 4.1", a header row of a table too short for prose.ts's
 * run of cells). The reader's text writes a table's row as a paragraph, its cells joined by spaces.
 */
function tableLines(sentences: RankInput[], wordCount: (s: RankInput) => number): boolean[] {
  const alone = (i: number) => sentences[i - 1]?.para !== sentences[i]!.para && sentences[i + 1]?.para !== sentences[i]!.para;
  return sentences.map((s, i) => {
    if (STOP_AT_END.test(s.text)) return false;
    if (wordCount(s) < LABEL_WORDS_MAX) return true;
    return alone(i) && (!!sentences[i - 1]?.row || !!sentences[i + 1]?.row);
  });
}

/** For each sentence, the share of its content words that no sentence before it used (0 for one with none). */
function newNews(words: Set<string>[]): number[] {
  const seen = new Set<string>();
  return words.map((ws) => {
    let fresh = 0;
    for (const w of ws) if (!seen.has(w)) fresh++;
    for (const w of ws) seen.add(w);
    return ws.size ? fresh / ws.size : 0;
  });
}

/** The feature vectors of an article's sentences. */
export function sentenceFeatures(title: string, sentences: RankInput[]): SentenceFeatures {
  const titleWords = new Set(contentWords(title));
  // how often each content word occurs in the article: sentences sharing the frequent words are central
  const freq = new Map<string, number>();
  const words = sentences.map((s) => new Set(contentWords(s.text)));
  for (const set of words) for (const w of set) freq.set(w, (freq.get(w) ?? 0) + 1);
  const furniture = pageFurniture(sentences);
  const isHeading = (s: RankInput) => !ENDS_LIKE_SENTENCE.test(s.text);
  const wordCount = (s: RankInput) => s.text.split(/\s+/).length;
  // the story's sentences counted from its lead, which may follow a caption, a credit, a byline or a heading
  const counted = sentences.map((s, i) => !furniture[i] && !isHeading(s) && wordCount(s) >= SHORT_WORDS);
  const runTogether = +paragraphsRunTogether(sentences);
  const inParagraph = sentences.map(() => 0);
  sentences.forEach((s, i) => {
    if (i > 0 && sentences[i - 1]!.para === s.para) inParagraph[i] = inParagraph[i - 1]! + 1;
  });
  const tableLine = tableLines(sentences, wordCount);
  const novelty = newNews(words);
  let rank = 0;
  const storyRank = counted.map((c) => (c ? rank++ : rank));
  const rows = sentences.map((s, i) => {
    if (furniture[i] || s.row || tableLine[i] || CREDIT_OPENS.test(s.text)) return null;
    const ws = words[i]!;
    const len = wordCount(s);
    const past = storyRank[i]! > 0;
    let title = 0;
    let central = 0;
    for (const w of ws) {
      if (titleWords.has(w)) title++;
      const f = freq.get(w) ?? 0;
      if (f > 1) central += Math.log(f);
    }
    const x: Record<Signal, number> = {
      prior: Math.log(storyPrior(storyRank[i]!)),
      lead: +(counted[i]! && storyRank[i] === 0),
      second: +(counted[i]! && storyRank[i] === 1),
      titleWords: title,
      central: central / Math.max(8, ws.size),
      facts: Math.min(s.facts, FACTS_MAX),
      words: Math.log(Math.min(len, LONG_WORDS)),
      short: +(len < SHORT_WORDS),
      long: +(len > LONG_WORDS),
      quoteOpens: +/^["“‘]/.test(s.text),
      quoteInside: +(!/^["“‘]/.test(s.text) && /["“”]/.test(s.text)),
      heading: +isHeading(s),
      paraFirst: +(i === 0 || sentences[i - 1]!.para !== s.para),
      question: +QUESTION.test(s.text),
      firstPerson: +FIRST_PERSON.test(unquoted(s.text)),
      plain: +!NAMES_OR_FIGURES.test(s.text),
      aside: +ASIDE.test(s.text),
      turn: +(past && TURN.test(s.text)),
      month: +(past && MONTH.test(s.text)),
      numberUnit: +NUMBER_WITH_UNIT.test(s.text),
      depth: sentences.length > 1 ? i / (sentences.length - 1) : 0,
      paraIndex: Math.log(1 + s.para),
      inParagraph: Math.min(inParagraph[i]!, IN_PARAGRAPH_MAX),
      runTogether,
      future: +FUTURE.test(unquoted(s.text)),
      opensThe: +OPENS_WITH_ARTICLE.test(s.text),
      noStop: +!STOP_AT_END.test(s.text),
      novelty: novelty[i]!,
    };
    return [...SIGNALS.map((f) => x[f]), ...INTERACTIONS.map(([a, b]) => x[a] * x[b])];
  });
  return { rows, words };
}
