// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupParts, backupText, parseBackup } from '../../../utils/clippings/backup';
import { clippingBatches } from '../../../utils/clippings/batches';
import { ClippingsDb } from '../../../utils/clippings/db';
import { queryLibrary } from '../../../utils/clippings/query';
import { IMPORT_CHUNK, importClippings, saveClipping } from '../../../utils/clippings/store';
import { backupOf, makeClipping, makeDraft } from './helpers';

let db: ClippingsDb;
beforeEach(() => {
  db = new ClippingsDb(`backup-${Math.random()}`);
});
afterEach(() => db.delete());

const exportAll = (target = db) => backupOf(target);

describe('JSON backup', () => {
  it('round-trips: export, import into an empty library, export again gives the same file', async () => {
    for (let i = 0; i < 30; i++) await saveClipping(db, makeDraft({ url: `https://a.test/${i}`, canonicalUrl: `https://a.test/${i}`, title: `T${i}`, text: `word${i} text` }), 1000 + i);
    await saveClipping(db, makeDraft({ kind: 'selection', text: 'a passage', textFragmentUrl: 'https://news.example/a#:~:text=a%20passage' }), 5000);
    const first = (await db.clippings.toArray())[3]!;
    await db.clippings.update(first.id, { tags: ['x', 'y'], note: 'n\n"quoted"' });
    const text = await exportAll();

    const other = new ClippingsDb(`backup-other-${Math.random()}`);
    const outcome = await importClippings(other, parseBackup(text).clippings);
    expect(outcome).toEqual({ added: 31, merged: 0, unchanged: 0 });
    expect(await exportAll(other)).toBe(text);
    expect(await other.clippings.toArray()).toEqual(await db.clippings.toArray());
    // The search index was built for the imported clippings.
    expect((await queryLibrary(other, { search: 'word7 ' })).items.map((c) => c.title)).toEqual(['T7']);
    await other.delete();
  });

  it('a library saved to while it is exported still gives a backup that imports, holding what was written', async () => {
    for (let i = 0; i < 3; i++) await saveClipping(db, makeDraft({ url: `https://a.test/${i}`, canonicalUrl: `https://a.test/${i}`, title: `T${i}` }), 1000 + i);
    const countedFirst = await db.clippings.count();
    let saved = false;
    // A save in another tab (or a sync) lands between two batches of the export.
    async function* savingMeanwhile() {
      for await (const batch of clippingBatches(db, 2)) {
        yield batch;
        if (!saved) {
          saved = true;
          await saveClipping(db, makeDraft({ url: 'https://a.test/late', canonicalUrl: 'https://a.test/late', title: 'Late' }), 2000);
        }
      }
    }
    const { parts, count } = await backupParts(savingMeanwhile());
    const backup = parseBackup(parts.join(''));
    expect(count).toBe(4);
    expect(backup.clippings.map((c) => c.title)).toEqual(['T0', 'T1', 'T2', 'Late']);
    // What the export did before: the count read first no longer matched the clippings written.
    expect(countedFirst).toBe(3);
    const headerCountedFirst = parts.join('').replace('"count":4', `"count":${countedFirst}`);
    expect(() => parseBackup(headerCountedFirst)).toThrow(/says it holds 3 clippings but has 4/);
  });

  it('an empty library exports a backup that imports', async () => {
    const { parts, count } = await backupParts(clippingBatches(db));
    expect(count).toBe(0);
    expect(parseBackup(parts.join('')).clippings).toEqual([]);
  });

  it('merges by canonical URL: nothing existing is lost, tags are joined, the newer content wins', async () => {
    const { id } = await saveClipping(db, makeDraft({ title: 'Old title' }), 1000);
    await db.clippings.update(id, { tags: ['mine'], note: 'my note' });
    const incoming = [
      makeClipping(id, { url: 'https://news.example/a?utm_source=x', canonicalUrl: 'https://NEWS.example/a/', key: 'whatever', title: 'New title', savedAt: 2000, tags: ['theirs', 'MINE'], note: 'their note' }),
      makeClipping(50),
    ];
    expect(await importClippings(db, incoming)).toEqual({ added: 1, merged: 1, unchanged: 0 });
    const merged = await db.clippings.get(id);
    expect(merged).toMatchObject({ title: 'New title', savedAt: 2000, tags: ['mine', 'theirs'], note: 'my note\n\ntheir note', key: 'https://news.example/a' });
    expect(await db.clippings.count()).toBe(2);
    // Importing the same again changes nothing.
    expect(await importClippings(db, incoming)).toEqual({ added: 0, merged: 0, unchanged: 2 });
  });

  it('gives new ids to imported clippings whose id is taken, and never overwrites one', async () => {
    const { id } = await saveClipping(db, makeDraft({ url: 'https://mine.test/1', canonicalUrl: 'https://mine.test/1', title: 'Mine' }));
    await importClippings(db, [makeClipping(id), makeClipping(id + 1)]);
    expect((await db.clippings.get(id))!.title).toBe('Mine');
    expect(await db.clippings.count()).toBe(3);
  });

  it('imports nothing when any write fails (one transaction)', async () => {
    await saveClipping(db, makeDraft());
    const records = Array.from({ length: IMPORT_CHUNK * 2 + 300 }, (_, i) => makeClipping(100 + i));
    for (const table of [db.clippings, db.postings] as const) {
      const put = table.bulkPut.bind(table) as (...args: unknown[]) => Promise<unknown>;
      let calls = 0;
      (table as { bulkPut: unknown }).bulkPut = (...args: unknown[]) => (++calls === (table === db.clippings ? 3 : 1) ? Promise.reject(new Error('disk broke')) : put(...args));
      await expect(importClippings(db, records)).rejects.toMatchObject({ code: 'storage' });
      (table as { bulkPut: unknown }).bulkPut = put;
      expect(await db.clippings.count()).toBe(1);
      expect(await db.search.count()).toBe(1);
      expect((await queryLibrary(db, { search: 'story ' })).total).toBe(0);
    }
  });

  it('reports progress for long imports', async () => {
    const seen: number[] = [];
    await importClippings(db, Array.from({ length: IMPORT_CHUNK * 2 + 100 }, (_, i) => makeClipping(i + 1)), (done) => seen.push(done));
    expect(seen).toEqual([IMPORT_CHUNK, IMPORT_CHUNK * 2, IMPORT_CHUNK * 2 + 100]);
  });
});

describe('parseBackup validation', () => {
  const good = () => backupText([makeClipping(1), makeClipping(2)], '2026-01-01T00:00:00.000Z');
  const reason = (text: string) => {
    try {
      parseBackup(text);
      return 'accepted';
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('accepts a good backup', () => expect(parseBackup(good()).clippings).toHaveLength(2));

  it('says a truncated file is cut short', () => {
    const text = good();
    expect(reason(text.slice(0, text.length / 2))).toMatch(/not complete JSON.*cut short/);
  });

  it('names a wrong version and a foreign file', () => {
    expect(reason(good().replace('"version":2', '"version":3'))).toMatch(/version 3.*reads versions 1 and 2/);
    expect(reason('{"hello":"world"}')).toMatch(/not a Clean Reader backup/);
    expect(reason('[]')).toMatch(/not a Clean Reader backup/);
  });

  it('names the clipping and field with the wrong type', () => {
    const data = JSON.parse(good());
    data.clippings[1].title = 42;
    expect(reason(JSON.stringify(data))).toMatch(/clippings\[1\]: "title" is missing or has the wrong type/);
    const tags = JSON.parse(good());
    tags.clippings[0].tags = 'a,b';
    expect(reason(JSON.stringify(tags))).toMatch(/clippings\[0\] \("Story 1"\): "tags" must be a list of text/);
    const url = JSON.parse(good());
    url.clippings[0].url = 'javascript:alert(1)';
    expect(reason(JSON.stringify(url))).toMatch(/"url"/);
    const id = JSON.parse(good());
    id.clippings[1].id = 1;
    expect(reason(JSON.stringify(id))).toMatch(/id 1 appears twice/);
  });

  it('notices a count that does not match (a file missing its end)', () => {
    expect(reason(good().replace('"count":2', '"count":3'))).toMatch(/holds 3 clippings but has 2/);
  });

  it('drops fields it does not know', () => {
    const data = JSON.parse(good());
    data.clippings[0].evil = '<script>';
    expect(Object.keys(parseBackup(JSON.stringify(data)).clippings[0]!)).not.toContain('evil');
  });

  it('reads a 50 MB backup, and refuses a truncated one with the same clear message', async () => {
    const big = 'lorem ipsum dolor sit amet '.repeat(40_000); // ~1 MB of text per clipping
    const clippings = Array.from({ length: 50 }, (_, i) => makeClipping(i + 1, { text: big, html: `<p>${big}</p>`.slice(0, 10) }));
    const text = backupText(clippings);
    expect(text.length).toBeGreaterThan(50 * 1024 * 1024);
    const started = performance.now();
    expect(parseBackup(text).count).toBe(50);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(reason(text.slice(0, -5))).toMatch(/cut short/);
    const count = await importClippings(db, parseBackup(text).clippings.slice(0, 5));
    expect(count.added).toBe(5);
  }, 60_000);

  it('refuses a file beyond the size a browser can hold as text', () => {
    const huge = { length: 600 * 1024 * 1024 } as unknown as string;
    expect(() => parseBackup(huge)).toThrow(/600 MB; Clean Reader imports backups of up to 500 MB/);
  });
});
