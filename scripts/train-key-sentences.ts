/**
 * Fits the weights of the key-sentence ranker (utils/keyfacts/key-sentence-features.ts, key-sentences.ts) to the
 * labelled key-facts sets, tests them leave-one-set-out against the hand weights of the twelfth round, and writes
 * utils/keyfacts/key-sentence-weights.ts.
 *
 *   npm run train:key-sentences                  # the leave-one-set-out table, then the weights fitted on every set
 *   npm run train:key-sentences -- --cv-only     # the table only
 *   npm run train:key-sentences -- --list-sizes  # the table, then the same folds with 3, 4 or 5 key sentences an article
 *   npm run train:key-sentences -- --fixtures DIR --no-dev --out FILE   # other sets (the unit test's tiny ones)
 *
 * The model: a sentence's score is its feature vector times the weights; the article's key sentences are the
 * best scores, picked one at a time with a cost for repeating a pick (key-sentences.ts). The weights maximise the
 * likelihood of the labelled key sentences as such picks: each key sentence in turn, in article order, is the
 * softmax choice among itself and the sentences that are not key (the other key sentences are no wrong answer to
 * it: bench:facts counts a key sentence found whichever pick finds it), with its overlap with the key sentences
 * before it as a cost; a small L2 penalty on standardised features; Newton's method from zero. The figure reported
 * is bench:facts's: the share of gold key sentences that start a pick.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { factPasses } from '../utils/keyfacts';
import { FEATURES, sentenceFeatures, type SentenceFeatures, type Weights } from '../utils/keyfacts/key-sentence-features';
import { keyCount, overlap, pickKeySentences, RESTATEMENT } from '../utils/keyfacts/key-sentences';
import { rankInputs } from '../utils/keyfacts/pass-key-sentences';
import { argValue } from './bench-util';
import { forTraining, goldSets, repoRoot, type GoldSet } from './keyfacts-sets';

/**
 * The weights picked by hand one at a time up to the twelfth round: the baseline the fitted ones must beat (0 for the
 * features added since).
 */
export const HAND_WEIGHTS: Weights = {
  ...(Object.fromEntries(FEATURES.map((f) => [f, 0])) as Weights),
  prior: 1,
  lead: 0,
  second: 0,
  titleWords: 0.6,
  central: 2,
  facts: 0.4,
  words: 0,
  short: -3,
  long: -1,
  quoteOpens: -2,
  quoteInside: -1,
  heading: -4,
  paraFirst: 0.75,
  question: -3,
  firstPerson: -1,
  plain: -1,
  aside: -2,
  turn: 0.5,
  month: 0.25,
  numberUnit: 0,
  depth: 0,
  repeat: 4,
};

export interface Article {
  id: string;
  features: SentenceFeatures;
  /** The article's sentences, as score.py reads them (sentNorm). */
  sentences: string[];
  /** Each gold key sentence's alternatives, normalised. */
  key: string[][];
  /** The sentences the labels accept as key besides those (score.py's acceptableSentences), normalised. */
  acceptable: string[][];
}

/** score.py's base() and sent_norm(): quotes and dashes unified, accents dropped, lower case, leading quotes and brackets off. */
export function sentNorm(s: string): string {
  const base = s
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  return base.replace(/^[\s"'()[\]-]+/, '');
}

const alternatives = (g: string) => g.split('|').filter((a) => a.trim()).map(sentNorm);

/** The articles of one set, each with its sentences' features and its gold key sentences. */
export function loadSet(set: GoldSet): Article[] {
  const inputs = JSON.parse(readFileSync(set.input, 'utf8')) as Record<string, { title?: string; text?: string }>;
  const gold = JSON.parse(readFileSync(set.gold!, 'utf8')) as Record<string, { keySentences?: string[]; acceptableSentences?: string[] }>;
  return Object.entries(gold).map(([id, g]) => {
    const a = inputs[id] ?? {};
    const { c, dates, numbers } = factPasses(a.text ?? '');
    return {
      id,
      features: sentenceFeatures(a.title ?? '', rankInputs(c, dates, numbers)),
      sentences: c.sents.map((s) => sentNorm(s.text)),
      key: (g.keySentences ?? []).map(alternatives),
      acceptable: (g.acceptableSentences ?? []).map(alternatives),
    };
  });
}

/** Gold key sentences that start a pick, and all gold key sentences (score.py's keysent). */
export function found(articles: Article[], weights: Weights): { found: number; gold: number } {
  const { found: hit, gold } = pickQuality(articles, weights);
  return { found: hit, gold };
}

/**
 * The picks scored as score.py scores them: gold key sentences found, all gold key sentences, the picks shown, and
 * the picks that start with a gold or an acceptable key sentence (score.py's predicted_ok), `count(n)` picks for an
 * article of n sentences.
 */
export function pickQuality(articles: Article[], weights: Weights, count: (n: number) => number = keyCount): { found: number; gold: number; shown: number; sound: number } {
  const q = { found: 0, gold: 0, shown: 0, sound: 0 };
  const starts = (s: string) => (alts: string[]) => alts.some((x) => s.startsWith(x));
  for (const a of articles) {
    const picks = pickKeySentences(a.features, weights, count(a.sentences.length)).map((i) => a.sentences[i]!);
    q.gold += a.key.length;
    q.found += a.key.filter((alts) => picks.some((s) => starts(s)(alts))).length;
    q.shown += picks.length;
    q.sound += picks.filter((s) => a.key.some(starts(s)) || a.acceptable.some(starts(s))).length;
  }
  return q;
}

/**
 * The L2 penalty on standardised weights, and Newton's method's bounds: the objective is concave, so a few steps reach
 * its maximum (the same weights as 400 steps of Adam to the third decimal, the sixteenth round's fit, in a tenth of the
 * time), each step halved until it does not lower the objective.
 */
const L2 = 0.01;
const NEWTON_STEPS_MAX = 25;
const HALVINGS_MAX = 20;
/** A Newton step that gains less than this is the maximum. */
const CONVERGED = 1e-10;

/** What a fit weighs: the sentence's features, then its overlap with the picks before it (weights.repeat, a cost). */
const PARAMS = [...FEATURES, 'repeat'] as const;

/** One pick of the ranker as the labels have it: the candidates left (feature vectors) and which one is key. */
export interface Step {
  rows: number[][];
  chosen: number;
}

/**
 * The picks that would find an article's key sentences, in article order: at each, the key sentence and every
 * candidate sentence that is not key and not a restatement of the key sentences before it, their features and their
 * overlap with those (key-sentences.ts). A later key sentence is left out of an earlier one's choice: picking it
 * first is no error (the thirteenth and fourteenth rounds kept it in, as a plain Plackett-Luce order: 0.740 → 0.745
 * pooled leave-one-set-out without it, 9 folds better, 4 worse by one sentence each).
 */
export function steps(a: Article): Step[] {
  const candidates = a.features.rows.flatMap((row, i) => (row ? [i] : []));
  const keys = candidates.filter((i) => a.key.some((alts) => alts.some((x) => a.sentences[i]!.startsWith(x))));
  const out: Step[] = [];
  keys.forEach((key, t) => {
    const picked = keys.slice(0, t);
    const rows: number[][] = [];
    let chosen = -1;
    for (const i of candidates) {
      if (i !== key && keys.includes(i)) continue;
      const repeat = Math.max(0, ...picked.map((p) => overlap(a.features.words[i]!, a.features.words[p]!)));
      if (repeat >= RESTATEMENT) continue;
      if (i === key) chosen = rows.length;
      rows.push([...a.features.rows[i]!, -repeat]);
    }
    if (chosen >= 0 && rows.length > 1) out.push({ rows, chosen });
  });
  return out;
}

/**
 * Weights that maximise the likelihood of the labelled picks (each key sentence in turn the softmax choice among
 * itself and the sentences that are not key, see steps), minus L2/2 · |w|² on standardised features.
 */
export function fit(articles: Article[]): Weights {
  const d = PARAMS.length;
  const all = articles.flatMap(steps);
  // the candidates' rows in one flat array, each step's first row and chosen row
  const n = all.length;
  const first = new Int32Array(n + 1);
  const chosen = new Int32Array(n);
  const rowsOf = all.flatMap((st, t) => {
    chosen[t] = first[t]! + st.chosen;
    first[t + 1] = first[t]! + st.rows.length;
    return st.rows;
  });
  // standardise: a softmax does not change when a feature is shifted, so only the spread is divided out
  const scale = PARAMS.map((_, j) => {
    const xs = rowsOf.map((r) => r[j]!);
    const mean = xs.reduce((s, x) => s + x, 0) / (xs.length || 1);
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length || 1));
    return sd > 1e-9 ? sd : 0;
  });
  const X = new Float64Array(rowsOf.length * d);
  rowsOf.forEach((r, i) => r.forEach((x, j) => (X[i * d + j] = scale[j] ? x / scale[j]! : 0)));
  const p = new Float64Array(rowsOf.length);
  /** Each candidate's softmax probability within its step (into p); returns the mean log-likelihood minus the penalty. */
  const objective = (w: Float64Array): number => {
    let ll = 0;
    for (let t = 0; t < n; t++) {
      let top = -Infinity;
      for (let i = first[t]!; i < first[t + 1]!; i++) {
        let score = 0;
        for (let j = 0; j < d; j++) score += w[j]! * X[i * d + j]!;
        p[i] = score;
        top = Math.max(top, score);
      }
      let total = 0;
      for (let i = first[t]!; i < first[t + 1]!; i++) total += Math.exp(p[i]! - top);
      ll += p[chosen[t]!]! - top - Math.log(total);
      for (let i = first[t]!; i < first[t + 1]!; i++) p[i] = Math.exp(p[i]! - top) / total;
    }
    return ll / (n || 1) - (L2 / 2) * w.reduce((s, x) => s + x * x, 0);
  };
  let w = new Float64Array(d);
  let value = objective(w);
  for (let step = 0; step < NEWTON_STEPS_MAX; step++) {
    // gradient and Hessian of the objective at w (p holds w's probabilities)
    const grad = new Float64Array(d);
    const hess = new Float64Array(d * d);
    const mean = new Float64Array(d);
    for (let t = 0; t < n; t++) {
      mean.fill(0);
      for (let i = first[t]!; i < first[t + 1]!; i++) {
        for (let j = 0; j < d; j++) {
          const pxj = p[i]! * X[i * d + j]!;
          mean[j]! += pxj;
          if (pxj) for (let k = 0; k <= j; k++) hess[j * d + k]! -= pxj * X[i * d + k]!;
        }
      }
      for (let j = 0; j < d; j++) {
        grad[j]! += X[chosen[t]! * d + j]! - mean[j]!;
        for (let k = 0; k <= j; k++) hess[j * d + k]! += mean[j]! * mean[k]!;
      }
    }
    for (let j = 0; j < d; j++) {
      grad[j] = grad[j]! / (n || 1) - L2 * w[j]!;
      for (let k = 0; k <= j; k++) hess[k * d + j] = hess[j * d + k] = hess[j * d + k]! / (n || 1) - (j === k ? L2 : 0);
    }
    // the Newton step solves (-H) Δ = g; halved until the objective does not fall
    const delta = solvePositive(hess.map((x) => -x), grad, d);
    let size = 1;
    let next = w;
    let nextValue = -Infinity;
    for (let h = 0; h < HALVINGS_MAX; h++, size /= 2) {
      next = w.map((x, j) => x + size * delta[j]!);
      nextValue = objective(next);
      if (nextValue >= value) break;
    }
    const gain = nextValue - value;
    w = next;
    value = objective(w); // p back to w's probabilities
    if (!(gain > CONVERGED)) break;
  }
  // the overlap went in as a negative feature: its weight is the cost the ranker subtracts
  return Object.fromEntries(PARAMS.map((f, j) => [f, scale[j] ? round(w[j]! / scale[j]!) : 0])) as Weights;
}

/** x with A x = b for a symmetric positive definite A (d × d, row-major), by Cholesky. */
function solvePositive(a: Float64Array, b: Float64Array, d: number): Float64Array {
  const l = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * d + j]!;
      for (let k = 0; k < j; k++) s -= l[i * d + k]! * l[j * d + k]!;
      l[i * d + j] = i === j ? Math.sqrt(Math.max(s, 1e-12)) : s / l[j * d + j]!;
    }
  }
  const y = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= l[i * d + k]! * y[k]!;
    y[i] = s / l[i * d + i]!;
  }
  const x = new Float64Array(d);
  for (let i = d - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let k = i + 1; k < d; k++) s -= l[k * d + i]! * x[k]!;
    x[i] = s / l[i * d + i]!;
  }
  return x;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export interface Fold {
  set: string;
  articles: number;
  gold: number;
  hand: number;
  fitted: number;
  /** The weights fitted without this set. */
  weights: Weights;
}

/** Each set scored with weights fitted on all the others, and with the hand weights. */
export function leaveOneSetOut(sets: Map<string, Article[]>): Fold[] {
  return [...sets].map(([name, test]) => {
    const train = [...sets].filter(([n]) => n !== name).flatMap(([, a]) => a);
    const weights = fit(train);
    const hand = found(test, HAND_WEIGHTS);
    return { set: name, articles: test.length, gold: hand.gold, hand: hand.found, fitted: found(test, weights).found, weights };
  });
}

/** The issue's target: key sentences found on every unseen set. */
const TARGET = 0.67;

/**
 * How many key sentences an article gets, the shipped rule (keyCount) against a fixed 3, 4 or 5: score.py counts
 * the gold found and not the picks shown, so a longer list is worth knowing about before it is worth shipping.
 */
const LIST_SIZES: Array<[string, (n: number) => number]> = [
  ['shipped', keyCount],
  ['3', () => 3],
  ['4', () => 4],
  ['5', () => 5],
];

/** Each list size on the leave-one-set-out folds' weights: pooled, weakest set, sets under TARGET, picks per article and their share that the labels accept. */
export function listSizeTable(sets: Map<string, Article[]>, folds: Fold[]): string[] {
  const head = `${'list'.padEnd(10)}${'pooled'.padStart(8)}${'weakest'.padStart(18)}${'under'.padStart(7)}${'shown'.padStart(7)}${'sound'.padStart(7)}`;
  return [
    head,
    ...LIST_SIZES.map(([label, count]) => {
      const per = folds.map((f) => ({ set: f.set, ...pickQuality(sets.get(f.set)!, f.weights, count) }));
      const sum = (k: 'found' | 'gold' | 'shown' | 'sound') => per.reduce((s, x) => s + x[k], 0);
      const weakest = per.reduce((m, x) => (x.found / (x.gold || 1) < m.found / (m.gold || 1) ? x : m));
      const under = per.filter((x) => x.gold && x.found / x.gold < TARGET).length;
      const articles = folds.reduce((s, f) => s + f.articles, 0);
      return `${label.padEnd(10)}${share(sum('found'), sum('gold')).padStart(8)}${`${weakest.set} ${share(weakest.found, weakest.gold)}`.padStart(18)}${String(under).padStart(7)}${(sum('shown') / (articles || 1)).toFixed(2).padStart(7)}${share(sum('sound'), sum('shown')).padStart(7)}`;
    }),
  ];
}

const share = (a: number, b: number) => (b ? a / b : 0).toFixed(3);

export function foldTable(folds: Fold[]): string[] {
  const sum = (k: 'gold' | 'hand' | 'fitted' | 'articles') => folds.reduce((s, f) => s + f[k], 0);
  const lost = folds.filter((f) => f.fitted < f.hand).length;
  const won = folds.filter((f) => f.fitted > f.hand).length;
  return [
    `${'set'.padEnd(10)}${'articles'.padStart(9)}${'gold'.padStart(6)}${'hand'.padStart(8)}${'fitted'.padStart(8)}`,
    ...folds.map((f) => `${f.set.padEnd(10)}${String(f.articles).padStart(9)}${String(f.gold).padStart(6)}${share(f.hand, f.gold).padStart(8)}${share(f.fitted, f.gold).padStart(8)}`),
    `${'pooled'.padEnd(10)}${String(sum('articles')).padStart(9)}${String(sum('gold')).padStart(6)}${share(sum('hand'), sum('gold')).padStart(8)}${share(sum('fitted'), sum('gold')).padStart(8)}`,
    `fitted won ${won}, lost ${lost}, tied ${folds.length - won - lost} of ${folds.length} folds`,
  ];
}

/** The checked-in weights file: what it was fitted on, how to rebuild it, and the leave-one-set-out figures. */
export function weightsFile(weights: Weights, folds: Fold[], data: string, commit: string): string {
  return [
    '/**',
    ' * Weights of the key-sentence ranker, one per feature of key-sentence-features.ts (a sentence\'s score is their',
    ' * sum times its features). Generated by scripts/train-key-sentences.ts: do not edit by hand.',
    ` * Data: ${data}.`,
    ` * Commit: ${commit} (the sets, features and passes the weights were fitted on).`,
    ' * Rebuild: npm run train:key-sentences (after a change to the features, the passes or the sets).',
    ' * Fit: likelihood of each gold key sentence as a pick against the sentences that are not key (article order,',
    ` * overlap with the key sentences before it as a cost), L2 on standardised features (Newton's method).`,
    ' * Leave-one-set-out, key sentences as bench:facts scores them:',
    ...foldTable(folds).map((l) => ` *   ${l}`),
    ' */',
    "import type { Weights } from './key-sentence-features';",
    '',
    'export const KEY_SENTENCE_WEIGHTS: Weights = {',
    ...PARAMS.map((f) => `  ${f}: ${weights[f]},`),
    '};',
    '',
  ].join('\n');
}

function main(): void {
  const fixtures = argValue('--fixtures');
  const found = forTraining(goldSets(fixtures ? path.resolve(fixtures) : undefined, !process.argv.includes('--no-dev')));
  const sets = new Map(found.map((s) => [s.name, loadSet(s)]));
  const folds = leaveOneSetOut(sets);
  for (const line of foldTable(folds)) console.log(line);
  if (process.argv.includes('--list-sizes')) for (const line of listSizeTable(sets, folds)) console.log(line);
  if (process.argv.includes('--cv-only') || process.argv.includes('--list-sizes')) return;
  const all = [...sets.values()].flat();
  const weights = fit(all);
  console.log(PARAMS.map((f) => `${f} ${weights[f]}`).join(', '));
  const commit = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  const data = `${sets.size} labelled sets, ${all.length} articles (${[...sets.keys()].join(', ')})`;
  const out = argValue('--out') ?? path.join(repoRoot, 'utils/keyfacts/key-sentence-weights.ts');
  writeFileSync(out, weightsFile(weights, folds, data, commit));
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
