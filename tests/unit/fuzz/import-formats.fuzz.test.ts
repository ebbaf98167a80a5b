import { strToU8, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readImportFile, type ReadImport } from '../../../utils/import/detect';
import { ImportError } from '../../../utils/import/types';
import { instapaperCsv, omnivoreZip, pocketCsv, pocketZip } from '../../fixtures/imports';
import { bound, params, timed, timeoutFor } from './config';

// Other apps' exports, corrupt or hostile: readImportFile returns items or throws ImportError with a
// message, nothing else, within a bound; every item it returns links to a web page and says where it came from.
const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const STATES = ['unread', 'reading', 'finished', 'archived'];

function outcome(bytes: Uint8Array, name = 'file'): ReadImport | 'refused' {
  try {
    const result = readImportFile(bytes, name, parseHtml, 1_700_000_000_000);
    if ('items' in result) {
      for (const item of result.items) {
        expect(item.url).toMatch(/^https?:\/\//i);
        expect(STATES).toContain(item.state);
        expect(item.where.length).toBeGreaterThan(0);
        expect(item.tags.every((t) => typeof t === 'string' && t.trim() === t && t.length > 0)).toBe(true);
        expect(Number.isFinite(item.savedAt)).toBe(true);
        if (item.progress !== null) expect(item.progress).toBeGreaterThanOrEqual(0);
      }
      for (const problem of [...result.rejected, ...result.duplicates]) expect(problem.reason.length).toBeGreaterThan(0);
    }
    return result;
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(ImportError);
    expect((error as Error).message.length).toBeGreaterThan(0);
    return 'refused';
  }
}

const hostile = fc.constantFrom('javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"', '","', '\n', '\r\n', '|', '[', '__proto__', '');
const cell = fc.oneof({ weight: 3, arbitrary: fc.string({ maxLength: 20 }) }, { weight: 2, arbitrary: hostile }, { weight: 2, arbitrary: fc.webUrl() });
const pocketRow = fc.record({ title: cell, url: fc.oneof(fc.webUrl(), hostile), time_added: fc.oneof(fc.nat(), cell), tags: cell, status: fc.constantFrom('unread', 'archive', 'x', '') });
const instapaperRow = fc.record({ URL: fc.oneof(fc.webUrl(), hostile), Title: cell, Selection: cell, Folder: fc.oneof(fc.constantFrom('Unread', 'Archive', 'Starred'), cell), Timestamp: fc.nat(), Tags: fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }) });

function mutate(bytes: Uint8Array, at: number, how: string, junk: Uint8Array): Uint8Array {
  const i = at % (bytes.length + 1);
  if (how === 'cut') return bytes.slice(0, i);
  if (how === 'insert') return new Uint8Array([...bytes.slice(0, i), ...junk, ...bytes.slice(i)]);
  const copy = bytes.slice();
  const j = i % Math.max(1, copy.length);
  if (copy.length) copy[j] = copy[j]! ^ (junk[0] ?? 0xff);
  return copy;
}

describe('other apps’ exports, fuzzed', () => {
  it('any bytes, as a file or behind a zip signature', { timeout: timeoutFor(1, 5) }, () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2_000 }), fc.boolean(), (bytes, zip) => {
      const file = zip ? new Uint8Array([0x50, 0x4b, 3, 4, ...bytes]) : bytes;
      expect(timed(() => outcome(file)).ms).toBeLessThan(bound(1_000));
    }), params(1));
  });

  it('CSV rows of any text: every row is imported, merged or rejected with its row, none lost', { timeout: timeoutFor(0.5, 10) }, () => {
    fc.assert(fc.property(fc.array(pocketRow, { minLength: 1, maxLength: 20 }), fc.array(instapaperRow, { minLength: 1, maxLength: 20 }), (pocket, insta) => {
      for (const [bytes, rows] of [[pocketZip(pocket), pocket.length], [strToU8(instapaperCsv(insta)), insta.length]] as const) {
        const result = outcome(bytes);
        if (result === 'refused' || !('items' in result)) throw new Error('a well-formed export was refused');
        expect(result.items.length + result.rejected.length + result.duplicates.length).toBe(rows);
      }
    }), params(0.5));
  });

  it('real exports, cut, spliced and flipped', { timeout: timeoutFor(1, 10) }, () => {
    const files = [
      pocketZip([{ title: 'A', url: 'https://a.example/1', time_added: 1, tags: 'x|y', status: 'unread' }], [{ url: 'https://a.example/1', title: 'A', highlights: [{ quote: 'q', created_at: 1 }] }]),
      strToU8(pocketCsv([{ title: 'A', url: 'https://a.example/1', time_added: 1, tags: '', status: 'archive' }])),
      strToU8(instapaperCsv([{ URL: 'https://a.example/1', Title: 'A', Selection: 's', Folder: 'Archive', Timestamp: 1, Tags: ['t'] }])),
      omnivoreZip([{ id: '1', slug: 's', title: 'T', url: 'https://a.example/1', state: 'Archived', readingProgress: 50, labels: ['l'], savedAt: '2024-01-01T00:00:00Z', html: '<p>x</p>', highlights: [{ quote: 'x', note: 'n' }] }]),
      strToU8('<html><body><h1>Unread</h1><ul><li><a href="https://a.example/1" time_added="1" tags="a">A</a></li></ul></body></html>'),
    ];
    fc.assert(fc.property(fc.constantFrom(...files), fc.nat(), fc.constantFrom('cut', 'insert', 'flip'), fc.uint8Array({ minLength: 1, maxLength: 8 }), (file, at, how, junk) => {
      expect(timed(() => outcome(mutate(file, at, how, junk))).ms).toBeLessThan(bound(1_000));
    }), params(1));
  });

  it('Omnivore metadata with any JSON in its fields', { timeout: timeoutFor(0.5, 10) }, () => {
    const field = fc.oneof(fc.jsonValue({ maxDepth: 2 }), hostile);
    fc.assert(fc.property(fc.constantFrom('url', 'title', 'labels', 'state', 'readingProgress', 'savedAt', 'publishedAt', 'slug', 'author'), field, (key, value) => {
      const meta = [{ id: '1', slug: 's', title: 'T', url: 'https://a.example/1', state: 'Active', readingProgress: 10, labels: [], savedAt: '2024-01-01T00:00:00Z', [key]: value }];
      outcome(zipSync({ 'metadata_0_to_1.json': strToU8(JSON.stringify(meta)), 'content/s.html': strToU8('<p>x</p>') }));
    }), params(0.5));
  });
});
