// `npx tsx scripts/bench-extract-chromium.ts [--script A.js --script B.js …] [--source] [--runs N] [--limit N] [--only ID,ID] [--profile]`:
// the extraction's own cost in the browser, where it runs (bench:extract times jsdom, whose costs differ). Each run
// of each built extract.js (default: this tree's production build) loads the dev page in a new tab of headless
// Chromium (a new renderer, nothing compiled or warmed: as the popup's injection finds a page; served on 127.0.0.1,
// every other request refused) and runs the script there in an isolated world, as the popup injects it; the
// scripts in a new order each run. Timed by the renderer's main-thread CPU time (CDP Performance `ThreadTime`, the
// script's compile included; robust to a loaded machine) and by the page's clock (the script's own `timing`).
// Prints per script the sums over the pages of the minimum and median CPU time, the per-page ratios to the first
// script, and the pages whose results (timing left out) differ from the first script's: compare:extract's check,
// in the browser (a page whose own scripts change it from load to load differs from itself: run one script twice
// to tell; `--only ID,ID` picks pages by the start of their id). `--source`: also a bundle of this tree's source (esbuild, Readability as shipped, names kept);
// `--profile`: V8's sampling profile of the last script's first run on each page, functions by self and total time.
// `--inject`: each script injected as the popup does it, `scripting.executeScript({ files })` from an extension's worker
// (a file of a test extension made for the run): the browser's own way of loading and compiling an extension's script
// in its isolated world (V8's compile hints, code cache), which the default CDP evaluation of the source does not take.
// `--warm`: each measured run preceded by a run of the same script on another corpus page in the same tab (bench:popup's warm click).
// `--clip-selection` (with `--inject`, scripts that are clip.js builds): a selection save instead, the page's first paragraph selected.
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from '@playwright/test';
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM, CHROMIUM_FLAGS, extensionArgs } from '../tests/e2e/fixtures';
import { READABILITY_MODULE, shippedReadability } from '../utils/extract/readability-quiet';
import { serveCorpus } from './corpus-server';
import { argValue, percentile } from './bench-util';

const ROOT = path.resolve(import.meta.dirname, '..');
const corpus = path.resolve(ROOT, argValue('--corpus') ?? '../shared/corpus/aeb-dev');
const limit = Number(argValue('--limit') ?? Infinity);
const runs = Number(argValue('--runs') ?? 5);
const profiling = process.argv.includes('--profile');
if (!existsSync(path.join(corpus, 'html'))) {
  console.log(`bench-extract-chromium: no corpus at ${corpus}; nothing measured.`);
  process.exit(0);
}
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');

/** Every value after `--name` on the command line. */
function argValues(name: string): string[] {
  return process.argv.flatMap((arg, i) => (arg === name && process.argv[i + 1] ? [process.argv[i + 1]!] : []));
}

/** This tree's extraction as one script whose completion value is the result, Readability as shipped, names kept. */
async function sourceScript(): Promise<string> {
  const out = await build({
    stdin: { contents: "import { extractArticle } from './utils/extract'; const startedAt = performance.now(); const r = extractArticle(document); globalThis.__crResult = { ...r, timing: { startedAt, doneAt: performance.now() } };", resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    alias: { '@': ROOT },
    plugins: [{
      name: 'shipped-readability',
      setup: (b) => b.onLoad({ filter: READABILITY_MODULE }, (args) => ({ contents: shippedReadability(readFileSync(args.path, 'utf8')), loader: 'js' })),
    }],
  });
  return `${out.outputFiles[0]!.text}\n;(() => { const r = globalThis.__crResult; delete globalThis.__crResult; return r; })();\n//# sourceURL=source.js`;
}

const scripts: { name: string; code: string }[] = argValues('--script').map((file) => ({ name: file, code: readFileSync(file, 'utf8') }));
if (scripts.length === 0) scripts.push({ name: 'extract.js', code: readFileSync(path.join(ROOT, '.output/chrome-mv3/extract.js'), 'utf8') });
if (process.argv.includes('--source')) scripts.push({ name: 'source', code: await sourceScript() });

const ids = readdirSync(path.join(corpus, 'html')).filter((f) => f.endsWith('.html.gz')).map((f) => f.replace('.html.gz', '')).sort().filter((id) => !argValue('--only') || argValue('--only')!.split(',').some((prefix) => id.startsWith(prefix))).slice(0, limit);
const { server, origin } = await serveCorpus(corpus, ids);

const injecting = process.argv.includes('--inject');
/** With `--inject`: each run first selects the page's first paragraph and asks clip.js for a selection save. */
const clipSelection = process.argv.includes('--clip-selection');
/** clip.js's other save: the page's first paragraph selected, and its option set in its world (as save-from-page.ts does). */
const SELECT_FIRST_PARAGRAPH = `{
  const range = document.createRange();
  range.selectNodeContents(document.querySelector('p') ?? document.body);
  getSelection().removeAllRanges();
  getSelection().addRange(range);
  globalThis.__cleanReaderClipOptions = { mode: 'selection' };
}`;
/** With `--inject`: a test extension whose files are the scripts, and its worker, which injects them. */
let extension: { dir: string; worker: Worker } | undefined;
let context: BrowserContext;
/** Closes the browser (a context made by `launch` leaves its browser open when closed). */
let closeBrowser: () => Promise<void>;
if (injecting) {
  const dir = mkdtempSync(path.join(tmpdir(), 'cr-inject-'));
  const manifest = { manifest_version: 3, name: 'inject', version: '1', permissions: ['scripting'], host_permissions: ['http://127.0.0.1/*'], background: { service_worker: 'worker.js' } };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(path.join(dir, 'worker.js'), '');
  scripts.forEach((script, i) => writeFileSync(path.join(dir, `script${i}.js`), script.code));
  writeFileSync(path.join(dir, 'select.js'), SELECT_FIRST_PARAGRAPH);
  const args = ['--headless=new', ...CHROMIUM_FLAGS, '--js-flags=--expose-gc', ...extensionArgs(dir)];
  context = await chromium.launchPersistentContext('', { executablePath: CHROMIUM, headless: false, args });
  extension = { dir, worker: context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')) };
  closeBrowser = () => context.close();
} else {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless=new', ...CHROMIUM_FLAGS, '--js-flags=--expose-gc'] });
  context = await browser.newContext();
  closeBrowser = () => browser.close();
}
await context.route((url) => !url.href.startsWith(origin) && url.protocol.startsWith('http'), (route) => route.abort());

/** Main-thread CPU time of the page's renderer, ms. */
async function threadTime(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ThreadTime')!.value * 1000;
}

interface Sample {
  cpu: number;
  wall: number;
}
/** Per script: per page, its runs (the first one compiles the script). */
const samples = scripts.map(() => new Map<string, Sample[]>());
const differ = scripts.map(() => [] as string[]);
const loadAtStart = load();

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
/** With `--profile-out FILE`: every profile taken, written to FILE as JSON (for a look at the call tree). */
const profiles: unknown[] = [];
const selfTime = new Map<string, number>();
const totalTime = new Map<string, number>();
let profiledTime = 0;

/** Adds a V8 CPU profile's samples to the self and total times of its functions. */
function addProfile(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }): void {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  // Anonymous functions by where they start in the profiled script's source.
  const lines = scripts.at(-1)!.code.split('\n');
  const key = ({ callFrame: { functionName, url, lineNumber, columnNumber } }: ProfileNode) =>
    functionName || (url ? `(anonymous) ${url}:${lineNumber + 1} ${lines[lineNumber]?.slice(Math.max(0, columnNumber - 30), columnNumber + 50).trim()}` : '(anonymous)');
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    let node = byId.get(id);
    if (!node || node.callFrame.functionName === '(idle)') return;
    profiledTime += dt;
    selfTime.set(key(node), (selfTime.get(key(node)) ?? 0) + dt);
    const seen = new Set<string>();
    for (; node; node = byId.get(parent.get(node.id) ?? -1)) {
      const k = key(node);
      if (seen.has(k)) continue;
      seen.add(k);
      totalTime.set(k, (totalTime.get(k) ?? 0) + dt);
    }
  });
}

/** Runs script `i` in the page: in the CDP world given, or injected by the test extension (`--inject`). */
async function runScript(page: Page, cdp: CDPSession, world: number, i: number, profile: boolean): Promise<{ sample: Sample; result: string }> {
  await cdp.send('Runtime.evaluate', { expression: 'gc()', contextId: world });
  if (profile) await cdp.send('Profiler.start');
  const before = await threadTime(cdp);
  let value: unknown;
  if (extension) {
    // The one tab open on the corpus (by its origin: a page may have changed its own address since it loaded).
    value = await extension.worker.evaluate(async ({ origin, file, selection }) => {
      const [tab] = (await chrome.tabs.query({})).filter((t) => t.url?.startsWith(`${origin}/`));
      // With --clip-selection, SELECT_FIRST_PARAGRAPH runs first, in the same world.
      const files = selection ? ['select.js', file] : [file];
      const [injection] = await chrome.scripting.executeScript({ target: { tabId: tab!.id! }, files: files as never });
      return injection!.result;
    }, { origin, file: `script${i}.js`, selection: clipSelection });
  } else {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression: scripts[i]!.code, contextId: world, returnByValue: true });
    if (exceptionDetails) throw new Error(`${page.url()}: ${exceptionDetails.text} ${exceptionDetails.exception?.description ?? ''}`);
    value = result.value;
  }
  const cpu = (await threadTime(cdp)) - before;
  if (profile) {
    const { profile: taken } = await cdp.send('Profiler.stop');
    addProfile(taken as never);
    profiles.push(taken);
  }
  // clip.js (a save's extraction) returns its draft and no timing: its page clock is NaN.
  const { timing, ...rest } = value as { timing?: { startedAt: number; doneAt: number } };
  return { sample: { cpu, wall: timing ? timing.doneAt - timing.startedAt : NaN }, result: JSON.stringify(rest) };
}

/**
 * With `--warm`: before each measured run the same script runs once on another corpus page in the same tab, so that
 * the measured run finds what bench:popup's warm clicks find (the page's renderer has run the script on the site's
 * page before: its code compiled and cached in that process, its regexps and the rest of V8's caches warm).
 */
const warm = process.argv.includes('--warm');

/** One run of a script in a new tab of the page (a new renderer, as a cold click's injection meets: nothing compiled). */
async function measureOnce(id: string, i: number, profile: boolean): Promise<{ sample: Sample; result: string }> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    /** Loads a corpus page in the tab; its new isolated world's id. */
    const open = async (pageId: string) => {
      await page.goto(`${origin}/${pageId}.html`, { waitUntil: 'load' }).catch(() => {});
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      const { frameTree } = await cdp.send('Page.getFrameTree');
      return (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'cr-bench' })).executionContextId;
    };
    if (warm) await runScript(page, cdp, await open(ids[(ids.indexOf(id) + 1) % ids.length]!), i, false);
    const world = await open(id);
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: Number(argValue('--interval') ?? 50) });
    }
    return await runScript(page, cdp, world, i, profile);
  } finally {
    await page.close();
  }
}

const skipped: string[] = [];
for (const [n, id] of ids.entries()) {
  try {
    const results: string[] = [];
    for (let run = 0; run < runs; run++) {
      // The scripts in a new order each run.
      for (const i of scripts.map((_, k) => k).sort(() => Math.random() - 0.5)) {
        const { sample, result } = await measureOnce(id, i, profiling && run === 0 && i === scripts.length - 1);
        if (!samples[i]!.has(id)) samples[i]!.set(id, []);
        samples[i]!.get(id)!.push(sample);
        results[i] ??= result;
      }
    }
    results.forEach((r, i) => r !== results[0] && differ[i]!.push(id));
  } catch (error) {
    // A page that navigates away on its own (its script): its world is gone; left out, said below.
    skipped.push(id);
    for (const pageSamples of samples) pageSamples.delete(id);
    console.error(`${id}: ${(error as Error).message.split('\n')[0]}`);
  }
  if ((n + 1) % 20 === 0) console.error(`${n + 1}/${ids.length} pages, load ${load()}`);
}
await closeBrowser();
server.close();
if (extension) rmSync(extension.dir, { recursive: true });

const min = (xs: Sample[], key: keyof Sample) => Math.min(...xs.map((s) => s[key]));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const geomean = (xs: number[]) => Math.exp(sum(xs.map(Math.log)) / xs.length);
console.log(`\n${ids.length - skipped.length} pages × ${runs} runs, scripts interleaved; load ${loadAtStart} → ${load()}${skipped.length ? `; left out (navigated away): ${skipped.join(', ')}` : ''}`);
console.log('| script | CPU, sum of per-page minimum (ms) | CPU, sum of per-page median | page clock, sum of minimum | ÷ first script, minimum: median per page | geometric mean | ÷ first script, median: median per page | geometric mean | results differing |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
scripts.forEach((script, i) => {
  const pages = [...samples[i]!.keys()];
  const of = (k: number, id: string) => samples[k]!.get(id)!;
  const median = (xs: Sample[]) => percentile(xs.map((x) => x.cpu), 50);
  const ratios = pages.map((id) => min(of(i, id), 'cpu') / min(of(0, id), 'cpu'));
  const medianRatios = pages.map((id) => median(of(i, id)) / median(of(0, id)));
  const cells = [
    sum(pages.map((id) => min(of(i, id), 'cpu'))).toFixed(0),
    sum(pages.map((id) => median(of(i, id)))).toFixed(0),
    sum(pages.map((id) => min(of(i, id), 'wall'))).toFixed(0),
    percentile(ratios, 50).toFixed(3),
    geomean(ratios).toFixed(3),
    percentile(medianRatios, 50).toFixed(3),
    geomean(medianRatios).toFixed(3),
    `${differ[i]!.length}${differ[i]!.length ? ` (${differ[i]!.slice(0, 5).join(', ')})` : ''}`,
  ];
  console.log(`| ${script.name} | ${cells.join(' | ')} |`);
});
if (profiling) {
  if (argValue('--profile-out')) writeFileSync(argValue('--profile-out')!, JSON.stringify(profiles));
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, Number(argValue("--top") ?? 45)).map(([k, v]) => `${(v / profiledTime * 100).toFixed(1).padStart(5)} %  ${v.toFixed(0).padStart(6)} ms  ${k}`).join('\n');
  console.log(`\nProfile of ${scripts.at(-1)!.name}: ${profiledTime.toFixed(0)} ms sampled\n-- self --\n${top(selfTime)}\n-- total --\n${top(totalTime)}`);
}
