// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ClippingsDb } from '../../../utils/clippings/db';
import { deleteClippings, importClippings, saveClipping, updateClipping } from '../../../utils/clippings/store';
import { makeClipping, makeDraft } from '../clippings/helpers';

let n = 0;
const fresh = (capture = true) => new ClippingsDb(`outbox-${++n}`, { capture });

describe('the sync outbox', () => {
  it('queues every save, edit and delete in the same transaction, one row per clipping', async () => {
    const db = fresh();
    const { id } = await saveClipping(db, makeDraft());
    expect(await db.syncOutbox.toArray()).toEqual([{ key: 'https://news.example/a', id, deleted: false, change: expect.any(String) }]);
    const first = (await db.syncOutbox.get('https://news.example/a'))!.change;
    await updateClipping(db, id, { tags: ['x'] });
    const second = (await db.syncOutbox.get('https://news.example/a'))!;
    expect(second.change).not.toBe(first);
    await deleteClippings(db, [id]);
    expect(await db.syncOutbox.toArray()).toEqual([{ key: 'https://news.example/a', id: null, deleted: true, change: expect.any(String) }]);
  });

  it('queues bulk imports and a cleared table', async () => {
    const db = fresh();
    await importClippings(db, [makeClipping(1), makeClipping(2), makeClipping(3)]);
    expect(await db.syncOutbox.count()).toBe(3);
    await db.clippings.clear();
    expect((await db.syncOutbox.toArray()).every((row) => row.deleted)).toBe(true);
  });

  it('is left out of a failed transaction with the write it belongs to', async () => {
    const db = fresh();
    await expect(
      db.transaction('rw', db.clippings, async () => {
        await db.clippings.add({ ...makeClipping(1), id: undefined as unknown as number });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await db.syncOutbox.count()).toBe(0);
  });

  it('does not queue what the sync engine itself writes', async () => {
    const engine = fresh(false);
    await saveClipping(engine, makeDraft());
    expect(await engine.syncOutbox.count()).toBe(0);
  });
});
