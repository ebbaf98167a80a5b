// @vitest-environment node
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import { describe, expect, it } from 'vitest';
import type { Mirror } from '../../../utils/sync/pouch';
import { quickRevsDiff } from '../../../utils/sync/quick-diff';

PouchDB.plugin(memoryAdapter);

let run = 0;
const db = () => new PouchDB(`quick-diff-${++run}-${Math.random()}`, { adapter: 'memory' }) as unknown as Mirror & { put(doc: object): Promise<{ rev: string }> };

describe("the mirror's revs_diff in one read", () => {
  it('answers as PouchDB does: absent documents lack all, current revisions lack nothing, conflicts and old revisions are looked up in the tree', async () => {
    const mirror = db();
    const first = await mirror.put({ _id: 'kept', n: 1 });
    const second = await mirror.put({ _id: 'kept', _rev: first.rev, n: 2 });
    const gone = await mirror.put({ _id: 'gone' });
    const [deleted] = await mirror.bulkDocs([{ _id: 'gone', _rev: gone.rev, _deleted: true }]);
    // A conflicting leaf beside the current revision, as a pull writes it.
    const pull = mirror.bulkDocs as unknown as (docs: object[], options: object) => Promise<unknown>;
    await pull([{ _id: 'kept', _rev: '2-ffff', n: 3, _revisions: { start: 2, ids: ['ffff', first.rev.slice(2)] } }], { new_edits: false });
    const asked = { absent: ['1-aaaa', '2-bbbb'], kept: [second.rev], gone: [(deleted as { rev: string }).rev] };
    const inTree = { kept: [first.rev, '2-ffff', '3-cccc'] };
    const pouchAnswers = [await mirror.revsDiff(asked), await mirror.revsDiff(inTree)];
    quickRevsDiff(mirror);
    expect([await mirror.revsDiff(asked), await mirror.revsDiff(inTree)]).toEqual(pouchAnswers);
    expect(pouchAnswers).toEqual([{ absent: { missing: ['1-aaaa', '2-bbbb'] } }, { kept: { missing: ['3-cccc'] } }]);
  });

  it('reads revision trees only for documents whose current revision is not the one asked', async () => {
    const mirror = db();
    const revs = await Promise.all(['a', 'b', 'c'].map(async (id) => (await mirror.put({ _id: id })).rev));
    let trees = 0;
    const tree = (mirror as unknown as { _getRevisionTree: (...a: unknown[]) => void })._getRevisionTree.bind(mirror);
    (mirror as unknown as { _getRevisionTree: (...a: unknown[]) => void })._getRevisionTree = (...a) => (trees++, tree(...a));
    quickRevsDiff(quickRevsDiff(mirror));
    expect(await mirror.revsDiff({ a: [revs[0]!], b: [revs[1]!], c: ['2-dddd'], d: ['1-eeee'] })).toEqual({ c: { missing: ['2-dddd'] }, d: { missing: ['1-eeee'] } });
    expect(trees).toBe(1);
  });
});
