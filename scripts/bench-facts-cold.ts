// `npx tsx scripts/bench-facts-cold.ts [--limit N] [--rounds N] [--base DIR[,DIR…]] [--trace FILE]` (after `npm run
// build:e2e`): a key-facts request to a cold worker (the background's service worker ended just before), request →
// answer, this build and each `--base` (another build's chrome-mv3-e2e folder) in turn first, in one browser, on the
// key-facts dev set's articles (../shared/keyfacts). Chromium's trace (over CDP) takes the worker thread's CPU apart:
// background.js compiled, its top-level run, and the rest (the worker's start and the answer's own work), where a
// loaded machine makes the wall clock noise. `--trace FILE` also samples the worker's JavaScript (V8's profiler, which
// slows it) and writes the events, for a profile by function (docs/benchmarks.md, thirty-fifth round).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { killWorker } from '../tests/e2e/crash';
import { E2E_BUILD } from '../tests/e2e/fixtures';
import { topLevel, traced, type TraceEvent } from './bench-popup-cpu-trace';
import { launchPopupBench, unpackedId, workerOf } from './bench-popup-launch';
import { argValue, percentile } from './bench-util';

const ROOT = path.resolve(import.meta.dirname, '..');
const limit = Number(argValue('--limit') ?? 14);
const rounds = Number(argValue('--rounds') ?? 1);
const bases = (argValue('--base') ?? '').split(',').filter(Boolean).map((dir) => path.resolve(dir));
const base = bases[0] ?? null;
const traceFile = argValue('--trace');
const builds = [E2E_BUILD, ...bases];
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
const loadAtStart = load();
const inputs = Object.values(JSON.parse(readFileSync(path.resolve(ROOT, '../shared/keyfacts/dev-inputs.json'), 'utf8')) as Record<string, { title: string; text: string }>).slice(0, limit);

const profile = mkdtempSync(path.join(tmpdir(), 'cr-facts-cold-'));
const context = await launchPopupBench(builds, profile);
const ids = builds.map(unpackedId);
for (const id of ids) await workerOf(context, id);
const pages = await Promise.all(ids.map(async (id) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/library.html`);
  return page;
}));
const cdp = await context.browser()!.newBrowserCDPSession();
/** Tasks with their CPU (toplevel), the script's compile and run (v8, devtools.timeline), the threads' names; with `--trace`, V8's samples. */
const CATEGORIES = ['toplevel', 'v8', 'devtools.timeline', '__metadata', ...(traceFile ? ['disabled-by-default-v8.cpu_profiler'] : [])];
interface Sample { wall: number; cpu: Record<string, number> }
const samples: Sample[][] = builds.map(() => []);
const allEvents: object[] = [];
for (let r = 0; r < rounds; r++) {
  for (const [i, article] of inputs.entries()) {
    for (const b of builds.map((_, k) => (k + i + r) % builds.length)) {
      await workerOf(context, ids[b]!);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await killWorker({ context, extensionId: ids[b]! });
      await new Promise((resolve) => setTimeout(resolve, 200));
      let wall = 0;
      const events = await traced(cdp, CATEGORIES, async () => {
        wall = await pages[b]!.evaluate(async ({ title, text }) => {
          const start = performance.now();
          const reply = (await chrome.runtime.sendMessage({ type: 'key-facts', title, text })) as { ok: boolean } | undefined;
          if (!reply?.ok) throw new Error('no key facts');
          return performance.now() - start;
        }, article);
      });
      if (traceFile) allEvents.push(...events.map((e) => ({ ...e, build: b })));
      samples[b]!.push({ wall, cpu: workerCpu(events) });
    }
  }
}
await cdp.detach();
await context.close();
rmSync(profile, { recursive: true, force: true });
if (traceFile) writeFileSync(traceFile, JSON.stringify(allEvents));

const median = (v: number[]) => (v.length ? percentile(v, 50) : NaN);
console.log(`Cold key facts, ${inputs.length} articles × ${rounds} round(s) × ${builds.length} build(s); load ${loadAtStart} at the start, ${load()} at the end.\n`);
const keys = [...new Set(samples.flatMap((s) => s.flatMap((x) => Object.keys(x.cpu))))];
console.log(`| ms, median (p95) | ${builds.map((d) => (d === E2E_BUILD ? 'this build' : d)).join(' | ')} |${base ? ' this ÷ first base, per pair |' : ''}`);
console.log(`|---|${builds.map(() => '---:').join('|')}|${base ? '---:|' : ''}`);
const line = (label: string, pick: (s: Sample) => number) => {
  const cells = samples.map((s) => `${median(s.map(pick)).toFixed(1)} (${percentile(s.map(pick), 95).toFixed(0)})`);
  const ratio = base ? ` ${median(samples[0]!.map((s, k) => pick(s) / pick(samples[1]![k]!))).toFixed(3)}× |` : '';
  console.log(`| ${label} | ${cells.join(' | ')} |${ratio}`);
};
line('request → answer, wall', (s) => s.wall);
for (const key of keys) line(`worker thread CPU: ${key}`, (s) => s.cpu[key] ?? 0);


/** The service worker thread's CPU ms by what it did: compile, top-level run, message handled (the answer), total. */
function workerCpu(events: TraceEvent[]): Record<string, number> {
  const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name');
  const workerThreads = new Set(names.filter((e) => /ServiceWorker/i.test(String(e.args?.name))).map((e) => `${e.pid}:${e.tid}`));
  const on = events.filter((e) => workerThreads.has(`${e.pid}:${e.tid}`) && e.ph === 'X' && e.tdur !== undefined);
  const sum = (pred: (e: TraceEvent) => boolean) => on.filter(pred).reduce((a, e) => a + e.tdur!, 0) / 1000;
  // the tasks a timer ran: work the background queued after its answer (the lexicons' whole sets), off the answer's path
  const timer = (e: TraceEvent) => e.args?.src_func === 'DOMTimer';
  const tops = topLevel(on);
  const all = tops.filter((e) => !timer(e)).reduce((a, e) => a + e.tdur!, 0) / 1000;
  return {
    'all tasks but timers': all,
    'timers (after the answer)': tops.filter(timer).reduce((a, e) => a + e.tdur!, 0) / 1000,
    'background.js compiled (from the code cache)': sum((e) => e.name === 'v8.compile'),
    'its top-level run': sum((e) => e.name === 'v8.run'),
    'all but the script (the answer, the start)': all - sum((e) => e.name === 'EvaluateScript'),
  };
}
