// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClippingsDb } from '../../../utils/clippings/db';
import { allMatchingIds, queryLibrary, type LibraryQuery } from '../../../utils/clippings/query';
import { saveClipping, updateClipping } from '../../../utils/clippings/store';
import { makeDraft } from './helpers';

let db: ClippingsDb;
/** The id of each clipping saved, by its number. */
const ids: number[] = [];
beforeEach(async () => {
  db = new ClippingsDb(`select-matching-${Math.random()}`);
  ids.length = 0;
  // 230 invented clippings: more than two batches of a phrase's texts, many pages of 25.
  for (let i = 0; i < 230; i++) {
    const url = `https://otters.test/${i}`;
    const text = i % 4 === 0 ? 'the sea otter floats on its back' : 'an otter by the sea, far from the back streets';
    const saved = await saveClipping(db, makeDraft({ url, canonicalUrl: url, title: `Otter note ${i}`, siteName: i % 2 ? 'Odd Site' : 'Even Site', text, html: `<p>${text}</p>` }), 1_000 + i);
    ids.push(saved.id);
  }
});
afterEach(() => db.delete());

/** What paging through the query shows, page after page of 25. */
async function everyPage(q: LibraryQuery): Promise<number[]> {
  const shown: number[] = [];
  for (let offset = 0; ; offset += 25) {
    const page = await queryLibrary(db, { ...q, offset, limit: 25 });
    const items = page.items.concat((await page.rest?.(() => false)) ?? []);
    if (items.length === 0) return shown;
    shown.push(...items.map((c) => c.id));
  }
}
const sorted = (list: number[]) => [...list].sort((a, b) => a - b);

describe('allMatchingIds (Select all matching)', () => {
  it('gives every clipping of an unfiltered library', async () => {
    expect(sorted(await allMatchingIds(db, {}))).toEqual(sorted(ids));
  });

  it('gives the matches of a filter and a word across all pages, not one page', async () => {
    const q: LibraryQuery = { site: 'Odd Site', search: 'otter ' };
    const all = await allMatchingIds(db, q);
    expect(all).toHaveLength(115);
    expect(sorted(all)).toEqual(sorted(await everyPage(q)));
  });

  it('checks a quoted phrase in every candidate, past the first batches of texts', async () => {
    const q: LibraryQuery = { search: '"sea otter"' };
    const all = await allMatchingIds(db, q);
    expect(sorted(all)).toEqual(ids.filter((_, i) => i % 4 === 0));
    expect(sorted(all)).toEqual(sorted(await everyPage(q)));
  });

  it('finds a phrase in a note, as the search does', async () => {
    await updateClipping(db, ids[3]!, { note: 'a sea otter seen at dawn' });
    expect(await allMatchingIds(db, { search: '"otter seen at dawn"' })).toEqual([ids[3]!]);
  });
});
