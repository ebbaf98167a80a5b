// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClippingsDb } from '../../../utils/clippings/db';
import { markHandlers } from '../../../utils/background/library-handlers';
import { addHighlight, deleteHighlight, findClipping, saveProgress, setState, stateAfterReading, updateHighlight } from '../../../utils/clippings/marks';
import { queryLibrary } from '../../../utils/clippings/query';
import { importClippings, saveClipping } from '../../../utils/clippings/store';
import { createMessageListener } from '../../../utils/browser/messages';
import { makeClipping, makeDraft, makeHighlight } from './helpers';

const DRAFT = makeDraft({ html: '<p>At dawn the pelican flew over the bay.</p>', text: 'At dawn the pelican flew over the bay.' });
let db: ClippingsDb;
beforeEach(() => {
  db = new ClippingsDb(`marks-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const sorted = (list: number[]) => [...list].sort((a, b) => a - b);
const ids = async (search: string) => (await queryLibrary(db, { search })).items.map((c) => c.id);

describe('highlights', () => {
  it('adds a highlight to a saved clipping: stored, counted, dated, and its quote and note searchable', async () => {
    const { id } = await saveClipping(db, makeDraft(), 1000);
    const highlight = makeHighlight({ quote: { type: 'TextQuoteSelector', exact: 'cormorants', prefix: '', suffix: '' }, note: 'ask Ines' });
    await expect(addHighlight(db, { clippingId: id, highlight }, 6000)).resolves.toEqual({ clippingId: id, highlight });
    expect(await db.clippings.get(id)).toMatchObject({ highlights: [highlight], highlightCount: 1, updatedAt: 6000, savedAt: 1000 });
    expect(await ids('cormorants ')).toEqual([id]);
    expect(await ids('ines ')).toEqual([id]);
  });

  it('saves an unsaved article and its first highlight together', async () => {
    const out = await addHighlight(db, { clippingId: null, draft: DRAFT, highlight: makeHighlight() }, 7000);
    const stored = await db.clippings.get(out.clippingId);
    expect(stored).toMatchObject({ title: 'Title', savedAt: 7000, state: 'unread', highlightCount: 1, highlights: [makeHighlight()] });
  });

  it('replaces the highlights a new one covers in the same write; refuses replaces that are not ids', async () => {
    const { id } = await saveClipping(db, makeDraft(), 1000);
    const quote = (exact: string) => ({ quote: { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' } });
    const [owl, lark, wren] = [makeHighlight({ id: 'owl', ...quote('owl') }), makeHighlight({ id: 'lark', ...quote('lark') }), makeHighlight({ id: 'wren', ...quote('wren') })];
    for (const h of [owl, lark]) await addHighlight(db, { clippingId: id, highlight: h }, 2000);
    await expect(addHighlight(db, { clippingId: id, highlight: wren, replaces: 'owl' }, 3000)).rejects.toMatchObject({ code: 'invalid' });
    await addHighlight(db, { clippingId: id, highlight: wren, replaces: ['owl', 'lark'] }, 4000);
    expect(await db.clippings.get(id)).toMatchObject({ highlights: [wren], highlightCount: 1, updatedAt: 4000 });
    expect(await ids('owl ')).toEqual([]);
    expect(await ids('wren ')).toEqual([id]);
  });

  it('saves nothing when the highlight is invalid, even with a valid article', async () => {
    await expect(addHighlight(db, { clippingId: null, draft: DRAFT, highlight: makeHighlight({ color: 'red' as 'pink' }) })).rejects.toMatchObject({ code: 'invalid' });
    await expect(addHighlight(db, { clippingId: null, highlight: makeHighlight() })).rejects.toMatchObject({ code: 'invalid' });
    expect(await db.clippings.count()).toBe(0);
  });

  it('keeps both highlights when two arrive at once for the same unsaved page (one clipping)', async () => {
    const [a, b] = await Promise.all([
      addHighlight(db, { clippingId: null, draft: DRAFT, highlight: makeHighlight({ id: 'a', position: { type: 'TextPositionSelector', start: 30, end: 33 } }) }),
      addHighlight(db, { clippingId: null, draft: DRAFT, highlight: makeHighlight({ id: 'b' }) }),
    ]);
    expect(a.clippingId).toBe(b.clippingId);
    expect(await db.clippings.count()).toBe(1);
    // Reading order, not arrival order.
    expect((await db.clippings.get(a.clippingId))!.highlights.map((h) => h.id)).toEqual(['b', 'a']);
  });

  it('edits a note and a colour; the old note is no longer found, the new one is', async () => {
    const { id } = await saveClipping(db, makeDraft(), 1000);
    await addHighlight(db, { clippingId: id, highlight: makeHighlight({ note: 'flamingo' }) });
    const edited = await updateHighlight(db, { clippingId: id, id: 'h-1', note: 'heron <img src=x onerror=alert(1)>', color: 'blue' }, 9000);
    expect(edited).toEqual(makeHighlight({ note: 'heron <img src=x onerror=alert(1)>', color: 'blue', updatedAt: 9000 }));
    expect(await ids('flamingo ')).toEqual([]);
    expect(await ids('heron ')).toEqual([id]);
    expect(await db.clippings.get(id)).toMatchObject({ highlights: [edited], updatedAt: 9000 });
  });

  it('deletes a highlight and puts it back identically (undo: same id)', async () => {
    const { id } = await saveClipping(db, makeDraft(), 1000);
    const first = makeHighlight({ note: 'egret' });
    const second = makeHighlight({ id: 'h-2', position: { type: 'TextPositionSelector', start: 40, end: 50 } });
    await addHighlight(db, { clippingId: id, highlight: first });
    await addHighlight(db, { clippingId: id, highlight: second });
    const { deleted } = await deleteHighlight(db, { clippingId: id, id: 'h-1' });
    expect(deleted).toEqual(first);
    expect(await db.clippings.get(id)).toMatchObject({ highlights: [second], highlightCount: 1 });
    expect(await ids('egret ')).toEqual([]);
    await addHighlight(db, { clippingId: id, highlight: deleted });
    expect(await db.clippings.get(id)).toMatchObject({ highlights: [first, second], highlightCount: 2 });
  });

  it('refuses an unknown clipping or highlight, clearly, and changes nothing', async () => {
    const { id } = await saveClipping(db, makeDraft(), 1000);
    await expect(addHighlight(db, { clippingId: 99, highlight: makeHighlight() })).rejects.toMatchObject({ code: 'missing', message: 'no clipping with id 99' });
    await expect(updateHighlight(db, { clippingId: id, id: 'nope', note: 'x' })).rejects.toMatchObject({ code: 'invalid', message: `no highlight nope on clipping ${id}` });
    await expect(deleteHighlight(db, { clippingId: id, id: 'nope' })).rejects.toMatchObject({ code: 'invalid' });
    expect(await db.clippings.get(id)).toMatchObject({ highlights: [], updatedAt: 1000 });
  });
});

describe('highlights on a clipping indexed in bulk (an import)', () => {
  it('leave its packed words in the postings: old and new words found, a removed note\'s words gone', async () => {
    // Three clippings with the words: an import keeps them in posting rows (words of one or two go to the multi-entry index).
    await importClippings(db, [7, 8, 9].map((id) => makeClipping(id, { text: 'Story about the osprey' })));
    const postings = await db.postings.toArray();
    await addHighlight(db, { clippingId: 7, highlight: makeHighlight({ note: 'gannet' }) });
    expect(await db.postings.toArray()).toEqual(postings);
    expect(await db.search.get(7)).toMatchObject({ words: ['pelican', 'flew', 'gannet'], packed: expect.stringContaining('osprey') });
    expect(sorted(await ids('osprey '))).toEqual([7, 8, 9]);
    expect(await ids('gannet ')).toEqual([7]);
    await updateHighlight(db, { clippingId: 7, id: 'h-1', note: 'the osprey again' });
    expect(await ids('gannet ')).toEqual([]);
    expect(sorted(await ids('osprey '))).toEqual([7, 8, 9]);
    // The content saved again without a word: it leaves the postings too.
    await saveClipping(db, makeDraft({ url: makeClipping(7).url, canonicalUrl: makeClipping(7).canonicalUrl, title: 'Story 7', text: 'Story about herons' }));
    expect(await ids('herons ')).toEqual([7]);
    expect(sorted(await ids('osprey '))).toEqual([7, 8, 9]); // still in the highlight's note
    await deleteHighlight(db, { clippingId: 7, id: 'h-1' });
    expect(sorted(await ids('osprey '))).toEqual([8, 9]);
    expect((await db.postings.toArray()).some((row) => row.word === 'osprey' && row.ids.includes(7))).toBe(false);
  });
});

describe('reading progress and state', () => {
  it.each([
    ['unread', 0.01, 'unread'], ['unread', 0.03, 'reading'], ['unread', 0.99, 'finished'], ['reading', 0.5, 'reading'],
    ['reading', 0.0, 'reading'], ['reading', 0.98, 'finished'], ['finished', 0.1, 'finished'], ['archived', 0.5, 'archived'],
  ] as const)('%s at %f → %s', (from, fraction, to) => expect(stateAfterReading(from, fraction)).toBe(to));

  it('stores the progress and moves the state', async () => {
    const { id } = await saveClipping(db, makeDraft(), 1000);
    const progress = { fraction: 0.4, anchor: { type: 'TextQuoteSelector' as const, exact: 'Body', prefix: '', suffix: '' }, updatedAt: 2000 };
    await expect(saveProgress(db, { clippingId: id, progress }, 2000)).resolves.toEqual({ state: 'reading' });
    expect(await db.clippings.get(id)).toMatchObject({ progress, state: 'reading', updatedAt: 2000 });
    await expect(saveProgress(db, { clippingId: id, progress: { ...progress, fraction: 1.5 } })).rejects.toMatchObject({ code: 'invalid' });
  });

  it('sets the state of many clippings at once, found through the state index', async () => {
    const a = await saveClipping(db, makeDraft({ canonicalUrl: 'https://a.test/1' }));
    const b = await saveClipping(db, makeDraft({ canonicalUrl: 'https://a.test/2' }));
    await saveClipping(db, makeDraft({ canonicalUrl: 'https://a.test/3' }));
    await expect(setState(db, { ids: [a.id, b.id, 404], state: 'archived' })).resolves.toEqual({ updated: 2 });
    expect(await db.clippings.where('state').equals('archived').primaryKeys()).toEqual([a.id, b.id]);
    await expect(setState(db, { ids: [a.id], state: 'gone' })).rejects.toMatchObject({ code: 'invalid' });
  });

  it('marked unread, a clipping starts over: its place is forgotten, and reading it again moves it on from there', async () => {
    const { id } = await saveClipping(db, makeDraft(), 1000);
    const end = { fraction: 1, anchor: { type: 'TextQuoteSelector' as const, exact: 'The end', prefix: '', suffix: '' }, updatedAt: 2000 };
    await saveProgress(db, { clippingId: id, progress: end }, 2000);
    await setState(db, { ids: [id], state: 'archived' }, 2500);
    expect(await db.clippings.get(id)).toMatchObject({ state: 'archived', progress: end });
    await setState(db, { ids: [id], state: 'unread' }, 3000);
    expect(await db.clippings.get(id)).toMatchObject({ state: 'unread', progress: null, updatedAt: 3000 });
    await expect(saveProgress(db, { clippingId: id, progress: { ...end, fraction: 0.01 } }, 4000)).resolves.toEqual({ state: 'unread' });
  });

  it('finds a saved article by its URL as saves match it, never a selection', async () => {
    const { id } = await saveClipping(db, makeDraft({ canonicalUrl: 'https://news.example/story' }));
    await saveClipping(db, makeDraft({ kind: 'selection', canonicalUrl: 'https://news.example/other', text: 'a passage' }));
    await saveProgress(db, { clippingId: id, progress: { fraction: 0.4, anchor: null, updatedAt: 1 } });
    await expect(findClipping(db, 'https://NEWS.example/story/?utm_source=x#top')).resolves.toEqual({
      id, state: 'reading', progress: { fraction: 0.4, anchor: null, updatedAt: 1 }, linkOnly: false, highlightCount: 0,
    });
    await expect(findClipping(db, 'https://news.example/other')).resolves.toBeNull();
  });
});

describe('the background messages', () => {
  it('answer through the listener, errors as typed replies', async () => {
    const listener = createMessageListener(markHandlers(db));
    const saved = await listener({ type: 'add-highlight', clippingId: null, draft: DRAFT, highlight: makeHighlight() }, {});
    expect(saved).toMatchObject({ ok: true, value: { highlight: makeHighlight() } });
    await expect(listener({ type: 'find-clipping', url: DRAFT.canonicalUrl }, {})).resolves.toMatchObject({ ok: true, value: { highlightCount: 1 } });
    // asked by its id, whatever its address holds (a saved selection is not the clipping stored at its page's address)
    const id = (saved as { value: { clippingId: number } }).value.clippingId;
    await expect(listener({ type: 'clipping-stored', id }, {})).resolves.toEqual({ ok: true, value: true });
    await expect(listener({ type: 'clipping-stored', id: id + 1 }, {})).resolves.toEqual({ ok: true, value: false });
    await expect(listener({ type: 'clipping-stored', id: String(id) }, {})).resolves.toMatchObject({ ok: false, error: 'invalid' });
    await expect(listener({ type: 'set-state', ids: 'all', state: 'finished' }, {})).resolves.toMatchObject({ ok: false, error: 'invalid', message: 'invalid clipping field: ids' });
  });
});
