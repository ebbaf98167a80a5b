// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { deleteClippings, importClippings, saveClipping, updateClipping } from '../../../utils/clippings/store';
import { makeDraft } from '../clippings/helpers';
import { idsWithWord } from '../../../utils/clippings/db';
import { setState } from '../../../utils/clippings/marks';
import { docIdOf } from '../../../utils/sync/doc';
import { applyMirrorChanges, LOCAL_BATCH, pendingChanges, pushOutbox, syncCycle } from '../../../utils/sync/engine';
import type { Mirror } from '../../../utils/sync/pouch';
import { makeDevice, makeServer, pairedDevices } from './devices';

const article = (n: number, overrides = {}) =>
  makeDraft({ url: `https://news.example/story-${n}`, canonicalUrl: `https://news.example/story-${n}`, title: `Story ${n}`, ...overrides });

/** Two devices that both have article 1, synced: its local id on each. */
async function sharedArticle() {
  const devices = pairedDevices();
  const { id: onA } = await saveClipping(devices.a.db, article(1));
  await devices.a.sync();
  await devices.b.sync();
  const onB = (await devices.b.db.clippings.toArray())[0]!.id;
  return { ...devices, onA, onB };
}

describe('sync between two devices through one server', () => {
  it('a clipping saved on A appears on B, with its text searchable there', async () => {
    const { a, b } = pairedDevices();
    await saveClipping(a.db, article(1, { text: 'Harbour cranes idle', html: '<p>Harbour cranes idle</p>' }));
    expect((await a.sync()).pushed).toBe(1);
    await b.sync();
    expect(await b.titles()).toEqual(['Story 1']);
    // What B received is on the server already: nothing waits to be sent from B.
    expect(await pendingChanges(b.engineDb, b.mirror)).toBe(0);
    const [onB] = await b.db.clippings.toArray();
    expect(await idsWithWord(b.db, 'harbour')).toEqual([onB!.id]);
  });

  it('tags and notes edited on B reach A; a delete on A reaches B', async () => {
    const { a, b } = pairedDevices();
    await saveClipping(a.db, article(1));
    await saveClipping(a.db, article(2));
    await a.sync();
    await b.sync();
    const onB = await b.db.clippings.where('key').equals('https://news.example/story-1').first();
    await updateClipping(b.db, onB!.id, { tags: ['ports'], note: 'read later' });
    await b.sync();
    await a.sync();
    const onA = await a.db.clippings.where('key').equals('https://news.example/story-1').first();
    expect(onA).toMatchObject({ tags: ['ports'], note: 'read later' });

    await deleteClippings(a.db, [onA!.id]);
    await a.sync();
    await b.sync();
    expect(await b.titles()).toEqual(['Story 2']);
    expect(await b.db.search.count()).toBe(1);
  });

  it('a removed tag stays removed on the other device (no resurrection by merging)', async () => {
    const { a, b } = pairedDevices();
    const { id } = await saveClipping(a.db, article(1));
    await updateClipping(a.db, id, { tags: ['old', 'keep'] });
    await a.sync();
    await b.sync();
    await updateClipping(a.db, id, { tags: ['keep'] });
    await a.sync();
    await b.sync();
    await a.sync();
    const [onA, onB] = [await a.db.clippings.toArray(), await b.db.clippings.toArray()];
    expect(onA[0]?.tags).toEqual(['keep']);
    expect(onB[0]?.tags).toEqual(['keep']);
  });

  it('undo after a synced delete brings the clipping back everywhere', async () => {
    const { a, b, onA: id } = await sharedArticle();
    const deleted = await deleteClippings(a.db, [id]);
    await a.sync();
    await b.sync();
    expect(await b.titles()).toEqual([]);
    await importClippings(a.db, deleted);
    await a.sync();
    await b.sync();
    expect(await b.titles()).toEqual(['Story 1']);
  });

  it('edits made on both devices while apart are both kept', async () => {
    const { a, b, onA, onB } = await sharedArticle();
    await updateClipping(a.db, onA, { tags: ['from-a'], note: 'note from A' });
    await updateClipping(b.db, onB, { tags: ['from-b'], note: 'note from B' });
    await a.sync();
    await b.sync();
    await a.sync();
    for (const device of [a, b]) {
      const [c] = await device.db.clippings.toArray();
      expect(c!.tags.sort()).toEqual(['from-a', 'from-b']);
      expect(c!.note).toContain('note from A');
      expect(c!.note).toContain('note from B');
    }
  });

  it('a local edit made after a pull that was never applied is merged with it, not written over it', async () => {
    const { server, a, b, onA: id, onB } = await sharedArticle();
    await updateClipping(b.db, onB, { note: 'from B' });
    await b.sync();
    await a.mirror.replicate.from(server, { batch_size: 100 }); // pulled, then the worker stopped before applying
    await updateClipping(a.db, id, { tags: ['from-a'] });
    await a.sync();
    await b.sync();
    for (const device of [a, b]) expect(await device.db.clippings.toArray()).toMatchObject([{ note: 'from B', tags: ['from-a'] }]);
  });

  it.each([
    ['the device that syncs second', 1_000, 2_000],
    ['the device that syncs first', 2_000, 1_000],
  ])('a single field changed on both keeps the value changed last (on %s); the other stays reachable as a deleted leaf, after compaction too', async (_, atA, atB) => {
    const { server, a, b, onA, onB } = await sharedArticle();
    const start = Date.now();
    await setState(a.db, { ids: [onA], state: atA > atB ? 'archived' : 'finished' }, start + atA);
    await setState(b.db, { ids: [onB], state: atB > atA ? 'archived' : 'finished' }, start + atB);
    await a.sync();
    await b.sync();
    await a.sync();
    for (const device of [a, b]) expect((await device.db.clippings.toArray()).map((c) => c.state)).toEqual(['archived']);
    type Leaves = Array<{ ok?: { state?: string; _deleted?: boolean } }>;
    type Db = { get(id: string, options: { open_revs: 'all' }): Promise<Leaves>; compact(): Promise<unknown> };
    const docId = await docIdOf((await a.db.clippings.get(onA))!.key);
    for (const db of [server, b.mirror, a.mirror] as unknown as Db[]) {
      await db.compact();
      const leaves = (await db.get(docId, { open_revs: 'all' })).map((l) => l.ok);
      expect(leaves).toHaveLength(2);
      expect(leaves).toEqual(expect.arrayContaining([expect.objectContaining({ state: 'archived' }), expect.objectContaining({ _deleted: true, state: 'finished' })]));
    }
  });

  it('the same article saved on two devices becomes one clipping, not twins', async () => {
    const { a, b } = pairedDevices();
    const onA = await saveClipping(a.db, article(1));
    const onB = await saveClipping(b.db, article(1, { url: 'https://news.example/story-1?utm_source=x' }));
    await updateClipping(a.db, onA.id, { tags: ['a'] });
    await updateClipping(b.db, onB.id, { tags: ['b'] });
    await a.sync();
    await b.sync();
    await a.sync();
    for (const device of [a, b]) {
      const all = await device.db.clippings.toArray();
      expect(all).toHaveLength(1);
      expect(all[0]!.tags.sort()).toEqual(['a', 'b']);
    }
  });

  it('an edit made elsewhere wins over a concurrent delete: nothing is lost', async () => {
    const { a, b, onA: id, onB } = await sharedArticle();
    await updateClipping(b.db, onB, { note: 'keep me' });
    await b.sync();
    await deleteClippings(a.db, [id]);
    await a.sync();
    await b.sync();
    await a.sync();
    for (const device of [a, b]) expect((await device.db.clippings.toArray()).map((c) => c.note)).toEqual(['keep me']);
  });

  it('a first sync does not read back what it just pushed, and still applies what comes from elsewhere', async () => {
    const { server, a, b } = pairedDevices();
    for (let n = 1; n <= 30; n++) await saveClipping(a.db, article(n));
    // The documents the apply reads from the mirror, counted (a view of the mirror, for this cycle only).
    let docsRead = 0;
    const counting: Mirror = Object.create(a.mirror);
    counting.changes = (options) => {
      const page = a.mirror.changes(options);
      if (options.include_docs) void page.then((p) => (docsRead += p.results.length));
      return page;
    };
    const sync = () => syncCycle(a.engineDb, counting, server);
    await sync();
    expect(docsRead).toBe(0);

    // What the sync brings from elsewhere is still applied (and one more cycle reads nothing back).
    await b.sync();
    const onB = (await b.db.clippings.where('key').equals('https://news.example/story-1').first())!;
    await updateClipping(b.db, onB.id, { note: 'from B' });
    await b.sync();
    docsRead = 0;
    await sync();
    expect(docsRead).toBe(1);
    expect(await a.db.clippings.where('key').equals('https://news.example/story-1').first()).toMatchObject({ note: 'from B' });
  });

  it('a sync cut after the push, or during the replication, resumes: the next cycle delivers everything once', async () => {
    const { server, a, b } = pairedDevices();
    const count = LOCAL_BATCH + 50;
    await importClippings(a.db, Array.from({ length: count }, (_, n) => ({ ...article(n + 1, { text: `Story ${n + 1} at the harbour` }), id: n + 1, savedAt: n, tags: [], note: '' })) as never);
    // The worker stops right after the push: the outbox is in the mirror, nothing reached the server.
    expect(await pushOutbox(a.engineDb, a.mirror)).toEqual({ written: count, merged: 0 });
    expect(await a.db.syncOutbox.count()).toBe(0);
    await a.sync();
    // B replicates, then its worker stops after applying the first page of changes.
    await b.mirror.replicate.from(server, { batch_size: 100 });
    let pages = 0;
    const cut = { ...b.mirror, changes: (o: Parameters<Mirror['changes']>[0]) => (pages++ ? Promise.reject(new Error('worker stopped')) : b.mirror.changes(o)) };
    await expect(applyMirrorChanges(b.engineDb, cut as Mirror)).rejects.toThrow('worker stopped');
    expect(await b.db.clippings.count()).toBe(LOCAL_BATCH);
    await b.sync();
    expect(await b.db.clippings.count()).toBe(count);
    // The first page's clippings, applied before the cut but not yet indexed, are searchable too.
    expect(await idsWithWord(b.db, 'harbour')).toHaveLength(count);
    expect((await b.sync()).applied).toBe(0);
  }, 30_000);
});

describe('what a sync reads back', () => {
  it('after a sync down, the next sync up does not ask the server about what it pulled, only about new changes', async () => {
    const server = makeServer() as ReturnType<typeof makeServer> & { revsDiff: (diff: Record<string, string[]>) => Promise<unknown> };
    const [a, b] = [makeDevice(server, 'a'), makeDevice(server, 'b')];
    await importClippings(a.db, Array.from({ length: 300 }, (_, n) => ({ ...article(n), id: n + 1, savedAt: n, tags: [], note: '' })) as never);
    await a.sync();
    await b.sync();
    expect(await b.db.clippings.count()).toBe(300);

    const revsDiff = server.revsDiff.bind(server);
    const asked: string[] = [];
    server.revsDiff = (diff) => (asked.push(...Object.keys(diff)), revsDiff(diff));
    await b.sync();
    expect(asked).toEqual([]);
    const first = (await b.db.clippings.toArray())[0]!;
    await updateClipping(b.db, first.id, { tags: ['changed on b'] });
    await b.sync();
    expect(asked).toHaveLength(1);
    await a.sync();
    expect((await a.db.clippings.where('key').equals(first.key).first())?.tags).toEqual(['changed on b']);
  });
});
