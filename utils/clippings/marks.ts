// The reader's marks on a clipping: highlights, reading progress and state (issue #12). Each write is
// one transaction on the clipping and its search-index row (highlight quotes and notes are searchable).
import { clippingIndex, indexOne, type ClippingsDb } from './db';
import { invalidField, invalidForReader, missingClipping, toStoreError } from './errors';
import { findArticle, storeDraft } from './store';
import type { Clipping, ClippingState, Highlight, HighlightColor, ReadingProgress } from './types';
import { validateColor, validateDraft, validateHighlight, validateNote, validateProgress, validateState } from './validate';

/** Reading past this fraction starts a clipping; reaching the other finishes it. */
export const STARTED_AT = 0.02;
export const FINISHED_AT = 0.98;

interface Change<T> {
  patch: Partial<Clipping>;
  /** The words changed (a highlight's quote or note): the index row is rewritten too. */
  reindex: boolean;
  result: T;
}

/** Reads a clipping, applies `change` and writes it back (with `updatedAt`), in one transaction. */
async function changeClipping<T>(db: ClippingsDb, id: unknown, change: (clipping: Clipping) => Change<T>, now: number): Promise<T> {
  const clippingId = validateId(id);
  try {
    return await db.transaction('rw', [db.clippings, db.search, db.postings], async () => {
      const clipping = await db.clippings.get(clippingId);
      if (!clipping) throw missingClipping(clippingId);
      const { patch, reindex, result } = change(clipping);
      const next = { ...clipping, ...patch, updatedAt: now };
      await db.clippings.put(next);
      if (reindex) await indexOne(db, clippingId, clippingIndex(next));
      return result;
    });
  } catch (error) {
    throw toStoreError(error);
  }
}

/** The highlights with `highlight` in place of the one with its id, or added; kept in reading order. */
function withHighlight(highlights: readonly Highlight[], highlight: Highlight): Highlight[] {
  const others = highlights.filter((h) => h.id !== highlight.id);
  return [...others, highlight].sort((a, b) => a.position.start - b.position.start || a.createdAt - b.createdAt);
}

const highlightsPatch = (highlights: Highlight[]): Partial<Clipping> => ({ highlights, highlightCount: highlights.length });

/**
 * Adds a highlight (or puts back a deleted one, same id). With `clippingId` null and a draft, the
 * article is saved and highlighted in the same transaction. `replaces`: the ids of the highlights it
 * covers (a selection reaching past them), taken away in the same write: one change, not one per highlight.
 */
export async function addHighlight(
  db: ClippingsDb,
  request: { clippingId: unknown; draft?: unknown; highlight: unknown; replaces?: unknown },
  now = Date.now(),
): Promise<{ clippingId: number; highlight: Highlight }> {
  const highlight = validateHighlight(request.highlight);
  const replaces = validateIds(request.replaces);
  const add = (c: Clipping): Change<Highlight> => {
    const kept = c.highlights.filter((h) => !replaces.includes(h.id));
    return { patch: highlightsPatch(withHighlight(kept, highlight)), reindex: true, result: highlight };
  };
  if (request.clippingId !== null) return { clippingId: validateId(request.clippingId), highlight: await changeClipping(db, request.clippingId, add, now) };
  if (request.draft === undefined) throw invalidField('draft', 'a highlight needs a clipping id or the article to save');
  const draft = validateDraft(request.draft);
  try {
    return await db.transaction('rw', [db.clippings, db.search, db.postings], async () => {
      const { id } = await storeDraft(db, draft, now);
      // Nested in this transaction: the save and the highlight are written together or not at all.
      await changeClipping(db, id, add, now);
      return { clippingId: id, highlight };
    });
  } catch (error) {
    throw toStoreError(error);
  }
}

export async function updateHighlight(
  db: ClippingsDb,
  request: { clippingId: unknown; id: unknown; note?: unknown; color?: unknown },
  now = Date.now(),
): Promise<Highlight> {
  const note = request.note === undefined ? undefined : validateNote(request.note, 'highlight note');
  const color: HighlightColor | undefined = request.color === undefined ? undefined : validateColor(request.color);
  return changeClipping(db, request.clippingId, (c) => {
    const old = findHighlight(c, request.id);
    const next: Highlight = { ...old, note: note ?? old.note, color: color ?? old.color, updatedAt: now };
    return { patch: highlightsPatch(withHighlight(c.highlights, next)), reindex: note !== undefined, result: next };
  }, now);
}

export async function deleteHighlight(db: ClippingsDb, request: { clippingId: unknown; id: unknown }, now = Date.now()): Promise<{ deleted: Highlight }> {
  return changeClipping(db, request.clippingId, (c) => {
    const deleted = findHighlight(c, request.id);
    return { patch: highlightsPatch(c.highlights.filter((h) => h !== deleted)), reindex: true, result: { deleted } };
  }, now);
}

/**
 * The state reading moves a clipping to: unread → reading past 2 %, → finished at 98 %. Finished and
 * archived clippings are never moved back by reading (only by the reader's choice, `setState`).
 */
export function stateAfterReading(state: ClippingState, fraction: number): ClippingState {
  if (state === 'finished' || state === 'archived') return state;
  if (fraction >= FINISHED_AT) return 'finished';
  return fraction > STARTED_AT ? 'reading' : state;
}

export async function saveProgress(db: ClippingsDb, request: { clippingId: unknown; progress: unknown }, now = Date.now()): Promise<{ state: ClippingState }> {
  const progress: ReadingProgress = validateProgress(request.progress);
  return changeClipping(db, request.clippingId, (c) => {
    const state = stateAfterReading(c.state, progress.fraction);
    return { patch: { progress, state }, reindex: false, result: { state } };
  }, now);
}

/** Sets the state of many clippings at once (mark finished, archive…), in one transaction. */
export async function setState(db: ClippingsDb, request: { ids: unknown; state: unknown }, now = Date.now()): Promise<{ updated: number }> {
  const state = validateState(request.state);
  if (!Array.isArray(request.ids)) throw invalidField('ids');
  const ids = request.ids.map(validateId);
  try {
    // Unread starts over: a place kept from before reopened the reader there (at its end, for a finished one), and the
    // next scroll there made it finished again.
    const change = state === 'unread' ? { state, progress: null, updatedAt: now } : { state, updatedAt: now };
    const updated = await db.transaction('rw', db.clippings, () => db.clippings.where(':id').anyOf(ids).modify(change));
    return { updated };
  } catch (error) {
    throw toStoreError(error);
  }
}

export interface FoundClipping {
  id: number;
  state: ClippingState;
  progress: ReadingProgress | null;
  linkOnly: boolean;
  highlightCount: number;
}

/** The saved article of a page (matched as saves match it: `findArticle`), for the popup's banner and the reader. */
export async function findClipping(db: ClippingsDb, url: unknown, canonicalUrl: unknown = url): Promise<FoundClipping | null> {
  if (typeof url !== 'string') throw invalidField('url');
  if (typeof canonicalUrl !== 'string') throw invalidField('canonicalUrl');
  try {
    const c = await findArticle(db, url, canonicalUrl);
    return c ? { id: c.id, state: c.state, progress: c.progress, linkOnly: c.linkOnly, highlightCount: c.highlightCount } : null;
  } catch (error) {
    throw toStoreError(error);
  }
}

/** Whether the clipping `id` is still stored: a reader showing it asks after each change to the library. */
export async function clippingStored(db: ClippingsDb, id: unknown): Promise<boolean> {
  if (typeof id !== 'number') throw invalidField('id');
  try {
    return (await db.clippings.where('id').equals(id).count()) > 0;
  } catch (error) {
    throw toStoreError(error);
  }
}

function findHighlight(clipping: Clipping, id: unknown): Highlight {
  const found = clipping.highlights.find((h) => h.id === id);
  if (!found) throw invalidForReader(`no highlight ${String(id)} on clipping ${clipping.id}`);
  return found;
}

function validateId(id: unknown): number {
  if (typeof id !== 'number' || !Number.isInteger(id) || id < 1) throw invalidField('id');
  return id;
}

/** The highlight ids an added highlight replaces: none when absent. */
function validateIds(ids: unknown): string[] {
  if (ids === undefined) return [];
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) throw invalidField('replaces');
  return ids;
}
