// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { saveClipping, updateClipping } from '../../../utils/clippings/store';
import { applyMirrorChanges, applyWhilePulling } from '../../../utils/sync/apply';
import { pushOutbox } from '../../../utils/sync/push';
import { makeDraft } from '../clippings/helpers';
import { pairedDevices } from './devices';

const article = (n: number) => makeDraft({ url: `https://wharf.example/${n}`, canonicalUrl: `https://wharf.example/${n}`, title: `Wharf ${n}` });
const titles = async (db: ReturnType<typeof pairedDevices>['b']['db']) => (await db.clippings.orderBy('title').toArray()).map((c) => `${c.title} ${c.tags.join(',')}`.trim());

describe('applying beside a pull', () => {
  it('stops before a document in conflict and writes nothing to the mirror; the apply after the pull merges it and goes on', async () => {
    const { server, a, b } = pairedDevices();
    const shared = await saveClipping(a.db, article(1));
    await a.sync();
    await b.sync();
    const onB = (await b.db.clippings.toArray())[0]!.id;
    // Apart: A saves four more and edits 1; B edits 1 and pushes it to its mirror only.
    for (const n of [2, 3, 4, 5]) await saveClipping(a.db, article(n));
    await updateClipping(a.db, shared.id, { tags: ['from-a'] });
    await a.sync();
    await updateClipping(b.db, onB, { tags: ['from-b'] });
    await pushOutbox(b.engineDb, b.mirror);
    await b.mirror.replicate.from(server, { batch_size: 100 });
    const mirrorSeq = (await b.mirror.info()).update_seq;
    // Where the conflict is in B's feed (the order follows the revisions' hashes).
    const since = (await b.engineDb.syncState.get('appliedSeq'))!.value as number;
    const feed = (await b.mirror.changes({ since, include_docs: true, conflicts: true, limit: 100 })).results;
    const before = feed.findIndex((r) => r.doc?._conflicts?.length);
    expect(before).toBeGreaterThanOrEqual(0);

    expect(await applyMirrorChanges(b.engineDb, b.mirror, { early: true })).toEqual({ applied: before, conflicts: 0 });
    expect(await b.db.clippings.count()).toBe(1 + before);
    expect((await b.db.clippings.get(onB))!.tags).toEqual(['from-b']);
    expect((await b.mirror.info()).update_seq).toBe(mirrorSeq);

    expect(await applyMirrorChanges(b.engineDb, b.mirror)).toMatchObject({ conflicts: 1 });
    expect(await titles(b.db)).toEqual(['Wharf 1 from-a,from-b', 'Wharf 2', 'Wharf 3', 'Wharf 4', 'Wharf 5']);
  });

  it('writes what the pull has brought while it is still running, and ends with it', async () => {
    const { server, a, b } = pairedDevices();
    await saveClipping(a.db, article(1));
    await a.sync();
    let end!: () => void;
    const pull = new Promise<void>((resolve) => (end = resolve));
    const applying = applyWhilePulling(b.engineDb, b.mirror, pull);
    await b.mirror.replicate.from(server, { batch_size: 100 });
    for (let tries = 0; !(await b.db.clippings.count()) && tries < 100; tries++) await new Promise((r) => setTimeout(r, 50));
    expect(await titles(b.db)).toEqual(['Wharf 1']);
    end();
    expect(await applying).toBe(1);
  });
});
