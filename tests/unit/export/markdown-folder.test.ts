import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { parse as parseYaml } from 'yaml';
import { datedName, safeStem, UniqueNames } from '../../../utils/export/file-names';
import { inertArticle } from '../../../utils/export/inert-html';
import { markdownFolderZip } from '../../../utils/export/markdown-folder';
import { obsidianTag } from '../../../utils/export/obsidian';
import { sanitizeHtml, sanitizeToFragment } from '../../../utils/sanitize';
import { makeClipping } from '../clippings/helpers';

const work = mkdtempSync(path.join(tmpdir(), 'cr-folder-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const TITLES = ['Rivers rise', 'rivers RISE', 'Rivers rise', 'CON', 'aux.txt', 'What? A "quote": <b>yes</b> | no * / \\ #tag ^x [link]', '   ', '...dots...',
  'Café au lait', 'Cafe\u0301 au lait', 'x'.repeat(400), '日本語のタイトル'.repeat(20), 'Line\nbreak\ttab\u0000nul'];
const clippings = TITLES.map((title, i) => makeClipping(i + 1, {
  title, tags: ['long read', 'tech: ai', '2024'], byline: i % 2 ? 'Ann Writer' : null, note: i === 0 ? 'My note' : '',
  state: i === 1 ? 'archived' : 'unread',
  html: `<h2>Part ${i}</h2><p>Text with <a href="https://x.example/">a link</a> and <img src="https://img.example/a.png" alt="a picture">.</p><script>alert(1)</script>`,
}));

/** Writes the zip, unpacks it with the system's unzip, returns each file's text by name. */
async function unpack(obsidian: boolean): Promise<Map<string, string>> {
  const { parts, count } = await markdownFolderZip([clippings.slice(0, 5), clippings.slice(5)], { obsidian, sanitize: (h) => sanitizeHtml(h), folder: 'clean-reader' });
  expect(count).toBe(clippings.length);
  const zipFile = path.join(work, `${obsidian}.zip`);
  writeFileSync(zipFile, Buffer.concat(parts));
  const out = path.join(work, `out-${obsidian}`);
  execFileSync('unzip', ['-q', zipFile, '-d', out]);
  const dir = path.join(out, 'clean-reader');
  return new Map(readdirSync(dir).map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]));
}

/** Front matter (YAML) and the Markdown after it. */
function split(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  expect(match, text.slice(0, 200)).not.toBeNull();
  return { data: parseYaml(match![1]!) as Record<string, unknown>, body: match![2]! };
}

describe('Markdown folder export', () => {
  it('the inert document the library hands it (no DOMPurify, no second parse) gives the same files as sanitized text and fragments', async () => {
    const entries = async (sanitize: (html: string) => string | DocumentFragment | HTMLElement) =>
      unzipSync(Buffer.concat((await markdownFolderZip([clippings], { obsidian: false, sanitize, folder: 'f' })).parts));
    const fromText = await entries((h) => sanitizeHtml(h));
    expect(Object.keys(fromText)).toHaveLength(clippings.length);
    expect(await entries((h) => sanitizeToFragment(h))).toEqual(fromText);
    expect(await entries((h) => inertArticle(h, new DOMParser()))).toEqual(fromText);
  });

  it('asks for the next batch before converting the current one (the database reads while the page converts)', async () => {
    const log: string[] = [];
    async function* batches() {
      for (let b = 0; b < 3; b++) {
        log.push(`read ${b}`);
        await Promise.resolve();
        yield clippings.slice(b * 2, b * 2 + 2);
      }
    }
    const { count } = await markdownFolderZip(batches(), { obsidian: false, sanitize: (h) => (log.push('convert'), sanitizeHtml(h)), folder: 'f' });
    expect(count).toBe(6);
    expect(log).toEqual(['read 0', 'read 1', 'convert', 'convert', 'read 2', 'convert', 'convert', 'convert', 'convert']);
  });

  it('one file per clipping, names safe and unique; unzip opens it and every file is front matter + Markdown', async () => {
    const files = await unpack(false);
    expect(files.size).toBe(clippings.length);
    const names = [...files.keys()];
    expect(new Set(names.map((n) => n.toLowerCase().normalize('NFC'))).size).toBe(names.length);
    for (const name of names) {
      expect(name).not.toMatch(/[<>:"/\\|?*#^[\]\u0000-\u001f]/);
      expect(name).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i);
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    }
    expect(names).toEqual(expect.arrayContaining(['Rivers rise.md', 'rivers RISE (2).md', 'Rivers rise (3).md', '_CON.md', '_aux.txt.md', 'Clipping.md', 'dots.md']));
    const byTitle = new Map([...files.values()].map((text) => {
      const { data, body } = split(text);
      return [data.title as string, { data, body }];
    }));
    expect(byTitle.size).toBe(new Set(TITLES).size);
    const first = byTitle.get('Rivers rise')!;
    expect(first.data).toMatchObject({ url: 'https://site1.example/story/1', site: 'Site 1', tags: ['long read', 'tech: ai', '2024'], note: 'My note', state: 'unread' });
    expect(first.body).toContain('## Part 0');
    expect(first.body).toContain('[a link](https://x.example/)');
    // Images stay links to where they are; nothing that runs.
    expect(first.body).toContain('![a picture](https://img.example/a.png)');
    expect(first.body).not.toContain('alert(1)');
  });

  it('the Obsidian layout: source, created, author and tags as lists, tags Obsidian accepts, no [[links]]', async () => {
    const files = await unpack(true);
    for (const text of files.values()) {
      const { data } = split(text);
      expect(Object.keys(data)).toEqual(expect.arrayContaining(['title', 'source', 'author', 'created', 'tags']));
      expect(data.tags).toEqual(['long-read', 'tech-ai', '_2024']);
      expect(text).not.toContain('[[');
    }
    const second = [...files.values()].map(split).find((f) => f.data.title === 'rivers RISE')!;
    expect(second.data).toMatchObject({ source: 'https://site2.example/story/2', author: ['Ann Writer'], created: '2023-11-14', state: 'archived' });
    // the note goes with the clipping, as in the plain layout (it was left out: lost on the way to Obsidian)
    const first = [...files.values()].map(split).find((f) => f.data.source === 'https://site1.example/story/1')!;
    expect(first.data.note).toBe('My note');
    expect(second.data).not.toHaveProperty('note');
  });

  it('names: reserved, empty and long titles', () => {
    expect(safeStem('nul')).toBe('_nul');
    expect(safeStem('Com1 .x')).toBe('_Com1 .x');
    expect(safeStem('  . ')).toBe('Clipping');
    expect(Buffer.byteLength(safeStem('é'.repeat(300)))).toBeLessThanOrEqual(180);
    const names = new UniqueNames();
    expect([names.next('A', 'md'), names.next('a', 'md'), names.next('A', 'md')]).toEqual(['A.md', 'a (2).md', 'A (3).md']);
    expect(obsidianTag('  ')).toBe('');
    expect(obsidianTag('sci-fi/space opera')).toBe('sci-fi/space-opera');
  });

  it("an export's name carries the UTC day it was made", () => {
    expect(datedName('clean-reader-backup', Date.UTC(2024, 2, 12, 23, 59))).toBe('clean-reader-backup-2024-03-12');
  });
});
