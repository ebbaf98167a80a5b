// @vitest-environment node
// Turning sync off and on again (same server and database) must not bring back a clipping deleted while the server
// was refusing or gone: the deletions it has not confirmed are kept past "Turn off" and sent before the next pull.
import PouchDB from 'pouchdb-core';
import { describe, expect, it } from 'vitest';
import { deleteClippings, saveClipping, updateClipping } from '../../../utils/clippings/store';
import { docIdOf } from '../../../utils/sync/doc';
import { pushOutbox, syncCycle } from '../../../utils/sync/engine';
import { isKeptDeletions, keepDeletions, sendDeletions, unsentDeletions, type KeptDeletion } from '../../../utils/sync/kept-deletions';
import { outboxRow } from '../../../utils/sync/outbox';
import type { Mirror, Remote } from '../../../utils/sync/pouch';
import { makeDraft } from '../clippings/helpers';
import { pairedDevices, type Device } from './devices';

const article = (n: number, title: string) => makeDraft({ url: `https://news.example/off-${n}`, canonicalUrl: `https://news.example/off-${n}`, title });

/**
 * What the background's "Turn off" then "Turn on" do to a device's sync state: the unsent deletions kept, the mirror
 * and bookkeeping gone; then the kept deletions sent, every clipping queued, a cycle with a new mirror. Returns
 * the device with its new mirror.
 */
async function turnOffAndOn(device: Device, server: Remote): Promise<Device> {
  const kept = await unsentDeletions(device.engineDb, device.mirror);
  await device.mirror.destroy();
  await Promise.all([device.engineDb.syncOutbox.clear(), device.engineDb.syncBase.clear(), device.engineDb.syncState.clear()]);
  await sendDeletions(server, kept);
  const clippings = await device.engineDb.clippings.toArray();
  await device.engineDb.syncOutbox.bulkPut(clippings.map((c) => outboxRow(c.key, c.id)));
  const mirror = new PouchDB(`mirror-again-${Math.random()}`, { adapter: 'memory' }) as Mirror;
  return { ...device, mirror, sync: () => syncCycle(device.engineDb, mirror, server) };
}

const serverDoc = async (server: Remote, n: number) => (server as unknown as { get(id: string): Promise<Record<string, unknown>> }).get(await docIdOf(`https://news.example/off-${n}`)).catch((e: { status: number }) => e.status);

describe('deletions kept past turning sync off', () => {
  it.each([
    ['still queued (the server refused the sync after it)', async () => undefined],
    ['written into the mirror, not replicated up', async (device: Device) => void (await pushOutbox(device.engineDb, device.mirror))],
  ])('a clipping deleted while the server refused, %s, stays deleted after turning sync off and on, here and on the server; an edit made meanwhile is sent', async (_, beforeOff) => {
    const { server, a } = pairedDevices();
    await saveClipping(a.db, article(1, 'Harbour cranes idle'));
    const { id: tram } = await saveClipping(a.db, article(2, 'Tram line opens'));
    await a.sync();
    const harbour = (await a.db.clippings.where('key').equals('https://news.example/off-1').first())!;
    await deleteClippings(a.db, [tram]);
    await updateClipping(a.db, harbour.id, { note: 'written while the server refused' });
    await beforeOff(a);

    const again = await turnOffAndOn(a, server);
    await again.sync();
    expect(await again.titles()).toEqual(['Harbour cranes idle']);
    expect(await serverDoc(server, 2)).toBe(404);
    expect(await serverDoc(server, 1)).toMatchObject({ note: 'written while the server refused' });
  });

  it('a deletion the server shows was followed by an edit made elsewhere loses to it: the edited clipping comes back', async () => {
    const { server, a, b } = pairedDevices();
    const { id } = await saveClipping(a.db, article(1, 'Harbour cranes idle'));
    await a.sync();
    await b.sync();
    const onB = (await b.db.clippings.toArray())[0]!;
    await updateClipping(b.db, onB.id, { note: 'edited on the other browser' });
    await b.sync();
    await deleteClippings(a.db, [id]);

    const again = await turnOffAndOn(a, server);
    await again.sync();
    expect((await again.db.clippings.toArray()).map((c) => c.note)).toEqual(['edited on the other browser']);
    await b.sync();
    expect(await b.titles()).toEqual(['Harbour cranes idle']);
  });

  it('nothing is kept when every deletion reached the server', async () => {
    const { a } = pairedDevices();
    const { id } = await saveClipping(a.db, article(1, 'Harbour cranes idle'));
    await a.sync();
    await deleteClippings(a.db, [id]);
    await a.sync();
    expect(await unsentDeletions(a.engineDb, a.mirror)).toEqual([]);
  });
});

describe('the stored kept deletions', () => {
  const deletion = (id: string, rev: string): KeptDeletion => ({ _id: id, _rev: rev, _deleted: true, _revisions: { start: Number(rev[0]), ids: [rev.slice(2), 'a1'] } });
  const A = 'https://couch.example.org/clippings';
  const B = 'https://other.example.org/library';

  it('are kept by database address; a later deletion of a document replaces the earlier one, another database\'s stay', () => {
    const once = keepDeletions({ [B]: [deletion('clip-x', '2-b')] }, A, [deletion('clip-1', '2-c')]);
    const twice = keepDeletions(once, A, [deletion('clip-1', '4-d'), deletion('clip-2', '2-e')]);
    expect(twice).toEqual({ [B]: [deletion('clip-x', '2-b')], [A]: [deletion('clip-1', '4-d'), deletion('clip-2', '2-e')] });
    expect(keepDeletions(twice, A, [])).toBe(twice);
  });

  it('a stored value of another shape reads as nothing kept', () => {
    expect(isKeptDeletions({ [A]: [deletion('clip-1', '2-c')] })).toBe(true);
    expect(isKeptDeletions({})).toBe(true);
    for (const bad of [null, [], 'x', { [A]: {} }, { [A]: [{ _id: 'clip-1', _rev: '2-c', _deleted: true }] }, { [A]: [{ ...deletion('clip-1', '2-c'), _deleted: false }] }]) {
      expect(isKeptDeletions(bad)).toBe(false);
    }
  });
});
