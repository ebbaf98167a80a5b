// A library the browser dropped is never silent. Chromium deletes an IndexedDB database it finds damaged and the
// next open makes an empty one in its place (docs/benchmarks.md, seventeenth and eighteenth rounds): without a word,
// the library would just show fewer clippings, or none. So a mark of the library is kept outside IndexedDB, in
// `storage.local` (its count and last save, written by the background a little after each burst of commits), and when the
// clippings database is created while that mark says there was a library, or Chromium reports the loss itself
// (`dataLoss` on the upgradeneeded event), a notice is left for the library page to show until the reader dismisses it.
import { browser } from 'wxt/browser';
import type { Coalescing } from '../clippings/changes';
import { ClippingsDb, SORT_KEYS_FROM } from '../clippings/db';
import { noticingFactory, type DataLossReport } from '../clippings/noticing-factory';

/**
 * When the background writes the mark: 2 s after a burst of commits, at least every 30 s while they go on. Its read
 * (the sort keys, in the saves' scope) holds a save that comes meanwhile: written 150 ms after each burst, as the
 * library's change events are, saves 150 ms apart took 1.00-1.70x main's median (6 rounds, load 11-16). The mark need not
 * be prompt: a loss right after a save is noticed all the same unless it was the library's first.
 */
export const LIBRARY_MARK_TIMING: Coalescing = { quietMs: 2_000, maxWaitMs: 30_000 };

/** `storage.local` key of the library's mark. */
export const LIBRARY_MARK = 'libraryMark';
/** `storage.local` key of the notice that the library was lost. */
export const LIBRARY_LOSS = 'libraryLoss';

/** What the library held at its last write. */
export interface LibraryMark {
  /** Null: some clippings, how many not known without walking them (sort keys not filled yet). */
  count: number | null;
  /** The newest clipping's `savedAt`, null with none (or not known). */
  lastSavedAt: number | null;
}

/** A library found lost: what it held, when it was noticed, and the browser's reason if it gave one. */
export interface LibraryLoss {
  noticedAt: number;
  /** 0 when not known (Chromium's report with no mark, or a mark of an unknown count). */
  count: number;
  lastSavedAt: number | null;
  /** Chromium's `dataLossMessage` (e.g. "IndexedDB (database was corrupt): …"), null when it said nothing. */
  reason: string | null;
}

/**
 * Writes the mark of what the library holds now, from the sort keys' bulk rows (utils/clippings/sort-keys.ts: ~30 rows
 * of 8 KB at 30,000 clippings, one read): IndexedDB's count() walks the store, ~1 s at 30,000 under load (count and
 * the savedAt index's last key, load ~16), holding the database's other requests back. Until the rows are filled (a
 * library upgraded from v6, before its library page fills them) the mark only says whether there are clippings.
 */
export async function writeLibraryMark(db: ClippingsDb): Promise<void> {
  const mark = await db.transaction('r', [db.meta, db.sortKeys, db.clippings], async (): Promise<LibraryMark> => {
    if (await db.meta.get(SORT_KEYS_FROM)) return { count: (await db.clippings.orderBy(':id').lastKey()) === undefined ? 0 : null, lastSavedAt: null };
    let count = 0;
    let lastSavedAt: number | null = null;
    for (const row of await db.sortKeys.toArray()) {
      for (const savedAt of row.savedAt) {
        if (Number.isNaN(savedAt)) continue;
        count++;
        if (lastSavedAt === null || savedAt > lastSavedAt) lastSavedAt = savedAt;
      }
    }
    return { count, lastSavedAt };
  });
  await browser.storage.local.set({ [LIBRARY_MARK]: mark });
}

/**
 * Called when the clippings database was just created (upgradeneeded from version 0): a notice when a library was
 * there before (the mark counts clippings) or Chromium says it dropped one. A first install has neither.
 */
export async function noticeNewDatabase(report: DataLossReport, now = Date.now()): Promise<void> {
  const mark = (await browser.storage.local.get(LIBRARY_MARK))[LIBRARY_MARK] as LibraryMark | undefined;
  const dropped = report.dataLoss !== undefined && report.dataLoss !== 'none';
  if ((mark === undefined || mark.count === 0) && !dropped) return;
  const loss: LibraryLoss = { noticedAt: now, count: mark?.count ?? 0, lastSavedAt: mark?.lastSavedAt ?? null, reason: dropped ? (report.dataLossMessage || null) : null };
  await browser.storage.local.set({ [LIBRARY_LOSS]: loss });
}

/** The check above when a database is created, its failure only logged. */
function onClippingsCreated(report: DataLossReport): void {
  noticeNewDatabase(report).catch((error: unknown) => console.warn('Clean Reader: could not check for a lost library', error));
}

/** The IndexedDB every `ClippingsDb` of the extension's pages and worker opens with: the browser's, noticing a lost library. */
export function noticingIndexedDb(): IDBFactory {
  return noticingFactory(indexedDB, onClippingsCreated);
}

/** The library's database as the extension's pages and worker open it (through `noticingIndexedDb`). */
export function clippingsDb(): ClippingsDb {
  return new ClippingsDb(undefined, { factory: noticingIndexedDb() });
}

/** The notice of a lost library, if any. */
export async function readLibraryLoss(): Promise<LibraryLoss | null> {
  return ((await browser.storage.local.get(LIBRARY_LOSS))[LIBRARY_LOSS] as LibraryLoss | undefined) ?? null;
}

/** The reader has read the notice. */
export async function dismissLibraryLoss(): Promise<void> {
  await browser.storage.local.remove(LIBRARY_LOSS);
}
