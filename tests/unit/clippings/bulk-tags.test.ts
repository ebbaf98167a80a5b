// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeTags, withoutTag, withTag } from '../../../utils/clippings/bulk-tags';
import { clippingIndex, idsWithWord, unpack, type ClippingsDb as Db } from '../../../utils/clippings/db';
import { ClippingsDb } from '../../../utils/clippings/db';
import { MAX_TAGS, updateClipping } from '../../../utils/clippings/store';
import { StoreError } from '../../../utils/clippings/errors';
import { holdsWord } from '../../../utils/clippings/search-index';
import type { Clipping } from '../../../utils/clippings/types';
import { makeClipping, makeHighlight, seedLibrary } from './helpers';

let db: Db;
beforeEach(() => {
  db = new ClippingsDb(`test-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

/** Every clipping's index words, as both halves of the index hold them (the row's words and the posting rows). */
async function indexedWords(): Promise<Map<number, Set<string>>> {
  const out = new Map<number, Set<string>>();
  for (const row of await db.search.toArray()) out.set(row.id, new Set(row.words));
  for (const posting of await db.postings.toArray()) for (const id of posting.ids) out.get(id)!.add(posting.word);
  // a packed word of a row is in its posting rows, and the other way round
  for (const row of await db.search.toArray()) for (const w of unpack(row)) expect(out.get(row.id)!.has(w)).toBe(true);
  return out;
}

/** The index after the bulk change holds, for every clipping, exactly the words a full reindex of it would. */
async function expectIndexAsReindexed() {
  const words = await indexedWords();
  for (const c of await db.clippings.toArray()) expect([...words.get(c.id)!].sort(), `clipping ${c.id}`).toEqual([...new Set(clippingIndex(c).words)].sort());
}

const ids = (n: number, from = 1) => Array.from({ length: n }, (_, i) => from + i);
const changes = (list: number[], tag: string) => list.map((id) => ({ id, tag }));

/** Invented clippings: every third about gardens, some saved one at a time (words in the row), the rest imported (packed). */
function library(n = 60): Clipping[] {
  return ids(n).map((id) => makeClipping(id, {
    text: id % 3 === 0 ? `The allotment garden flooded again, story ${id}.` : `Notes on tide tables, story ${id}.`,
    tags: id % 4 === 0 ? ['Weekend', 'tides'] : [],
    ...(id % 10 === 0 ? { highlights: [makeHighlight({ note: 'compost heap' })], highlightCount: 1 } : {}),
  }));
}

describe('withTag and withoutTag', () => {
  it('adds a tag last or where it was, never twice ignoring case, never past the most a clipping holds', () => {
    expect(withTag(['a', 'b'], 'c')).toEqual(['a', 'b', 'c']);
    expect(withTag(['a', 'b'], 'c', 1)).toEqual(['a', 'c', 'b']);
    expect(withTag(['Garden'], 'garden')).toBeNull();
    expect(withTag(ids(MAX_TAGS).map(String), 'new')).toBe('full');
  });

  it('removes a tag ignoring case, saying its spelling and place', () => {
    expect(withoutTag(['a', 'Garden', 'b'], 'garden')).toEqual({ tags: ['a', 'b'], removed: 'Garden', at: 1 });
    expect(withoutTag(['a'], 'garden')).toBeNull();
  });
});

describe('holdsWord', () => {
  it('finds an index word as a whole word of the folded field only', () => {
    expect(holdsWord('The Économie desk', 'economie')).toBe(true);
    expect(holdsWord('Reconomies of scale', 'economie')).toBe(false);
    expect(holdsWord('東京の天気', '東京')).toBe(true);
  });
});

describe('changeTags', () => {
  it('adds a tag to many clippings: stored, found by its words, the index as a full reindex makes it', async () => {
    await seedLibrary(db, library(), (c) => c.id % 5 === 0);
    const outcome = await changeTags(db, { action: 'add', changes: changes(ids(40), 'Rainy days') }, 9000);
    expect(outcome).toEqual({ undo: changes(ids(40), 'Rainy days'), full: 0 });
    const stored = await db.clippings.bulkGet(ids(40));
    expect(stored.every((c) => c!.tags.at(-1) === 'Rainy days' && c!.updatedAt === 9000)).toBe(true);
    expect((await idsWithWord(db, 'rainy')).sort((a, b) => a - b)).toEqual(ids(40));
    await expectIndexAsReindexed();
  });

  it('removes a tag, keeping its words where another field holds them, and its undo puts it back where it was', async () => {
    const clippings = library();
    clippings[2] = { ...clippings[2]!, tags: ['garden', 'Weekend'] };
    await seedLibrary(db, clippings, (c) => c.id % 5 === 0);
    await changeTags(db, { action: 'add', changes: changes(ids(60), 'garden') });
    await expectIndexAsReindexed();
    const removed = await changeTags(db, { action: 'remove', changes: changes(ids(60), 'GARDEN') });
    expect(removed.undo).toHaveLength(60);
    expect(removed.undo[2]).toEqual({ id: 3, tag: 'garden', at: 0 });
    // "garden" stays the word of the clippings whose text says it (every third), and no other
    expect((await idsWithWord(db, 'garden')).sort((a, b) => a - b)).toEqual(ids(60).filter((id) => id % 3 === 0));
    await expectIndexAsReindexed();
    await changeTags(db, { action: 'add', changes: removed.undo });
    expect((await db.clippings.get(3))!.tags).toEqual(['garden', 'Weekend']);
    await expectIndexAsReindexed();
  });

  it('a word a highlight\'s note or another tag holds stays when the tag goes', async () => {
    await seedLibrary(db, library());
    await changeTags(db, { action: 'add', changes: changes([10, 8], 'compost') });
    await changeTags(db, { action: 'add', changes: changes([8], 'weekend tides') });
    await changeTags(db, { action: 'remove', changes: changes([10, 8], 'compost') });
    expect((await idsWithWord(db, 'compost')).sort((a, b) => a - b)).toEqual(ids(60).filter((id) => id % 10 === 0));
    await changeTags(db, { action: 'remove', changes: changes([8], 'weekend tides') });
    expect((await idsWithWord(db, 'weekend')).sort((a, b) => a - b)).toEqual(ids(60).filter((id) => id % 4 === 0));
    await expectIndexAsReindexed();
  });

  it('leaves alone a clipping that has the tag, one that is full (counted) and one deleted meanwhile', async () => {
    await seedLibrary(db, [makeClipping(1, { tags: ['Later'] }), makeClipping(2, { tags: ids(MAX_TAGS).map((i) => `t${i}`) }), makeClipping(3)]);
    const outcome = await changeTags(db, { action: 'add', changes: changes([1, 2, 3, 99], 'later') });
    expect(outcome).toEqual({ undo: [{ id: 3, tag: 'later' }], full: 1 });
    expect((await db.clippings.get(1))!.tags).toEqual(['Later']);
    expect((await changeTags(db, { action: 'remove', changes: changes([2, 99], 'later') })).undo).toEqual([]);
  });

  it('never overwrites a concurrent edit of the same clipping (each read and written in its transaction)', async () => {
    await seedLibrary(db, library(5));
    await Promise.all([
      changeTags(db, { action: 'add', changes: changes(ids(5), 'first') }),
      updateClipping(db, 2, { note: 'written meanwhile' }),
      changeTags(db, { action: 'add', changes: changes(ids(5), 'second') }),
    ]);
    const two = (await db.clippings.get(2))!;
    expect(two.note).toBe('written meanwhile');
    expect(two.tags).toEqual(['first', 'second']);
    await expectIndexAsReindexed();
  });

  it('refuses a request it cannot read, changing nothing', async () => {
    await seedLibrary(db, library(3));
    await expect(changeTags(db, { action: 'add', changes: changes([1], ' , ') })).rejects.toBeInstanceOf(StoreError);
    await expect(changeTags(db, { action: 'rename', changes: [] })).rejects.toMatchObject({ code: 'invalid' });
    await expect(changeTags(db, { action: 'add', changes: [{ id: '1', tag: 'x' }] })).rejects.toMatchObject({ code: 'invalid' });
    expect((await db.clippings.toArray()).every((c) => c.tags.length === 0)).toBe(true);
  });

  it('queues every changed clipping for sync', async () => {
    await seedLibrary(db, library(4));
    await db.syncOutbox.clear();
    await changeTags(db, { action: 'add', changes: changes([1, 2], 'synced') });
    expect((await db.syncOutbox.toArray()).map((r) => r.key).sort()).toEqual([(await db.clippings.get(1))!.key, (await db.clippings.get(2))!.key].sort());
  });
});
