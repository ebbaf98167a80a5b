// Extraction benchmark: `npm run bench:extract -- [--corpus DIR] [--out predictions.json]`
//   [--dom happy-dom|jsdom] [--only ours] [--pages per-page.json] [--ids a,b,…] [--without rule,…] [--ablate]
// Runs the content script's own `extractArticle` (force: true) in Node over a corpus laid out as
// `html/<id>.html.gz` + `ground-truth.json`, next to bare Readability 0.6 and Defuddle, and scores
// the text each one gives a reader with the article-extraction-benchmark metric (scripts/aeb-metric.ts).
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { Window } from 'happy-dom';
import { JSDOM, VirtualConsole } from 'jsdom';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';
import { extractArticle } from '../utils/extract';
import { disabledRules, type RuleName } from '../utils/extract/cleanup';
import { plainText } from '../utils/extract/plain-text';
import { pagePrecision, pageRecall, scoreCorpus, scorePage, type PageScore } from './aeb-metric';

const ROOT = path.resolve(import.meta.dirname, '..');
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const corpus = path.resolve(ROOT, arg('--corpus') ?? '../shared/corpus/aeb-dev');
const outFile = arg('--out');
const pagesFile = arg('--pages');
const domKind = arg('--dom') ?? 'happy-dom';
const onlyOurs = arg('--only') === 'ours';
const idFilter = arg('--ids')?.split(',');
// Switch rules off to measure what each brings (ablation).
for (const rule of arg('--without')?.split(',') ?? []) disabledRules.add(rule as RuleName);

if (!existsSync(path.join(corpus, 'ground-truth.json'))) {
  console.log(`bench:extract: no corpus at ${corpus} (expected ground-truth.json and html/<id>.html.gz); nothing to do.`);
  process.exit(0);
}
if (domKind !== 'happy-dom' && domKind !== 'jsdom') throw new Error(`--dom must be happy-dom or jsdom, not ${domKind}`);

// Defuddle is ESM-only under /node; load it lazily so `--only ours` does not need it.
const defuddle = onlyOurs ? null : (await import('defuddle/node')).Defuddle;

interface Page {
  doc: Document;
  close: () => Promise<void>;
}

const virtualConsole = new VirtualConsole(); // jsdom: keep CSS parse errors off the terminal

/** Parses a page as the browser would with JavaScript off. */
function buildDom(html: string, url: string): Page {
  if (domKind === 'jsdom') {
    const dom = new JSDOM(html, { url, virtualConsole });
    return { doc: dom.window.document, close: async () => dom.window.close() };
  }
  const win = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true, navigation: { disableChildFrameNavigation: true } },
  });
  win.document.write(html);
  return { doc: win.document as unknown as Document, close: () => win.happyDOM.close() };
}

/** Reader-visible text of an HTML fragment, with the same function our extractor uses. */
function htmlToText(doc: Document, html: string): string {
  const inert = doc.implementation.createHTMLDocument('');
  inert.body.innerHTML = html;
  return plainText(inert.body);
}

type SystemName = 'ours' | 'readability' | 'readability-textContent' | 'defuddle';
interface Run {
  text: string;
  failed: boolean;
  buildMs: number;
  extractMs: number;
}

const truth = JSON.parse(readFileSync(path.join(corpus, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url?: string }>;
const ids = Object.keys(truth).sort().filter((id) => !idFilter || idFilter.some((f) => id.startsWith(f)));
const runs: Record<SystemName, Map<string, Run>> = {
  ours: new Map(),
  readability: new Map(),
  'readability-textContent': new Map(),
  defuddle: new Map(),
};
let notReaderable = 0;

console.log(`bench:extract: ${ids.length} pages from ${path.relative(process.cwd(), corpus) || corpus}, DOM ${domKind}${disabledRules.size ? `, without ${[...disabledRules].join(', ')}` : ''}`);
for (const [n, id] of ids.entries()) {
  const html = gunzipSync(readFileSync(path.join(corpus, 'html', `${id}.html.gz`))).toString('utf8');
  const url = truth[id]!.url ?? `https://example.org/${id}`;

  // Ours: exactly what the content script runs, forced so that every page is scored.
  {
    let t0 = performance.now();
    const page = buildDom(html, url);
    const buildMs = performance.now() - t0;
    if (!isProbablyReaderable(page.doc)) notReaderable++;
    t0 = performance.now();
    const result = extractArticle(page.doc, { force: true });
    const extractMs = performance.now() - t0;
    const text = result.ok ? result.article.text : '';
    runs.ours.set(id, { text, failed: !result.ok, buildMs, extractMs });
    await page.close();
  }
  if (!onlyOurs) {
    // Bare Readability 0.6 on a clone (as a content script would have to), then the same plainText.
    let t0 = performance.now();
    const page = buildDom(html, url);
    const buildMs = performance.now() - t0;
    t0 = performance.now();
    let parsed: ReturnType<Readability['parse']> = null;
    try {
      parsed = new Readability(page.doc.cloneNode(true) as Document).parse();
    } catch {
      parsed = null;
    }
    const extractMs = performance.now() - t0;
    const failed = !parsed?.content;
    runs.readability.set(id, { text: failed ? '' : htmlToText(page.doc, parsed!.content!), failed, buildMs, extractMs });
    runs['readability-textContent'].set(id, { text: parsed?.textContent ?? '', failed, buildMs, extractMs });
    await page.close();
  }
  if (defuddle) {
    let t0 = performance.now();
    const page = buildDom(html, url);
    const buildMs = performance.now() - t0;
    t0 = performance.now();
    let content = '';
    const { error, warn, log } = console; // Defuddle logs its own recoverable errors
    console.error = console.warn = console.log = () => {};
    try {
      content = (await defuddle(page.doc, url)).content ?? '';
    } catch {
      content = '';
    } finally {
      Object.assign(console, { error, warn, log });
    }
    const extractMs = performance.now() - t0;
    runs.defuddle.set(id, { text: content ? htmlToText(page.doc, content) : '', failed: !content, buildMs, extractMs });
    await page.close();
  }
  if ((n + 1) % 20 === 0) process.stderr.write(`  ${n + 1}/${ids.length}\n`);
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]! : NaN;
};

const scores: Partial<Record<SystemName, Map<string, PageScore>>> = {};
const rows: string[][] = [];
for (const name of Object.keys(runs) as SystemName[]) {
  const map = runs[name];
  if (map.size === 0) continue;
  const per = new Map(ids.map((id) => [id, scorePage(truth[id]!.articleBody, map.get(id)!.text)]));
  scores[name] = per;
  const s = scoreCorpus([...per.values()]);
  const all = [...map.values()];
  const build = all.map((r) => r.buildMs);
  const extract = all.map((r) => r.extractMs);
  rows.push([
    name,
    s.f1.toFixed(4),
    s.precision.toFixed(4),
    s.recall.toFixed(4),
    s.accuracy.toFixed(3),
    String(all.filter((r) => r.failed).length),
    quantile(build, 0.5).toFixed(1),
    quantile(build, 0.95).toFixed(1),
    quantile(extract, 0.5).toFixed(1),
    quantile(extract, 0.95).toFixed(1),
  ]);
}
const header = ['system', 'F1', 'precision', 'recall', 'accuracy', 'failed', 'DOM ms p50', 'DOM ms p95', 'extract ms p50', 'extract ms p95'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w, i) => (i ? '-'.repeat(w + 1) + ':' : '-'.repeat(w + 2))).join('|')}|`);
for (const r of rows) console.log(line(r));
console.log(`\nisProbablyReaderable rejected ${notReaderable} of ${ids.length} pages (scored anyway with force: true).`);
if (runs.readability.size) {
  const ours = median(runs.ours), bare = median(runs.readability);
  console.log(`Median extraction time, ours / bare Readability: ${(ours / bare).toFixed(2)}x`);
}

// Pages where we lose what Readability kept (target: none with recall < 0.8 where Readability's > 0.9).
if (scores.readability && scores.ours) {
  const lost = ids.filter((id) => pageRecall(scores.ours!.get(id)!) < 0.8 && pageRecall(scores.readability!.get(id)!) > 0.9);
  console.log(`Pages with our recall < 0.8 where Readability's > 0.9: ${lost.length}${lost.length ? ` (${lost.map((id) => id.slice(0, 12)).join(', ')})` : ''}`);
}
const worst = ids
  .map((id) => ({ id, s: scores.ours!.get(id)! }))
  .sort((a, b) => a.s.tp - b.s.tp)
  .slice(0, 5);
console.log('Worst pages (ours): ' + worst.map(({ id, s }) => `${id.slice(0, 12)} P=${pagePrecision(s).toFixed(2)} R=${pageRecall(s).toFixed(2)}`).join('; '));

// Ablation: our extractor again with one rule off at a time; the gain of a rule is the drop without it.
if (process.argv.includes('--ablate')) {
  const rules: RuleName[] = ['adSlots', 'adLabels', 'boxes', 'chrome', 'credits', 'lines', 'dates', 'cta', 'linkParas', 'dupes', 'title', 'jsonLd'];
  const full = scoreCorpus([...scores.ours!.values()]);
  console.log(`\n| rule switched off | F1 | precision | recall | pages changed |\n|---|---:|---:|---:|---:|`);
  for (const rule of rules) {
    const before = new Set(disabledRules);
    disabledRules.add(rule);
    const per: PageScore[] = [];
    let changed = 0;
    for (const id of ids) {
      const html = gunzipSync(readFileSync(path.join(corpus, 'html', `${id}.html.gz`))).toString('utf8');
      const page = buildDom(html, truth[id]!.url ?? `https://example.org/${id}`);
      const result = extractArticle(page.doc, { force: true });
      const text = result.ok ? result.article.text : '';
      if (text !== runs.ours.get(id)!.text) changed++;
      per.push(scorePage(truth[id]!.articleBody, text));
      await page.close();
    }
    disabledRules.clear();
    for (const r of before) disabledRules.add(r);
    const s = scoreCorpus(per);
    const d = (x: number, y: number) => `${x.toFixed(4)} (${(y - x >= 0 ? '+' : '') + (y - x).toFixed(4)})`;
    console.log(`| ${rule} | ${d(s.f1, full.f1)} | ${d(s.precision, full.precision)} | ${d(s.recall, full.recall)} | ${changed} |`);
  }
  console.log('(in brackets: what the rule brings, i.e. full score minus the score without it)');
}

if (outFile) {
  const out = Object.fromEntries(ids.map((id) => [id, { articleBody: runs.ours.get(id)!.text }]));
  writeFileSync(path.resolve(outFile), JSON.stringify(out, null, 1));
  console.log(`Wrote our predictions to ${outFile}`);
}
if (pagesFile) {
  const per = ids.map((id) => ({
    id,
    ...Object.fromEntries(
      Object.entries(scores).map(([name, map]) => {
        const s = map.get(id)!;
        return [name, { P: +pagePrecision(s).toFixed(4), R: +pageRecall(s).toFixed(4), tp: +s.tp.toFixed(4) }];
      }),
    ),
  }));
  writeFileSync(path.resolve(pagesFile), JSON.stringify(per, null, 1));
}

function median(map: Map<string, Run>): number {
  return quantile([...map.values()].map((r) => r.extractMs), 0.5);
}
