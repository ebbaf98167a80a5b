// `npx tsx scripts/bench-popup-cpu.ts [--limit N] [--base DIR] [--corpus DIR]` (after `npm run build:e2e`): the cold
// first click's CPU, where a loaded machine makes its wall clock noise. For each of N corpus pages (default 10), one
// launch per build in turn first, as bench:popup's cold clicks: Chromium on a profile where the builds are installed,
// the page loaded, the build's worker ended, Chromium's tracing started, the popup opened and waited for until painted.
// Prints, per build, the medians of the CPU ms by process and step (scripts/bench-popup-cpu-trace.ts), and with
// `--base DIR` (another build's chrome-mv3-e2e folder) the per-launch-pair ratios of this build's to the base's.
import type { CDPSession } from '@playwright/test';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { killWorker } from '../tests/e2e/crash';
import { E2E_BUILD } from '../tests/e2e/fixtures';
import { POPUP_PAINTED } from '../utils/perf-marks';
import { makeFloorExtension } from './bench-floor';
import { clickCpu, CPU_TRACE_CATEGORIES, type ClickCpu, type TraceEvent } from './bench-popup-cpu-trace';
import { floorWorker, launchPopupBench, openPopupWindow, tabIdOf, unpackedId } from './bench-popup-launch';
import { markTime } from './bench-popup-phases';
import { argValue, percentile } from './bench-util';
import { serveCorpus } from './corpus-server';

const ROOT = path.resolve(import.meta.dirname, '..');
const corpus = path.resolve(ROOT, argValue('--corpus') ?? '../shared/corpus/aeb-dev');
const limit = Number(argValue('--limit') ?? 10);
const base = argValue('--base') ? path.resolve(argValue('--base')!) : null;
const builds = base ? [E2E_BUILD, base] : [E2E_BUILD];
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
const loadAtStart = load();

const ids = readdirSync(path.join(corpus, 'html')).filter((f) => f.endsWith('.html.gz')).map((f) => f.replace('.html.gz', '')).slice(0, limit);
const { server, origin } = await serveCorpus(corpus, ids);
const floor = makeFloorExtension({ manifest_version: 3, background: { service_worker: 'sw.js' } });
const profile = mkdtempSync(path.join(tmpdir(), 'cr-cpu-'));
const launch = () => launchPopupBench([...builds, floor], profile);
await (await launch()).close(); // installs the extensions once

/** Per build, per page: the click's CPU (null: not an article, or not traced whole). */
const clicks = builds.map(() => new Map<string, ClickCpu>());
for (const [i, id] of ids.entries()) {
  for (const b of builds.map((_, k) => (k + i) % builds.length)) {
    const context = await launch();
    const extensionId = unpackedId(builds[b]!);
    const page = await context.newPage();
    await page.goto(`${origin}/${id}.html`, { waitUntil: 'domcontentloaded' }).catch(() => undefined);
    const tabId = await tabIdOf(context, extensionId, page.url());
    await (await floorWorker(context)).evaluate(() => 0);
    await killWorker({ context, extensionId });
    const cdp = await context.browser()!.newBrowserCDPSession();
    const events = await traced(cdp, async () => {
      const popup = await openPopupWindow(context, `chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      await markTime(popup, POPUP_PAINTED);
    });
    const cpu = clickCpu(events);
    if (cpu) clicks[b]!.set(id, cpu);
    else console.log(`${id}: no article traced (${path.basename(path.dirname(builds[b]!))})`);
    await context.close();
  }
}
server.close();
rmSync(profile, { recursive: true, force: true });
rmSync(floor, { recursive: true, force: true });

const ROWS: Array<[keyof ClickCpu, string]> = [
  ['paintedAt', 'painted, wall ms from the popup opening (not CPU)'],
  ['popupToSent', "popup's renderer, to the injection sent (its process's start)"],
  ['popupWhileExtracting', "popup's renderer, injection sent → result received"],
  ['popupAfterResult', "popup's renderer, result → painted"],
  ['page', "page's main thread, injection sent → result received"],
  ['pageWorld', '… the isolated world made'],
  ['pageCompile', '… extract.js compiled'],
  ['pageRun', '… extract.js run'],
  ['browser', 'browser process, to painted'],
  ['all', 'every process, to painted'],
];
const median = (values: number[]) => (values.length ? percentile(values, 50) : NaN);
console.log(`Cold first clicks traced, ${ids.length} pages × ${builds.length} build(s); load average ${loadAtStart} at the start, ${load()} at the end.\n`);
console.log(`| CPU ms, median | ${builds.map((dir) => (dir === E2E_BUILD ? 'this build' : 'base')).join(' | ')}${base ? ' | this ÷ base, per launch pair |' : ' |'}`);
console.log(`|---|${builds.map(() => '---:').join('|')}|${base ? '---:|' : ''}`);
for (const [key, label] of ROWS) {
  const cells = clicks.map((byPage) => median([...byPage.values()].map((c) => c[key])).toFixed(1));
  const ratios = base ? [...clicks[0]!].flatMap(([id, c]) => (clicks[1]!.get(id)?.[key] ? [c[key] / clicks[1]!.get(id)![key]] : [])) : [];
  console.log(`| ${label} | ${cells.join(' | ')}${base ? ` | ${median(ratios).toFixed(3)}× (${ratios.length}) |` : ' |'}`);
}

/** The trace's events while `act` runs (tracing started before, ended after it). */
async function traced(cdp: CDPSession, act: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CPU_TRACE_CATEGORIES } });
  try {
    await act();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  return events;
}
