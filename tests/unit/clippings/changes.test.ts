// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { watchLibraryCommits, type LibraryCommits } from '../../../utils/clippings/changes';
import { ClippingsDb } from '../../../utils/clippings/db';
import { saveClipping, updateClipping } from '../../../utils/clippings/store';
import { makeDraft } from './helpers';

// Wide enough for a save under load (its look-up, write and index: ~10 ms or more in fake-indexeddb).
const TIMING = { quietMs: 100, maxWaitMs: 600 };
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const draft = (n: number) => makeDraft({ url: `https://news.example/${n}`, canonicalUrl: `https://news.example/${n}`, title: `Story ${n}` });

let watch: LibraryCommits | null = null;
afterEach(() => watch?.stop());

/** A library of its own (created before watching: Dexie reports a new database as all changed) and the calls its commits make. */
async function watched() {
  const name = `changes-${Math.random()}`;
  const [db, engineDb] = [new ClippingsDb(name), new ClippingsDb(name, { capture: false })];
  await db.open();
  await engineDb.open();
  const calls: number[] = [];
  watch = watchLibraryCommits(() => calls.push(Date.now()), TIMING, name);
  return { db, engineDb, calls, watch };
}

describe('watchLibraryCommits', () => {
  it('calls once after a committed save, and once for a burst of writes, whichever connection made them', async () => {
    const { db, engineDb, calls } = await watched();
    const { id } = await saveClipping(db, draft(1));
    await wait(TIMING.quietMs * 3);
    expect(calls).toHaveLength(1);

    for (let n = 2; n < 6; n++) await saveClipping(db, draft(n));
    await updateClipping(db, id, { tags: ['t'] });
    // The sync engine's own connection (no outbox) is heard too.
    await engineDb.clippings.update(id, { note: 'from the server' });
    await wait(TIMING.quietMs * 3);
    expect(calls).toHaveLength(2);
  });

  it('keeps calling during a long run of writes (at least every maxWaitMs), not only at its end', async () => {
    const { db, calls } = await watched();
    const started = Date.now();
    for (let n = 0; Date.now() - started < TIMING.maxWaitMs * 3; n++) {
      await saveClipping(db, draft(n));
      await wait(TIMING.quietMs / 3);
    }
    expect(calls.length).toBeGreaterThanOrEqual(2);
  });

  it('stays quiet for a transaction that failed, and for writes to other tables', async () => {
    const { db, calls } = await watched();
    await db.transaction('rw', db.clippings, async () => {
      await db.clippings.add({ ...draft(1), key: 'k', id: 1 } as never);
      throw new Error('abandoned');
    }).catch(() => undefined);
    await db.syncState.put({ name: 'appliedSeq', value: 3 });
    await wait(TIMING.quietMs * 3);
    expect(await db.clippings.count()).toBe(0);
    expect(calls).toEqual([]);
  });

  it('held (a sync running), notes commits and calls once at the release; a release with none calls nothing', async () => {
    const { db, calls, watch } = await watched();
    watch.hold(true);
    await saveClipping(db, draft(1));
    const started = Date.now();
    while (Date.now() - started < TIMING.maxWaitMs * 2) {
      await saveClipping(db, draft(Date.now()));
      await wait(TIMING.quietMs / 3);
    }
    await wait(TIMING.quietMs * 3);
    expect(calls).toEqual([]);
    watch.hold(false);
    await wait(TIMING.quietMs * 3);
    expect(calls).toHaveLength(1);

    watch.hold(true);
    watch.hold(false);
    await wait(TIMING.quietMs * 3);
    expect(calls).toHaveLength(1);
  });
});
