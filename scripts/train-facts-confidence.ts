/**
 * Learns the key facts' confidence filter (utils/keyfacts/confidence.ts) from the labelled sets, and checks it
 * leave-one-set-out: for each set, a model fitted on all the others (its thresholds chosen on those others only)
 * filters that set, and ../shared/keyfacts/score.py scores it before and after.
 *
 *   npm run train:facts              # leave-one-set-out table, then writes utils/keyfacts/confidence-weights.ts
 *   npm run train:facts -- --dry     # the table only
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { keyFactsWithFeatures, type KeyFacts } from '../utils/keyfacts';
import { confidence, ENTITY_KINDS, FEATURES, MIN_SENTENCES, type ConfidenceModel, type EntityKind, type KindModel } from '../utils/keyfacts/confidence';
import { bestThreshold, fingerprint, fitLogistic, goldCount, labels, labelledSets, ROOT, type GoldArticle, type Label, type Sample } from './facts-confidence-lib';

/**
 * The L2 penalty: keeps the weights of rare features (a digit in a name) from growing on a few items. Tried
 * leave-one-set-out: 0.3, 1 and 3 give the same pooled micro F1; 0.3 the best organisations.
 */
const LAMBDA = 0.3;
/**
 * The thresholds maximise F-beta on the training sets. A wrong fact costs the reader more than a missing one, but
 * beta 0.7 and 0.8 (precision weighed more) lowered the held-out micro F1 (0.7: 0.926 → 0.924); 1 keeps it and
 * still raises precision.
 */
const BETA = 1;

interface Article {
  id: string;
  facts: KeyFacts;
  features: Record<EntityKind, number[][]>;
  labels: Record<EntityKind, Label[]>;
  gold: Record<EntityKind, number>;
}
interface SetData {
  name: string;
  gold: string;
  articles: Article[];
}

const names = (f: KeyFacts, kind: EntityKind): string[] =>
  kind === 'people' ? f.people.map((p) => p.name) : kind === 'orgs' ? f.organizations.map((o) => o.name) : f.places.map((p) => p.text);

function load(): SetData[] {
  return labelledSets().map((s) => {
    const inputs = JSON.parse(readFileSync(s.input, 'utf8')) as Record<string, { title?: string; text?: string }>;
    const gold = JSON.parse(readFileSync(s.gold, 'utf8')) as Record<string, GoldArticle>;
    const articles = Object.entries(inputs)
      .filter(([id]) => gold[id])
      .map(([id, a]) => {
        const { facts, features } = keyFactsWithFeatures(a.title ?? '', a.text ?? '');
        const g = gold[id]!;
        // (the filter judges English articles of MIN_SENTENCES or more only: the others teach it nothing)
        const judged = facts.english && facts.sentences.length >= MIN_SENTENCES;
        const lab = Object.fromEntries(ENTITY_KINDS.map((k) => [k, judged ? labels(names(facts, k), g, k) : names(facts, k).map(() => null)]));
        const count = Object.fromEntries(ENTITY_KINDS.map((k) => [k, goldCount(g, k)]));
        return { id, facts, features, labels: lab, gold: count } as Article;
      });
    return { name: s.name, gold: s.gold, articles };
  });
}

/** The samples (the names labelled right or wrong) of one kind in some sets, and the number of gold items there. */
function samplesOf(sets: SetData[], kind: EntityKind): { samples: Sample[]; gold: number } {
  const samples: Sample[] = [];
  let gold = 0;
  for (const s of sets)
    for (const a of s.articles) {
      gold += a.gold[kind];
      a.labels[kind].forEach((y, i) => y !== null && samples.push({ x: a.features[kind][i]!, y }));
    }
  return { samples, gold };
}

/**
 * Fits one kind's model on some sets; its threshold is chosen on the scores each of those sets gets from a model
 * fitted on the others (scores of items a model was fitted on are too sure of themselves, and would set it low).
 */
function fitKind(sets: SetData[], kind: EntityKind): KindModel {
  const { samples, gold } = samplesOf(sets, kind);
  const { bias, weights } = fitLogistic(samples, LAMBDA);
  const outOfSet = sets.flatMap((s) => {
    const inner = fitLogistic(samplesOf(sets.filter((o) => o !== s), kind).samples, LAMBDA);
    return samplesOf([s], kind).samples.map((x) => ({ p: confidence({ ...inner, threshold: 0 }, x.x), y: x.y }));
  });
  return { bias, weights, threshold: bestThreshold(outOfSet, gold, BETA) };
}

const fit = (sets: SetData[]): ConfidenceModel => ({
  features: FEATURES,
  people: fitKind(sets, 'people'),
  orgs: fitKind(sets, 'orgs'),
  places: fitKind(sets, 'places'),
});

/** The predictions of a set as score.py reads them, with the names under the model's thresholds left out (no model: all). */
function predictions(s: SetData, model?: ConfidenceModel): string {
  const keep = (a: Article, kind: EntityKind) => (_: unknown, i: number) =>
    !model || !a.facts.english || a.facts.sentences.length < MIN_SENTENCES || confidence(model[kind], a.features[kind][i]!) >= model[kind].threshold;
  const out = Object.fromEntries(
    s.articles.map((a) => [
      a.id,
      {
        people: a.facts.people.filter(keep(a, 'people')).map((p) => ({ name: p.name, role: p.role })),
        organizations: a.facts.organizations.filter(keep(a, 'orgs')).map((o) => ({ name: o.name, acronym: o.acronym })),
        places: a.facts.places.filter(keep(a, 'places')).map((p) => p.text),
        dates: a.facts.dates.map((d) => d.text),
        numbers: a.facts.numbers.map((n) => n.text),
        quotes: a.facts.quotes.map((q) => ({ text: q.text, speaker: q.speaker })),
        keySentences: a.facts.keySentences.map((k) => k.text),
      },
    ]),
  );
  return JSON.stringify(out);
}

type Counts = Record<string, { tp: number; fp: number; fn: number }>;
const ROWS = ['people', 'orgs', 'places', 'dates', 'numbers', 'quotes'];
const tmp = mkdtempSync(path.join(tmpdir(), 'facts-conf-'));

/** score.py's tp / fp / fn per kind for some predictions of a set. */
function score(s: SetData, json: string): Counts {
  const file = path.join(tmp, `${s.name}.json`);
  writeFileSync(file, json);
  const out = execFileSync('python3', [path.resolve(ROOT, '../shared/keyfacts/score.py'), s.gold, file], { encoding: 'utf8' });
  const counts: Counts = {};
  for (const m of out.matchAll(/^(people|orgs|places|dates|numbers|quotes)\s+\S+\s+\S+\s+(\d+)\s+(\d+)\s+(\d+)/gm)) counts[m[1]!] = { tp: +m[2]!, fp: +m[3]!, fn: +m[4]! };
  return counts;
}

const prf = (c: { tp: number; fp: number; fn: number }) => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
const micro = (c: Counts) => prf(ROWS.reduce((a, k) => ({ tp: a.tp + (c[k]?.tp ?? 0), fp: a.fp + (c[k]?.fp ?? 0), fn: a.fn + (c[k]?.fn ?? 0) }), { tp: 0, fp: 0, fn: 0 }));
const add = (a: Counts, b: Counts) => {
  for (const k of ROWS) {
    const x = (a[k] ??= { tp: 0, fp: 0, fn: 0 });
    x.tp += b[k]?.tp ?? 0;
    x.fp += b[k]?.fp ?? 0;
    x.fn += b[k]?.fn ?? 0;
  }
};
const cell = (c: { tp: number; fp: number; fn: number }) => {
  const { p, r, f } = prf(c);
  return `${p.toFixed(3)} ${r.toFixed(3)} ${f.toFixed(3)}`;
};
const row = (label: string, before: Counts, after: Counts) =>
  `| ${label} | ${(['people', 'orgs', 'places'] as const).map((k) => `${cell(before[k]!)} → ${cell(after[k]!)}`).join(' | ')} | ` +
  `${micro(before).f.toFixed(4)} → ${micro(after).f.toFixed(4)} (P ${micro(before).p.toFixed(4)} → ${micro(after).p.toFixed(4)}) |`;

const data = load();
const lines = ['| held-out set | people P R F1 | orgs P R F1 | places P R F1 | micro F1 (P) of all kinds |', '|---|---|---|---|---|'];
const pooledBefore: Counts = {};
const pooledAfter: Counts = {};
for (const s of data) {
  const model = fit(data.filter((o) => o !== s));
  const before = score(s, predictions(s));
  const after = score(s, predictions(s, model));
  add(pooledBefore, before);
  add(pooledAfter, after);
  lines.push(row(`${s.name} (${s.articles.length}; t ${ENTITY_KINDS.map((k) => model[k].threshold.toFixed(2)).join('/')})`, before, after));
}
lines.push(row('**pooled**', pooledBefore, pooledAfter));
const table = lines.join('\n');
console.log(table);

if (!process.argv.includes('--dry')) {
  const model = fit(data);
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  const round = (x: number) => Number(x.toPrecision(6));
  const kind = (m: KindModel) => `{ bias: ${round(m.bias)}, threshold: ${m.threshold}, weights: [${m.weights.map(round).join(', ')}] }`;
  const articles = data.reduce((n, s) => n + s.articles.length, 0);
  const text = `/**
 * The key facts' confidence model: a logistic regression per kind over the features of confidence.ts, GENERATED by
 * \`npm run train:facts\` (scripts/train-facts-confidence.ts); do not edit by hand, retrain.
 *
 * Data: ${articles} labelled articles in ${data.length} sets (${data.map((s) => `${s.name} ${s.articles.length}`).join(', ')}),
 * the names the passes found labelled right or wrong by the scorer's matching (../shared/keyfacts/score.py).
 * Trained at commit ${commit} (plus the working tree); L2 penalty ${LAMBDA}; thresholds maximise F-beta, beta ${BETA}.
 * Fingerprint of the feature extractor, the trainer and the labelled sets: TRAINED_ON (a unit test checks it).
 *
 * Leave-one-set-out (each set filtered by a model fitted, thresholds chosen, on the others only; score.py's P R F1
 * before → after the filter; t: the fold's thresholds, people/orgs/places):
${table.split('\n').map((l) => ` * ${l}`).join('\n')}
 */
import type { ConfidenceModel } from './confidence';

export const TRAINED_ON = '${fingerprint()}';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  features: [${FEATURES.map((f) => `'${f}'`).join(', ')}],
  people: ${kind(model.people)},
  orgs: ${kind(model.orgs)},
  places: ${kind(model.places)},
};
`;
  writeFileSync(path.join(ROOT, 'utils/keyfacts/confidence-weights.ts'), text);
  console.log(`wrote utils/keyfacts/confidence-weights.ts (thresholds ${ENTITY_KINDS.map((k) => model[k].threshold).join(' / ')})`);
}
