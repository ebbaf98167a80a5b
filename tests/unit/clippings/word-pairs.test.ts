// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clippingIndex, ClippingsDb, phraseFields } from '../../../utils/clippings/db';
import { queryLibrary } from '../../../utils/clippings/query';
import { matchesPhrases, parseQuery } from '../../../utils/clippings/search-index';
import type { Clipping } from '../../../utils/clippings/types';
import { mayHoldPhrases, pairSignature } from '../../../utils/clippings/word-pairs';
import { scanMatches } from '../../fixtures/plain-scan';
import { makeClipping, pageInTwo, seedLibrary } from './helpers';

/** A small deterministic random source (the same texts on every run). */
function random(seed: number): () => number {
  let state = seed;
  return () => ((state = Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}
const VOCABULARY = ['otter', 'Otter', 'river', 'bank', 'a', 'the', 'Élan', 'elan', 'reed', 'heron', 'x', 'mud', 'flow', 'stone', 'fish', 'café', 'cafe'];
const GLUE = [' ', ' ', ' ', ', ', '. ', ' — ', '\n', ' (', ') ', '-'];
function text(next: () => number, words: number): string {
  let out = '';
  for (let i = 0; i < words; i++) out += VOCABULARY[Math.floor(next() * VOCABULARY.length)]! + GLUE[Math.floor(next() * GLUE.length)]!;
  return out;
}
function phrase(next: () => number): string {
  const length = 2 + Math.floor(next() * 2);
  return Array.from({ length }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]!).join(' ');
}

/**
 * 400 clippings, each a candidate of "river otter" and "otter swims" (it has all their words), the newest first: every
 * other one holds "river otter", one in ten "otter swims".
 */
async function otterLibrary(db: ClippingsDb): Promise<Clipping[]> {
  const clippings = Array.from({ length: 400 }, (_, k) => {
    const id = k + 1;
    const passage = id % 10 === 0 ? 'the river otter swims' : id % 2 === 0 ? 'the river otter sleeps, it swims' : 'the otter sleeps by the river, it swims';
    return makeClipping(id, { url: `https://short.example/${id}`, key: `https://short.example/${id}`, title: `Notes ${id}`, text: `${'Notes from the bank of the stream. '.repeat(6)}${passage}.`, savedAt: 1_000 + id, publishedTime: null });
  });
  await seedLibrary(db, clippings);
  return clippings;
}

/** The rows of `table` a search reads from `db`: how many a read (one transaction of gets), in order. */
function rowReads(db: ClippingsDb, table: 'search' | 'clippings') {
  const get = vi.spyOn(IDBObjectStore.prototype, 'get');
  get.mockClear();
  const reads = () => {
    const byRead = new Map<IDBTransaction, number>();
    for (const store of get.mock.contexts as IDBObjectStore[]) {
      if (store.name === table && store.transaction.db.name === db.name) byRead.set(store.transaction, (byRead.get(store.transaction) ?? 0) + 1);
    }
    return [...byRead.values()];
  };
  return { reads, clear: () => get.mockClear(), restore: () => get.mockRestore() };
}

describe('a clipping\'s word-pair signature', () => {
  it('never rules out a phrase its fields hold (random texts and phrases), and rules out most that they do not', () => {
    const next = random(7);
    let held = 0;
    let ruledOut = 0;
    let notHeld = 0;
    for (let i = 0; i < 300; i++) {
      const fields = [text(next, 3), text(next, 5 + Math.floor(next() * 200)), text(next, 2)];
      const signature = pairSignature(fields);
      for (let j = 0; j < 20; j++) {
        const { phrases } = parseQuery(`"${phrase(next)}"`);
        if (phrases.length === 0) continue;
        if (matchesPhrases({ terms: [], prefix: null, phrases }, ...fields)) {
          held++;
          expect(mayHoldPhrases(signature, phrases)).toBe(true);
        } else {
          notHeld++;
          if (!mayHoldPhrases(signature, phrases)) ruledOut++;
        }
      }
    }
    expect(held).toBeGreaterThan(500);
    // Of the phrases not held, those made of pairs no field has are ruled out (a held pair can still make a phrase not held).
    expect(ruledOut / notHeld).toBeGreaterThan(0.5);
    // 6,000 random phrases: ~1 s alone, past the default 5 s when the whole suite shares two loaded cores.
  }, 30_000);

  it('pairs words only within a field, next to each other, one-letter words and punctuation as the phrase search sees them', () => {
    const signature = pairSignature(['Otter', 'river bank', 'reed, heron — a mud flow', null, '']);
    const may = (query: string) => mayHoldPhrases(signature, parseQuery(query).phrases);
    expect([may('"river bank"'), may('"RIVER BANK"'), may('"reed heron"'), may('"heron mud"')]).toEqual([true, true, true, false]);
    // "heron — a mud": the one-letter word stands between them, as in the text ("a" is no word of the phrase).
    expect(matchesPhrases(parseQuery('"heron mud"'), 'reed, heron — a mud flow')).toBe(false);
    // The title's last word and the text's first are not a pair.
    expect(may('"otter river"')).toBe(false);
    expect(matchesPhrases(parseQuery('"otter river"'), 'Otter', 'river bank')).toBe(false);
  });

  it('says "maybe" to a phrase of an unspaced script (matched on character pairs), and "no" to any phrase where no field has two words', () => {
    expect(mayHoldPhrases(pairSignature(['東京の天気']), parseQuery('"東京 天気"').phrases)).toBe(true);
    expect(mayHoldPhrases(pairSignature(['otter', '', 'x']), parseQuery('"otter river"').phrases)).toBe(false);
  });
});

describe('a clipping\'s index entry', () => {
  it('holds word pairs when its phrase fields are long enough for them to save a read, none for a link\'s title', () => {
    expect(clippingIndex(makeClipping(1, { title: 'Otter notes number 12', text: '', html: '' })).pairs).toBeUndefined();
    const long = makeClipping(2, { title: 'Otters', text: 'The river otter swims along the bank. '.repeat(12) });
    expect(clippingIndex(long).pairs).toEqual(pairSignature(phraseFields(long)));
    expect(mayHoldPhrases(clippingIndex(long).pairs!, parseQuery('"river otter"').phrases)).toBe(true);
  });
});

describe('a phrase search through the word pairs', () => {
  let db: ClippingsDb;
  beforeEach(() => void (db = new ClippingsDb(`pairs-${Math.random()}`)));
  afterEach(() => db.delete());

  it('finds exactly what a plain scan finds, page and count, with rows indexed one at a time, in bulk, and without pairs', async () => {
    const next = random(11);
    const clippings: Clipping[] = Array.from({ length: 240 }, (_, i) => makeClipping(i + 1, {
      url: `https://pairs.example/${i}`, key: `https://pairs.example/${i}`, title: text(next, 3), text: text(next, i % 9 ? 60 + Math.floor(next() * 120) : 5),
      note: i % 7 === 0 ? text(next, 4) : '', savedAt: 1_000 + ((i * 37) % 240), publishedTime: null,
    }));
    await seedLibrary(db, clippings, (c) => c.id % 5 === 0);
    // Rows written before schema v6 have no pairs, nor do short clippings' (every ninth here): their texts are read.
    await db.search.where('id').below(30).modify((row) => void delete row.pairs);
    expect(await db.search.filter((row) => row.pairs !== undefined).count()).toBeGreaterThan(150);
    const newestFirst = [...clippings].sort((a, b) => b.savedAt - a.savedAt || b.id - a.id);
    let compared = 0;
    for (let i = 0; i < 60; i++) {
      const query = `"${phrase(next)}"`;
      const parsed = parseQuery(query);
      if (parsed.phrases.length === 0) continue;
      const expected = newestFirst.filter((c) => scanMatches(parsed, c)).map((c) => c.id);
      const page = await queryLibrary(db, { search: query, limit: 10 });
      expect(page.items.map((c) => c.id)).toEqual(expected.slice(0, 10));
      expect(page.total ?? (await page.count!(() => false))).toBe(expected.length);
      // The first screen first (1 to 9 of the page's 10), then the rest, then the count: the same page and total.
      const inTwo = await pageInTwo(await queryLibrary(db, { search: query, limit: 10, offset: i % 3 ? 0 : 10, first: 1 + (i % 9) }));
      expect(inTwo.ids).toEqual(expected.slice(i % 3 ? 0 : 10, i % 3 ? 10 : 20));
      expect(inTwo.first).toEqual(inTwo.ids.slice(0, 1 + (i % 9)));
      expect(inTwo.total).toBe(expected.length);
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(100);
  }, 60_000);

  it('reads word pairs only when the first texts leave the page short, and only for as many candidates as the page needs', async () => {
    const clippings = await otterLibrary(db);
    const pairsRead = rowReads(db, 'search');
    const newestFirst = [...clippings].reverse();
    const search = async (query: string) => {
      pairsRead.clear();
      const page = await queryLibrary(db, { search: query, limit: 10 });
      const beforePage = pairsRead.reads().length;
      const expected = newestFirst.filter((c) => scanMatches(parseQuery(query), c)).map((c) => c.id);
      expect(page.items.map((c) => c.id)).toEqual(expected.slice(0, 10));
      expect(page.total ?? (await page.count!(() => false))).toBe(expected.length);
      const rows = pairsRead.reads();
      return { page: rows.slice(0, beforePage), all: rows };
    };
    // One in ten holds "otter swims": 2 of the first 20, so 8 more are wanted from ~80 candidates; with half as many again,
    // the pairs of 120 are read (not every candidate's), then the count reads the rest a window at a time.
    const rows = await search('"otter swims"');
    expect(rows.page).toEqual([120]);
    expect(rows.all.reduce((sum, n) => sum + n, 0)).toBe(380);
    // Half the candidates hold "river otter": the first 20 texts fill the page of 10, and no search row is read.
    expect((await search('"river otter"')).all).toEqual([]);
    // The rows read are kept in the page (utils/clippings/pair-memory.ts): the same phrase again reads none.
    expect((await search('"otter swims"')).all).toEqual([]);
    pairsRead.restore();
  }, 30_000);

  it("finds a first screen's matches with the reads that screen needs, then the rest of the page with the reads of one page", async () => {
    await otterLibrary(db);
    const textsRead = rowReads(db, 'clippings');
    const pairsRead = rowReads(db, 'search');
    const reads = () => [textsRead.reads(), pairsRead.reads()];
    // "river otter", in every other candidate: 6 texts hold the first 3; the rest read the texts of the page's 20 (as one page would).
    const common = await queryLibrary(db, { search: '"river otter"', limit: 10, first: 3 });
    expect(common.items.map((c) => c.id)).toEqual([400, 398, 396]);
    expect(reads()).toEqual([[6], []]);
    expect((await common.rest!(() => false)).map((c) => c.id)).toEqual([394, 392, 390, 388, 386, 384, 382]);
    expect(reads()).toEqual([[6, 14], []]);
    // "otter swims", in one in ten: 6 texts hold 1; then the pairs of 50 candidates (not the 120 a whole page reads), and the texts of those that may hold it.
    textsRead.clear();
    const rare = await queryLibrary(db, { search: '"otter swims"', limit: 10, first: 3 });
    expect(rare.items.map((c) => c.id)).toEqual([400, 390, 380]);
    expect(reads()).toEqual([[6, 18], [50]]);
    textsRead.restore();
  }, 30_000);
});
