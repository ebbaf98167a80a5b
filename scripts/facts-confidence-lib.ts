/**
 * The pieces of scripts/train-facts-confidence.ts that tests call: the labelled sets, the labels of predicted names
 * (the scorer's normalisation, ../shared/keyfacts/score.py), a logistic regression fitted by Newton's method, the
 * threshold of a kind, and the fingerprint of what the weights were learned from.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityKind } from '../utils/keyfacts/confidence';
import { forTraining, goldSets, repoRoot } from './keyfacts-sets';

export const ROOT = repoRoot;

export interface LabelledSet {
  name: string;
  input: string;
  gold: string;
}

/** Every labelled set that has its gold (keyfacts-sets.ts finds them for bench:facts and train:key-sentences too). */
export function labelledSets(): LabelledSet[] {
  return goldSets().filter((s): s is LabelledSet => s.gold !== undefined && existsSync(s.gold));
}

// ---- the scorer's normalisation (score.py: base, norm, name_norm)

const HONORIFICS = /^(?:mr|mrs|ms|miss|dr|prof|sir|dame|lt|col|gen|capt|sgt|rev|gov|sen|rep)\.?\s+/;

function base(s: string): string {
  s = s.replace(/’|‘/g, "'").replace(/“|”/g, '"').replace(/–|—/g, '-');
  s = s.normalize('NFKD').replace(/\p{M}/gu, '');
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

export function norm(s: string): string {
  s = base(s);
  s = s.replace(/^[\s"'(,.;:-]+|[\s"'),.;:!?-]+$/g, '');
  s = s.replace(/^the\s+/, '');
  s = s.replace(/'s$/, '').replace(/'+$/, '');
  s = s.replace(/\b([a-z])\./g, '$1');
  return s.replace(/\s+/g, ' ').trim();
}

export const nameNorm = (s: string): string => norm(s).replace(HONORIFICS, '');

interface GoldEntity {
  name: string;
  aliases?: string[];
  acronym?: string;
}
export interface GoldArticle {
  people?: GoldEntity[];
  orgs?: GoldEntity[];
  places?: string[];
  neutral?: string[];
}

/** The forms each gold item of a kind is matched by, normalised as the scorer does. */
function goldForms(g: GoldArticle, kind: EntityKind): string[][] {
  if (kind === 'places') return (g.places ?? []).map((p) => p.split('|').filter((a) => a.trim()).map(norm));
  const n = kind === 'people' ? nameNorm : norm;
  return (g[kind] ?? []).map((e) => [e.name, ...(e.aliases ?? []), ...(kind === 'orgs' && e.acronym ? [e.acronym] : [])].map(n));
}

/** A predicted item's label: right (1), wrong (0), or neither (null: a neutral item, or a second match of one gold item). */
export type Label = 0 | 1 | null;

/**
 * The labels of one kind's predicted names against the gold of an article, one to one in the order predicted: a
 * name that matches a gold item not yet taken is right, one that matches only taken items or a neutral item counts
 * neither way (the scorer counts it as neither), any other is wrong. A person listed as an organisation matches no
 * organisation: wrong.
 */
export function labels(names: string[], g: GoldArticle, kind: EntityKind): Label[] {
  const n = kind === 'people' ? nameNorm : norm;
  const forms = goldForms(g, kind);
  const neutral = new Set((g.neutral ?? []).map(n));
  const taken = new Set<number>();
  return names.map((name) => {
    const x = n(name);
    const matches = forms.flatMap((f, i) => (x && f.includes(x) ? [i] : []));
    const free = matches.find((i) => !taken.has(i));
    if (free !== undefined) {
      taken.add(free);
      return 1;
    }
    return matches.length || neutral.has(x) ? null : 0;
  });
}

export const goldCount = (g: GoldArticle, kind: EntityKind): number => (kind === 'places' ? (g.places ?? []).length : (g[kind] ?? []).length);

// ---- the model

export interface Sample {
  x: number[];
  y: 0 | 1;
}

/** Solves A·x = b (A square, positive definite here) by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let r = col + 1; r < n; r++) {
      const f = m[r]![col]! / m[col]![col]!;
      for (let k = col; k <= n; k++) m[r]![k]! -= f * m[col]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * x[k]!;
    x[r] = s / m[r]![r]!;
  }
  return x;
}

/**
 * A logistic regression with an L2 penalty `lambda` on the weights (not the bias), fitted by Newton's method: the
 * same samples give the same weights, to the last digit, on any machine.
 */
export function fitLogistic(samples: Sample[], lambda: number, iterations = 25): { bias: number; weights: number[] } {
  const d = (samples[0]?.x.length ?? 0) + 1;
  let w = new Array<number>(d).fill(0);
  // the bias's 1 before each vector, and where it is not zero (most one-hot columns are not set): only those terms add
  const vs = samples.map((s) => [1, ...s.x]);
  const nonzero = vs.map((v) => v.flatMap((x, i) => (x ? [i] : [])));
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const [k, s] of samples.entries()) {
      const v = vs[k]!;
      const nz = nonzero[k]!;
      let z = 0;
      for (const i of nz) z += w[i]! * v[i]!;
      const p = 1 / (1 + Math.exp(-z));
      const r = p * (1 - p);
      for (const i of nz) {
        grad[i]! += (p - s.y) * v[i]!;
        const row = hess[i]!;
        const ri = r * v[i]!;
        for (const j of nz) if (j >= i) row[j]! += ri * v[j]!;
      }
    }
    for (let i = 0; i < d; i++) for (let j = 0; j < i; j++) hess[i]![j] = hess[j]![i]!;
    for (let i = 1; i < d; i++) {
      grad[i]! += lambda * w[i]!;
      hess[i]![i]! += lambda;
    }
    hess[0]![0]! += 1e-9;
    const step = solve(hess, grad);
    w = w.map((x, i) => x - step[i]!);
    if (Math.max(...step.map(Math.abs)) < 1e-10) break;
  }
  return { bias: w[0]!, weights: w.slice(1) };
}

/** F-beta of counts: beta < 1 weighs precision more. */
export function fBeta(tp: number, fp: number, fn: number, beta: number): number {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  const b2 = beta * beta;
  return p + r ? ((1 + b2) * p * r) / (b2 * p + r) : 0;
}

/**
 * The threshold that gives the best F-beta over some scored items: `scored` are the probabilities and labels of the
 * items the passes found, `gold` the number of gold items of the kind (the misses of the passes count too), `base`
 * the right and wrong items counted before these (the kept organisations, when the undecided names' threshold is
 * chosen). A threshold of 1 takes none.
 */
export function bestThreshold(scored: Array<{ p: number; y: 0 | 1 }>, gold: number, beta: number, grid = 100, base = { tp: 0, fp: 0 }): number {
  let best = 0;
  let bestF = -1;
  for (let k = 0; k <= grid; k++) {
    const t = k / grid;
    let tp = base.tp;
    let fp = base.fp;
    for (const s of scored) if (s.p >= t) s.y ? tp++ : fp++;
    const f = fBeta(tp, fp, gold - tp, beta);
    if (f > bestF + 1e-12) {
      bestF = f;
      best = t;
    }
  }
  return best;
}

/**
 * The lowest threshold at which the scored items over it are right at least `target` of the time, counted over
 * `least` items or more (fewer say nothing of a precision: 2 of 2 is not 9 of 10); 1 (none) when there is none.
 */
export function precisionThreshold(scored: Array<{ p: number; y: 0 | 1 }>, target: number, least: number, grid = 100): number {
  let best = 1;
  for (let k = grid; k >= 0; k--) {
    const over = scored.filter((s) => s.p >= k / grid);
    if (over.length >= least && over.filter((s) => s.y).length / over.length >= target) best = k / grid;
  }
  return best;
}

// ---- what the weights were learned from

/**
 * The files whose change calls for new weights: the feature extractor, the trainer and its library, and every
 * labelled set a trainer may fit on (`forTraining`: the judges-only sets never enter a fit). (The passes that find the names are left out on purpose: they change every round, and a weights
 * file trained on a slightly older pipeline still filters with the features it reads; retrain then.)
 */
export function fingerprintFiles(): string[] {
  return [
    path.join(ROOT, 'utils/keyfacts/confidence.ts'),
    path.join(ROOT, 'utils/keyfacts/undecided-features.ts'),
    path.join(ROOT, 'utils/keyfacts/article-view.ts'),
    path.join(ROOT, 'scripts/facts-confidence-lib.ts'),
    path.join(ROOT, 'scripts/train-facts-confidence.ts'),
    ...forTraining(labelledSets()).flatMap((s) => [s.input, s.gold]),
  ];
}

/** sha256 over the files' names (relative to the repository's parent) and contents, first 16 hex digits. */
export function fingerprint(files = fingerprintFiles()): string {
  const h = createHash('sha256');
  for (const f of files) h.update(path.relative(path.dirname(ROOT), f).replace(/^[^/]+\//, '') + '\0').update(readFileSync(f)).update('\0');
  return h.digest('hex').slice(0, 16);
}
