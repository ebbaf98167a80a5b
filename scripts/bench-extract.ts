// Extraction benchmark: `npm run bench:extract -- [--corpus DIR] [--out predictions.json]`
//   [--dom jsdom|happy-dom] [--only ours[,readability,…]] [--pages per-page.json] [--ids a,b,…] [--without rule,…] [--ablate]
//   [--chunk N] [--non-articles DIR]
// Runs the content script's own `extractArticle` in Node over a corpus laid out as
// `html/<id>.html.gz` + `ground-truth.json`, next to bare Readability 0.6 and Defuddle, and scores
// the text each one gives a reader with the article-extraction-benchmark metric (scripts/aeb-metric.ts),
// with and without the captions of kept images. Pages run in chunks, each in a child process
// (scripts/bench-extract-pages.ts), so that a suite of any size fits in memory. It also counts the
// dev articles the popup would refuse ("not an article") and the labelled non-article pages it tells apart.
import { JSDOM, VirtualConsole } from 'jsdom';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractArticle } from '../utils/extract';
import { RULE_NAMES, type RuleName } from '../utils/extract/rules';
import { pagePrecision, pageRecall, scoreCorpus, scorePage, type PageScore } from './aeb-metric';
import type { DomKind, Job, PageRuns, SystemName } from './bench-extract-pages';
import { argValue, NODE_SHIPPED_EXTRACTION, percentile } from './bench-util';

const ROOT = path.resolve(import.meta.dirname, '..');
const corpus = path.resolve(ROOT, argValue('--corpus') ?? '../shared/corpus/aeb-dev');
const nonArticles = path.resolve(ROOT, argValue('--non-articles') ?? 'tests/fixtures/non-articles');
const outFile = argValue('--out');
const pagesFile = argValue('--pages');
const dom = (argValue('--dom') ?? 'jsdom') as DomKind;
const chunk = Number(argValue('--chunk') ?? 25);
const idFilter = argValue('--ids')?.split(',');
const without = (argValue('--without')?.split(',') ?? []) as RuleName[];
// `--only ours,readability`: a subset (ours always runs; readability gives the time ratio).
const systems: SystemName[] = argValue('--only') ? ['ours', ...(argValue('--only')!.split(',').filter((name) => name !== 'ours') as SystemName[])] : ['ours', 'readability', 'readability-textContent', 'defuddle'];

if (!existsSync(path.join(corpus, 'ground-truth.json'))) {
  console.log(`bench:extract: no corpus at ${corpus} (expected ground-truth.json and html/<id>.html.gz); nothing to do.`);
  process.exit(0);
}
if (dom !== 'happy-dom' && dom !== 'jsdom') throw new Error(`--dom must be jsdom or happy-dom, not ${dom}`);
for (const rule of without) if (!RULE_NAMES.includes(rule)) throw new Error(`--without: no rule ${rule} (rules: ${RULE_NAMES.join(', ')})`);

const truth = JSON.parse(readFileSync(path.join(corpus, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url?: string }>;
const ids = Object.keys(truth).sort().filter((id) => !idFilter || idFilter.some((f) => id.startsWith(f)));
const pages = ids.map((id) => ({ id, url: truth[id]!.url ?? `https://example.org/${id}` }));

/** Runs the systems over every page, `chunk` pages per child process. */
function runAll(job: Omit<Job, 'corpus' | 'pages' | 'dom'>): Record<string, PageRuns> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-extract-'));
  const results: Record<string, PageRuns> = {};
  try {
    for (let i = 0; i < pages.length; i += chunk) {
      const jobFile = path.join(dir, 'job.json');
      const resultFile = path.join(dir, 'result.json');
      writeFileSync(jobFile, JSON.stringify({ ...job, corpus, dom, pages: pages.slice(i, i + chunk) } satisfies Job));
      const child = spawnSync(process.execPath, [...NODE_SHIPPED_EXTRACTION, path.join(import.meta.dirname, 'bench-extract-pages.ts'), jobFile, resultFile], { stdio: 'inherit' });
      if (child.status !== 0) throw new Error(`bench:extract: pages ${i + 1}–${i + chunk} failed (exit ${child.status ?? child.signal})`);
      Object.assign(results, JSON.parse(readFileSync(resultFile, 'utf8')) as Record<string, PageRuns>);
      process.stderr.write(`  ${Math.min(i + chunk, pages.length)}/${pages.length}\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

const score = (run: Record<string, PageRuns>, system: SystemName, captions: boolean) =>
  new Map(ids.map((id) => { const r = run[id]![system]!; return [id, scorePage(truth[id]!.articleBody, captions ? r.text : r.textWithoutCaptions)]; }));

console.log(`bench:extract: ${ids.length} pages from ${path.relative(process.cwd(), corpus) || corpus}, DOM ${dom}, ${chunk} pages a process${without.length ? `, without ${without.join(', ')}` : ''}`);
const runs = runAll({ systems, without });

const rows: string[][] = [];
const scores: Partial<Record<SystemName, Map<string, PageScore>>> = {};
for (const name of systems) {
  const per = score(runs, name, true);
  scores[name] = per;
  const s = scoreCorpus([...per.values()]);
  const bare = scoreCorpus([...score(runs, name, false).values()]);
  const all = ids.map((id) => runs[id]![name]!);
  const q = (key: 'buildMs' | 'extractMs', p: number) => percentile(all.map((r) => r[key]), p).toFixed(1);
  rows.push([name, s.f1.toFixed(4), s.precision.toFixed(4), s.recall.toFixed(4), bare.f1.toFixed(4), bare.precision.toFixed(4), bare.recall.toFixed(4), s.accuracy.toFixed(3), String(all.filter((r) => r.failed).length), q('buildMs', 50), q('buildMs', 95), q('extractMs', 50), q('extractMs', 95)]);
}
const header = ['system', 'F1', 'P', 'R', 'F1 no capt.', 'P no capt.', 'R no capt.', 'accuracy', 'failed', 'DOM ms p50', 'DOM ms p95', 'extract ms p50', 'extract ms p95'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w, i) => (i ? '-'.repeat(w + 1) + ':' : '-'.repeat(w + 2))).join('|')}|`);
for (const r of rows) console.log(line(r));
console.log('("no capt.": the captions of kept images left out of the scored text; the reader shows them.)');

// The held-out half: pages whose id's SHA-256 starts 0–7 are never looked at one by one; rules are found on the other half, and kept when both gain.
const heldOut = (id: string) => /^[0-7]/.test(createHash('sha256').update(id).digest('hex'));
for (const [half, inHalf] of [['held-out half (sha256 0–7)', heldOut], ['tuning half (8–f)', (id: string) => !heldOut(id)]] as const) {
  const s = scoreCorpus(ids.filter(inHalf).map((id) => scores.ours!.get(id)!));
  console.log(`Ours on the ${half}, ${ids.filter(inHalf).length} pages: F1 ${s.f1.toFixed(4)}, P ${s.precision.toFixed(4)}, R ${s.recall.toFixed(4)}`);
}

const refused = ids.filter((id) => runs[id]!.ours!.refused);
console.log(`\nDev articles the popup would refuse as "not an article": ${refused.length} of ${ids.length}${refused.length ? ` (${refused.map((id) => id.slice(0, 12)).join(', ')})` : ''}`);
reportNonArticles();
if (scores.readability) {
  const median = (name: SystemName, key: 'extractMs' | 'extractCpuMs') => percentile(ids.map((id) => runs[id]![name]![key]), 50);
  const ratio = (key: 'extractMs' | 'extractCpuMs') => (median('ours', key) / median('readability', key)).toFixed(2);
  console.log(`Median extraction time, ours / bare Readability: ${ratio('extractMs')}x wall clock, ${ratio('extractCpuMs')}x CPU time`);
  // Target: no page with our recall < 0.8 where Readability's > 0.9.
  const lost = ids.filter((id) => pageRecall(scores.ours!.get(id)!) < 0.8 && pageRecall(scores.readability!.get(id)!) > 0.9);
  console.log(`Pages with our recall < 0.8 where Readability's > 0.9: ${lost.length}${lost.length ? ` (${lost.map((id) => id.slice(0, 12)).join(', ')})` : ''}`);
}
const worst = ids.map((id) => ({ id, s: scores.ours!.get(id)! })).sort((a, b) => a.s.tp - b.s.tp).slice(0, 5);
console.log('Worst pages (ours): ' + worst.map(({ id, s }) => `${id.slice(0, 12)} P=${pagePrecision(s).toFixed(2)} R=${pageRecall(s).toFixed(2)}`).join('; '));

// Ablation: our extractor again with one rule off at a time; the gain of a rule is the drop without it.
if (process.argv.includes('--ablate')) {
  const full = scoreCorpus([...scores.ours!.values()]);
  console.log(`\n| rule switched off | F1 | precision | recall | pages changed |\n|---|---:|---:|---:|---:|`);
  for (const rule of RULE_NAMES.filter((r) => !without.includes(r))) {
    const off = runAll({ systems: ['ours'], without: [...without, rule] });
    const s = scoreCorpus([...score(off, 'ours', true).values()]);
    const changed = ids.filter((id) => off[id]!.ours!.text !== runs[id]!.ours!.text).length;
    const d = (x: number, y: number) => `${x.toFixed(4)} (${(y - x >= 0 ? '+' : '') + (y - x).toFixed(4)})`;
    console.log(`| ${rule} | ${d(s.f1, full.f1)} | ${d(s.precision, full.precision)} | ${d(s.recall, full.recall)} | ${changed} |`);
  }
  console.log('(in brackets: what the rule brings, i.e. full score minus the score without it)');
}

if (outFile) {
  writeFileSync(path.resolve(outFile), JSON.stringify(Object.fromEntries(ids.map((id) => [id, { articleBody: runs[id]!.ours!.text }])), null, 1));
  console.log(`Wrote our predictions to ${outFile}`);
}
if (pagesFile) {
  const per = ids.map((id) => ({ id, ...Object.fromEntries(Object.entries(scores).map(([name, map]) => { const s = map.get(id)!; return [name, { P: +pagePrecision(s).toFixed(4), R: +pageRecall(s).toFixed(4), tp: +s.tp.toFixed(4) }]; })) }));
  writeFileSync(path.resolve(pagesFile), JSON.stringify(per, null, 1));
}

/** The labelled non-article pages (small: parsed here, with jsdom): how many the popup refuses. */
function reportNonArticles(): void {
  const labelsFile = path.join(nonArticles, 'labels.json');
  if (!existsSync(labelsFile)) return console.log(`No labelled non-article pages at ${nonArticles}.`);
  const labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as Record<string, { kind: string; url: string }>;
  const virtualConsole = new VirtualConsole();
  const taken = Object.entries(labels).filter(([file, { url }]) => {
    const window = new JSDOM(readFileSync(path.join(nonArticles, file), 'utf8'), { url, virtualConsole }).window;
    const ok = extractArticle(window.document).ok;
    window.close();
    return ok;
  });
  const n = Object.keys(labels).length;
  console.log(`Non-article pages told apart: ${n - taken.length} of ${n} (${(((n - taken.length) / n) * 100).toFixed(0)} %)${taken.length ? `; taken for articles: ${taken.map(([f, { kind }]) => `${f} (${kind})`).join(', ')}` : ''}`);
}

