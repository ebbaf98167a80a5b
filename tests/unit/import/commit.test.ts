import { Blob as NodeBlob } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ClippingsDb } from '../../../utils/clippings/db';
import { libraryHandlers } from '../../../utils/background/library-handlers';
import { queryLibrary } from '../../../utils/clippings/query';
import { stageFile } from '../../../utils/clippings/staging';
import { findClipping } from '../../../utils/clippings/marks';
import { importClippings, saveClipping } from '../../../utils/clippings/store';
import type { Clipping } from '../../../utils/clippings/types';
import { prepareImport } from '../../../utils/import/prepare';
import { anchorHighlights } from '../../../utils/highlights/anchor';
import { parseOmnivoreZip } from '../../../utils/import/omnivore';
import { importedClipping } from '../../../utils/import/to-clipping';
import { strToU8, zipSync } from 'fflate';
import { omnivoreZip, pocketCsv, pocketZip } from '../../fixtures/imports';
import { makeDraft } from '../clippings/helpers';

let db: ClippingsDb;
beforeEach(() => {
  db = new ClippingsDb(`import-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const NOW = Date.UTC(2026, 0, 1);
const parseOmnivore = (records: Parameters<typeof omnivoreZip>[0]) => parseOmnivoreZip(omnivoreZip(records), NOW).items[0]!;
const file = (bytes: Uint8Array, name: string) => new File([bytes as Uint8Array<ArrayBuffer>], name);

/** The library page's preview, then the background's commit of what it staged. */
async function importThrough(bytes: Uint8Array, name: string) {
  const prepared = await prepareImport(file(bytes, name), db, NOW);
  // The staging store keeps a Blob; fake-indexeddb clones Node's Blob, not jsdom's.
  const stagedId = await stageFile(new NodeBlob([await prepared.staged.text()]) as unknown as Blob);
  const outcome = await libraryHandlers(db)['import-backup']({ stagedId, external: prepared.external }, {});
  return { preview: prepared.preview, outcome };
}
const byUrl = async (url: string) => (await db.clippings.toArray()).find((c) => c.url === url) as Clipping;

const POCKET = pocketZip([
  { title: 'Mine already', url: 'https://news.example/a', time_added: 1_600_000_000, tags: 'from-pocket', status: 'archive' },
  { title: 'Harbour lights return', url: 'https://news.example/b', time_added: 1_650_000_000, tags: 'harbour|long read', status: 'archive' },
  { title: 'Unread one', url: 'https://news.example/c', time_added: 1_660_000_000, tags: '', status: 'unread' },
  { title: 'Broken', url: 'ftp://news.example/d', time_added: 1, tags: '', status: 'unread' },
], [{ url: 'https://news.example/c', title: 'Unread one', highlights: [{ quote: 'A quote with no text to sit in', created_at: 1_660_000_100 }] }]);

describe('importing another app’s export', () => {
  it('previews, then commits: new link-only clippings with their state, tags and dates; a clipping already there keeps its own', async () => {
    await saveClipping(db, makeDraft({ url: 'https://news.example/a', canonicalUrl: 'https://news.example/a', html: '<p>My text</p>', text: 'My text' }), 1000);
    const { preview, outcome } = await importThrough(POCKET, 'pocket.zip');
    expect(preview).toMatchObject({ format: 'pocket-zip', total: 3, added: 2, existing: 1, withContent: 0, linkOnly: 3, withHighlights: 1 });
    expect(preview.rejected).toEqual([{ where: 'part_000000.csv, row 5, column “url”', reason: 'not a web address (ftp://news.example/d)' }]);
    expect(outcome).toEqual({ added: 2, merged: 1, unchanged: 0 });

    const a = await byUrl('https://news.example/a');
    expect(a).toMatchObject({ html: '<p>My text</p>', state: 'unread', savedAt: 1000, linkOnly: false, source: 'clean-reader', tags: ['from-pocket'] });
    const b = await byUrl('https://news.example/b');
    expect(b).toMatchObject({ title: 'Harbour lights return', siteName: 'news.example', state: 'archived', savedAt: 1_650_000_000_000, linkOnly: true, source: 'pocket',
      tags: ['harbour', 'long read'], html: '', text: '', highlights: [], highlightCount: 0 });
    // A highlight with no text yet to sit in stays a highlight, waiting for the text by its quote.
    const c = await byUrl('https://news.example/c');
    expect(c).toMatchObject({ state: 'unread', note: '', highlightCount: 1 });
    expect(c.highlights[0]).toMatchObject({ quote: { exact: 'A quote with no text to sit in', prefix: '', suffix: '' }, createdAt: 1_660_000_100_000 });
    // Found by its title's words, like any clipping.
    expect((await queryLibrary(db, { search: 'harbour lights' })).items.map((c) => c.id)).toEqual([b.id]);
  });

  it('reports progress as it writes, then the search index and the commit as one step with no count of its own', async () => {
    const sent = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await importThrough(POCKET, 'pocket.zip');
    const events = sent.mock.calls.map(([message]) => message as unknown as { type: string }).filter((m) => m.type === 'library-progress');
    sent.mockRestore();
    expect(events.at(0)).toEqual({ type: 'library-progress', task: 'import', done: 0, total: 3 });
    expect(events.at(-1)).toEqual({ type: 'library-progress', task: 'index', done: 3, total: 3 });
  });

  it('a Pocket zip whose annotations file is cut: its links are imported, the file told apart from the items left out', async () => {
    const rows = [{ title: 'Cut notes', url: 'https://cut.example/1', time_added: 1_700_000_000, tags: '', status: 'unread' }];
    const annotations = JSON.stringify([{ url: 'https://cut.example/1', highlights: [{ quote: 'A line', created_at: 1 }] }]);
    const cut = zipSync({ 'part_000000.csv': strToU8(pocketCsv(rows)), 'annotations/part_000000.json': strToU8(annotations.slice(0, 30)) });
    const { preview } = await prepareImport(file(cut, 'pocket.zip'), db, NOW);
    expect(preview).toMatchObject({ total: 1, withHighlights: 0, rejected: [] });
    expect(preview.highlightProblems.map((p) => p.where)).toEqual(['annotations/part_000000.json']);
  });

  it('the same file again changes nothing', async () => {
    await importThrough(POCKET, 'pocket.zip');
    const before = await db.clippings.toArray();
    const { preview, outcome } = await importThrough(POCKET, 'pocket.zip');
    expect(preview).toMatchObject({ added: 0, existing: 3 });
    expect(outcome).toEqual({ added: 0, merged: 0, unchanged: 3 });
    expect(await db.clippings.toArray()).toEqual(before);
  });

  it('Omnivore: content sanitized, highlights anchored in its text (else notes), progress kept; it fills in a link-only clipping', async () => {
    await importThrough(pocketZip([{ title: 'Rivers', url: 'https://c.example/rivers', time_added: 1_600_000_000, tags: 'pocket-tag', status: 'unread' }]), 'pocket.zip');
    const zip = omnivoreZip([{ id: '1', slug: 'rivers', title: 'Rivers', author: 'A. Writer', url: 'https://c.example/rivers', state: 'Active', readingProgress: 40,
      labels: ['climate'], savedAt: '2024-10-30T12:39:28.023Z', html: '<h1>Rivers</h1><p>The river <b>rose</b> at dawn.</p><img src=x onerror=alert(1)><script>alert(2)</script>',
      highlights: [{ quote: 'river rose at dawn', note: 'Check the gauge' }, { quote: 'Not in the text' }] }]);
    const { preview, outcome } = await importThrough(zip, 'omnivore.zip');
    expect(preview).toMatchObject({ format: 'omnivore-zip', total: 1, existing: 1, withContent: 1, linkOnly: 0, withHighlights: 1 });
    expect(outcome).toEqual({ added: 0, merged: 1, unchanged: 0 });
    const c = await byUrl('https://c.example/rivers');
    expect(c.html).toContain('<b>rose</b>');
    expect(c.html).not.toMatch(/script|onerror|alert/);
    expect(c).toMatchObject({ linkOnly: false, tags: ['pocket-tag', 'climate'], source: 'pocket', savedAt: 1_600_000_000_000, text: 'The river rose at dawn.' });
    expect(c.highlights).toHaveLength(1);
    const [h] = c.highlights;
    const bodyText = (() => { const t = document.createElement('template'); t.innerHTML = c.html; return t.content.textContent!; })();
    expect(bodyText.slice(h!.position.start, h!.position.end)).toBe('river rose at dawn');
    expect(h).toMatchObject({ note: 'Check the gauge', quote: { exact: 'river rose at dawn', prefix: 'The ', suffix: '.' } });
    expect(c.note).toBe('“Not in the text”');
  });

  it('Omnivore’s copy that starts with the article’s title loses that heading (the reader shows the title above it); another heading stays', () => {
    const item = (title: string, html: string) => importedClipping({ ...parseOmnivore([{ id: '1', slug: 's', title, url: 'https://c.example/t', state: 'Active', readingProgress: 0, labels: [], savedAt: '2024-10-30T12:00:00.000Z', html }]), highlights: [] });
    const repeated = item('Rivers  Rise Again', '<div><header><h1>Rivers rise\nagain</h1></header><p>The river rose at dawn.</p></div>');
    expect(repeated).toMatchObject({ html: '<div><header></header><p>The river rose at dawn.</p></div>', text: 'The river rose at dawn.' });
    expect(item('Rivers rise again', '<h2>Chapter one</h2><p>The river rose.</p>')).toMatchObject({ html: '<h2>Chapter one</h2><p>The river rose.</p>', text: 'Chapter one\n\nThe river rose.' });
    // the title's words further down the body are the article's own
    expect(item('Rivers', '<p>Intro.</p><h2>Rivers</h2><p>Text.</p>').html).toBe('<p>Intro.</p><h2>Rivers</h2><p>Text.</p>');
  });

  it('a new Omnivore item keeps its reading progress and state', async () => {
    const zip = omnivoreZip([{ id: '1', slug: 's', title: 'Half read', url: 'https://c.example/half', state: 'Active', readingProgress: 50, labels: [], savedAt: '2024-10-30T12:00:00.000Z', html: '<p>Some text here.</p>' }]);
    await importThrough(zip, 'omnivore.zip');
    expect(await byUrl('https://c.example/half')).toMatchObject({ state: 'reading', progress: { fraction: 0.5, anchor: null }, source: 'omnivore', linkOnly: false });
  });

  it('a save of the page fills in a link-only clipping, keeping its tags, note, state, date and source', async () => {
    await importThrough(POCKET, 'pocket.zip');
    const b = await byUrl('https://news.example/b');
    const outcome = await saveClipping(db, makeDraft({ url: 'https://news.example/b', canonicalUrl: 'https://news.example/b', title: 'Harbour lights return', html: '<p>Full text</p>', text: 'Full text' }), NOW);
    expect(outcome).toEqual({ id: b.id, updated: true });
    expect(await db.clippings.get(b.id)).toMatchObject({ html: '<p>Full text</p>', text: 'Full text', linkOnly: false, tags: ['harbour', 'long read'],
      state: 'archived', savedAt: 1_650_000_000_000, source: 'pocket', updatedAt: NOW });
    // A clipping that was not link-only is saved again as before: its date moves to the new save.
    await saveClipping(db, makeDraft({ url: 'https://news.example/b', canonicalUrl: 'https://news.example/b' }), NOW + 5);
    expect((await db.clippings.get(b.id))!.savedAt).toBe(NOW + 5);
  });

  it('Pocket’s highlights on a link-only clipping are placed in the text a save fills in; one the text lacks is listed as not placed', async () => {
    await importThrough(pocketZip([{ title: 'Ferries', url: 'https://f.example/ferries', time_added: 1_650_000_000, tags: '', status: 'unread' }],
      [{ url: 'https://f.example/ferries', title: 'Ferries', highlights: [{ quote: 'the last ferry  left\nat nine', created_at: 1_650_000_100 }, { quote: 'A line the page no longer has', created_at: 1_650_000_200 }] }]), 'pocket.zip');
    const link = await byUrl('https://f.example/ferries');
    const html = '<h2>Ferries</h2><p>On Sunday the last ferry left at nine, and the quay went dark.</p>';
    await saveClipping(db, makeDraft({ url: link.url, canonicalUrl: link.url, title: 'Ferries', html, text: 'Ferries\n\nOn Sunday the last ferry left at nine, and the quay went dark.' }), NOW);
    const filled = (await db.clippings.get(link.id))!;
    expect(filled).toMatchObject({ linkOnly: false, note: '', highlightCount: 2 });
    // what the reader does on open: one text index of the rendered body, every highlight placed by its selectors
    const body = document.createElement('div');
    body.innerHTML = filled.html;
    const { placed, unplaced } = anchorHighlights(body, filled.highlights);
    expect(placed.map((p) => p.range.toString())).toEqual(['the last ferry left at nine']);
    expect(unplaced.map((h) => h.quote.exact)).toEqual(['A line the page no longer has']);
  });

  it('the page fills in the link Pocket kept when its canonical URL is another address; a backup of it merges with it, and restores as it was', async () => {
    await importThrough(pocketZip([{ title: 'Tides', url: 'https://m.news.example/tides?utm_source=pocket', time_added: 1_650_000_000, tags: 'sea', status: 'archive' }]), 'pocket.zip');
    // kept under its address without Pocket's tracking tag
    const link = await byUrl('https://m.news.example/tides');
    const page = { url: 'https://m.news.example/tides', canonicalUrl: 'https://news.example/2024/tides' };
    await expect(findClipping(db, page.url, page.canonicalUrl)).resolves.toMatchObject({ id: link.id, linkOnly: true });
    const outcome = await saveClipping(db, makeDraft({ ...page, title: 'Tides', html: '<p>The tide turned.</p>', text: 'The tide turned.' }), NOW);
    expect(outcome).toEqual({ id: link.id, updated: true });
    expect(await db.clippings.count()).toBe(1);
    const filled = (await db.clippings.get(link.id))!;
    expect(filled).toMatchObject({ key: link.key, canonicalUrl: page.canonicalUrl, text: 'The tide turned.', linkOnly: false, tags: ['sea'], state: 'archived' });
    // Found again from either address: the page's own or its canonical one.
    await expect(findClipping(db, page.canonicalUrl)).resolves.toBeNull();
    await expect(findClipping(db, page.url, page.canonicalUrl)).resolves.toMatchObject({ id: link.id, linkOnly: false });
    await expect(findClipping(db, 'https://m.news.example/tides?utm_source=pocket', page.canonicalUrl)).resolves.toMatchObject({ id: link.id });
    // A backup of it is the same clipping: merged into this library, restored as it was into an empty one.
    await expect(importClippings(db, [filled])).resolves.toEqual({ added: 0, merged: 0, unchanged: 1 });
    const fresh = new ClippingsDb(`import-fresh-${Math.random()}`);
    await importClippings(fresh, [filled]);
    expect(await fresh.clippings.toArray()).toEqual([filled]);
    await fresh.delete();
  });
});

describe('one story under two editions of its address (http and https, www. or m., AMP or not) is one clipping', () => {
  it('in one file: the later row merges into the first (tags joined, its address kept), highlights of either edition join it; two articles stay two', async () => {
    const zip = pocketZip([
      { title: 'Tides', url: 'http://news.example/2024/tides', time_added: 1_650_000_000, tags: 'sea', status: 'unread' },
      { title: 'Tides (mobile)', url: 'https://m.news.example/2024/tides/amp?utm_source=pocket', time_added: 1_650_000_500, tags: 'moon', status: 'archive' },
      { title: 'Item 1', url: 'https://news.example/item?id=1', time_added: 1_650_000_000, tags: '', status: 'unread' },
      { title: 'Item 2', url: 'http://www.news.example/item?id=2', time_added: 1_650_000_000, tags: '', status: 'unread' },
    ], [{ url: 'https://www.news.example/2024/tides', title: 'Tides', highlights: [{ quote: 'The tide turned', created_at: 1_650_000_100 }] }]);
    const { preview, outcome } = await importThrough(zip, 'pocket.zip');
    expect(preview).toMatchObject({ total: 3, added: 3, existing: 0, withHighlights: 1 });
    expect(preview.duplicates).toEqual([{ where: 'part_000000.csv, row 3', reason: 'the same article (another edition of its address) as part_000000.csv, row 2; merged into it' }]);
    expect(outcome).toEqual({ added: 3, merged: 0, unchanged: 0 });
    expect((await db.clippings.toArray()).map((c) => c.url).sort()).toEqual(['http://news.example/2024/tides', 'http://www.news.example/item?id=2', 'https://news.example/item?id=1']);
    expect(await byUrl('http://news.example/2024/tides')).toMatchObject({ title: 'Tides', tags: ['sea', 'moon'], note: '', highlights: [{ quote: { exact: 'The tide turned' } }] });
  });

  it('against the library: the article saved under another edition is “already there” and gains the tags; nothing is added beside it', async () => {
    const { id } = await saveClipping(db, makeDraft({ url: 'https://www.news.example/2024/tides', canonicalUrl: 'https://news.example/2024/tides', html: '<p>My text</p>', text: 'My text' }), 1000);
    const zip = pocketZip([
      { title: 'Tides', url: 'http://m.news.example/2024/tides/amp', time_added: 1_650_000_000, tags: 'sea', status: 'archive' },
      { title: 'Other', url: 'https://news.example/2024/lakes', time_added: 1_650_000_000, tags: '', status: 'unread' },
    ]);
    const { preview, outcome } = await importThrough(zip, 'pocket.zip');
    expect(preview).toMatchObject({ total: 2, added: 1, existing: 1 });
    expect(outcome).toEqual({ added: 1, merged: 1, unchanged: 0 });
    expect(await db.clippings.count()).toBe(2);
    expect(await db.clippings.get(id)).toMatchObject({ key: 'https://news.example/2024/tides', html: '<p>My text</p>', savedAt: 1000, source: 'clean-reader', tags: ['sea'], linkOnly: false });
    // The same file again: nothing changes.
    await expect(importThrough(zip, 'pocket.zip')).resolves.toMatchObject({ preview: { added: 0, existing: 2 }, outcome: { added: 0, merged: 0, unchanged: 2 } });
  });

  it('of two clippings of the story in the library, the one holding the article gains the import; the link stays as it was', async () => {
    await importThrough(pocketZip([{ title: 'Tides', url: 'http://m.news.example/2024/tides', time_added: 1_600_000_000, tags: 'old', status: 'unread' }]), 'pocket.zip');
    const link = await byUrl('http://m.news.example/2024/tides');
    // A v4 library could hold both: the article saved under its canonical URL beside the link.
    const article = { ...link, id: link.id + 1, key: 'https://news.example/2024/tides', url: 'https://news.example/2024/tides', canonicalUrl: 'https://news.example/2024/tides',
      html: '<p>Text</p>', text: 'Text', linkOnly: false, tags: [], savedAt: 1_700_000_000_000 };
    await importClippings(db, [article]);
    await importThrough(pocketZip([{ title: 'Tides', url: 'https://www.news.example/2024/tides/', time_added: 1_650_000_000, tags: 'sea', status: 'unread' }]), 'pocket.zip');
    expect(await db.clippings.count()).toBe(2);
    expect(await db.clippings.get(article.id)).toMatchObject({ tags: ['sea'], text: 'Text' });
    expect((await db.clippings.get(link.id))!.tags).toEqual(['old']);
  });

  it('a backup keeps every clipping it holds under its own key, even two of one story', async () => {
    const a = { ...(await (async () => (await importThrough(pocketZip([{ title: 'T', url: 'http://news.example/t', time_added: 1_600_000_000, tags: '', status: 'unread' }]), 'pocket.zip'),
      byUrl('http://news.example/t')))()) };
    const b = { ...a, id: a.id + 1, key: 'https://news.example/t', url: 'https://news.example/t', canonicalUrl: 'https://news.example/t' };
    await expect(importClippings(db, [a, b])).resolves.toEqual({ added: 1, merged: 0, unchanged: 1 });
    expect((await db.clippings.toArray()).map((c) => c.key)).toEqual(['http://news.example/t', 'https://news.example/t']);
  });
});
