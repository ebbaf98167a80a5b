// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { importClippings } from '../../../utils/clippings/store';
import { findClipping } from '../../../utils/clippings/marks';
import { docFields, docIdOf, type ClippingDoc } from '../../../utils/sync/doc';
import { makeClipping } from '../clippings/helpers';
import { pairedDevices } from './devices';

const kept = 'http://m.gazette.example/2019/rivers/amp';
const link = () => makeClipping(1, { url: kept, canonicalUrl: kept, key: kept, html: '', text: '', linkOnly: true, source: 'pocket', tags: ['rivers'] });

describe('the edition-free key and sync', () => {
  it('never travels in a document: a device computes it from the key it receives', async () => {
    const { server, a, b } = pairedDevices();
    await importClippings(a.db, [link()]);
    expect((await a.db.clippings.get(1))?.editionKey).toBe('//gazette.example/2019/rivers');
    await a.sync();
    const doc = await (server as unknown as { get(id: string): Promise<object> }).get(await docIdOf(kept));
    expect(doc).toMatchObject({ key: kept, linkOnly: true });
    expect(doc).not.toHaveProperty('editionKey');
    expect(doc).not.toHaveProperty('id');
    await b.sync();
    const [onB] = await b.db.clippings.toArray();
    expect(onB).toMatchObject({ key: kept, tags: ['rivers'], editionKey: '//gazette.example/2019/rivers' });
    await expect(findClipping(b.db, 'https://www.gazette.example/2019/rivers')).resolves.toMatchObject({ id: onB!.id, linkOnly: true });
  });

  it('a document from a device on schema v4 (no such field) is found under another edition of its address', async () => {
    const { server, b } = pairedDevices();
    // Every field a v4 device's row has (makeClipping writes no editionKey).
    const doc: ClippingDoc = { ...docFields(link()), _id: await docIdOf(kept), type: 'clipping' };
    expect(doc).not.toHaveProperty('editionKey');
    await server.bulkDocs({ docs: [doc] });
    await b.sync();
    const [row] = await b.db.clippings.toArray();
    expect(row).toMatchObject({ key: kept, editionKey: '//gazette.example/2019/rivers' });
    await expect(findClipping(b.db, 'https://gazette.example/2019/rivers', 'https://gazette.example/2019/rivers')).resolves.toMatchObject({ id: row!.id });
  });
});
