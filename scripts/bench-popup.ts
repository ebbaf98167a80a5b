// `npm run bench:popup [-- --corpus DIR --limit N --cold N --cold-parts --firefox-limit N --no-firefox --base DIR]`: time from opening the popup to
// the article painted, over the corpus pages, in headless Chromium with the built extension (the e2e build:
// same code, plus the 127.0.0.1 host permission that stands in for the activeTab grant of a real click),
// with where the time goes (the popup's phase marks). The popup opens in a popup window of its own, so the
// article's tab stays in front as under a real popup. An empty page of a second, empty extension, opened
// the same way in the same run, gives the floor. Then: the background's cold start to a key-facts answer
// (worker ended before each article's request), what a reader sees after the worker slept (each article page once more per
// build, the worker ended just before the click: the key facts painted, and the article), the first click after the browser starts (`--cold N`
// launches, with their own breakdown; `--cold-parts` takes it apart: the popup's new process, its first page in a
// process, the page's first extraction), and the same popup in firefox-esr. Also prints bundle sizes (gzip).
// `--base DIR`: another build's Chromium e2e folder (e.g. main's), loaded beside this one and timed interleaved with
// it, page by page and cold launch by cold launch, for an A/B within one run (the per-page ratio of the two).
import type { BrowserContext, Page } from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { killWorker } from '../tests/e2e/crash';
import { E2E_BUILD, PROD_BUILD } from '../tests/e2e/fixtures';
import { FACTS_PAINTED, POPUP_PAINTED, POPUP_PHASES } from '../utils/perf-marks';
import { makeFloorExtension } from './bench-floor';
import { floorWorker, launchPopupBench, openPopupWindow, tabIdOf, unpackedId, workerOf } from './bench-popup-launch';
import { benchFirefox, OUTCOME } from './bench-popup-firefox';
import { gzipBytes, POPUP_BEFORE_PAINT_BUDGET, popupScriptsBeforePaint } from './popup-before-paint';
import { COLD_STATES, coldParts, markTime, pairedStepRatios, phaseTable, readPhases, type ColdState, type PhaseSample } from './bench-popup-phases';
import { serveCorpus } from './corpus-server';
import { argValue, percentile } from './bench-util';

const ROOT = path.resolve(import.meta.dirname, '..');
/** A tab id no tab has: the popup says it found no page, having loaded and run all its code. */
const NO_TAB = 999_999_999;

const corpus = path.resolve(ROOT, argValue('--corpus') ?? '../shared/corpus/aeb-dev');
const limit = Number(argValue('--limit') ?? Infinity);
const coldRuns = Number(argValue('--cold') ?? 10);
const firefoxLimit = Number(argValue('--firefox-limit') ?? Infinity);
const baseBuild = argValue('--base') ? path.resolve(argValue('--base')!) : null;
if (!existsSync(path.join(corpus, 'html'))) {
  console.log(`bench:popup: no corpus at ${corpus} (pass --corpus DIR); nothing measured.`);
  process.exit(0);
}
if (!existsSync(path.join(E2E_BUILD, 'manifest.json'))) throw new Error('Run `npm run build:e2e` first.');
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
const loadAtStart = load();

const ids = readdirSync(path.join(corpus, 'html')).filter((f) => f.endsWith('.html.gz')).map((f) => f.replace('.html.gz', '')).slice(0, limit);
const { server, origin } = await serveCorpus(corpus, ids);
const floorExtension = makeFloorExtension({ manifest_version: 3, background: { service_worker: 'sw.js' } });
/** This build, and the base build of an A/B (each extension's id follows from its folder). */
type Build = 'ours' | 'base';
const BUILDS: Build[] = baseBuild ? ['ours', 'base'] : ['ours'];
const BUILD_DIR: Record<Build, string> = { ours: E2E_BUILD, base: baseBuild ?? '' };

/** Chromium with both builds and the floor extension on `profile` ('' for a throwaway one). */
const launch = (profile: string) => launchPopupBench([...BUILDS.map((build) => BUILD_DIR[build]), floorExtension], profile);
const ID: Record<Build, string> = { ours: unpackedId(BUILD_DIR.ours), base: baseBuild ? unpackedId(baseBuild) : '' };

const context = await launch('');
const extensionId = ID.ours;
await workerOf(context, extensionId); // loaded (a folder's id not found here would wait forever: Playwright's timeout says so)
const floorId = new URL((await floorWorker(context)).url()).host;

const popupMs: number[] = [];
/** The A/B's base build, timed on the same pages, interleaved with this one and the floor. */
const baseMs: number[] = [];
const basePhases: PhaseSample[] = [];
/** Each build's phases by page, for the A/B's per-page ratio of a step. */
const phasesByPage: Record<Build, Map<string, PhaseSample>> = { ours: new Map(), base: new Map() };
/** Article pages only: popup opened → key facts painted (computed by the background, after the article). */
const factsMs: number[] = [];
/** Article pages only: a key-facts request → its answer, the worker ended just before / running. */
const factsColdMs: number[] = [];
const factsWarmMs: number[] = [];
/** Article pages only, each build: a click with its worker ended just before → key facts painted, and the article painted. */
const slept: Record<Build, { facts: number[]; painted: number[] }> = { ours: { facts: [], painted: [] }, base: { facts: [], painted: [] } };
const floorMs: number[] = [];
const phases: PhaseSample[] = [];
const outcomes = new Map<string, number>();
const articleUrls: string[] = [];
const page = await context.newPage();
for (const id of ids) {
  // A page may navigate itself away (a refresh or script redirect to a refused host): time it as it ends up.
  await page.goto(`${origin}/${id}.html`, { waitUntil: 'domcontentloaded' }).catch(() => undefined);
  const tabId = await tabIdOf(context, extensionId, page.url());
  let article = false;
  const floor = async () => void floorMs.push(await timePaint(context, `chrome-extension://${floorId}/empty.html`));
  const ours = async () =>
    void popupMs.push(
      await timePaint(context, `chrome-extension://${extensionId}/popup.html?tabId=${tabId}`, async (popup, outcome) => {
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        if (outcome !== 'article') return console.log(`${id}: ${outcome} (the tab shows ${page.url()})`);
        articleUrls.push(page.url());
        article = true;
        phases.push(await readPhases(popup));
        phasesByPage.ours.set(id, phases.at(-1)!);
        factsMs.push(await markTime(popup, FACTS_PAINTED));
        await killWorker({ context, extensionId });
        factsColdMs.push(await keyFactsAnswerMs(popup));
        factsWarmMs.push(await keyFactsAnswerMs(popup));
      }),
    );
  const base = async () =>
    void baseMs.push(await timePaint(context, `chrome-extension://${ID.base}/popup.html?tabId=${tabId}`, async (popup, outcome) => {
      if (outcome !== 'article') return;
      basePhases.push(await readPhases(popup));
      phasesByPage.base.set(id, basePhases.at(-1)!);
    }));
  // Each page its own order, so that no build is always the first popup after the page loaded.
  const order = baseBuild ? [floor, ours, base] : [floor, ours];
  for (let k = 0; k < order.length; k++) await order[(k + ids.indexOf(id)) % order.length]!();
  // Then each build once more, its worker ended just before the click (in turn first): the facts after a sleep.
  if (article) for (const build of BUILDS.map((_, k) => BUILDS[(k + ids.indexOf(id)) % BUILDS.length]!)) {
    await killWorker({ context, extensionId: ID[build] });
    slept[build].painted.push(await timePaint(context, `chrome-extension://${ID[build]}/popup.html?tabId=${tabId}`, async (popup, outcome) => {
      if (outcome === 'article') slept[build].facts.push(await markTime(popup, FACTS_PAINTED));
    }));
  }
}
await context.close();
const loadAfterWarm = load();

const cold = await coldClicks(articleUrls.slice(0, coldRuns));
const parts = process.argv.includes('--cold-parts') ? await coldClickParts(articleUrls.slice(0, coldRuns)) : null;
const firefox = process.argv.includes('--no-firefox') ? null : await benchFirefox(ids.slice(0, firefoxLimit).map((id) => `${origin}/${id}.html`));
server.close();
rmSync(floorExtension, { recursive: true, force: true });

const row = (name: string, values: number[]) =>
  values.length ? `| ${name} | ${percentile(values, 50).toFixed(0)} | ${percentile(values, 95).toFixed(0)} | ${Math.max(...values).toFixed(0)} | ${values.length} |` : `| ${name} | — | — | — | 0 |`;
console.log(`Popup, ${ids.length} corpus pages; load average (1, 5, 15 min) ${loadAtStart} at the start, ${loadAfterWarm} after the warm runs, ${load()} at the end.\n`);
console.log('| ms from opening the page | median | p95 | max | n |\n|---|---|---|---|---|');
console.log(row('popup: article painted', popupMs));
console.log(row('floor: empty extension page', floorMs));
console.log(row('popup: key facts painted (article pages)', factsMs));
console.log(row('key facts, worker cold: request → answer', factsColdMs));
console.log(row('key facts, worker running: request → answer', factsWarmMs));
console.log(row('worker asleep at the click: key facts painted', slept.ours.facts));
console.log(row('worker asleep at the click: article painted', slept.ours.painted));
console.log(row('cold: first click after the browser starts, article painted', cold.ours.ms));
if (baseBuild) {
  console.log(row(`base build (${baseBuild}): article painted`, baseMs));
  console.log(row('base build: cold first click, article painted', cold.base.ms));
  console.log(row('base build: worker asleep at the click, key facts painted', slept.base.facts));
  console.log(row('base build: worker asleep at the click, article painted', slept.base.painted));
}
if (firefox) {
  console.log(row('Firefox: popup, article painted', firefox.popupMs));
  console.log(row('Firefox: floor, empty extension page', firefox.floorMs));
}
const median = (values: number[]) => percentile(values, 50);
const overFloor = (ms: number[], coldMs: number[]) =>
  `median ${(median(ms) - median(floorMs)).toFixed(0)} ms, p95 ${(percentile(ms, 95) - percentile(floorMs, 95)).toFixed(0)} ms; cold / warm median ${(median(coldMs) / median(ms)).toFixed(2)}×`;
console.log(`\nPopup over floor: ${overFloor(popupMs, cold.ours.ms)}.`);
if (baseBuild) {
  console.log(`Base build over floor: ${overFloor(baseMs, cold.base.ms)}.`);
  const ratios = popupMs.map((ms, i) => ms / baseMs[i]!);
  const overRatios = popupMs.map((ms, i) => (ms - floorMs[i]!) / (baseMs[i]! - floorMs[i]!));
  console.log(`This build ÷ base, per page (all pages): painted ${median(ratios).toFixed(3)}× (geometric mean ${geomean(ratios).toFixed(3)}×), over each page's floor ${median(overRatios).toFixed(3)}×; cold, per launch pair: ${median(cold.ours.ms.map((ms, i) => ms / cold.base.ms[i]!)).toFixed(3)}×.`);
  // A step's ratio, paired page by page: the extraction's own share (the injection sent → its result in the popup, the
  // script's load and compile in the page included), and the popup's render after it (result received → painted).
  const step = (byPage: Record<Build, Map<string, PhaseSample>>, from: string, to: string) => {
    const r = pairedStepRatios(byPage.ours, byPage.base, from, to);
    return r.length ? `${median(r).toFixed(3)}× (geometric mean ${geomean(r).toFixed(3)}×, ${r.length} pairs)` : '—';
  };
  for (const [label, from, to] of [['extraction sent → result received', POPUP_PHASES.sent, POPUP_PHASES.received], ['result received → painted', POPUP_PHASES.received, POPUP_PHASES.painted]] as const) {
    console.log(`This build ÷ base, ${label}: per page ${step(phasesByPage, from, to)}; cold, per launch pair ${step(cold.byUrl, from, to)}.`);
  }
}
console.log(`\nWhere the time goes, Chromium (ms from opening the popup; ${phases.length} article pages):\n\n${phaseTable(phases)}`);
console.log(`\nWhere the time goes, cold first clicks (${cold.ours.phases.length} article pages):\n\n${phaseTable(cold.ours.phases)}`);
if (parts) {
  const painted = Object.fromEntries(COLD_STATES.map((state) => [state, parts[state].painted])) as Record<ColdState, Map<string, number>>;
  console.log(`\nThe cold click taken apart (--cold-parts; painted, median ms): ${COLD_STATES.map((state) => `${state} ${median([...painted[state].values()]).toFixed(0)}`).join(', ')}.\n`);
  console.log('| part (painted, per-page difference of two states) | median ms | pages |\n|---|---|---|');
  for (const part of coldParts(painted)) console.log(`| ${part.label} | ${part.ms.toFixed(0)} | ${part.pages} |`);
  for (const state of COLD_STATES) console.log(`\nWhere the time goes, ${state} (${parts[state].phases.length} article pages):\n\n${phaseTable(parts[state].phases)}`);
}
if (baseBuild) {
  console.log(`\nWhere the time goes, base build (${basePhases.length} article pages):\n\n${phaseTable(basePhases)}`);
  console.log(`\nWhere the time goes, base build, cold first clicks (${cold.base.phases.length} article pages):\n\n${phaseTable(cold.base.phases)}`);
}
if (firefox) console.log(`\nWhere the time goes, Firefox (${firefox.phases.length} article pages):\n\n${phaseTable(firefox.phases)}`);
console.log(`\nOutcomes: ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}${firefox ? `; Firefox: ${[...firefox.outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}` : ''}`);
console.log('\nBundles (production build, gzip bytes):\n');
console.log('| file | gzip |\n|---|---|');
let beforePaintBytes = 0;
for (const [name, file] of bundleFiles()) {
  const size = gzipBytes(file);
  if (name.startsWith('popup JS')) beforePaintBytes += size;
  console.log(`| ${name} | ${size} |`);
}
console.log(`| popup JS before paint, all of the above (budget ${POPUP_BEFORE_PAINT_BUDGET}) | ${beforePaintBytes} |`);

/** Opens `url` as the popup is opened and returns when it set the painted mark (ms from its navigation start). */
async function timePaint(context: BrowserContext, url: string, then?: (popup: Page, outcome: string) => Promise<void>): Promise<number> {
  const popup = await openPopupWindow(context, url);
  const ms = await markTime(popup, POPUP_PAINTED);
  await then?.(popup, (await popup.evaluate(OUTCOME)) as string);
  await popup.close();
  return ms;
}

/** The popup's own key-facts request for the article it shows, sent again, timed to its answer. */
function keyFactsAnswerMs(popup: Page): Promise<number> {
  return popup.evaluate(async () => {
    const title = document.querySelector('h1')?.textContent ?? '';
    const text = (document.querySelector('.cr-article-body') as HTMLElement).innerText;
    const start = performance.now();
    const reply = (await chrome.runtime.sendMessage({ type: 'key-facts', title, text })) as { ok: boolean } | undefined;
    if (!reply?.ok) throw new Error('no key facts');
    return performance.now() - start;
  });
}

/**
 * The first click after the browser starts: Chromium launched on a profile where the extension is
 * installed, the page loaded, the service worker ended (asleep), then the popup opened for that page.
 * With a base build, each page twice, one launch per build, in turn first.
 */
async function coldClicks(urls: string[]): Promise<Record<Build, { ms: number[]; phases: PhaseSample[] }> & { byUrl: Record<Build, Map<string, PhaseSample>> }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'cr-cold-'));
  await (await launch(profile)).close(); // installs the extensions once
  const runs: Record<Build, { ms: number[]; phases: PhaseSample[] }> = { ours: { ms: [], phases: [] }, base: { ms: [], phases: [] } };
  const byUrl: Record<Build, Map<string, PhaseSample>> = { ours: new Map(), base: new Map() };
  for (const [i, url] of urls.entries()) {
    for (const build of BUILDS.map((_, k) => BUILDS[(k + i) % BUILDS.length]!)) {
      await inNewBrowser(profile, ID[build], url, async (context, popupUrl) => {
        await killWorker({ context, extensionId: ID[build] });
        const { phases } = runs[build];
        runs[build].ms.push(await timePaint(context, popupUrl, async (popup, outcome) => {
          if (outcome !== 'article') return;
          phases.push(await readPhases(popup));
          byUrl[build].set(url, phases.at(-1)!);
        }));
      });
    }
  }
  rmSync(profile, { recursive: true, force: true });
  return { ...runs, byUrl };
}

/**
 * `--cold-parts`: this build's cold click taken apart (COLD_STATES): per page, one launch as the cold clicks
 * (the worker ended), one with the worker left running, and one where a popup for no tab was opened and closed
 * just before, then the same click once more; the three launches in turn first. Article pages only.
 */
async function coldClickParts(urls: string[]): Promise<Record<ColdState, { painted: Map<string, number>; phases: PhaseSample[] }>> {
  const profile = mkdtempSync(path.join(tmpdir(), 'cr-parts-'));
  await (await launch(profile)).close();
  const runs = Object.fromEntries(COLD_STATES.map((state) => [state, { painted: new Map<string, number>(), phases: [] as PhaseSample[] }])) as Record<ColdState, { painted: Map<string, number>; phases: PhaseSample[] }>;
  const click = async (context: BrowserContext, popupUrl: string, state: ColdState, url: string) => {
    let article = false;
    const ms = await timePaint(context, popupUrl, async (popup, outcome) => {
      if (outcome !== 'article') return;
      article = true;
      runs[state].phases.push(await readPhases(popup));
    });
    if (article) runs[state].painted.set(url, ms);
  };
  const launches: Array<[ColdState, (context: BrowserContext) => Promise<void>]> = [
    ['new process', (context) => killWorker({ context, extensionId: ID.ours })],
    ['process running', async () => {}],
    ['popup warm', async (context) => void (await timePaint(context, `chrome-extension://${ID.ours}/popup.html?tabId=${NO_TAB}`))],
  ];
  for (const [i, url] of urls.entries()) {
    for (const [state, before] of launches.map((_, k) => launches[(k + i) % launches.length]!)) {
      await inNewBrowser(profile, ID.ours, url, async (context, popupUrl) => {
        await before(context);
        await click(context, popupUrl, state, url);
        if (state === 'popup warm') await click(context, popupUrl, 'all warm', url);
      });
    }
  }
  rmSync(profile, { recursive: true, force: true });
  return runs;
}

/** Chromium launched on `profile` with `url` loaded in a tab, then `act` given the popup's address for that tab. */
async function inNewBrowser(profile: string, extensionId: string, url: string, act: (context: BrowserContext, popupUrl: string) => Promise<void>): Promise<void> {
  const context = await launch(profile);
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' }).catch(() => undefined);
    const tabId = await tabIdOf(context, extensionId, page.url());
    // The floor's worker in this new browser takes its first Playwright evaluation now, not as it opens the popup.
    await (await floorWorker(context)).evaluate(() => 0);
    await act(context, `chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  } finally {
    await context.close();
  }
}

function geomean(values: number[]): number {
  return Math.exp(values.reduce((sum, x) => sum + Math.log(x), 0) / values.length);
}

function bundleFiles(): Array<[string, string]> {
  const files: Array<[string, string]> = [['content script (extract.js)', path.join(PROD_BUILD, 'extract.js')]];
  for (const js of popupScriptsBeforePaint(PROD_BUILD)) files.push([`popup JS before paint (${js})`, path.join(PROD_BUILD, js)]);
  const chunks = readdirSync(path.join(PROD_BUILD, 'chunks'));
  for (const js of chunks.filter((f) => f.startsWith('ArticleFacts-'))) files.push([`popup key facts, loaded after paint (chunks/${js})`, path.join(PROD_BUILD, 'chunks', js)]);
  files.push(['background.js', path.join(PROD_BUILD, 'background.js')]);
  return files;
}

