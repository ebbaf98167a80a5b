/**
 * Fits the bare-number model (utils/keyfacts/bare-number-features.ts, pass-dates-numbers.ts): a logistic regression
 * over the context of each bare number the rules let through, labelled by the sets' gold as the scorer reads it
 * (../shared/keyfacts/score.py: num_norm, contains_bounded, neutral numbers), tested leave-one-set-out, and writes
 * utils/keyfacts/bare-number-weights.ts.
 *
 *   npm run train:bare-numbers              # the leave-one-set-out table, then the model fitted on every set
 *   npm run train:bare-numbers -- --cv-only # the table only
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Collector } from '../utils/keyfacts/collector';
import { confidence } from '../utils/keyfacts/confidence';
import { BARE_FEATURES } from '../utils/keyfacts/bare-number-features';
import { isBareNumber } from '../utils/keyfacts/display';
import { datesAndNumbers, keepsBareNumber, type BareNumberModel } from '../utils/keyfacts/pass-dates-numbers';
import { forTraining } from './keyfacts-sets';
import { bestThreshold, fitLogistic, labelledSets, norm, ROOT, type Sample } from './facts-confidence-lib';

/** The L2 penalty of the fit (as the names' model). */
const LAMBDA = 1;
/**
 * The threshold maximises F-beta of all numbers on the training sets (the numbers with a unit counted as they are).
 * Beta 1: leave-one-set-out it drops 20 of the 77 wrong bare numbers for 5 of the 353 right ones; a beta weighing
 * precision more drops right ones about as fast as wrong ones (0.7: 31 right for 35 wrong; 0.5: 39 for 39).
 */
const BETA = 1;

// ---- the scorer's numbers (score.py: num_norm, contains_bounded, neutral_number)

const QUALIFIERS = /^(?:about|almost|roughly|nearly|over|some|around|approximately|just|only|more than|less than|fewer than|up to|at least|at most)\s+/;
const SCORER_YEAR = /^(?:1[5-9]|20)\d\d(?:s)?$/;
const numNorm = (s: string) => norm(s).replace(QUALIFIERS, '').replace(/\s*(?:per ?cent|percent)\b/g, '%').replace(/\s+/g, '');
function containsBounded(hay: string, needle: string): boolean {
  let i = hay.indexOf(needle);
  while (i >= 0 && needle) {
    const before = i > 0 ? hay[i - 1]! : '';
    const after = hay.slice(i + needle.length, i + needle.length + 2);
    if (!/[\d.,]/.test(before) && !/^(?:\d|[.,]\d)/.test(after)) return true;
    i = hay.indexOf(needle, i + 1);
  }
  return false;
}

interface GoldNumbers {
  numbers?: string[];
  neutral?: string[];
}
type Label = 0 | 1 | null;
/** Right (1: some gold number of the article matches it), neutral (null) or wrong (0). */
function label(text: string, g: GoldNumbers): Label {
  const q = numNorm(text);
  if ((g.numbers ?? []).some((n) => n.split('|').some((a) => a.trim() && containsBounded(q, numNorm(a))))) return 1;
  const neutral = g.neutral ?? [];
  if (neutral.some((n) => norm(n) === norm(text)) || SCORER_YEAR.test(q)) return null;
  return neutral.some((n) => {
    const x = numNorm(n);
    return x && q.startsWith(x) && !/^(?:\d|[.,]\d)/.test(q.slice(x.length, x.length + 2));
  })
    ? null
    : 0;
}

interface SetData {
  name: string;
  bare: Array<Sample & { text: string }>;
  /** The numbers with a unit: right and wrong (their counts enter the threshold's F-beta as they are). */
  unit: { tp: number; fp: number };
  gold: number;
}

function readSet(s: { name: string; input: string; gold: string }): SetData {
  const inputs = JSON.parse(readFileSync(s.input, 'utf8')) as Record<string, { text?: string }>;
  const gold = JSON.parse(readFileSync(s.gold, 'utf8')) as Record<string, GoldNumbers>;
  const out: SetData = { name: s.name, bare: [], unit: { tp: 0, fp: 0 }, gold: 0 };
  for (const [id, g] of Object.entries(gold)) {
    const a = inputs[id];
    if (!a) continue;
    out.gold += (g.numbers ?? []).length;
    const seen: Array<{ text: string; x: number[] }> = [];
    const { numbers } = datesAndNumbers(new Collector(a.text ?? ''), () => true, (fact, x) => seen.push({ text: fact.text, x }));
    for (const n of numbers) {
      if (isBareNumber(n.text)) continue;
      const y = label(n.text, g);
      if (y === 1) out.unit.tp++;
      else if (y === 0) out.unit.fp++;
    }
    for (const b of seen) {
      const y = label(b.text, g);
      if (y !== null) out.bare.push({ x: b.x, y, text: b.text });
    }
  }
  return out;
}

function fit(train: SetData[]): BareNumberModel {
  const samples = train.flatMap((d) => d.bare);
  const { bias, weights } = fitLogistic(samples, LAMBDA);
  const model = { bias, weights, threshold: 0 };
  const scored = samples.map((s) => ({ p: confidence(model, s.x), y: s.y }));
  const base = train.reduce((b, d) => ({ tp: b.tp + d.unit.tp, fp: b.fp + d.unit.fp }), { tp: 0, fp: 0 });
  return { ...model, threshold: bestThreshold(scored, train.reduce((n, d) => n + d.gold, 0), BETA, 100, base) };
}


const sets = forTraining(labelledSets()).map(readSet);
const rows: string[] = [];
let total = { tp: 0, fp: 0, keptTp: 0, keptFp: 0 };
for (const held of sets) {
  const model = fit(sets.filter((s) => s !== held));
  const tp = held.bare.filter((b) => b.y === 1).length;
  const fp = held.bare.length - tp;
  const kept = held.bare.filter((b) => keepsBareNumber(model, b.x));
  const keptTp = kept.filter((b) => b.y === 1).length;
  const keptFp = kept.length - keptTp;
  total = { tp: total.tp + tp, fp: total.fp + fp, keptTp: total.keptTp + keptTp, keptFp: total.keptFp + keptFp };
  rows.push(`  ${held.name.padEnd(10)} bare right ${String(tp).padStart(3)} → ${String(keptTp).padStart(3)}, wrong ${String(fp).padStart(3)} → ${String(keptFp).padStart(3)}`);
  if (process.argv.includes('-v')) for (const b of held.bare) if (keepsBareNumber(model, b.x) !== (b.y === 1)) console.log(`${held.name}\t${b.y ? 'lost' : 'kept wrong'}\t${b.text}`);
}
rows.push(`  pooled     bare right ${total.tp} → ${total.keptTp}, wrong ${total.fp} → ${total.keptFp}`);
console.log('Leave-one-set-out, bare numbers (right / wrong as the scorer counts them; neutral ones left out):');
console.log(rows.join('\n'));

if (!process.argv.includes('--cv-only')) {
  const model = fit(sets);
  const text = `/**
 * The bare-number model (pass-dates-numbers.ts): a logistic regression over bare-number-features.ts, one weight per
 * feature. Generated by scripts/train-bare-numbers.ts (\`npm run train:bare-numbers\`): do not edit by hand, retrain.
 * Data: ${sets.length} labelled sets (${sets.map((s) => s.name).join(', ')}), ${sets.reduce((n, s) => n + s.bare.length, 0)} bare numbers labelled right or wrong.
 * L2 penalty ${LAMBDA}; the threshold maximises F-beta of all numbers on the sets, beta ${BETA}.
 * Leave-one-set-out:
${rows.map((r) => ` * ${r.trimStart()}`).join('\n')}
 */
import type { BareNumberModel } from './pass-dates-numbers';

export const BARE_NUMBER_MODEL: BareNumberModel = {
  bias: ${model.bias.toFixed(4)},
  // ${BARE_FEATURES.join(', ')}
  weights: [${model.weights.map((w) => w.toFixed(4)).join(', ')}],
  threshold: ${model.threshold.toFixed(2)},
};
`;
  writeFileSync(path.join(ROOT, 'utils/keyfacts/bare-number-weights.ts'), text);
  console.log(`wrote utils/keyfacts/bare-number-weights.ts (threshold ${model.threshold.toFixed(2)})`);
}
