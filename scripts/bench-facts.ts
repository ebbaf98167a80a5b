/**
 * Key-facts benchmark: runs the extractor on every gold set and scores it with ../shared/keyfacts/score.py,
 * printing P / R / F1 per kind for the sets side by side, key sentences per set, and the time per article.
 *
 *   npm run bench:facts                      # dev (../shared/keyfacts) and every tests/fixtures/keyfacts-* set but the judges
 *   npm run bench:facts -- --judges          # the judges-only sets too (JUDGE_ONLY_SETS: the lead reads them, by totals)
 *   npm run bench:facts -- -v                # also score.py's misses and false positives per article
 *   npm run bench:facts -- --input FILE [--gold FILE] [--out FILE]   # one set; without --gold the predictions print
 *
 * A set is any folder of `tests/fixtures/` named `keyfacts-*` holding `inputs.json`
 * (`{ id: { title, text } }`) and `gold.json`, or the dev set in ../shared/keyfacts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { extractKeyFacts } from '../utils/keyfacts';
import { argValue, percentile } from './bench-util';
import { forTraining, goldSets, sharedKeyfacts, type GoldSet } from './keyfacts-sets';

const verbose = process.argv.includes('-v');

function sets(): GoldSet[] {
  const input = argValue('--input');
  if (input) return [{ name: path.basename(path.dirname(input)), input, gold: argValue('--gold') }];
  // a helper's run must not show it the round's fresh judges, even by totals
  return process.argv.includes('--judges') ? goldSets() : forTraining(goldSets());
}

type Prediction = Record<string, unknown>;

/**
 * Predictions for one set, and per-article times: the median of 5 runs after a warm-up run, so that one slow run
 * of a busy machine does not decide an article's figure, as wall-clock time and as this process's CPU time (on a
 * shared, loaded machine the wall clock also counts the time other processes had the CPU).
 */
function run(input: string): { predictions: Record<string, Prediction>; times: number[]; cpu: number[] } {
  const articles = JSON.parse(readFileSync(input, 'utf8')) as Record<string, { title?: string; text?: string }>;
  const predictions: Record<string, Prediction> = {};
  const times: number[] = [];
  const cpu: number[] = [];
  for (const [id, a] of Object.entries(articles)) {
    const runs: number[] = [];
    const cpuRuns: number[] = [];
    let f = extractKeyFacts(a.title ?? '', a.text ?? '');
    for (let r = 0; r < 5; r++) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      f = extractKeyFacts(a.title ?? '', a.text ?? '');
      const c1 = process.cpuUsage(c0);
      runs.push(performance.now() - t0);
      cpuRuns.push((c1.user + c1.system) / 1000);
    }
    times.push(percentile(runs, 50));
    cpu.push(percentile(cpuRuns, 50));
    predictions[id] = {
      people: f.people.map((p) => ({ name: p.name, role: p.role })),
      organizations: f.organizations.map((o) => ({ name: o.name, acronym: o.acronym })),
      places: f.places.map((p) => p.text),
      dates: f.dates.map((d) => d.text),
      numbers: f.numbers.map((n) => n.text),
      quotes: f.quotes.map((q) => ({ text: q.text, speaker: q.speaker })),
      keySentences: f.keySentences.map((k) => k.text),
    };
  }
  return { predictions, times, cpu };
}

interface Score {
  kinds: Map<string, { p: number; r: number }>;
  micro: string;
  keysent: string;
}

/** score.py's table: "people  1.000  0.966  …" lines and the last "micro P=… keysent=…" line. */
function parseScore(out: string): Score {
  const kinds = new Map<string, { p: number; r: number }>();
  for (const m of out.matchAll(/^(people|orgs|places|dates|numbers|quotes)\s+([\d.]+)\s+([\d.]+)/gm)) kinds.set(m[1]!, { p: Number(m[2]), r: Number(m[3]) });
  const micro = /^micro .*$/m.exec(out)?.[0] ?? '';
  return { kinds, micro, keysent: /keysent=([\d.]+)/.exec(micro)?.[1] ?? '–' };
}

// The first call pays for compiling the module's regular expressions and the lexicons' first buckets (once per
// background start); it is reported on its own. Then the tasks it queued run (the lexicons' whole sets,
// utils/keyfacts/sorted-list.ts), as they do in the background after its first answer.
const t0 = performance.now();
extractKeyFacts('Warm-up', 'Ana Diaz, the mayor of Springfield, said on Monday that 3 bridges would close.');
const cold = performance.now() - t0;
await new Promise((resolve) => setTimeout(resolve));

const tmp = mkdtempSync(path.join(tmpdir(), 'facts-'));
const results: Array<{ set: GoldSet; score?: Score; n: number }> = [];
const allTimes: number[] = [];
const allCpu: number[] = [];
const out = argValue('--out');
for (const set of sets()) {
  const { predictions, times, cpu } = run(set.input);
  allTimes.push(...times);
  allCpu.push(...cpu);
  const json = JSON.stringify(predictions, null, 2) + '\n';
  const file = out ?? path.join(tmp, `${set.name}.json`);
  writeFileSync(file, json);
  if (!set.gold) {
    if (!out) console.log(json);
    results.push({ set, n: times.length });
    continue;
  }
  const text = execFileSync('python3', [path.join(sharedKeyfacts, 'score.py'), set.gold, file, ...(verbose ? ['-v'] : [])], { encoding: 'utf8' }).trimEnd();
  if (verbose) console.log(`\n## ${set.name}\n${text}`);
  results.push({ set, score: parseScore(text), n: times.length });
}

const scored = results.filter((r) => r.score);
if (scored.length) {
  const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
  const cell = (x?: { p: number; r: number }) => (x ? `${x.p.toFixed(2)} ${x.r.toFixed(2)} ${f1(x.p, x.r).toFixed(2)}` : '   –').padEnd(16);
  console.log(`\n${'P R F1'.padEnd(9)}${scored.map((r) => `${r.set.name} (${r.n})`.padEnd(16)).join('')}`);
  for (const kind of ['people', 'orgs', 'places', 'dates', 'numbers', 'quotes']) {
    console.log(kind.padEnd(9) + scored.map((r) => cell(r.score!.kinds.get(kind))).join(''));
  }
  console.log('keysent'.padEnd(9) + scored.map((r) => r.score!.keysent.padEnd(16)).join(''));
  for (const r of scored) console.log(`${r.set.name}: ${r.score!.micro}`);
}
const ms = (x: number) => `${x.toFixed(2)} ms`;
console.log(
  `time: ${allTimes.length} articles; median ${ms(percentile(allTimes, 50))}, p95 ${ms(percentile(allTimes, 95))}, max ${ms(Math.max(...allTimes))} per article; ` +
    `CPU time median ${ms(percentile(allCpu, 50))}, p95 ${ms(percentile(allCpu, 95))}; first call (cold) ${ms(cold)}; load average ${loadavg()[0]!.toFixed(1)}`,
);
