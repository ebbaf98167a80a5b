import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readImportFile, type ReadImport } from '../../../utils/import/detect';
import { parseHighlightsMarkdown } from '../../../utils/import/omnivore';
import { ImportError, type ParsedImport } from '../../../utils/import/types';
import { instapaperCsv, omnivoreZip, pocketCsv, pocketZip } from '../../fixtures/imports';
import { clippingsHtml } from '../../../utils/clippings/export-html';
import { readwiseCsvHeader, readwiseCsvRows } from '../../../utils/clippings/export-highlights';
import { inertArticle } from '../../../utils/export/inert-html';
import { markdownFolderZip } from '../../../utils/export/markdown-folder';
import { makeClipping, makeHighlight } from '../clippings/helpers';

const NOW = Date.UTC(2026, 0, 1);
const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const read = (bytes: Uint8Array | string, name = 'export'): ReadImport => readImportFile(typeof bytes === 'string' ? strToU8(bytes) : bytes, name, parseHtml, NOW);
const parsed = (bytes: Uint8Array | string, name?: string): ParsedImport => {
  const result = read(bytes, name);
  if (!('items' in result)) throw new Error('expected an external export');
  return result;
};
const failure = (bytes: Uint8Array | string, name = 'export'): string => {
  try {
    read(bytes, name);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as Error).message;
  }
  throw new Error('expected an ImportError');
};

describe('Pocket zip', () => {
  const rows = [
    { title: 'Rivers rise', url: 'https://news.example/rivers?utm_source=x', time_added: 1_700_000_000, tags: 'climate|weather', status: 'unread' },
    { title: 'Old story', url: 'https://news.example/old', time_added: 1_600_000_000, tags: '', status: 'archive' },
    { title: 'Bad link', url: 'javascript:alert(1)', time_added: 1_600_000_000, tags: '', status: 'unread' },
    { title: 'Bad time', url: 'https://news.example/t', time_added: 'yesterday', tags: '', status: 'unread' },
    { title: 'Twin', url: 'https://NEWS.example/rivers/', time_added: 1_700_000_100, tags: 'long read', status: 'unread' },
  ];
  const annotations = [{ url: 'https://news.example/old', title: 'Old story', highlights: [{ quote: 'A line worth keeping', created_at: 1_650_000_000 }] }];

  it('reads items, states, tags, times and highlights; names rejected rows and merges twins', () => {
    const result = parsed(pocketZip(rows, annotations), 'pocket.zip');
    expect(result.format).toBe('pocket-zip');
    expect(result.items.map((i) => [i.title, i.state, i.tags, i.savedAt, i.siteName, i.source])).toEqual([
      ['Rivers rise', 'unread', ['climate', 'weather', 'long read'], 1_700_000_000_000, 'news.example', 'pocket'],
      ['Old story', 'archived', [], 1_600_000_000_000, 'news.example', 'pocket'],
    ]);
    expect(result.items[1]!.highlights).toEqual([{ quote: 'A line worth keeping', note: '', createdAt: 1_650_000_000_000 }]);
    expect(result.items.every((i) => i.html === null)).toBe(true);
    expect(result.rejected).toEqual([
      { where: 'part_000000.csv, row 4, column “url”', reason: 'not a web address (javascript:alert(1))' },
      { where: 'part_000000.csv, row 5, column “time_added”', reason: 'not a time in seconds (yesterday)' },
    ]);
    expect(result.duplicates).toEqual([{ where: 'part_000000.csv, row 6', reason: 'the same address as part_000000.csv, row 2; merged into it' }]);
  });

  it('parses each address once, and carries its normalised form as the item\'s key', () => {
    const Real = globalThis.URL;
    let parses = 0;
    globalThis.URL = class extends Real {
      constructor(...args: ConstructorParameters<typeof URL>) {
        super(...args);
        parses++;
      }
    } as typeof URL;
    let result;
    try {
      result = parsed(pocketZip(rows, annotations), 'pocket.zip');
    } finally {
      globalThis.URL = Real;
    }
    // Four rows with a web address (one of them then refused for its time) and one annotated article.
    expect(parses).toBe(5);
    expect(result.items.map((i) => i.key)).toEqual(['https://news.example/rivers', 'https://news.example/old']);
  });

  it('reads the older files with a cursor column, and every part', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ title: `T${i}`, url: `https://a.example/${i}`, time_added: 1_700_000_000 + i, tags: '', status: 'unread', cursor: `c${i}` }));
    const zip = zipSync({ 'part_000000.csv': strToU8(pocketCsv(many.slice(0, 10), true)), 'part_000001.csv': strToU8(pocketCsv(many.slice(10), true)) });
    expect(parsed(zip).items).toHaveLength(25);
  });

  it('refuses wrong columns and broken rows with the row number', () => {
    const wrong = zipSync({ 'part_000000.csv': strToU8('name,link\nA,https://a.example\n') });
    expect(failure(wrong)).toMatch(/part_000000\.csv has the columns “name”, “link”; a Pocket export has .*missing: “title”, “url”, “time_added”, “tags”, “status”/);
    const broken = zipSync({ 'part_000000.csv': strToU8('title,url,time_added,tags,status\nA,https://a.example/1,1,,unread\nB,https://a.example/2\n') });
    const result = parsed(broken);
    expect(result.items).toHaveLength(1);
    expect(result.rejected).toEqual([{ where: 'part_000000.csv, row 3', reason: '2 fields where the header has 5' }]);
    // one field is one field (a line of text where a row was expected)
    const line = zipSync({ 'part_000000.csv': strToU8('title,url,time_added,tags,status\nA,https://a.example/1,1,,unread\njust a line of text\n') });
    expect(parsed(line).rejected).toEqual([{ where: 'part_000000.csv, row 3', reason: '1 field where the header has 5' }]);
  });

  it('reports a row of blank fields with its number instead of dropping it (found by the import fuzz)', () => {
    const blank = zipSync({ 'part_000000.csv': strToU8('title,url,time_added,tags,status\n"\r\n","\n","\r\n","\n",\nA,https://a.example/1,1,,unread\n') });
    const result = parsed(blank);
    expect(result.items).toHaveLength(1);
    expect(result.rejected).toEqual([{ where: 'part_000000.csv, row 2, column “url”', reason: 'empty' }]);
  });

  it('bad annotations lose their highlights, never the links, and are not counted among the items left out', () => {
    const zip = zipSync({ 'part_000000.csv': strToU8(pocketCsv(rows.slice(0, 1))), 'annotations/part_000000.json': strToU8('[{"url": "https://news.ex') });
    const result = parsed(zip);
    expect(result.items).toHaveLength(1);
    expect(result.rejected).toEqual([]);
    expect(result.highlightProblems).toHaveLength(1);
    expect(result.highlightProblems[0]!.where).toBe('annotations/part_000000.json');
    expect(result.highlightProblems[0]!.reason).toMatch(/^the file's highlights could not be read: not JSON \(/);
  });

  it('an annotations file that is not a list, or entries it cannot place, cost highlights only', () => {
    const csv = strToU8(pocketCsv(rows.slice(0, 1)));
    const notList = parsed(zipSync({ 'part_000000.csv': csv, 'annotations/part_000000.json': strToU8('{"url": "https://a.example"}') }));
    expect([notList.rejected, notList.highlightProblems]).toEqual([[], [
      { where: 'annotations/part_000000.json', reason: "the file's highlights could not be read: not a list of annotated articles" },
    ]]);
    const entries = JSON.stringify([{ url: 'https://elsewhere.example/a', highlights: [{ quote: 'Q' }] }, { url: 'https://news.example/rivers' }]);
    const unplaced = parsed(zipSync({ 'part_000000.csv': csv, 'annotations/part_000000.json': strToU8(entries) }));
    expect(unplaced.items).toHaveLength(1);
    expect([unplaced.rejected, unplaced.highlightProblems]).toEqual([[], [
      { where: 'annotations/part_000000.json, entry 2', reason: 'no "highlights" list' },
      { where: 'annotations/part_000000.json, entry 1', reason: 'highlights of an address that is not in the export' },
    ]]);
  });
});

describe('Pocket HTML', () => {
  it('reads the Unread and Read Archive lists; scripts in the file never run', () => {
    const html = `<!DOCTYPE html><html><head><title>Pocket Export</title><script>window.ran = true</script></head><body>
      <h1>Unread</h1><ul><li><a href="https://a.example/1" time_added="1500000000" tags="x,y">First <b>one</b></a></li>
      <li><a href="javascript:alert(1)" time_added="1">Bad</a></li></ul>
      <h1>Read Archive</h1><ul><li><a href="https://a.example/2" time_added="1400000000" tags="">Second</a></li></ul>
      <img src=x onerror="window.ran = true"></body></html>`;
    const result = parsed(html, 'ril_export.html');
    expect(result.format).toBe('pocket-html');
    expect(result.items.map((i) => [i.url, i.title, i.state, i.tags, i.savedAt])).toEqual([
      ['https://a.example/1', 'First one', 'unread', ['x', 'y'], 1_500_000_000_000],
      ['https://a.example/2', 'Second', 'archived', [], 1_400_000_000_000],
    ]);
    expect(result.rejected).toEqual([{ where: 'link 2 (“Bad”)', reason: 'not a web address (javascript:alert(1))' }]);
    expect((window as unknown as { ran?: boolean }).ran).toBeUndefined();
  });

  it('a page with links that is no Pocket export is refused, not read as hundreds of links to save', () => {
    const page = `<html><head><title>My bookmarks</title></head><body><h1>Reading</h1><ul>
      <li><a href="https://a.example/1">One</a></li><li><a href="https://a.example/2">Two</a></li></ul></body></html>`;
    expect(failure(page, 'links.html')).toMatch(/not a Pocket export: Pocket's export gives each link the time it was saved/);
  });

  it('a Pocket list whose links lack their times is still read (the title says Pocket)', () => {
    const html = `<html><head><title>Pocket Export</title></head><body><h1>Unread</h1><ul><li><a href="https://a.example/1">One</a></li></ul></body></html>`;
    expect(parsed(html, 'ril_export.html').items.map((i) => i.url)).toEqual(['https://a.example/1']);
  });

  it('an HTML file without links is no Pocket export', () => {
    expect(failure('<html><body><p>Hello</p></body></html>', 'page.html')).toMatch(/holds no links: it is not a Pocket export/);
  });
});

describe('Instapaper CSV', () => {
  it('reads the current format: folders as states or tags, JSON tags, times', () => {
    const csv = instapaperCsv([
      { URL: 'https://b.example/1', Title: 'One', Selection: 'A passage, "quoted"', Folder: 'Unread', Timestamp: 1_690_000_000, Tags: ['ideas'] },
      { URL: 'https://b.example/2', Title: 'Two', Selection: '', Folder: 'Archive', Timestamp: 1_690_000_001, Tags: [] },
      { URL: 'https://b.example/3', Title: 'Three', Selection: '', Folder: 'Starred', Timestamp: 1_690_000_002 },
      { URL: 'https://b.example/4', Title: 'Four', Selection: '', Folder: 'Recipes', Timestamp: 1_690_000_003 },
    ]);
    const result = parsed(csv, 'instapaper-export.csv');
    expect(result.format).toBe('instapaper-csv');
    expect(result.items.map((i) => [i.title, i.state, i.tags, i.savedAt, i.excerpt])).toEqual([
      ['One', 'unread', ['ideas'], 1_690_000_000_000, 'A passage, "quoted"'],
      ['Two', 'archived', [], 1_690_000_001_000, ''],
      ['Three', 'unread', ['Starred'], 1_690_000_002_000, ''],
      ['Four', 'unread', ['Recipes'], 1_690_000_003_000, ''],
    ]);
  });

  it('keeps the whole Selection, however long, with its line breaks', () => {
    const selection = `${'A passage the reader chose, '.repeat(20).trim()}\nand its second line.`;
    const result = parsed(instapaperCsv([{ URL: 'https://b.example/1', Title: 'One', Selection: `  ${selection}\r\n`, Folder: 'Unread', Timestamp: 1_690_000_000 }]));
    expect(selection.length).toBeGreaterThan(500);
    expect(result.items[0]!.excerpt).toBe(selection);
  });

  it('reads the old format (no Timestamp, no Tags): saved now', () => {
    const result = parsed(instapaperCsv([{ URL: 'https://b.example/1', Title: 'One', Selection: '', Folder: 'Archive' }], true));
    expect(result.items[0]).toMatchObject({ state: 'archived', savedAt: NOW, tags: [] });
  });

  it('names a row with a quote left open once, by its own number, and keeps the rows before it', () => {
    const csv = 'URL,Title,Selection,Folder,Timestamp\nhttps://b.example/1,One,,Unread,12\nhttps://b.example/2,"Two, open,,Unread,12\n';
    const result = parsed(csv);
    expect(result.items.map((item) => item.url)).toEqual(['https://b.example/1']);
    expect(result.rejected).toEqual([{ where: 'export, row 3', reason: 'a quoted field is not closed or has a stray quote' }]);
  });

  it('reads on after a quote left open or a stray quote: the broken row is left out, none of the rows after it', () => {
    // Papa Parse reads such a quote on to the next quote or the file's end as one field: the rows after it vanished, unsaid
    const csv = [
      'URL,Title,Selection,Folder,Timestamp',
      'https://b.example/1,One,,Unread,12',
      '"https://b.example/2,Two left open,,Unread,12',
      'https://b.example/3,Three,,Unread,12',
      'https://b.example/4,"Four" and more,,Unread,12',
      'https://b.example/5,"Five, with ""quotes""",,Archive,12',
      'https://b.example/6,Six,"a passage\nover two lines",Unread,12',
      '',
    ].join('\n');
    const result = parsed(csv);
    expect(result.items.map((item) => item.url)).toEqual(['https://b.example/1', 'https://b.example/3', 'https://b.example/5', 'https://b.example/6']);
    expect(result.items.map((item) => item.title)).toEqual(['One', 'Three', 'Five, with "quotes"', 'Six']);
    expect(result.rejected).toEqual([
      { where: 'export, row 3', reason: 'a quoted field is not closed or has a stray quote' },
      { where: 'export, row 5', reason: 'a quoted field is not closed or has a stray quote' },
    ]);
  });

  it('names the column of a bad value', () => {
    const csv = 'URL,Title,Selection,Folder,Timestamp,Tags\nhttps://b.example/1,One,,Unread,12,"not json"\n,Empty,,Unread,12,[]\n';
    expect(parsed(csv).rejected).toEqual([
      { where: 'export, row 2, column “Tags”', reason: 'not a list of tags (not json)' },
      { where: 'export, row 3, column “URL”', reason: 'empty' },
    ]);
  });
});

describe('Omnivore zip', () => {
  it('reads metadata, content and highlights; states from state and readingProgress', () => {
    const zip = omnivoreZip([
      { id: '1', slug: 'rivers', title: 'Rivers', author: 'A. Writer', url: 'https://c.example/rivers', state: 'Active', readingProgress: 40, labels: ['climate'],
        savedAt: '2024-10-30T12:39:28.023Z', publishedAt: '2024-10-29T08:00:00.000Z', html: '<p>The river rose.</p><script>alert(1)</script>',
        highlights: [{ quote: 'The river rose.', note: 'Check the gauge' }, { quote: 'Not in the text' }] },
      { id: '2', slug: 'done', title: 'Done', url: 'https://c.example/done', state: 'Archived', readingProgress: 100, labels: [], savedAt: '2024-10-01T00:00:00.000Z' },
      { id: '3', slug: 'read', title: 'Read', url: 'https://c.example/read', state: 'Active', readingProgress: 100, labels: [], savedAt: '2024-10-01T00:00:00.000Z' },
    ]);
    const result = parsed(zip, 'omnivore.zip');
    expect(result.format).toBe('omnivore-zip');
    expect(result.items.map((i) => [i.title, i.state, i.progress, i.tags])).toEqual([
      ['Rivers', 'reading', 0.4, ['climate']], ['Done', 'archived', 1, []], ['Read', 'finished', 1, []],
    ]);
    expect(result.items[0]).toMatchObject({ byline: 'A. Writer', siteName: 'c.example', publishedTime: '2024-10-29T08:00:00.000Z', savedAt: Date.parse('2024-10-30T12:39:28.023Z') });
    // The HTML comes as Omnivore kept it: sanitized later, where it becomes a clipping.
    expect(result.items[0]!.html).toContain('<p>The river rose.</p>');
    expect(result.items[0]!.highlights).toEqual([
      { quote: 'The river rose.', note: 'Check the gauge', createdAt: null },
      { quote: 'Not in the text', note: '', createdAt: null },
    ]);
    expect(result.items[1]!.html).toBeNull();
  });

  it('highlights files: multi-line quotes and notes', () => {
    expect(parseHighlightsMarkdown('> first line\nsecond line [⤴️](https://omnivore.app/x)\n\nmy note\n\n> another [⤴️](https://omnivore.app/y)')).toEqual([
      { quote: 'first line\nsecond line', note: 'my note', createdAt: null },
      { quote: 'another', note: '', createdAt: null },
    ]);
  });
});

describe('files that are no export', () => {
  it('says what is wrong', () => {
    expect(failure(zipSync({ 'photo.jpg': new Uint8Array([1, 2, 3]), 'notes.txt': strToU8('x') }), 'photos.zip'))
      .toMatch(/“photos\.zip” is a zip but not a Pocket or Omnivore export: it has no part_000000\.csv or metadata_\*\.json \(it holds photo\.jpg, notes\.txt\)/);
    expect(failure(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]), 'cut.zip')).toMatch(/could not be read; it may be incomplete or damaged/);
    expect(failure('name,email\nA,a@b.c\n', 'people.csv')).toMatch(/“people\.csv” is not an export Clean Reader knows. Its first line reads “name,email”/);
    // a spreadsheet's file ends its lines with CR LF: the line is quoted without the CR
    expect(failure('name,email\r\nA,a@b.c\r\n', 'people.csv')).toMatch(/Its first line reads “name,email”;/);
    expect(failure(pocketCsv([{ title: 'A', url: 'https://a.example', time_added: 1, tags: '', status: 'unread' }]), 'part_000000.csv')).toMatch(/one part of a Pocket export/);
    expect(failure(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), 'image.png')).toMatch(/not a text file or a zip/);
    expect(failure('', 'empty.csv')).toMatch(/is empty/);
    expect(failure('{"format": "other"}', 'x.json')).toMatch(/not a Clean Reader backup/);
    // what to import instead, for a JSON file of another app's and for Omnivore's list taken out of its zip
    expect(failure('{"list": {"1": {"given_url": "https://a.example"}}}', 'saves.json')).toMatch(/Import takes a Clean Reader backup, Pocket's or Omnivore's export zip/);
    const omnivoreList = JSON.stringify([{ id: 'k1', slug: 'kites', title: 'Kites over the bay', url: 'https://a.example/kites', savedAt: '2024-05-01T10:00:00.000Z' }]);
    expect(failure(omnivoreList, 'metadata_0_to_1.json')).toMatch(/“metadata_0_to_1\.json” is one part of an Omnivore export: import the whole zip Omnivore sent/);
    expect(failure('[1, 2, 3]', 'numbers.json')).toMatch(/Pocket and Omnivore exports are zips/);
  });

  it('a 100 MB file of no known kind is refused at once, from its first line', () => {
    const big = new Uint8Array(100 * 1024 * 1024).fill(0x61);
    const start = performance.now();
    expect(failure(big, 'big.txt')).toMatch(/not an export Clean Reader knows/);
    expect(performance.now() - start).toBeLessThan(1_000);
  });

  it('a zip claiming a huge entry is refused before inflating it', () => {
    // A small entry whose headers claim 200 MB unpacked (what a zip bomb declares).
    const bomb = zipSync({ 'part_000000.csv': strToU8('title,url,time_added,tags,status\n') });
    const view = new DataView(bomb.buffer);
    for (let at = 0; at < bomb.length - 4; at++) {
      const signature = view.getUint32(at, true);
      if (signature === 0x04034b50) view.setUint32(at + 22, 200 * 1024 * 1024, true);
      if (signature === 0x02014b50) view.setUint32(at + 24, 200 * 1024 * 1024, true);
    }
    expect(failure(bomb, 'bomb.zip')).toMatch(/“part_000000\.csv” in the zip is 200 MB unpacked; Clean Reader reads entries of up to 100 MB/);
  });
});

describe("Clean Reader's own exports for other apps, chosen for import", () => {
  const clippings = [
    makeClipping(1, { html: '<p>See <a href="https://other.example/a">this</a> and <a href="https://other.example/b">that</a>.</p>', highlights: [makeHighlight()], highlightCount: 1 }),
    makeClipping(2),
  ];
  const RESTORE = /can't be imported back\. To restore clippings, import a Clean Reader JSON backup/;

  it('its HTML export: named, and no link in it becomes a clipping', () => {
    const message = failure(clippingsHtml(clippings, (html) => html, 'Clean Reader: 2 clippings'), 'clean-reader-2-clippings.html');
    expect(message).toMatch(/is a Clean Reader HTML export/);
    expect(message).toMatch(RESTORE);
  });

  it('its Markdown folder: named', async () => {
    const { parts } = await markdownFolderZip([clippings], { obsidian: false, folder: 'clippings', sanitize: (html) => inertArticle(html, new DOMParser()) });
    const zip = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    parts.reduce((at, p) => (zip.set(p, at), at + p.length), 0);
    const message = failure(zip, 'clean-reader-markdown.zip');
    expect(message).toMatch(/is a folder of Markdown files/);
    expect(message).toMatch(RESTORE);
  });

  it('its highlights CSV (Readwise layout): named', () => {
    const message = failure(readwiseCsvHeader() + readwiseCsvRows(clippings), 'clean-reader-highlights.csv');
    expect(message).toMatch(/holds highlights in Readwise's layout/);
    expect(message).toMatch(RESTORE);
  });
});
