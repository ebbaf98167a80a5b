import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClippingsDb, clippingIndex } from '../../../utils/clippings/db';
import { INDEXING, WORDS_A_PART, WORDS_IN_ROW, resumeIndexing } from '../../../utils/clippings/index-later';
import { addHighlight, updateHighlight } from '../../../utils/clippings/marks';
import { queryLibrary } from '../../../utils/clippings/query';
import { deleteClippings, saveClipping, storeDraft, updateClipping } from '../../../utils/clippings/store';
import { makeDraft, makeHighlight } from './helpers';

// A long text's words are indexed in parts, each its own transaction (utils/clippings/index-later.ts): the save's
// own transaction holds at most WORDS_IN_ROW of them; the save answers once all are searchable; a part never written
// (the browser killed between two) is written at the next start.

/** A text of `count` distinct invented words, `prefix` + a number in base 36. */
const wordsText = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i.toString(36)}`).join(' ');
const LONG = WORDS_IN_ROW + 2 * WORDS_A_PART + 123;
const longDraft = (url = 'https://long.example/story') => makeDraft({ url, canonicalUrl: url, title: 'Harbour ledger', text: wordsText('qz', LONG), html: '<p>long</p>' });
const found = async (db: ClippingsDb, search: string) => (await queryLibrary(db, { search })).items.map((c) => c.title);

let db: ClippingsDb;
beforeEach(() => {
  db = new ClippingsDb(`index-later-${Math.random()}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('a long text indexed in parts', () => {
  it('writes at most WORDS_IN_ROW words in the save\'s own transaction, the rest left marked in the row', async () => {
    // The save's transaction alone, as a kill right after its commit leaves it.
    const { id } = await db.transaction('rw', [db.clippings, db.search, db.postings], () => storeDraft(db, longDraft(), 1000));
    const row = (await db.search.get(id))!;
    expect(row.words).toHaveLength(WORDS_IN_ROW + 1);
    expect(row.words).toContain(INDEXING);
    const all = clippingIndex({ ...longDraft(), tags: [], note: '' }).words;
    expect(all.length).toBeGreaterThan(LONG);
    expect([...row.words.filter((w) => w !== INDEXING), ...row.later!.split(' ')]).toEqual(all);
    expect(await db.postings.count()).toBe(0);
    // The clipping is whole; the title and the opening words are found at once, the later ones not yet.
    expect((await db.clippings.get(id))!.text).toBe(longDraft().text);
    expect(await found(db, 'harbour')).toEqual(['Harbour ledger']);
    expect(await found(db, `qz${(LONG - 1).toString(36)}`)).toEqual([]);

    // The next start writes the rest, a part a transaction: then every word is found, and the mark is gone.
    await resumeIndexing(db);
    const done = (await db.search.get(id))!;
    expect(done.later).toBeUndefined();
    expect(done.words).not.toContain(INDEXING);
    expect(new Set([...done.words, ...done.packed!.split(' ')])).toEqual(new Set(all));
    expect(await found(db, `qz${(LONG - 1).toString(36)}`)).toEqual(['Harbour ledger']);
    expect(await db.search.where('words').equals(INDEXING).count()).toBe(0);
  });

  it('answers a save once every word is searchable', async () => {
    await saveClipping(db, longDraft());
    expect(await found(db, `qz${(LONG - 1).toString(36)}`)).toEqual(['Harbour ledger']);
    expect(await found(db, `qz${WORDS_IN_ROW.toString(36)}`)).toEqual(['Harbour ledger']);
    expect(await db.search.where('words').equals(INDEXING).count()).toBe(0);
  });

  it('keeps the index exact through edits, a save of a shorter text, highlights and a delete', async () => {
    const { id } = await saveClipping(db, longDraft());
    await updateClipping(db, id, { note: 'pelican note' });
    expect(await found(db, 'pelican')).toEqual(['Harbour ledger']);
    expect(await found(db, `qz${(LONG - 1).toString(36)}`)).toEqual(['Harbour ledger']);
    // The same page saved again with a text that lost its last words: they are no longer found.
    await saveClipping(db, { ...longDraft(), text: wordsText('qz', WORDS_IN_ROW + 10) });
    expect(await found(db, `qz${(LONG - 1).toString(36)}`)).toEqual([]);
    expect(await found(db, `qz${(WORDS_IN_ROW + 9).toString(36)}`)).toEqual(['Harbour ledger']);
    await addHighlight(db, { clippingId: id, highlight: makeHighlight({ note: 'cormorant' }) });
    await updateHighlight(db, { clippingId: id, id: 'h-1', note: 'gannet' });
    expect(await found(db, 'gannet')).toEqual(['Harbour ledger']);
    expect(await found(db, 'cormorant')).toEqual([]);
    await deleteClippings(db, [id]);
    expect(await db.postings.count()).toBe(0);
    expect(await db.search.count()).toBe(0);
  });

  it('saves and highlights a long article together, all of its words searchable once it answers', async () => {
    const { clippingId } = await addHighlight(db, { clippingId: null, draft: longDraft(), highlight: makeHighlight({ note: 'tern' }) });
    expect(await found(db, 'tern')).toEqual(['Harbour ledger']);
    expect(await found(db, `qz${(LONG - 1).toString(36)}`)).toEqual(['Harbour ledger']);
    expect((await db.search.get(clippingId))!.later).toBeUndefined();
  });

  it('a short text is one row as before: no mark, nothing left for later', async () => {
    const { id } = await saveClipping(db, makeDraft({ text: wordsText('ab', 50) }));
    const row = (await db.search.get(id))!;
    expect(row.later).toBeUndefined();
    expect(row.packed).toBeUndefined();
    expect(row.words).not.toContain(INDEXING);
  });
});
