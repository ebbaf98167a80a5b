// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClippingsDb } from '../../../utils/clippings/db';
import { addHighlight, saveProgress, setState } from '../../../utils/clippings/marks';
import { highlightedBatches } from '../../../utils/clippings/batches';
import { queryLibrary } from '../../../utils/clippings/query';
import { saveClipping } from '../../../utils/clippings/store';
import { makeDraft, makeHighlight } from './helpers';

let db: ClippingsDb;
const id: Record<string, number> = {};
beforeEach(async () => {
  db = new ClippingsDb(`query-marks-${Math.random()}`);
  let now = 1000;
  for (const name of ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot']) {
    const url = `https://example.test/${name}`;
    id[name] = (await saveClipping(db, makeDraft({ url, canonicalUrl: url, title: name, text: `The ${name} story.` }), (now += 1000))).id;
  }
  const progress = (fraction: number) => ({ fraction, anchor: null, updatedAt: 1 });
  await saveProgress(db, { clippingId: id.bravo!, progress: progress(0.3) }, 20_000);
  await saveProgress(db, { clippingId: id.delta!, progress: progress(0.6) }, 30_000);
  await saveProgress(db, { clippingId: id.echo!, progress: progress(1) }, 25_000);
  await setState(db, { ids: [id.foxtrot!], state: 'archived' }, 26_000);
  await addHighlight(db, { clippingId: id.charlie!, highlight: makeHighlight({ note: 'remember the walrus' }) }, 27_000);
  await addHighlight(db, { clippingId: id.delta!, highlight: makeHighlight({ quote: { type: 'TextQuoteSelector', exact: 'delta story', prefix: '', suffix: '' } }) }, 31_000);
});
afterEach(() => db.delete());

const titles = async (q: Parameters<typeof queryLibrary>[1]) => (await queryLibrary(db, q)).items.map((c) => c.title);

describe('the library by state and highlights', () => {
  it('filters by state, counted', async () => {
    expect(await titles({ state: 'reading' })).toEqual(['delta', 'bravo']);
    expect(await titles({ state: 'finished' })).toEqual(['echo']);
    expect(await titles({ state: 'archived' })).toEqual(['foxtrot']);
    expect((await queryLibrary(db, { state: 'unread' })).total).toBe(2);
  });

  it('filters the clippings that have highlights, alone and with a state', async () => {
    expect(await titles({ hasHighlights: true })).toEqual(['delta', 'charlie']);
    expect(await titles({ hasHighlights: true, state: 'unread' })).toEqual(['charlie']);
  });

  it('finds a highlight note, and a quoted phrase in a highlight note', async () => {
    expect(await titles({ search: 'walrus ' })).toEqual(['charlie']);
    expect(await titles({ search: '"the walrus"' })).toEqual(['charlie']);
  });

  it('sorts by state: in progress first (read last on top), then unread, finished, archived', async () => {
    expect(await titles({ sort: 'state' })).toEqual(['delta', 'bravo', 'charlie', 'alpha', 'echo', 'foxtrot']);
    expect(await titles({ sort: 'state', desc: true })).toEqual(['foxtrot', 'echo', 'alpha', 'charlie', 'bravo', 'delta']);
  });

  it('lists "continue reading": in progress, the one read last first', async () => {
    expect(await titles({ state: 'reading', sort: 'updatedAt', limit: 5 })).toEqual(['delta', 'bravo']);
    await saveProgress(db, { clippingId: id.bravo!, progress: { fraction: 0.5, anchor: null, updatedAt: 2 } }, 40_000);
    expect(await titles({ state: 'reading', sort: 'updatedAt', limit: 5 })).toEqual(['bravo', 'delta']);
  });
});

describe('highlightedBatches', () => {
  it('reads only the clippings with highlights, in id order', async () => {
    const batches = [];
    for await (const batch of highlightedBatches(db, undefined, 1)) batches.push(batch.map((c) => c.title));
    expect(batches).toEqual([['charlie'], ['delta']]);
    const some = [];
    for await (const batch of highlightedBatches(db, new Set([id.delta!, id.alpha!]))) some.push(...batch.map((c) => c.title));
    expect(some).toEqual(['delta']);
  });
});
