// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ClippingsDb, idsWithWord } from '../../../utils/clippings/db';
import { saveClipping, updateClipping, deleteClippings } from '../../../utils/clippings/store';
import { indexPulled, queueForIndex } from '../../../utils/sync/pulled-index';
import { makeDraft } from '../clippings/helpers';
import { makeDevice, makeServer } from './devices';

let run = 0;
const draft = (n: number, text: string) =>
  makeDraft({ url: `https://quay.example/${n}`, canonicalUrl: `https://quay.example/${n}`, title: `Note ${n}`, text, html: `<p>${text}</p>` });

/** A library where `count` clippings were written as the apply writes them: no index rows, queued for the pass. */
async function appliedUnindexed(texts: string[]) {
  const name = `pulled-index-${++run}-${Math.random()}`;
  const db = new ClippingsDb(name);
  const engineDb = new ClippingsDb(name, { capture: false });
  const ids: number[] = [];
  for (const [i, text] of texts.entries()) ids.push((await saveClipping(db, draft(i, text))).id);
  // As the apply leaves them: rows without their words in the index.
  await db.search.clear();
  await engineDb.transaction('rw', [engineDb.syncState], () => queueForIndex(engineDb, ids));
  return { db, engineDb, ids };
}

describe('the search index pass after a sync applied clippings', () => {
  it('makes the queued clippings searchable, once', async () => {
    const { db, engineDb, ids } = await appliedUnindexed(['pelican on the quay', 'pelican and gull', 'a gull alone']);
    expect(await idsWithWord(db, 'pelican')).toEqual([]);
    expect(await indexPulled(engineDb)).toBe(3);
    expect((await idsWithWord(db, 'pelican')).sort()).toEqual([ids[0], ids[1]].sort());
    expect((await idsWithWord(db, 'gull')).sort()).toEqual([ids[1], ids[2]].sort());
    expect(await indexPulled(engineDb)).toBe(0);
  });

  it('indexes a clipping as it is at the pass: edited since the apply, its new words; deleted since, skipped', async () => {
    const { db, engineDb, ids } = await appliedUnindexed(['pelican on the quay', 'cormorant drying']);
    await updateClipping(db, ids[0]!, { note: 'heron seen' });
    await deleteClippings(db, [ids[1]!]);
    expect(await indexPulled(engineDb)).toBe(1);
    expect(await idsWithWord(db, 'heron')).toEqual([ids[0]]);
    expect(await idsWithWord(db, 'pelican')).toEqual([ids[0]]);
    expect(await idsWithWord(db, 'cormorant')).toEqual([]);
  });

  it('a sync indexes what an earlier, cut apply left unindexed, even with nothing new to apply', async () => {
    const device = makeDevice(makeServer(), 'a');
    const id = (await saveClipping(device.db, draft(1, 'albatross gliding'))).id;
    await device.sync();
    await device.db.search.clear();
    await device.engineDb.transaction('rw', [device.engineDb.syncState], () => queueForIndex(device.engineDb, [id]));
    expect((await device.sync()).applied).toBe(0);
    expect(await idsWithWord(device.db, 'albatross')).toEqual([id]);
  });

  it('queues each clipping once however many batches wrote it', async () => {
    const { engineDb, ids } = await appliedUnindexed(['tern']);
    await engineDb.transaction('rw', [engineDb.syncState], () => queueForIndex(engineDb, [ids[0]!, ids[0]!]));
    expect(((await engineDb.syncState.get('unindexed'))?.value as number[]).length).toBe(1);
    expect(await indexPulled(engineDb)).toBe(1);
  });
});
