// `npm run bench:migration [-- --from REF --count N]`: the schema upgrade a user's library goes through, in
// Chromium. Builds the previous version (git REF, default main) and this one; the previous version imports
// a COUNT-clipping library (the bench:library seed) through its library page; then the extension's files are
// replaced by this build under the same path (same extension id, same IndexedDB) and the library opened:
// Dexie upgrades the database there. Checks that every clipping, search row and posting row is kept.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { E2E_BUILD } from '../tests/e2e/fixtures';
import { clippingPairs } from '../utils/clippings/db';
import { editionKeyOf } from '../utils/clippings/edition-key';
import { SORT_BUCKET } from '../utils/clippings/sort-keys';
import type { Clipping } from '../utils/clippings/types';
import { buildRef, importFile, launch, openLibrary } from './bench-browser';
import { argValue } from './bench-util';

const ROOT = path.resolve(import.meta.dirname, '..');
const FROM = argValue('--from') ?? 'main';
const COUNT = argValue('--count') ?? '10000';
if (!existsSync(path.join(E2E_BUILD, 'manifest.json'))) throw new Error('Run `npm run build:e2e` first.');
const work = mkdtempSync(path.join(tmpdir(), 'cr-bench-migration-'));

// The previous version's e2e build, from its committed sources and this checkout's node_modules.
const previous = buildRef(FROM, work);

// The seed, as a version 1 backup (the previous version reads only that; it drops the fields it does not know).
const seed = path.join(work, 'seed.json');
execFileSync('npx', ['tsx', 'scripts/bench-library.ts', '--count', COUNT, '--write-seed', seed], { cwd: ROOT, stdio: 'ignore' });
writeFileSync(seed, readFileSync(seed, 'utf8').replace('"version":2', '"version":1'));

const extension = path.join(work, 'extension');
const profile = path.join(work, 'profile');
cpSync(previous, extension, { recursive: true });
let { context, extensionId } = await launch(extension, profile);
let page = await context.newPage();
await openLibrary(page, extensionId);
const importMs = await importFile(page, seed);
const before = await snapshot(page);
await context.close();

rmSync(extension, { recursive: true, force: true });
cpSync(E2E_BUILD, extension, { recursive: true });
({ context, extensionId } = await launch(extension, profile));
page = await context.newPage();
const paintedMs = await openLibrary(page, extensionId);
const after = await snapshot(page);
// Schemas v6 and v7: the library fills the search rows' word pairs and the sort keys after its first page, with a progress line.
const fillStart = Date.now();
const sawFill = await page.locator('.cr-lib-fill').waitFor({ timeout: 30_000 }).then(() => true, () => false);
await page.locator('.cr-lib-fill').waitFor({ state: 'detached', timeout: 900_000 });
const fillMs = Date.now() - fillStart;
// The clippings whose rows hold no pairs: each must be one too short for them (`clippingPairs`: a selection of a paragraph).
const unpaired = await page.evaluate(() => new Promise<Clipping[]>((resolve, reject) => {
  const open = indexedDB.open('clean-reader');
  open.onsuccess = () => {
    const tx = open.result.transaction(['search', 'clippings']);
    const request = tx.objectStore('search').getAll();
    request.onsuccess = () => {
      const ids = (request.result as Array<{ id: number; pairs?: Uint8Array }>).filter((row) => !row.pairs).map((row) => row.id);
      const found: Clipping[] = [];
      for (const id of ids) tx.objectStore('clippings').get(id).onsuccess = (e) => void found.push((e.target as IDBRequest<Clipping>).result);
      tx.oncomplete = () => (open.result.close(), resolve(found));
    };
    request.onerror = () => reject(request.error);
  };
  open.onerror = () => reject(open.error);
}));
const withoutPairs = unpaired.filter((c) => clippingPairs(c) !== undefined).length;
// Schema v7: once filled, the sort-key rows hold every clipping's savedAt, and nothing else.
const wrongSortKeys = await page.evaluate(({ bucketSize }) => new Promise<number>((resolve, reject) => {
  const open = indexedDB.open('clean-reader');
  open.onsuccess = () => {
    const tx = open.result.transaction(['sortKeys', 'clippings']);
    const rows = tx.objectStore('sortKeys').getAll();
    const clippings = tx.objectStore('clippings').getAll();
    tx.oncomplete = () => {
      const kept = new Map<number, number>();
      for (const row of rows.result as Array<{ bucket: number; savedAt: Float64Array }>) row.savedAt.forEach((key, i) => void (Number.isNaN(key) || kept.set(row.bucket * bucketSize + i, key)));
      const all = clippings.result as Clipping[];
      open.result.close();
      resolve(all.filter((c) => kept.get(c.id) !== c.savedAt).length + Math.max(0, kept.size - all.length));
    };
    tx.onerror = () => reject(tx.error);
  };
  open.onerror = () => reject(open.error);
}), { bucketSize: SORT_BUCKET });
const againMs = await (async () => (await page.reload(), openLibrary(page, extensionId)))().catch(() => NaN);
await context.close();

const same = (k: keyof typeof before) => JSON.stringify(before[k]) === JSON.stringify(after[k]);
console.log(`Migration bench: a ${Number(COUNT).toLocaleString()}-clipping library made by ${FROM} (imported in ${(importMs / 1000).toFixed(1)} s), opened by this build.\n`);
console.log('| | before (previous version) | after (this build) |\n|---|---|---|');
console.log(`| IndexedDB version | ${before.version} | ${after.version} |`);
console.log(`| clippings | ${before.clippings.count} | ${after.clippings.count} |`);
console.log(`| search rows | ${before.search.count} | ${after.search.count} |`);
console.log(`| posting rows | ${before.postings.count} | ${after.postings.count} |`);
console.log(`\nLibrary first page painted, upgrade included: ${paintedMs.toFixed(0)} ms (the next open, no upgrade: ${againMs.toFixed(0)} ms).`);
console.log(`Clippings' fields kept: ${same('clippings') ? 'identical' : 'DIFFERENT'}; search rows: ${same('search') ? 'identical' : 'DIFFERENT'}; posting rows: ${same('postings') ? 'identical' : 'DIFFERENT'}.`);
console.log(`Every clipping unread, no highlights, updatedAt = savedAt: ${after.defaults === after.clippings.count ? 'yes' : `NO (${after.defaults})`}.`);
// Schema v5: every article has the edition-free key of its key, a selection none.
const wrongEditions = after.editions.filter(([kind, key, edition]) => edition !== editionKeyOf({ kind: kind as 'article' | 'selection', key })).length;
console.log(`Edition-free keys (v5): ${after.editions.filter((e) => e[2] !== undefined).length} written, ${wrongEditions} wrong or missing.`);
console.log(`Sort keys (v7) not equal to their clipping's savedAt after the fill: ${wrongSortKeys}.`);
console.log(`Word pairs (v6) and sort keys (v7), filled by the library after its first page: ${(fillMs / 1000).toFixed(1)} s, progress line ${sawFill ? 'shown' : 'NOT SEEN'}; rows without pairs: ${unpaired.length}, of clippings long enough for them: ${withoutPairs}.`);
rmSync(work, { recursive: true, force: true });
if (!same('clippings') || !same('search') || !same('postings') || after.defaults !== after.clippings.count || after.version <= before.version || wrongEditions || withoutPairs || wrongSortKeys) process.exitCode = 1;

/** Counts and SHA-256 digests of the three stores (clippings without the field v5 adds, search rows without v6's), read with plain IndexedDB. */
async function snapshot(page: Page) {
  // tsx names the functions below with a `__name` helper the page does not have.
  await page.evaluate('globalThis.__name = (f) => f');
  return page.evaluate(async () => {
    const ADDED = ['editionKey'];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('clean-reader');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = (store: string) => new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const digest = async (rows: unknown[]) => {
      const bytes = new TextEncoder().encode(JSON.stringify(rows));
      return { count: rows.length, sha256: [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((b) => b.toString(16).padStart(2, '0')).join('') };
    };
    const clippings = (await all('clippings')) as Array<Record<string, unknown>>;
    const defaults = clippings.filter((c) => c.state === 'unread' && c.highlightCount === 0 && Array.isArray(c.highlights) && c.updatedAt === c.savedAt).length;
    const stripped = clippings.map((c) => Object.fromEntries(Object.entries(c).filter(([k]) => !ADDED.includes(k))));
    const editions = clippings.map((c) => [c.kind, c.key, c.editionKey] as [string, string, string | undefined]);
    const search = ((await all('search')) as Array<Record<string, unknown>>).map(({ pairs: _pairs, ...row }) => row);
    const result = { version: db.version, clippings: await digest(stripped), search: await digest(search), postings: await digest(await all('postings')), defaults, editions };
    db.close();
    return result;
  });
}
