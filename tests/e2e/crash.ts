import { chromium, test, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM, CHROMIUM_FLAGS, E2E_BUILD, extensionArgs } from './fixtures';

// A Chromium of its own on a profile kept on disk, so that it can be killed outright (SIGKILL, no
// shutdown, nothing flushed) and started again on the same profile: what a crash, a power cut of the
// browser alone, or the OS killing it under memory pressure does to a save in progress.

export interface Profile {
  dir: string;
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** An extension page to send messages from, as the popup does. */
  page: Page;
  /** What Chromium said of each database of the extension it dropped since the launch (see `recordDataLoss`). */
  dataLoss: string[];
}

/** A new profile directory in the test's output directory (emptied by the next run should a test time out before removing it). */
export function newProfileDir(): string {
  const parent = test.info().outputPath();
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(path.join(parent, 'profile-'));
}

/**
 * Copies the profile's IndexedDB folders (LevelDB files and their LOG, where Chromium says what it did: "Creating DB …
 * since it was missing", a recovery) into the test's output, for a failure to be read after its profile is removed.
 */
export function keepIndexedDb(dir: string, snapshots: string[] = []): void {
  const idb = path.join(dir, 'Default/IndexedDB');
  if (existsSync(idb)) cpSync(idb, test.info().outputPath('indexeddb-at-failure'), { recursive: true });
  if (snapshots.length) writeFileSync(test.info().outputPath('indexeddb-after-each-kill.txt'), snapshots.join('\n\n'));
}

/**
 * The profile's IndexedDB files as a kill left them (path, size, modified), taken before the next launch: whether
 * a library later found missing was still on disk then (the browser dropped it at its start) or not.
 */
export function indexedDbFiles(dir: string, label: string): string {
  const idb = path.join(dir, 'Default/IndexedDB');
  if (!existsSync(idb)) return `${label}: no IndexedDB folder`;
  const files = readdirSync(idb, { recursive: true, encoding: 'utf8' }).map((name) => {
    const stat = statSync(path.join(idb, name));
    return `  ${name} ${stat.isDirectory() ? 'dir' : `${stat.size} B`} ${stat.mtime.toISOString()}`;
  });
  return [`${label}:`, ...files].join('\n');
}

export function removeProfileDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Starts Chromium with the e2e build on the profile in `dir` (a new one, or the one a kill left). */
export async function launchProfile(dir: string): Promise<Profile> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: false,
    args: ['--headless=new', ...CHROMIUM_FLAGS, ...extensionArgs(E2E_BUILD)],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const dataLoss = await recordDataLoss(worker);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html?tabId=999999`);
  return { dir, context, worker, extensionId, page, dataLoss };
}

/**
 * Chromium's own word when it drops a database it found damaged (the connections closed, the files deleted): the
 * empty database the next open makes in its place reports `dataLoss` "total" and why on its upgradeneeded event
 * (Chromium's extension to IDBVersionChangeEvent). Recorded from the worker (the background reopens the database on
 * its next write), so that a library lost that way fails with the browser's reason, not as a missing clipping.
 */
async function recordDataLoss(worker: Worker): Promise<string[]> {
  const losses: string[] = [];
  worker.on('console', (message) => {
    if (message.text().startsWith(DATA_LOSS)) losses.push(message.text());
  });
  await worker.evaluate((prefix) => {
    const { open } = IDBFactory.prototype;
    IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
      const request = open.apply(this, args);
      request.addEventListener('upgradeneeded', (event) => {
        const { dataLoss, dataLossMessage } = event as IDBVersionChangeEvent & { dataLoss?: string; dataLossMessage?: string };
        if (dataLoss && dataLoss !== 'none') console.log(`${prefix} ${args[0]}: ${dataLoss}, ${dataLossMessage ?? ''}`);
      });
      return request;
    };
  }, DATA_LOSS);
  return losses;
}

const DATA_LOSS = 'cr-fault: data loss';

/**
 * Kills the Chromium running on `profile` with SIGKILL: every process of it at once (Playwright starts
 * the browser as the leader of a process group of its own), and waits until none is left.
 */
export async function killBrowser(profile: Profile): Promise<void> {
  const group = processGroupOf(profile.dir);
  const closed = new Promise((resolve) => profile.context.once('close', resolve));
  process.kill(-group, 'SIGKILL');
  await closed;
  // Every process gone (a survivor would hold the profile and take over the next launch).
  for (;;) {
    try {
      process.kill(-group, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The process group of the browser started on `dir` (found by its own --user-data-dir flag). */
function processGroupOf(dir: string): number {
  const flag = `--user-data-dir=${dir}`;
  const argsOf = (pid: number | string): string[] => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    } catch {
      return [];
    }
  };
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid) || !argsOf(pid).includes(flag)) continue;
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const group = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
    // Only a group this launch leads: never anything else on the machine.
    if (group > 1 && argsOf(group).includes(flag)) return group;
  }
  throw new Error(`no browser running on ${dir}`);
}

/**
 * Watches the worker's IndexedDB writes for the clipping titled `title`, passing the product's requests
 * on unchanged. It prints `cr-fault: clipping written` once the clipping's row is in its save
 * transaction, `cr-fault: index written` once its search-index row is too, and `cr-fault: committed`
 * when IndexedDB reports the transaction complete (just before the product hears of it). Then:
 * - `watch`: nothing more;
 * - `hold`: after the index row, the transaction is kept open by a chain of reads, so it has not
 *   committed when the browser or the worker is killed: a kill in the middle of the write, every time;
 * - `stall`: the commit's complete event is kept from Dexie (the product), so the save never
 *   answers: the worker is then killed with the clipping stored and its answer not sent (the moment
 *   between the two, made to last).
 */
export async function watchSave(worker: Worker, title: string, mode: 'watch' | 'hold' | 'stall'): Promise<void> {
  await worker.evaluate(
    ({ title, mode }) => {
      const { add, put } = IDBObjectStore.prototype;
      let id: IDBValidKey | undefined;
      const watchRow = (store: IDBObjectStore, value: unknown, request: IDBRequest<IDBValidKey>) => {
        if (store.name === 'clippings' && (value as { title?: unknown } | null)?.title === title) {
          // The save's transaction: its complete event reaches Dexie (the product) through oncomplete.
          const tx = store.transaction;
          const dexie = tx.oncomplete;
          tx.oncomplete = function (this: IDBTransaction, event: Event) {
            console.log('cr-fault: committed');
            if (mode !== 'stall') dexie?.call(this, event);
          };
          request.addEventListener('success', () => {
            id = request.result;
            console.log('cr-fault: clipping written');
          });
        }
        if (store.name === 'search' && id !== undefined && (value as { id?: unknown } | null)?.id === id) {
          request.addEventListener('success', () => {
            console.log('cr-fault: index written');
            const keepOpen = () => void (store.transaction.objectStore('search').count().onsuccess = keepOpen);
            if (mode === 'hold') keepOpen();
          });
        }
        return request;
      };
      IDBObjectStore.prototype.add = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
        return watchRow(this, value, add.call(this, value, key));
      };
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
        return watchRow(this, value, put.call(this, value, key));
      };
    },
    { title, mode },
  );
}

/**
 * Ends the extension's service worker from outside (CDP Target.closeTarget), the pages left open: unlike
 * ServiceWorker.stopAllWorkers, which lets a pending message finish, it ends the worker at once, a held
 * transaction or a busy thread included.
 */
export async function killWorker(profile: Pick<Profile, 'context' | 'extensionId'>): Promise<void> {
  const cdp = await profile.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${profile.extensionId}/`));
  if (!target) throw new Error('no service worker to kill');
  await cdp.send('Target.closeTarget', { targetId: target.targetId });
  await cdp.detach();
}

/** Resolves when the worker prints `line` to its console. */
export function workerSays(worker: Worker, line: string): Promise<void> {
  return new Promise((resolve) => {
    const listener = (message: { text(): string }) => {
      if (message.text() !== line) return;
      worker.off('console', listener);
      resolve();
    };
    worker.on('console', listener);
  });
}
