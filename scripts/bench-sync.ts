// `npm run bench:sync [-- --count N]`: sync at library scale (issue #14), in two headless Chromium profiles
// with the built extension against a real CouchDB-compatible server (pouchdb-server, in memory, on
// loopback, as the e2e tests start it). Times: the first sync of N clippings (default 10,000) from profile A
// to the empty server, then down into an empty profile B; one change on A visible on B after Sync now on
// both; and B's library first page and a word search with sync on.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { COUCH_PASSWORD, COUCH_USER, startCouch } from '../tests/e2e/couch';
import { clippingCount, openProfile, seedLibrary, send } from '../tests/e2e/sync-profile';
import { E2E_BUILD } from '../tests/e2e/fixtures';
import { LIBRARY_PAINTED, LIBRARY_QUERY } from '../utils/perf-marks';
import { argValue } from './bench-util';

const COUNT = Number(argValue('--count') ?? 10_000);
/** Library loads per profile (timings under load vary from one to the next). */
const ROUNDS = 3;
if (!existsSync(path.join(E2E_BUILD, 'manifest.json'))) throw new Error('Run `npm run build:e2e` first.');

async function profile() {
  const opened = await openProfile();
  await opened.library.waitForFunction((m) => performance.getEntriesByName(m).length > 0, LIBRARY_PAINTED, { timeout: 60_000 });
  return opened;
}

async function libraryTimes(library: Page): Promise<{ first: number; search: number }> {
  await library.reload();
  await library.waitForFunction((m) => performance.getEntriesByName(m).length > 0, LIBRARY_PAINTED, { timeout: 60_000 });
  const first = Math.round(await library.evaluate((m) => performance.getEntriesByName(m)[0]!.startTime, LIBRARY_PAINTED));
  const before = await library.evaluate((m) => performance.getEntriesByName(m).length, LIBRARY_QUERY);
  await library.getByLabel('Search').fill('harbour');
  await library.waitForFunction(({ m, before }) => performance.getEntriesByName(m).length > before, { m: LIBRARY_QUERY, before });
  return { first, search: Math.round(await library.evaluate((m) => performance.getEntriesByName(m).at(-1)!.duration, LIBRARY_QUERY)) };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const rows: Array<[string, string, string]> = [];

const couch = await startCouch();
const [a, b] = [await profile(), await profile()];
try {
  await seedLibrary(a.library, COUNT);
  const enable = { type: 'sync-enable', url: couch.dbUrl, username: COUCH_USER, password: COUCH_PASSWORD };

  let t = performance.now();
  let requests = couch.requests();
  const up = await send(a.library, enable);
  const upMs = performance.now() - t;
  const upRequests = couch.requests() - requests;
  if (up.value.error || up.value.pending) throw new Error(`A did not finish: ${JSON.stringify(up.value)}`);
  const onServer = (await couch.docs()).length;
  rows.push([`first sync up: ${COUNT.toLocaleString()} clippings to an empty server (${onServer.toLocaleString()} documents there; ${upRequests} requests)`, seconds(upMs), '≤ 60 s']);

  t = performance.now();
  requests = couch.requests();
  const down = await send(b.library, enable);
  const downMs = performance.now() - t;
  const downRequests = couch.requests() - requests;
  const onB = await clippingCount(b.library);
  if (down.value.error || onB !== COUNT) throw new Error(`B did not finish: ${onB} clippings, ${JSON.stringify(down.value)}`);
  rows.push([`first sync down: into an empty second profile (${onB.toLocaleString()} clippings there; ${downRequests} requests)`, seconds(downMs), '≤ 60 s']);

  const id = Math.ceil(COUNT / 2);
  await send(a.library, { type: 'update-clipping', id, tags: ['synced-now'] });
  t = performance.now();
  await send(a.library, { type: 'sync-now' });
  await send(b.library, { type: 'sync-now' });
  const seen = await b.library.evaluate(() => new Promise<boolean>((resolve) => {
    const open = indexedDB.open('clean-reader');
    open.onsuccess = () => { const r = open.result.transaction('clippings').objectStore('clippings').index('tags').count('synced-now'); r.onsuccess = () => (open.result.close(), resolve(r.result === 1)); };
  }));
  if (!seen) throw new Error('the change did not reach B');
  rows.push(['one change on A visible on B (Sync now on A, then on B)', `${Math.round(performance.now() - t)} ms`, '≤ 5 s']);

  // B received its library by sync; A imported the same one itself (sync on as well): the difference is what
  // the way sync applied it costs the library. The first page is taken on a fresh load, as the reader opens it
  // (the load starts a sync, after the first paint), then a word search; B and A in turn, the median of ROUNDS.
  const times = { B: [] as Array<{ first: number; search: number }>, A: [] as Array<{ first: number; search: number }> };
  for (let round = 0; round < ROUNDS; round++) for (const [name, { library }] of [['B', b], ['A', a]] as const) times[name].push(await libraryTimes(library));
  // The control: A again with sync turned off (no sync when the library opens, no worker woken by it).
  await send(a.library, { type: 'sync-disable' });
  const off = [];
  for (let round = 0; round < ROUNDS; round++) off.push(await libraryTimes(a.library));
  for (const [label, list] of [['B, sync on', times.B], ['A, sync on (library imported, not synced)', times.A], ['A, sync off', off]] as const) {
    const median = (pick: (t: { first: number; search: number }) => number) => list.map(pick).sort((x, y) => x - y)[ROUNDS >> 1]!;
    const all = (pick: (t: { first: number; search: number }) => number) => list.map(pick).join(', ');
    rows.push([`${label}: library first page painted (median of ${all((t) => t.first)})`, `${median((t) => t.first)} ms`, '≤ 300 ms (library target)']);
    rows.push([`${label}: word search (median of ${all((t) => t.search)})`, `${median((t) => t.search)} ms`, '≤ 50 ms (library target)']);
  }
} finally {
  await a.context.close();
  await b.context.close();
  await couch.stop();
}
console.log(`bench:sync (${new Date().toISOString()}, load ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')})`);
console.log('| measure | time | target |\n|---|---:|---|');
for (const [what, time, target] of rows) console.log(`| ${what} | ${time} | ${target} |`);
