// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ClippingsDb, SORT_KEYS_FROM } from '../../../utils/clippings/db';
import { dismissLibraryLoss, LIBRARY_MARK, noticeNewDatabase, noticingIndexedDb, readLibraryLoss, writeLibraryMark } from '../../../utils/browser/library-mark';
import { noticingFactory } from '../../../utils/clippings/noticing-factory';
import { deleteClippings, saveClipping } from '../../../utils/clippings/store';
import { makeDraft } from '../clippings/helpers';

// A library the browser dropped is noticed: the database created again while the mark kept in storage.local says
// there was a library, or Chromium's own dataLoss report (utils/browser/library-mark.ts).

const opened = (name: string) => new ClippingsDb(name, { factory: noticingIndexedDb() });
const draftAt = (n: number) => makeDraft({ url: `https://news.example/${n}`, canonicalUrl: `https://news.example/${n}`, title: `Story ${n}` });

let name: string;
beforeEach(() => {
  fakeBrowser.reset();
  name = `mark-${Math.random()}`;
});

describe('a lost library', () => {
  it('is noticed when its database is made again while the mark counts clippings: how many, the last save, no reason', async () => {
    const db = opened(name);
    await saveClipping(db, draftAt(1), 1_000);
    await saveClipping(db, draftAt(2), 2_000);
    await writeLibraryMark(db);
    expect((await fakeBrowser.storage.local.get(LIBRARY_MARK))[LIBRARY_MARK]).toEqual({ count: 2, lastSavedAt: 2_000 });
    expect(await readLibraryLoss()).toBeNull();

    // The browser drops the database; the next open makes an empty one.
    db.close();
    await db.delete();
    const again = opened(name);
    expect(await again.clippings.count()).toBe(0);
    await vi.waitFor(async () => expect(await readLibraryLoss()).toMatchObject({ count: 2, lastSavedAt: 2_000, reason: null }));
    again.close();

    // Dismissed, it stays gone.
    await dismissLibraryLoss();
    expect(await readLibraryLoss()).toBeNull();
  });

  it('is not noticed on a first install, nor when an existing database is opened again', async () => {
    const db = opened(name);
    await saveClipping(db, draftAt(1), 1_000);
    await writeLibraryMark(db);
    db.close();
    const again = opened(name);
    expect(await again.clippings.count()).toBe(1);
    again.close();
    // Give a notice the time to arrive, were one (wrongly) left.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await readLibraryLoss()).toBeNull();
  });

  it('is noticed with the browser\'s reason when Chromium reports a database it dropped, even with no mark', async () => {
    await noticeNewDatabase({ dataLoss: 'total', dataLossMessage: 'IndexedDB (database was corrupt): CURRENT file does not end with newline' }, 5_000);
    expect(await readLibraryLoss()).toEqual({ noticedAt: 5_000, count: 0, lastSavedAt: null, reason: 'IndexedDB (database was corrupt): CURRENT file does not end with newline' });
  });

  it('with the sort keys not filled yet (a library upgraded from v6), the mark says only that there are clippings, and a loss is noticed', async () => {
    const db = opened(name);
    await saveClipping(db, draftAt(1), 1_000);
    await db.meta.put({ name: SORT_KEYS_FROM, value: 0 });
    await writeLibraryMark(db);
    expect((await fakeBrowser.storage.local.get(LIBRARY_MARK))[LIBRARY_MARK]).toEqual({ count: null, lastSavedAt: null });
    db.close();
    await db.delete();
    const again = opened(name);
    await again.open();
    await vi.waitFor(async () => expect(await readLibraryLoss()).toMatchObject({ count: 0, lastSavedAt: null }));
    again.close();
  });

  it('counts what the library holds after deletes, and an emptied library\'s mark says 0', async () => {
    const db = opened(name);
    const { id } = await saveClipping(db, draftAt(1), 1_000);
    await saveClipping(db, draftAt(2), 2_000);
    await deleteClippings(db, [id]);
    await writeLibraryMark(db);
    expect((await fakeBrowser.storage.local.get(LIBRARY_MARK))[LIBRARY_MARK]).toEqual({ count: 1, lastSavedAt: 2_000 });
    await deleteClippings(db, [id + 1]);
    await writeLibraryMark(db);
    expect((await fakeBrowser.storage.local.get(LIBRARY_MARK))[LIBRARY_MARK]).toEqual({ count: 0, lastSavedAt: null });
    db.close();
  });

  it('a mark of an emptied library (every clipping deleted) leaves no notice', async () => {
    await fakeBrowser.storage.local.set({ [LIBRARY_MARK]: { count: 0, lastSavedAt: null } });
    await noticeNewDatabase({ dataLoss: 'none' });
    expect(await readLibraryLoss()).toBeNull();
  });
});

describe('noticingFactory', () => {
  it('reports the creation of a database with the event, once, before the opener\'s upgrade; not an upgrade of an existing one', async () => {
    const created: unknown[] = [];
    const factory = noticingFactory(indexedDB, (report) => created.push(report));
    const open = (version: number) => new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(name, version);
      request.onupgradeneeded = () => created.push(`upgrade to ${version}`);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    (await open(1)).close();
    (await open(2)).close();
    expect(created).toHaveLength(3);
    expect(created[0]).toHaveProperty('oldVersion', 0);
    expect(created.slice(1)).toEqual(['upgrade to 1', 'upgrade to 2']);
    await new Promise((resolve) => (factory.deleteDatabase(name).onsuccess = resolve));
  });
});
