// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupText, parseBackup } from '../../../utils/clippings/backup';
import { ClippingsDb } from '../../../utils/clippings/db';
import { addHighlight, saveProgress, setState } from '../../../utils/clippings/marks';
import { queryLibrary } from '../../../utils/clippings/query';
import { importClippings, saveClipping } from '../../../utils/clippings/store';
import type { Clipping } from '../../../utils/clippings/types';
import { backupOf, makeClipping, makeDraft, makeHighlight } from './helpers';

let db: ClippingsDb;
beforeEach(() => {
  db = new ClippingsDb(`backup-marks-${Math.random()}`);
});
afterEach(() => db.delete());

const exportAll = (target = db) => backupOf(target);

describe('the JSON backup with highlights, progress and state', () => {
  it('restores them identically (round trip), searchable again', async () => {
    const a = await saveClipping(db, makeDraft({ canonicalUrl: 'https://a.test/1' }), 1000);
    const b = await saveClipping(db, makeDraft({ canonicalUrl: 'https://a.test/2' }), 2000);
    await addHighlight(db, { clippingId: a.id, highlight: makeHighlight({ note: 'spoonbill "quoted"\n<b>not bold</b>', color: 'green' }) }, 3000);
    await addHighlight(db, { clippingId: a.id, highlight: makeHighlight({ id: 'h-2', position: { type: 'TextPositionSelector', start: 40, end: 41 } }) }, 3500);
    await saveProgress(db, { clippingId: a.id, progress: { fraction: 0.42, anchor: { type: 'TextQuoteSelector', exact: 'Body', prefix: '', suffix: '' }, updatedAt: 4000 } }, 4000);
    await setState(db, { ids: [b.id], state: 'archived' }, 5000);
    const text = await exportAll();
    expect(JSON.parse(text).version).toBe(2);

    const other = new ClippingsDb(`backup-marks-other-${Math.random()}`);
    await importClippings(other, parseBackup(text).clippings);
    expect(await other.clippings.toArray()).toEqual(await db.clippings.toArray());
    expect(await exportAll(other)).toBe(text);
    expect((await queryLibrary(other, { search: 'spoonbill ' })).items.map((c) => c.id)).toEqual([a.id]);
    expect(await other.clippings.where('state').equals('archived').primaryKeys()).toEqual([b.id]);
    await other.delete();
  });

  it('imports a version 1 backup (before highlights) with the defaults', () => {
    const v1 = JSON.parse(backupText([makeClipping(1)]).replace('"version":2', '"version":1'));
    for (const field of ['state', 'progress', 'highlights', 'highlightCount', 'linkOnly', 'source', 'updatedAt']) delete v1.clippings[0][field];
    const [clipping] = parseBackup(JSON.stringify(v1)).clippings;
    expect(clipping).toEqual(makeClipping(1));
    expect(clipping).toMatchObject({ state: 'unread', progress: null, highlights: [], highlightCount: 0, linkOnly: false, source: 'clean-reader', updatedAt: clipping!.savedAt });
  });

  it('names a bad highlight, recounts highlights, and drops unknown highlight fields', () => {
    const reason = (over: Record<string, unknown>) => {
      try {
        return parseBackup(backupText([makeClipping(1, over as Partial<Clipping>)])).clippings[0];
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(reason({ highlights: [makeHighlight({ color: 'red' as 'pink' })] })).toMatch(/clippings\[0\] \("Story 1"\): "highlight color" has the wrong type or value/);
    expect(reason({ highlights: [{ ...makeHighlight(), note: 7 }] })).toMatch(/"highlight note"/);
    expect(reason({ highlights: [makeHighlight(), makeHighlight()] })).toMatch(/"highlights" has the wrong type or value/);
    expect(reason({ state: 'deleted' })).toMatch(/"state"/);
    expect(reason({ progress: { fraction: -1, anchor: null, updatedAt: 1 } })).toMatch(/"progress"/);
    const counted = reason({ highlights: [{ ...makeHighlight(), evil: '<script>' }], highlightCount: 40 }) as Clipping;
    expect(counted.highlightCount).toBe(1);
    expect(Object.keys(counted.highlights[0]!)).not.toContain('evil');
  });

  it('merging into the library keeps every highlight of both, and the state changed last', async () => {
    const { id } = await saveClipping(db, makeDraft(), 1000);
    await addHighlight(db, { clippingId: id, highlight: makeHighlight({ id: 'mine', note: 'v1' }) }, 2000);
    const stored = (await db.clippings.get(id))!;
    const incoming: Clipping = {
      ...stored, updatedAt: 9000, state: 'finished',
      highlights: [makeHighlight({ id: 'theirs', position: { type: 'TextPositionSelector', start: 0, end: 2 } }), makeHighlight({ id: 'mine', note: 'v2', updatedAt: 8000 })],
    };
    await importClippings(db, [incoming]);
    const merged = (await db.clippings.get(id))!;
    expect(merged.highlights.map((h) => [h.id, h.note])).toEqual([['theirs', ''], ['mine', 'v2']]);
    expect(merged).toMatchObject({ highlightCount: 2, state: 'finished', updatedAt: 9000 });
  });

  it('merging a link-only record keeps the text the library already has', async () => {
    const { id } = await saveClipping(db, makeDraft({ text: 'full text here' }), 1000);
    const linkOnly: Clipping = { ...(await db.clippings.get(id))!, text: '', html: '', linkOnly: true, savedAt: 5000, tags: ['pocket'] };
    await importClippings(db, [linkOnly]);
    expect(await db.clippings.get(id)).toMatchObject({ text: 'full text here', linkOnly: false, tags: ['pocket'], savedAt: 5000 });
  });
});
