// `npx tsx scripts/probe-search-trace.ts [--build DIR] [--name NAME] [--rounds N] [--cpu] [--against DIR --name-against NAME]`:
// where a library search's ms go, from Chromium performance traces of the library page at ~30,000 clippings. Each build is
// copied to a fixed folder under --dir (its extension id, and so its profile's library, kept between runs); a new profile
// imports the bench:library seed (written there on the first run) and the 20,000-item Pocket export. Each round reloads,
// searches a word (the first search), waits, then traces a quoted phrase, the phrase with no match and a word, and prints
// the page's main thread during the query's measure: busy time by event (self time), the rest idle (waiting for the
// database), the traces kept as JSON beside. `--cpu`: a sampled CPU profile of each search instead (functions by self
// time). `--against`: both builds at once, every seed phrase traced in one then the other (see `againstRounds`). `--memory`:
// the word pairs' memory, its fill's time and the page's heap (see `memoryRounds`).
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { E2E_BUILD } from '../tests/e2e/fixtures';
import { LIBRARY_PAINTED, LIBRARY_QUERY } from '../utils/perf-marks';
import { importFile, launch, openLibrary, timeLibraryQuery } from './bench-browser';
import { writePocketExport } from './bench-imports';
import { argValue, percentile } from './bench-util';

const DIR = path.resolve(argValue('--dir') ?? path.join(tmpdir(), 'cr-probe-search'));
const NAME = argValue('--name') ?? 'this';
const BUILD = path.resolve(argValue('--build') ?? E2E_BUILD);
const ROUNDS = Number(argValue('--rounds') ?? 3);
const CPU = process.argv.includes('--cpu');
const ext = path.join(DIR, `${NAME}-ext`);
mkdirSync(DIR, { recursive: true });
if (!existsSync(path.join(DIR, 'seed.json'))) {
  execFileSync('npx', ['tsx', 'scripts/bench-library.ts', '--write-seed', path.join(DIR, 'seed.json')], { cwd: path.resolve(import.meta.dirname, '..'), stdio: 'inherit' });
}
const searches = JSON.parse(readFileSync(path.join(DIR, 'seed.json.searches.json'), 'utf8')) as { words: string[]; phrases: string[] };
const { page, cdp } = await openBuild(BUILD, NAME);
const context = page.context();

interface TraceEvent { name: string; cat: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { data?: unknown; name?: string } }

async function traced(cdp: CDPSession, act: () => Promise<number>): Promise<{ ms: number; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: unknown[] }) => void events.push(...(e.value as unknown as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8', 'v8.execute', 'IndexedDB', 'blink', 'disabled-by-default-v8.gc'] },
  });
  const ms = await act();
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', collect);
  return { ms, events };
}

/** Self time by event name on the thread of the query's measure, within it; and the busy total (top-level tasks). */
function breakdown(events: TraceEvent[]): { window: number; busy: number; cpu: number; self: Map<string, number> } {
  const measure = events.filter((e) => e.name === LIBRARY_QUERY && (e.ph === 'b' || e.ph === 'e')).slice(-2);
  if (measure.length < 2) throw new Error('no query measure in the trace');
  const [begin, end] = [measure[0]!, measure[1]!];
  // The measure's own events sit on the page's main thread (same pid; the main thread is the one with the most X events there).
  const byTid = new Map<number, number>();
  for (const e of events) if (e.pid === begin.pid && e.ph === 'X') byTid.set(e.tid, (byTid.get(e.tid) ?? 0) + 1);
  const tid = [...byTid].sort((a, b) => b[1] - a[1])[0]![0];
  const xs = events.filter((e) => e.pid === begin.pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined && e.ts + e.dur! > begin.ts && e.ts < end.ts)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  const stack: Array<{ e: TraceEvent; end: number; child: number }> = [];
  let busy = 0;
  // The main thread's CPU time (thread time: what a loaded machine's waits for a core leave out), its top-level tasks in the window.
  let cpu = 0;
  const close = (upTo: number) => {
    while (stack.length && stack.at(-1)!.end <= upTo) {
      const top = stack.pop()!;
      const clipped = Math.min(top.end, end.ts) - Math.max(top.e.ts, begin.ts);
      self.set(top.e.name, (self.get(top.e.name) ?? 0) + clipped - top.child);
      if (stack.length) stack.at(-1)!.child += clipped;
      else {
        busy += clipped;
        cpu += ((top.e.tdur ?? top.e.dur!) * clipped) / Math.max(1, top.e.dur!);
      }
    }
  };
  for (const e of xs) {
    close(e.ts);
    stack.push({ e, end: e.ts + e.dur!, child: 0 });
  }
  close(Infinity);
  return { window: (end.ts - begin.ts) / 1000, busy: busy / 1000, cpu: cpu / 1000, self };
}

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }

/** `--cpu`: a sampled CPU profile of one search instead; the functions with the most self time, and where they are in the build. */
async function profiled(cdp: CDPSession, act: () => Promise<number>): Promise<string> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  const ms = await act();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFrame = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const file = url.split('/').at(-1) ?? '';
    const source = file.endsWith('.js') && existsSync(path.join(ext, 'chunks', file)) ? readFileSync(path.join(ext, 'chunks', file), 'utf8').split('\n')[lineNumber]?.slice(columnNumber, columnNumber + 60) : '';
    const key = `${functionName || '(anon)'} ${file}:${lineNumber}:${columnNumber} ${source ?? ''}`;
    byFrame.set(key, (byFrame.get(key) ?? 0) + (self.get(node.id) ?? 0));
  }
  return `${ms.toFixed(1)} ms\n` + [...byFrame].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, us]) => `  ${(us / 1000).toFixed(2)} ${k}`).join('\n');
}

/**
 * `--against DIR --name-against NAME`: both builds open at once (each its own profile, imported as above), every phrase of
 * the seed, the no-match one and a word traced in one build then the other (alternating), ROUNDS rounds: each search's
 * wall time and its main thread's CPU time in the trace, medians per build and the median of the pairs' ratios.
 */
async function againstRounds(): Promise<void> {
  const other = await openBuild(path.resolve(argValue('--against')!), argValue('--name-against') ?? 'main');
  const mine = { page, cdp };
  const both = [other, mine];
  const all = [...searches.phrases.map((p) => `"${p}"`), searches.words[0]!];
  const rows = new Map<string, Array<{ ms: number[]; cpu: number[] }>>();
  const pairs = new Map<string, { ms: number[]; cpu: number[] }>();
  for (let i = 0; i < ROUNDS; i++) {
    for (const [k, value] of all.entries()) {
      const got: Array<{ ms: number; cpu: number }> = [];
      for (const b of (i + k) % 2 ? [...both].reverse() : both) {
        const box = b.page.getByRole('searchbox');
        if (await box.inputValue()) await timeLibraryQuery(b.page, () => box.fill(''), 'search', '');
        await b.page.waitForTimeout(300);
        const { ms, events } = await traced(b.cdp, async () => (await timeLibraryQuery(b.page, () => box.fill(value), 'search', value)).ms);
        got[both.indexOf(b)] = { ms, cpu: breakdown(events).cpu };
      }
      const row = rows.get(value) ?? both.map(() => ({ ms: [] as number[], cpu: [] as number[] }));
      got.forEach((g, j) => (row[j]!.ms.push(g.ms), row[j]!.cpu.push(g.cpu)));
      rows.set(value, row);
      const pair = pairs.get(value) ?? { ms: [], cpu: [] };
      pair.ms.push(got[1]!.ms / got[0]!.ms);
      pair.cpu.push(got[1]!.cpu / got[0]!.cpu);
      pairs.set(value, pair);
    }
    console.log(`round ${i} done, load ${loadavg()[0]!.toFixed(1)}`);
  }
  const med = (v: number[]) => percentile(v, 50);
  console.log('| search | other: ms, main-thread CPU | this: ms, CPU | ratios (medians of pairs): ms, CPU |\n|---|---|---|---|');
  for (const value of all) {
    const [a, b] = rows.get(value)!;
    const p = pairs.get(value)!;
    console.log(`| ${value} | ${med(a!.ms).toFixed(1)}, ${med(a!.cpu).toFixed(1)} | ${med(b!.ms).toFixed(1)}, ${med(b!.cpu).toFixed(1)} | ${med(p.ms).toFixed(2)}, ${med(p.cpu).toFixed(2)} |`);
  }
  const phrasesOnly = [...pairs].filter(([v]) => v.startsWith('"'));
  console.log(`phrases, all pairs: ms ${med(phrasesOnly.flatMap(([, p]) => p.ms)).toFixed(3)}, CPU ${med(phrasesOnly.flatMap(([, p]) => p.cpu)).toFixed(3)}`);
  await other.page.context().close();
}

/** A build copied to DIR/NAME-ext and opened with the profile DIR/NAME-profile, which imports the seed and the Pocket export when new. */
async function openBuild(build: string, name: string): Promise<{ page: Page; cdp: CDPSession }> {
  const dir = path.join(DIR, `${name}-ext`);
  const profile = path.join(DIR, `${name}-profile`);
  const fresh = !existsSync(profile);
  rmSync(dir, { recursive: true, force: true });
  cpSync(build, dir, { recursive: true });
  const launched = await launch(dir, profile);
  const p = await launched.context.newPage();
  await p.setViewportSize({ width: 1100, height: 900 });
  await openLibrary(p, launched.extensionId);
  if (fresh) {
    console.log(`${name}: seed imported in ${await importFile(p, path.join(DIR, 'seed.json'))} ms`);
    console.log(`${name}: Pocket export imported in ${await importFile(p, writePocketExport(DIR))} ms`);
  }
  return { page: p, cdp: await launched.context.newCDPSession(p) };
}

const reopen = async (p: Page) => {
  await p.reload();
  await p.waitForFunction((m) => performance.getEntriesByName(m).length > 0, LIBRARY_PAINTED, { timeout: 60_000 });
};
const search = async (value: string) => (await timeLibraryQuery(page, () => page.getByRole('searchbox').fill(value), 'search', value)).ms;
/**
 * `--memory`: what the word pairs' memory costs (components/library/use-library-query.ts, utils/clippings/pair-memory.ts):
 * each round reloads, waits for the fill's measure (its ms from its start and its rows and bytes) or, in a build without
 * one (`--against`), as long; then the page's JS heap after a garbage collection (CDP), build against build.
 */
async function memoryRounds(): Promise<void> {
  const builds = [{ name: NAME, page, cdp }, ...(argValue('--against') ? [{ name: argValue('--name-against') ?? 'main', ...(await openBuild(path.resolve(argValue('--against')!), argValue('--name-against') ?? 'main')) }] : [])];
  const heaps = new Map<string, number[]>();
  for (let i = 0; i < ROUNDS; i++) {
    for (const b of i % 2 ? [...builds].reverse() : builds) {
      await reopen(b.page);
      const held = await b.page
        .waitForFunction((m) => {
          const entry = performance.getEntriesByName(m)[0] as PerformanceMeasure | undefined;
          return entry ? { duration: entry.duration, detail: entry.detail as unknown } : null;
        }, 'cr-library-pairs-held', { timeout: 30_000 })
        .then((h) => h.jsonValue(), () => null);
      if (!held) await b.page.waitForTimeout(5_000);
      await b.cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = (await b.cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      heaps.set(b.name, [...(heaps.get(b.name) ?? []), usedSize]);
      console.log(`${b.name} round ${i}: ${held ? `pairs held after ${held.duration.toFixed(0)} ms of fill, ${JSON.stringify(held.detail)}` : 'no fill measure'}; JS heap after GC ${(usedSize / 1e6).toFixed(2)} MB; load ${loadavg()[0]!.toFixed(1)}`);
    }
  }
  for (const [name, sizes] of heaps) console.log(`${name}: JS heap after GC, median ${(percentile(sizes, 50) / 1e6).toFixed(2)} MB`);
}
if (process.argv.includes('--memory')) {
  await memoryRounds();
  await context.close();
  process.exit(0);
}
if (argValue('--against')) {
  await againstRounds();
  await context.close();
  process.exit(0);
}
const phrases = searches.phrases.slice(0, -1);
for (let i = 0; i < ROUNDS; i++) {
  await reopen(page);
  await search(searches.words[i % searches.words.length]!);
  await page.waitForTimeout(1_000);
  for (const [what, value] of [['phrase', `"${phrases[i % phrases.length]}"`], ['no-match phrase', `"${searches.phrases.at(-1)}"`], ['word', searches.words[(i + 3) % searches.words.length]!]] as const) {
    await search('');
    await page.waitForTimeout(500);
    if (CPU) {
      console.log(`${NAME} round ${i} ${what} ${value}: ${await profiled(cdp, () => search(value))}`);
      continue;
    }
    const { ms, events } = await traced(cdp, () => search(value));
    writeFileSync(path.join(DIR, `trace-${NAME}-${i}-${what.replace(/\W+/g, '-')}.json`), JSON.stringify(events));
    const { window, busy, cpu, self } = breakdown(events);
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([n, us]) => `${n} ${(us / 1000).toFixed(1)}`).join(', ');
    console.log(`${NAME} round ${i} ${what} ${value}: ${ms.toFixed(1)} ms (trace window ${window.toFixed(1)}), main thread busy ${busy.toFixed(1)} (CPU ${cpu.toFixed(1)}), idle ${(window - busy).toFixed(1)}; load ${loadavg()[0]!.toFixed(1)}\n  ${top}`);
  }
}
await context.close();
