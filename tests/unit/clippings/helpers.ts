import { backupText } from '../../../utils/clippings/backup';
import { clippingIndex, indexMany, indexOne, type ClippingsDb } from '../../../utils/clippings/db';
import { clippingBatches } from '../../../utils/clippings/batches';
import type { LibraryPage } from '../../../utils/clippings/query';
import { defaultMarks, type Clipping, type ClippingDraft, type Highlight } from '../../../utils/clippings/types';

export function makeDraft(overrides: Partial<ClippingDraft> = {}): ClippingDraft {
  return {
    kind: 'article', url: 'https://news.example/a', canonicalUrl: 'https://news.example/a', title: 'Title', byline: 'A. Writer',
    siteName: 'News', publishedTime: '2025-01-14T13:25:11.000Z', lang: 'en', dir: 'ltr', html: '<p>Body</p>', text: 'Body',
    excerpt: 'Body', wordCount: 1, textFragmentUrl: null, ...overrides,
  };
}

export function makeClipping(id: number, overrides: Partial<Clipping> = {}): Clipping {
  const url = `https://site${id % 7}.example/story/${id}`;
  return {
    ...makeDraft({ url, canonicalUrl: url, title: `Story ${id}`, siteName: `Site ${id % 7}`, text: `Story number ${id} about things`, html: `<p>Story number ${id} about things</p>` }),
    id, key: url, savedAt: 1_700_000_000_000 + id * 1000, tags: [], note: '', ...defaultMarks(1_700_000_000_000 + id * 1000), ...overrides,
  };
}

export function makeHighlight(overrides: Partial<Highlight> = {}): Highlight {
  return {
    id: 'h-1', color: 'yellow', note: '',
    quote: { type: 'TextQuoteSelector', exact: 'the pelican flew', prefix: 'At dawn ', suffix: ' over the bay' },
    position: { type: 'TextPositionSelector', start: 8, end: 24 },
    createdAt: 5000, updatedAt: 5000, ...overrides,
  };
}

/** A database's whole backup file, read in small batches as the library's export does, at a fixed date. */
export async function backupOf(db: ClippingsDb): Promise<string> {
  const all: Clipping[] = [];
  for await (const batch of clippingBatches(db, 7)) all.push(...batch);
  return backupText(all, '2026-01-01T00:00:00.000Z');
}

/** Stores clippings as they are and indexes them, in bulk (an import, a sync) or, for `oneAtATime`, as saves do. */
export async function seedLibrary(db: ClippingsDb, clippings: Clipping[], oneAtATime: (c: Clipping) => boolean = () => false): Promise<void> {
  await db.transaction('rw', [db.clippings, db.search, db.postings], async () => {
    await db.clippings.bulkAdd(clippings);
    await indexMany(db, clippings.filter((c) => !oneAtATime(c)).map((c) => ({ id: c.id, ...clippingIndex(c) })));
    for (const c of clippings.filter(oneAtATime)) await indexOne(db, c.id, clippingIndex(c));
  });
}

/**
 * A page asked for with its first screen first (`LibraryQuery.first`): the ids of its first clippings, of the whole page
 * (the rest read as the library does, before the count), and its total (null: not counted, the unfiltered pages).
 */
export async function pageInTwo(page: LibraryPage): Promise<{ first: number[]; ids: number[]; total: number | null }> {
  const first = page.items.map((c) => c.id);
  const rest = (await page.rest?.(() => false)) ?? [];
  return { first, ids: [...first, ...rest.map((c) => c.id)], total: page.count ? await page.count(() => false) : page.total };
}
