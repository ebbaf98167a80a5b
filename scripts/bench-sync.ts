// `npm run bench:sync [-- --count N --rounds N]`: sync at library scale (issue #14), in headless Chromium
// profiles with the built extension against a real CouchDB-compatible server (pouchdb-server, in memory, on
// loopback, as the e2e tests start it). Times: the first sync of N clippings (default 10,000) from profile A
// to the empty server, then down into an empty profile B; one change on A visible on B after Sync now on
// both. Then the library's first page and a word search, measured as `bench:library` measures them, with sync
// ON (A, and B whose library came by sync) and OFF (C: the same seed as A, sync never turned on), in turns in
// one run: the "targets unchanged with sync on" is the ratio on / off.
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { COUCH_PASSWORD, COUCH_USER, startCouch, type Couch } from '../tests/e2e/couch';
import { clippingCount, openProfile, seedLibrary, send } from '../tests/e2e/sync-profile';
import { E2E_BUILD } from '../tests/e2e/fixtures';
import { LIBRARY_PAINTED } from '../utils/perf-marks';
import { STATUS_KEY, type SyncStatus } from '../utils/sync/status';
import { openLibrary, takePhases, timeLibraryQuery } from './bench-browser';
import { argValue, percentile } from './bench-util';

const COUNT = Number(argValue('--count') ?? 10_000);
/** Library loads per profile, in turns (timings under load vary from one to the next). */
const ROUNDS = Number(argValue('--rounds') ?? 7);
/** Words of the seed (tests/e2e/sync-profile.ts), one per round, the same for every profile in a round. */
const SEARCHES = ['harbour', 'budget', 'festival', 'drought', 'senator', 'museum', 'vaccine'];
if (!existsSync(path.join(E2E_BUILD, 'manifest.json'))) throw new Error('Run `npm run build:e2e` first.');

async function profile() {
  const opened = await openProfile();
  await opened.library.waitForFunction((m) => performance.getEntriesByName(m).length > 0, LIBRARY_PAINTED, { timeout: 60_000 });
  return opened;
}

const syncStatus = (library: Page) => library.evaluate((key) => chrome.storage.local.get(key).then((s) => s[key] as SyncStatus | undefined), STATUS_KEY);

/**
 * The library opened afresh (as the reader opens it: with sync on, that starts a sync after the first paint),
 * its first page painted, then a word search typed at once. With sync on, waits for the sync the opening
 * started to end before the next profile's turn, so that it slows no other profile's figures.
 */
async function libraryTimes(library: Page, word: string): Promise<{ first: number; search: number }> {
  const opened = Date.now();
  const first = await openLibrary(library, new URL(library.url()).host);
  const { ms: search } = await timeLibraryQuery(library, () => library.getByLabel('Search').fill(word), 'search', word);
  if ((await syncStatus(library))?.server) {
    await library.waitForFunction(
      ({ key, opened }) => chrome.storage.local.get(key).then((s) => ((st) => !st.running && (st.lastSyncedAt ?? 0) >= opened)(s[key] as SyncStatus)),
      { key: STATUS_KEY, opened },
      { timeout: 60_000, polling: 100 },
    );
  }
  return { first: Math.round(first), search: Math.round(search) };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const rows: Array<[string, string, string]> = [];
/** Where each first sync's time went: the worker's phases (utils/perf-marks.ts phaseClock), then the server's requests by kind. */
const phases: Array<[string, string, string]> = [];

/** Runs a first sync; returns its ms, its phases added to `phases` under `direction`. */
async function timedSync(direction: string, { context, library }: { context: BrowserContext; library: Page }, couch: Couch, message: Record<string, unknown>) {
  const worker = context.serviceWorkers()[0]!;
  await takePhases(worker);
  const before = couch.traffic();
  const t = performance.now();
  const reply = await send(library, message);
  const ms = performance.now() - t;
  const summed = new Map<string, number>();
  for (const [name, phaseMs] of await takePhases(worker)) summed.set(name, (summed.get(name) ?? 0) + phaseMs);
  for (const [name, phaseMs] of summed) phases.push([direction, name, seconds(phaseMs)]);
  for (const [kind, { requests, ms: httpMs }] of Object.entries(couch.traffic())) {
    const was = before[kind] ?? { requests: 0, ms: 0 };
    if (requests > was.requests) phases.push([direction, `HTTP ${kind} (${requests - was.requests} requests; server and wire)`, seconds(httpMs - was.ms)]);
  }
  return { reply, ms };
}

const couch = await startCouch();
const [a, b, c] = [await profile(), await profile(), await profile()] as const;
const loadBefore = loadavg();
try {
  await seedLibrary(a.library, COUNT);
  if (ROUNDS) await seedLibrary(c.library, COUNT);
  const enable = { type: 'sync-enable', url: couch.dbUrl, username: COUCH_USER, password: COUCH_PASSWORD };

  let requests = couch.requests();
  const { reply: up, ms: upMs } = await timedSync('up', a, couch, enable);
  const upRequests = couch.requests() - requests;
  if (up.value.error || up.value.pending) throw new Error(`A did not finish: ${JSON.stringify(up.value)}`);
  const onServer = (await couch.docs()).length;
  rows.push([`first sync up: ${COUNT.toLocaleString()} clippings to an empty server (${onServer.toLocaleString()} documents there; ${upRequests} requests)`, seconds(upMs), '≤ 60 s']);

  requests = couch.requests();
  const { reply: down, ms: downMs } = await timedSync('down', b, couch, enable);
  const downRequests = couch.requests() - requests;
  const onB = await clippingCount(b.library);
  if (down.value.error || onB !== COUNT) throw new Error(`B did not finish: ${onB} clippings, ${JSON.stringify(down.value)}`);
  rows.push([`first sync down: into an empty second profile (${onB.toLocaleString()} clippings there; ${downRequests} requests)`, seconds(downMs), '≤ 60 s']);

  const id = Math.ceil(COUNT / 2);
  await send(a.library, { type: 'update-clipping', id, tags: ['synced-now'] });
  const t = performance.now();
  await send(a.library, { type: 'sync-now' });
  await send(b.library, { type: 'sync-now' });
  const seen = await b.library.evaluate(() => new Promise<boolean>((resolve) => {
    const open = indexedDB.open('clean-reader');
    open.onsuccess = () => { const r = open.result.transaction('clippings').objectStore('clippings').index('tags').count('synced-now'); r.onsuccess = () => (open.result.close(), resolve(r.result === 1)); };
  }));
  if (!seen) throw new Error('the change did not reach B');
  rows.push(['one change on A visible on B (Sync now on A, then on B)', `${Math.round(performance.now() - t)} ms`, '≤ 5 s']);

  // The library with sync on and off, in turns, round after round; C (the control) always between A and B,
  // whose order alternates, so that each round's ratios compare loads taken side by side.
  const times: Record<'A' | 'B' | 'C', Array<{ first: number; search: number }>> = { A: [], B: [], C: [] };
  for (let round = 0; round < ROUNDS; round++) {
    const turns = round % 2 ? ([['B', b], ['C', c], ['A', a]] as const) : ([['A', a], ['C', c], ['B', b]] as const);
    for (const [name, { library }] of turns) times[name].push(await libraryTimes(library, SEARCHES[round % SEARCHES.length]!));
  }
  const median = (name: keyof typeof times, pick: 'first' | 'search') => percentile(times[name].map((t) => t[pick]), 50);
  const all = (name: keyof typeof times, pick: 'first' | 'search') => times[name].map((t) => t[pick]).join(', ');
  /** Each round's on / off ratio (the load of one round is shared), and their median: steadier than a ratio of medians. */
  const ratios = (name: 'A' | 'B', pick: 'first' | 'search') => times[name].map((t, i) => t[pick] / Math.max(1, times.C[i]![pick]));
  const labels = { A: 'A, sync on', B: 'B, sync on (its library came by sync)', C: 'C, sync off (A\'s seed, sync never on)' };
  // `--rounds 0`: the sync figures alone.
  if (ROUNDS) for (const [pick, what, target] of [['first', 'library first page painted', '≤ 300 ms (library target)'], ['search', 'word search', '≤ 50 ms (library target)']] as const) {
    for (const name of ['A', 'B', 'C'] as const) rows.push([`${labels[name]}: ${what} (median of ${all(name, pick)})`, `${median(name, pick)} ms`, target]);
    for (const name of ['A', 'B'] as const) {
      const each = ratios(name, pick);
      rows.push([`${what}: ${name} on / C off, median of the rounds' ratios (${each.map((r) => r.toFixed(2)).join(', ')})`, `${percentile(each, 50).toFixed(2)}×`, 'unchanged (≈ 1)']);
    }
  }
} finally {
  for (const p of [a, b, c]) await p.context.close();
  await couch.stop();
}
const load = (l: number[]) => l.map((n) => n.toFixed(1)).join(' ');
console.log(`bench:sync (${new Date().toISOString()}, ${COUNT.toLocaleString()} clippings, ${ROUNDS} rounds; load ${load(loadBefore)} at the start, ${load(loadavg())} at the end)`);
console.log('| measure | time | target |\n|---|---:|---|');
for (const [what, time, target] of rows) console.log(`| ${what} | ${time} | ${target} |`);
console.log('\nWhere the first syncs\' time went (phases overlap where the replicator reads changes while it writes a batch):\n| sync | phase | time |\n|---|---|---:|');
for (const [direction, phase, time] of phases) console.log(`| ${direction} | ${phase} | ${time} |`);
