// `npm run bench:popup [-- --corpus DIR --limit N --cold N --firefox-limit N --no-firefox]`: time from opening the popup to
// the article painted, over the corpus pages, in headless Chromium with the built extension (the e2e build:
// same code, plus the 127.0.0.1 host permission that stands in for the activeTab grant of a real click),
// with where the time goes (the popup's phase marks). The popup opens in a popup window of its own, so the
// article's tab stays in front as under a real popup. An empty page of a second, empty extension, opened
// the same way in the same run, gives the floor. Then: the background's cold start to a key-facts answer
// (worker ended before each article's request), the first click after the browser starts (`--cold N`
// launches, with their own breakdown), and the same popup in firefox-esr. Also prints bundle sizes (gzip).
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { killWorker } from '../tests/e2e/crash';
import { CHROMIUM, CHROMIUM_FLAGS, E2E_BUILD, PROD_BUILD } from '../tests/e2e/fixtures';
import { FACTS_PAINTED, POPUP_PAINTED } from '../utils/perf-marks';
import { makeFloorExtension } from './bench-floor';
import { benchFirefox, OUTCOME } from './bench-popup-firefox';
import { gzipBytes, POPUP_BEFORE_PAINT_BUDGET, popupScriptsBeforePaint } from './popup-before-paint';
import { phaseTable, readPhases, type PhaseSample } from './bench-popup-phases';
import { argValue, percentile } from './bench-util';

const ROOT = path.resolve(import.meta.dirname, '..');
const corpus = path.resolve(ROOT, argValue('--corpus') ?? '../shared/corpus/aeb-dev');
const limit = Number(argValue('--limit') ?? Infinity);
const coldRuns = Number(argValue('--cold') ?? 10);
const firefoxLimit = Number(argValue('--firefox-limit') ?? Infinity);
if (!existsSync(path.join(corpus, 'html'))) {
  console.log(`bench:popup: no corpus at ${corpus} (pass --corpus DIR); nothing measured.`);
  process.exit(0);
}
if (!existsSync(path.join(E2E_BUILD, 'manifest.json'))) throw new Error('Run `npm run build:e2e` first.');
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
const loadAtStart = load();

const ids = readdirSync(path.join(corpus, 'html')).filter((f) => f.endsWith('.html.gz')).map((f) => f.replace('.html.gz', '')).slice(0, limit);
const server = createServer((req, res) => {
  const id = (req.url ?? '').slice(1).replace(/\.html$/, '');
  if (!ids.includes(id)) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(gunzipSync(readFileSync(path.join(corpus, 'html', `${id}.html.gz`))));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
/** A popup window as big as ours (440 px wide, popup.css; Chromium's popups are at most 800 × 600). */
const POPUP_SIZE = { width: 440, height: 600 };
const floorExtension = makeFloorExtension({ manifest_version: 3, background: { service_worker: 'sw.js' } });

/** Chromium with both extensions on `profile` ('' for a throwaway one); the corpus is read offline. */
async function launch(profile: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    // Each window its own size (the popup's is POPUP_SIZE), not one emulated viewport for all.
    viewport: null,
    args: ['--headless=new', ...CHROMIUM_FLAGS, `--disable-extensions-except=${E2E_BUILD},${floorExtension}`, `--load-extension=${E2E_BUILD},${floorExtension}`],
  });
  // Anything not served here is refused at once.
  await context.route((url) => !url.href.startsWith(origin) && url.protocol.startsWith('http'), (route) => route.abort());
  return context;
}

/** The extension's service worker as it runs now (it may have been ended and started again). */
async function workerOf(context: BrowserContext, extensionId: string | null): Promise<Worker> {
  for (;;) {
    const worker = context.serviceWorkers().find((w) => !w.url().endsWith('/sw.js') && (!extensionId || w.url().includes(extensionId)));
    if (worker) return worker;
    await context.waitForEvent('serviceworker');
  }
}

const context = await launch('');
const extensionId = new URL((await workerOf(context, null)).url()).host;
const floorId = new URL((await floorWorker(context)).url()).host;

const popupMs: number[] = [];
/** Article pages only: popup opened → key facts painted (computed by the background, after the article). */
const factsMs: number[] = [];
/** Article pages only: a key-facts request → its answer, the worker ended just before / running. */
const factsColdMs: number[] = [];
const factsWarmMs: number[] = [];
const floorMs: number[] = [];
const phases: PhaseSample[] = [];
const outcomes = new Map<string, number>();
const articleUrls: string[] = [];
const page = await context.newPage();
for (const id of ids) {
  // A page may navigate itself away (a refresh or script redirect to a refused host): time it as it ends up.
  await page.goto(`${origin}/${id}.html`, { waitUntil: 'domcontentloaded' }).catch(() => undefined);
  const tabId = await tabIdOf(context, page.url());
  floorMs.push(await timePaint(context, `chrome-extension://${floorId}/empty.html`));
  popupMs.push(
    await timePaint(context, `chrome-extension://${extensionId}/popup.html?tabId=${tabId}`, async (popup, outcome) => {
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      if (outcome !== 'article') return console.log(`${id}: ${outcome} (the tab shows ${page.url()})`);
      articleUrls.push(page.url());
      phases.push(await readPhases(popup));
      factsMs.push(await markTime(popup, FACTS_PAINTED));
      await killWorker({ context, extensionId });
      factsColdMs.push(await keyFactsAnswerMs(popup));
      factsWarmMs.push(await keyFactsAnswerMs(popup));
    }),
  );
}
await context.close();
const loadAfterWarm = load();

const coldPhases: PhaseSample[] = [];
const coldMs = await coldClicks(articleUrls.slice(0, coldRuns), coldPhases);
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
console.log(row('cold: first click after the browser starts, article painted', coldMs));
if (firefox) {
  console.log(row('Firefox: popup, article painted', firefox.popupMs));
  console.log(row('Firefox: floor, empty extension page', firefox.floorMs));
}
const median = (values: number[]) => percentile(values, 50);
console.log(`\nPopup over floor: median ${(median(popupMs) - median(floorMs)).toFixed(0)} ms, p95 ${(percentile(popupMs, 95) - percentile(floorMs, 95)).toFixed(0)} ms; cold / warm median ${(median(coldMs) / median(popupMs)).toFixed(2)}×.`);
console.log(`\nWhere the time goes, Chromium (ms from opening the popup; ${phases.length} article pages):\n\n${phaseTable(phases)}`);
console.log(`\nWhere the time goes, cold first clicks (${coldPhases.length} article pages):\n\n${phaseTable(coldPhases)}`);
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

/**
 * `url` in a popup window of its own, opened by the floor extension (so our worker stays as it was, asleep
 * in the cold runs): the article's tab stays the selected tab of its window, as under a real popup. Opened
 * as a second tab instead (as the e2e tests do), it sent the article's tab to the background, where Chromium
 * lowers its renderer's priority (nice 5 on Linux): the extraction then took 90 ms median instead of 58
 * under load (docs/benchmarks.md). A window from `Target.createTarget` was slower still.
 */
async function openPopupWindow(context: BrowserContext, url: string): Promise<Page> {
  const [popup] = await Promise.all([
    context.waitForEvent('page'),
    (await floorWorker(context)).evaluate(({ url, size }) => chrome.windows.create({ url, type: 'popup', ...size }), { url, size: POPUP_SIZE }),
  ]);
  return popup;
}

/** When the page set `mark` (ms from its navigation start), once it has. */
async function markTime(page: Page, mark: string): Promise<number> {
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, { timeout: 30_000 });
  return page.evaluate((name) => performance.getEntriesByName(name)[0]!.startTime, mark);
}

async function tabIdOf(context: BrowserContext, url: string): Promise<number | undefined> {
  return (await workerOf(context, extensionId)).evaluate(async (u) => (await chrome.tabs.query({ url: u })).at(0)?.id, url);
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
 * installed, the page loaded, the service worker ended (asleep), then the popup opened for that page;
 * its phase marks go to `phases`.
 */
async function coldClicks(urls: string[], phases: PhaseSample[]): Promise<number[]> {
  const profile = mkdtempSync(path.join(tmpdir(), 'cr-cold-'));
  await (await launch(profile)).close(); // installs the extensions once
  const times: number[] = [];
  for (const url of urls) {
    const context = await launch(profile);
    const id = new URL((await workerOf(context, null)).url()).host;
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' }).catch(() => undefined);
    const tabId = await (await workerOf(context, id)).evaluate(async (u) => (await chrome.tabs.query({ url: u })).at(0)?.id, page.url());
    await killWorker({ context, extensionId: id });
    times.push(await timePaint(context, `chrome-extension://${id}/popup.html?tabId=${tabId}`, async (popup, outcome) => void (outcome === 'article' && phases.push(await readPhases(popup)))));
    await context.close();
  }
  rmSync(profile, { recursive: true, force: true });
  return times;
}

async function floorWorker(context: BrowserContext): Promise<Worker> {
  for (;;) {
    const floor = context.serviceWorkers().find((w) => w.url().endsWith('/sw.js'));
    if (floor) return floor;
    await context.waitForEvent('serviceworker');
  }
}

function bundleFiles(): Array<[string, string]> {
  const files: Array<[string, string]> = [['content script (extract.js)', path.join(PROD_BUILD, 'extract.js')]];
  for (const js of popupScriptsBeforePaint(PROD_BUILD)) files.push([`popup JS before paint (${js})`, path.join(PROD_BUILD, js)]);
  const chunks = readdirSync(path.join(PROD_BUILD, 'chunks'));
  for (const js of chunks.filter((f) => f.startsWith('ArticleFacts-'))) files.push([`popup key facts, loaded after paint (chunks/${js})`, path.join(PROD_BUILD, 'chunks', js)]);
  files.push(['background.js', path.join(PROD_BUILD, 'background.js')]);
  return files;
}

