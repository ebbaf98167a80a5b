import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ClippingsDb, SCHEMA_V1 } from '../../../utils/clippings/db';
import { queryLibrary } from '../../../utils/clippings/query';
import { makeClipping } from './helpers';

describe('schema migrations', () => {
  it('v1 → v2: every clipping kept as it was, and the search index filled', async () => {
    const name = `migrate-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const before = Array.from({ length: 40 }, (_, i) => makeClipping(i + 1, { tags: i % 2 ? ['odd'] : [], note: i === 5 ? 'pelican note' : '' }));
    await v1.table('clippings').bulkAdd(before);
    v1.close();

    const db = new ClippingsDb(name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.clippings.toArray()).toEqual(before);
    expect(await db.search.count()).toBe(40);
    expect((await queryLibrary(db, { search: 'pelican ' })).items.map((c) => c.id)).toEqual([6]);
    expect((await queryLibrary(db, { search: 'number 17 ' })).items.map((c) => c.id)).toEqual([17]);
    expect((await queryLibrary(db, { tag: 'odd' })).total).toBe(20);
    await db.delete();
  });

  it('opens a fresh database at the current version', async () => {
    const db = new ClippingsDb(`fresh-${Math.random()}`);
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(['clippings', 'postings', 'search']);
    await db.delete();
  });
});
