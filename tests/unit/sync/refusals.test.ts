// @vitest-environment node
// A clipping the server refuses for good (a size limit, a rule) is parked: the rest of the queue syncs, it stays
// here, listed, and is sent again when it changes.
import { describe, expect, it } from 'vitest';
import { saveClipping, updateClipping } from '../../../utils/clippings/store';
import { pendingChanges } from '../../../utils/sync/engine';
import { requeueParked } from '../../../utils/sync/refusals';
import { makeDraft } from '../clippings/helpers';
import { makeDevice, makeServer, type Device } from './devices';

const article = (n: number, overrides = {}) =>
  makeDraft({ url: `https://news.example/story-${n}`, canonicalUrl: `https://news.example/story-${n}`, title: `Story ${n}`, ...overrides });

type Doc = { _id: string; title?: string; _deleted?: boolean };
type Server = ReturnType<typeof makeServer>;

/**
 * A server that refuses some writes as CouchDB does: `refuse` says, for a request's documents, what to answer
 * (nothing: written). Records the ids of every document each write carried.
 */
function refusingServer(refuse: (docs: Doc[]) => { status: number; name: string; reason?: string } | 'per-doc' | null) {
  const server = makeServer() as Server;
  const write = server.bulkDocs.bind(server);
  const requests: string[][] = [];
  server.bulkDocs = async (body, options) => {
    const docs = body.docs as Doc[];
    requests.push(docs.map((d) => d._id));
    const answer = refuse(docs);
    if (answer === 'per-doc') {
      // A validation rule (validate_doc_update): those documents refused one by one, the others written.
      const refused = docs.filter((d) => d.title?.includes('REFUSE'));
      const written = await write({ ...body, docs: docs.filter((d) => !refused.includes(d)) }, options);
      return [...written, ...refused.map((d) => ({ id: d._id, error: 'forbidden', name: 'forbidden', status: 500, message: 'not allowed here' }))];
    }
    if (answer) throw Object.assign(new Error(answer.reason ?? answer.name), { ...answer, error: answer.name });
    return write(body, options);
  };
  const [a, b] = [makeDevice(server, 'a'), makeDevice(server, 'b')];
  return { server, a, b, requests };
}

/** How many writes carried the document titled `title` on device `d`. */
async function attempts(d: Device, requests: string[][], title: string): Promise<number> {
  const doc = (await d.mirror.changes({ since: 0, include_docs: true, limit: 1000 })).results.find((r) => r.doc?.title === title)!;
  return requests.filter((ids) => ids.includes(doc.id)).length;
}

const BIG = 'x'.repeat(50_000);
const tooBig = (docs: Doc[]) => docs.find((d) => JSON.stringify(d).length > 40_000);

describe('a clipping the server refuses for good', () => {
  it.each([
    ['naming it, as CouchDB does for a document over max_document_size', true],
    ['naming none, as a proxy over its body limit does', false],
  ])('too large (413, %s): the others sync, it is parked with its title, and sent again once it changes', async (_, named) => {
    let limit = true;
    const { a, b, requests } = refusingServer((docs) => {
      const big = limit && tooBig(docs);
      return big ? { status: 413, name: named ? 'document_too_large' : 'too_large', reason: named ? big._id : 'request body too large' } : null;
    });
    for (let n = 0; n < 30; n++) await saveClipping(a.db, article(n));
    const { id } = await saveClipping(a.db, article(99, { title: 'The whole novel', text: BIG, html: `<p>${BIG}</p>` }));

    const report = await a.sync();
    expect(report.refused.map(({ title, reason }) => ({ title, reason }))).toEqual([{ title: 'The whole novel', reason: 'too-large' }]);
    // Nothing is left waiting: the refused one is listed apart, not counted as pending.
    expect(await pendingChanges(a.engineDb, a.mirror)).toBe(0);
    await b.sync();
    expect(await b.db.clippings.count()).toBe(30);
    expect(await a.db.clippings.count()).toBe(31);

    // Unchanged, it is not sent again, and still listed.
    const tries = await attempts(a, requests, 'The whole novel');
    expect((await a.sync()).refused).toHaveLength(1);
    expect(await attempts(a, requests, 'The whole novel')).toBe(tries);

    // The server's limit raised, then the clipping changes: it goes, and is no longer listed.
    limit = false;
    await updateClipping(a.db, id, { tags: ['long'] });
    expect((await a.sync()).refused).toEqual([]);
    await b.sync();
    expect(await b.db.clippings.count()).toBe(31);
    expect((await b.db.clippings.where('title').equals('The whole novel').first())?.tags).toEqual(['long']);
  });

  it('refused by a rule on the server (forbidden): the others sync, it is parked and sent again once it changes', async () => {
    let rule = true;
    const { a, b } = refusingServer(() => (rule ? 'per-doc' : null));
    const { id } = await saveClipping(a.db, article(1, { title: 'REFUSE me' }));
    await saveClipping(a.db, article(2, { title: 'Welcome' }));
    expect((await a.sync()).refused.map(({ title, reason }) => ({ title, reason }))).toEqual([{ title: 'REFUSE me', reason: 'forbidden' }]);
    await b.sync();
    expect(await b.titles()).toEqual(['Welcome']);
    expect(await a.titles()).toEqual(['REFUSE me', 'Welcome']);

    rule = false;
    await updateClipping(a.db, id, { note: 'allowed now' });
    expect((await a.sync()).refused).toEqual([]);
    await b.sync();
    expect(await b.titles()).toEqual(['REFUSE me', 'Welcome']);
  });

  it('"Try again" sends the parked clippings unchanged: refused again while the limit holds, written once it is raised', async () => {
    let limit = true;
    const { a, b, requests } = refusingServer((docs) => {
      const big = limit && tooBig(docs);
      return big ? { status: 413, name: 'document_too_large', reason: big._id } : null;
    });
    await saveClipping(a.db, article(1, { title: 'The whole novel', text: BIG, html: `<p>${BIG}</p>` }));
    await saveClipping(a.db, article(2, { title: 'Short story', text: 'short', html: '<p>short</p>' }));
    expect((await a.sync()).refused.map((p) => p.title)).toEqual(['The whole novel']);
    const tries = await attempts(a, requests, 'The whole novel');

    // Still too large: sent again, refused again, parked again (under its new revision).
    expect(await requeueParked(a.engineDb)).toBe(1);
    expect(await pendingChanges(a.engineDb, a.mirror)).toBe(1);
    expect((await a.sync()).refused.map((p) => p.title)).toEqual(['The whole novel']);
    expect(await attempts(a, requests, 'The whole novel')).toBeGreaterThan(tries);
    expect(await pendingChanges(a.engineDb, a.mirror)).toBe(0);

    // The limit raised: the next try writes it, nothing is parked, the other device gets it as it is here.
    limit = false;
    expect(await requeueParked(a.engineDb)).toBe(1);
    expect((await a.sync()).refused).toEqual([]);
    expect(await requeueParked(a.engineDb)).toBe(0);
    await b.sync();
    expect(await b.titles()).toEqual(['Short story', 'The whole novel']);
    expect((await b.db.clippings.where('title').equals('The whole novel').first())?.text).toBe(BIG);
  });

  it('"Try again" queues nothing for a parked clipping deleted here since (its deletion is what syncs)', async () => {
    const { a, b } = refusingServer(() => 'per-doc');
    const { id } = await saveClipping(a.db, article(1, { title: 'REFUSE me' }));
    expect((await a.sync()).refused).toHaveLength(1);
    await a.db.clippings.delete(id);
    expect(await requeueParked(a.engineDb)).toBe(0);
    expect((await a.sync()).refused).toEqual([]);
    await b.sync();
    expect(await b.titles()).toEqual([]);
  });

  it('a server out of room (507) parks nothing: the cycle fails and everything waits', async () => {
    let full = true;
    const { a } = refusingServer(() => (full ? { status: 507, name: 'insufficient_storage', reason: 'quota exceeded' } : null));
    await saveClipping(a.db, article(1));
    await expect(a.sync()).rejects.toMatchObject({ status: 507 });
    expect(await pendingChanges(a.engineDb, a.mirror)).toBe(1);
    full = false;
    expect((await a.sync()).refused).toEqual([]);
    expect(await pendingChanges(a.engineDb, a.mirror)).toBe(0);
  });
});
