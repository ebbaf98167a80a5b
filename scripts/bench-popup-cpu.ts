// `npx tsx scripts/bench-popup-cpu.ts [--limit N] [--base DIR] [--corpus DIR]` (after `npm run build:e2e`): where a
// click's CPU goes, cold and warm, where a loaded machine makes the wall clock noise. For each of N corpus pages
// (default 10), one launch per build in turn first: Chromium on a profile where the builds are installed, the page
// loaded, the build's worker ended, then the first click traced (Chromium's tracing over CDP) from the popup opening
// to its painted mark, as bench:popup's cold clicks; then, in the same browser, the next corpus page loaded in the same
// tab and its click traced: a warm one, as bench:popup's (the popup's renderer and the page's running, the worker
// awake after the first click's key facts). Prints the medians of the CPU ms by process and step
// (scripts/bench-popup-cpu-trace.ts) per build, cold and warm, and with `--base DIR` (another build's chrome-mv3-e2e
// folder) the per-launch-pair ratios of this build's to the base's.
import type { Page } from '@playwright/test';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { killWorker } from '../tests/e2e/crash';
import { E2E_BUILD } from '../tests/e2e/fixtures';
import { FACTS_PAINTED, POPUP_PAINTED } from '../utils/perf-marks';
import { makeFloorExtension } from './bench-floor';
import { clickCpu, CPU_TRACE_CATEGORIES, traced, type ClickCpu } from './bench-popup-cpu-trace';
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

type Mode = 'cold' | 'warm';
/** Per build and mode, per page: the click's CPU. */
const clicks = builds.map(() => ({ cold: new Map<string, ClickCpu>(), warm: new Map<string, ClickCpu>() }));
for (const [i, id] of ids.entries()) {
  for (const b of builds.map((_, k) => (k + i) % builds.length)) {
    const context = await launch();
    const extensionId = unpackedId(builds[b]!);
    const page = await context.newPage();
    const cdp = await context.browser()!.newBrowserCDPSession();
    const click = async (mode: Mode, pageId: string) => {
      await page.goto(`${origin}/${pageId}.html`, { waitUntil: 'domcontentloaded' }).catch(() => undefined);
      const tabId = await tabIdOf(context, extensionId, page.url());
      if (mode === 'cold') {
        await (await floorWorker(context)).evaluate(() => 0);
        await killWorker({ context, extensionId });
      }
      let popup: Page | undefined;
      const events = await traced(cdp, CPU_TRACE_CATEGORIES, async () => {
        popup = await openPopupWindow(context, `chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
        await markTime(popup, POPUP_PAINTED);
      });
      const cpu = clickCpu(events);
      if (cpu) clicks[b]![mode].set(id, cpu);
      else console.log(`${pageId}: no article traced (${mode}, ${builds[b]})`);
      // Its key facts wake the worker, which keeps the extension's renderer for the warm click, as in bench:popup.
      if (cpu) await markTime(popup!, FACTS_PAINTED);
      await popup?.close();
    };
    await click('cold', id);
    await click('warm', ids[(i + 1) % ids.length]!);
    await cdp.detach();
    await context.close();
  }
}
server.close();
rmSync(profile, { recursive: true, force: true });
rmSync(floor, { recursive: true, force: true });

const ROWS: Array<[keyof ClickCpu, string]> = [
  ['paintedAt', 'painted, wall ms from the popup opening (not CPU)'],
  ['popupToSent', "popup's renderer, to the injection sent (cold: its process's start)"],
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
console.log(`Clicks traced, cold and warm, ${ids.length} pages × ${builds.length} build(s); load average ${loadAtStart} at the start, ${load()} at the end.\n`);
const columns = builds.flatMap((dir, b) => (['cold', 'warm'] as const).map((mode) => ({ b, mode, name: `${dir === E2E_BUILD ? 'this build' : 'base'}, ${mode}` })));
console.log(`| CPU ms, median | ${columns.map((c) => c.name).join(' | ')} |${base ? ' this ÷ base, cold, per launch pair | warm |' : ''}`);
console.log(`|---|${columns.map(() => '---:').join('|')}|${base ? '---:|---:|' : ''}`);
for (const [key, label] of ROWS) {
  const cells = columns.map(({ b, mode }) => median([...clicks[b]![mode].values()].map((c) => c[key])).toFixed(1));
  const ratio = (mode: Mode) => {
    const pairs = [...clicks[0]![mode]].flatMap(([id, c]) => (clicks[1]?.[mode].get(id)?.[key] ? [c[key] / clicks[1][mode].get(id)![key]] : []));
    return `${median(pairs).toFixed(3)}× (${pairs.length})`;
  };
  console.log(`| ${label} | ${cells.join(' | ')} |${base ? ` ${ratio('cold')} | ${ratio('warm')} |` : ''}`);
}
