/**
 * Key-facts benchmark: runs the extractor on `{ id: { title, text } }` and writes predictions in the shape that
 * ../shared/keyfacts/score.py reads. `npm run bench:facts -- [--input FILE --gold FILE] [--out FILE] [-v]`
 * With gold labels (the dev gold by default, when the dev inputs are used) the predictions are scored by score.py
 * (`-v` lists its misses and false positives). The held-out set:
 * `npm run bench:facts -- --input tests/fixtures/keyfacts-heldout/inputs.json --gold tests/fixtures/keyfacts-heldout/gold.json`
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractKeyFacts } from '../utils/keyfacts';
import { argValue, percentile } from './bench-util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '../shared/keyfacts');
const input = argValue('--input') ?? path.join(shared, 'dev-inputs.json');
const gold = argValue('--gold') ?? (argValue('--input') ? undefined : path.join(shared, 'dev-gold.json'));
const out = argValue('--out');

if (!existsSync(input)) {
  console.log(`bench:facts: no input at ${input}; pass --input FILE (a JSON object { id: { title, text } }). Nothing to do.`);
  process.exit(0);
}

const articles = JSON.parse(readFileSync(input, 'utf8')) as Record<string, { title?: string; text?: string }>;
const predictions: Record<string, unknown> = {};
const entries = Object.entries(articles);

// The first call pays for compiling the module's regular expressions (once per popup open); it is reported on
// its own. Per-article times are the median of 5 runs after that, so that one slow run of a busy machine does
// not decide an article's figure; the best of the 5 is printed too (the machine's own speed, without other load).
let cold = NaN;
if (entries.length) {
  const t0 = performance.now();
  extractKeyFacts(entries[0]![1].title ?? '', entries[0]![1].text ?? '');
  cold = performance.now() - t0;
}
const times: number[] = [];
const best: number[] = [];
for (const [id, a] of entries) {
  const runs: number[] = [];
  let f = extractKeyFacts(a.title ?? '', a.text ?? '');
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    f = extractKeyFacts(a.title ?? '', a.text ?? '');
    runs.push(performance.now() - t0);
  }
  times.push(percentile(runs, 50));
  best.push(Math.min(...runs));
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

const json = JSON.stringify(predictions, null, 2) + '\n';
if (out) writeFileSync(out, json);
else if (!gold) console.log(json);

const ms = (x: number) => `${x.toFixed(2)} ms`;
console.error(
  `bench:facts: ${times.length} articles; median ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(Math.max(...times))} per article; ` +
    `best of 5 runs: median ${ms(percentile(best, 50))}, p95 ${ms(percentile(best, 95))}; first call (cold) ${ms(cold)}` +
    (out ? `; predictions in ${out}` : ''),
);

if (gold) {
  const file = out ?? path.join(mkdtempSync(path.join(tmpdir(), 'facts-')), 'predictions.json');
  if (!out) writeFileSync(file, json);
  const args = [path.join(shared, 'score.py'), gold, file, ...(process.argv.includes('-v') ? ['-v'] : [])];
  console.log(execFileSync('python3', args, { encoding: 'utf8' }).trimEnd());
}
