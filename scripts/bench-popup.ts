// `npm run bench:popup [-- --corpus DIR]`: time from opening the popup to the article painted, over
// the corpus pages, in headless Chromium with the built extension (the e2e build: same code, plus the
// 127.0.0.1 host permission that stands in for the activeTab grant of a real click). An empty page of
// a second, empty extension, opened in the same run, gives the floor. Also prints bundle sizes (gzip).
import { chromium, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { FACTS_PAINTED, POPUP_PAINTED as PAINTED_MARK } from '../utils/perf-marks';
import { CHROMIUM, CHROMIUM_FLAGS, E2E_BUILD, PROD_BUILD } from '../tests/e2e/fixtures';
import { argValue, percentile } from './bench-util';

const ROOT = path.resolve(import.meta.dirname, '..');
const corpus = path.resolve(ROOT, argValue('--corpus') ?? '../shared/corpus/aeb-dev');
const limit = Number(argValue('--limit') ?? Infinity);
if (!existsSync(path.join(corpus, 'html'))) {
  console.log(`bench:popup: no corpus at ${corpus} (pass --corpus DIR); nothing measured.`);
  process.exit(0);
}
if (!existsSync(path.join(E2E_BUILD, 'manifest.json'))) throw new Error('Run `npm run build:e2e` first.');

const ids = readdirSync(path.join(corpus, 'html')).filter((f) => f.endsWith('.html.gz')).map((f) => f.replace('.html.gz', '')).slice(0, limit);
const server = createServer((req, res) => {
  const id = (req.url ?? '').slice(1).replace(/\.html$/, '');
  if (!ids.includes(id)) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(gunzipSync(readFileSync(path.join(corpus, 'html', `${id}.html.gz`))));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const floorExtension = makeFloorExtension();
const context = await chromium.launchPersistentContext('', {
  executablePath: CHROMIUM,
  headless: false,
  args: ['--headless=new', ...CHROMIUM_FLAGS, `--disable-extensions-except=${E2E_BUILD},${floorExtension}`, `--load-extension=${E2E_BUILD},${floorExtension}`],
});
// The corpus pages are read offline: anything not served here is refused at once.
await context.route((url) => !url.href.startsWith(origin) && url.protocol.startsWith('http'), (route) => route.abort());
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const floorId = await findFloorId();

const popupMs: number[] = [];
/** Article pages only: popup opened → key facts painted (computed by the background, after the article). */
const factsMs: number[] = [];
const floorMs: number[] = [];
const outcomes = new Map<string, number>();
const page = await context.newPage();
for (const id of ids) {
  // A page may navigate itself away (a refresh or script redirect to a refused host): time it as it ends up.
  await page.goto(`${origin}/${id}.html`, { waitUntil: 'domcontentloaded' }).catch(() => undefined);
  const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({ url })).at(0)?.id, page.url());
  floorMs.push(await timePaint(`chrome-extension://${floorId}/empty.html`));
  popupMs.push(
    await timePaint(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`, (outcome) => {
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      if (outcome !== 'article') console.log(`${id}: ${outcome} (the tab shows ${page.url()})`);
    }),
  );
}
await context.close();
server.close();

const row = (name: string, values: number[]) =>
  `| ${name} | ${percentile(values, 50).toFixed(0)} | ${percentile(values, 95).toFixed(0)} | ${Math.max(...values).toFixed(0)} |`;
console.log(`Popup, ${ids.length} corpus pages (ms from opening the page to painted):\n`);
console.log('| page | median | p95 | max |\n|---|---|---|---|');
console.log(row('popup: article painted', popupMs));
console.log(row('popup: key facts painted (article pages)', factsMs));
console.log(row('floor: empty extension page', floorMs));
console.log(`\nOutcomes: ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log('\nBundles (production build, gzip bytes):\n');
console.log('| file | gzip |\n|---|---|');
for (const [name, file] of bundleFiles()) console.log(`| ${name} | ${gzipSync(readFileSync(file)).length} |`);

async function timePaint(url: string, onOutcome?: (outcome: string) => void): Promise<number> {
  const popup: Page = await context.newPage();
  await popup.goto(url);
  const ms = await markTime(popup, PAINTED_MARK);
  const outcome = await popup.evaluate(() => (document.querySelector('.cr-article-body') ? 'article' : document.querySelector('[role=alert] h1')?.textContent ?? 'other'));
  onOutcome?.(outcome);
  if (onOutcome && outcome === 'article') {
    factsMs.push(await markTime(popup, FACTS_PAINTED));
  }
  await popup.close();
  return ms;
}

/** When the page set `mark` (ms from its navigation start), once it has. */
async function markTime(page: Page, mark: string): Promise<number> {
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, { timeout: 30_000 });
  return page.evaluate((name) => performance.getEntriesByName(name)[0]!.startTime, mark);
}

function makeFloorExtension(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cr-floor-'));
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'floor', version: '1', background: { service_worker: 'sw.js' } }));
  writeFileSync(path.join(dir, 'sw.js'), '');
  writeFileSync(path.join(dir, 'empty.html'), '<!doctype html><meta charset="utf-8"><title>floor</title><p>empty</p><script src="empty.js"></script>');
  writeFileSync(path.join(dir, 'empty.js'), `requestAnimationFrame(() => setTimeout(() => performance.mark(${JSON.stringify(PAINTED_MARK)})));`);
  return dir;
}

async function findFloorId(): Promise<string> {
  for (;;) {
    const floor = context.serviceWorkers().find((w) => w.url().endsWith('/sw.js'));
    if (floor) return new URL(floor.url()).host;
    await context.waitForEvent('serviceworker');
  }
}

function bundleFiles(): Array<[string, string]> {
  const files: Array<[string, string]> = [['content script (extract.js)', path.join(PROD_BUILD, 'content-scripts/extract.js')]];
  const html = readFileSync(path.join(PROD_BUILD, 'popup.html'), 'utf8');
  const popupJs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  for (const js of popupJs) files.push([`popup JS (${js})`, path.join(PROD_BUILD, js)]);
  const chunks = readdirSync(path.join(PROD_BUILD, 'chunks'));
  for (const js of chunks.filter((f) => f.startsWith('ArticleFacts-'))) files.push([`popup key facts, loaded after paint (chunks/${js})`, path.join(PROD_BUILD, 'chunks', js)]);
  files.push(['background.js', path.join(PROD_BUILD, 'background.js')]);
  return files;
}
