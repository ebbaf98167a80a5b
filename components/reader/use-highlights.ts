/**
 * The reader's highlights: loads them with the clipping, re-anchors and paints them whenever they (or the
 * body) change, and writes every change through the background (the single writer). Highlighting an
 * article that is not saved yet saves it with the highlight, in one message.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { articleDraft } from '@/utils/clipping-draft';
import type { Highlight, HighlightColor } from '@/utils/clippings/types';
import type { Article } from '@/utils/extract/types';
import { anchorHighlights, describeRange, describeSpan, type Anchoring, type Selectors } from '@/utils/highlights/anchor';
import { FORCED_COLORS, paintHighlights, unpaintHighlights } from '@/utils/highlights/paint';
import { indexText } from '@/utils/highlights/text-index';
import { onEvent } from '@/utils/browser/events';
import { sendMessage, type ErrorCode } from '@/utils/browser/messages';

/** Whether the article is in the library: not saved yet, saved, or saved and then deleted elsewhere (another tab, a sync). */
export type LibraryStanding = 'unsaved' | 'saved' | 'removed';

export interface HighlightsState {
  clippingId: number | null;
  library: LibraryStanding;
  /** Saves the article again with every highlight shown (after it was removed); false when that failed. */
  saveAgain: () => Promise<boolean>;
  anchoring: Anchoring;
  /** The last change that failed, to say so. */
  error: ErrorCode | null;
  /** The last deleted highlight, for Undo. */
  deleted: Highlight | null;
  add: (color: HighlightColor, range: Range) => Promise<Highlight | null>;
  /** One highlight over the text [start, end) in place of the highlights it covers, their notes kept in its note. */
  extend: (color: HighlightColor, span: { start: number; end: number }, covered: readonly Highlight[]) => Promise<Highlight | null>;
  /** False when the change was not stored (the note editor then stays open with what was typed). */
  update: (id: string, change: { note?: string; color?: HighlightColor }) => Promise<boolean>;
  remove: (id: string) => Promise<void>;
  undo: () => Promise<void>;
}

const NOTHING: Anchoring = { placed: [], unplaced: [] };

export function useHighlights(
  article: Article,
  bodyRef: RefObject<HTMLElement | null>,
  initial: { clippingId: number | null; highlights: Highlight[] },
): HighlightsState {
  const [clippingId, setClippingId] = useState(initial.clippingId);
  const [highlights, setHighlights] = useState(initial.highlights);
  const [anchoring, setAnchoring] = useState<Anchoring>(NOTHING);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [deleted, setDeleted] = useState<Highlight | null>(null);
  const [removed, setRemoved] = useState(false);
  const current = useRef(clippingId);
  current.current = clippingId;
  // The stored marks can arrive after the reader has started marking (a slow first load): what loaded
  // joins what is here, by id, and never takes a highlight made meanwhile off the page.
  useEffect(() => {
    setClippingId((id) => initial.clippingId ?? id);
    setHighlights((list) => [...initial.highlights, ...list.filter((h) => !initial.highlights.some((i) => i.id === h.id))]);
  }, [initial]);

  // painted another way in forced colours (paint.ts): painted again when the reader turns a contrast theme on or off
  const [forcedColors, setForcedColors] = useState(() => window.matchMedia?.(FORCED_COLORS).matches === true);
  useEffect(() => {
    const query = window.matchMedia?.(FORCED_COLORS);
    const follow = () => setForcedColors(query!.matches);
    query?.addEventListener('change', follow);
    return () => query?.removeEventListener('change', follow);
  }, []);

  useEffect(() => {
    const root = bodyRef.current;
    if (!root) return;
    unpaintHighlights(root); // before placing: taking out the marks of the DOM fallback would break ranges found around them
    const next = anchorHighlights(root, highlights);
    paintHighlights(root, next.placed);
    setAnchoring(next);
  }, [highlights, article.html, forcedColors]);

  // The library changed (a delete in another tab, a sync's pulled changes): is this clipping still stored? Asked of the
  // background, the single reader of record, by its id: asked by its address, a saved selection was answered with the
  // page's own clipping and said "Removed" at every change. An answer about an id the reader has since left (saved again
  // meanwhile) or a failed question changes nothing.
  useEffect(
    () =>
      onEvent('library-changed', () => {
        const id = current.current;
        if (id === null) return;
        void sendMessage('clipping-stored', { id }).then((stored) => {
          if (stored.ok && current.current === id) setRemoved(!stored.value);
        });
      }),
    [],
  );

  const stored = (id: number) => {
    current.current = id; // before the render: a library change heard next asks about this clipping
    setClippingId(id);
    setRemoved(false);
    setError(null);
  };

  const replace = (id: string, next: Highlight | null) =>
    setHighlights((list) => (next ? list.map((h) => (h.id === id ? next : h)) : list.filter((h) => h.id !== id)));

  /** Stores `highlight`, and deletes the highlights it `replaces` (ids) in the same write. */
  const store = async (highlight: Highlight, replaces: readonly string[] = []): Promise<boolean> => {
    const covering = replaces.length ? { replaces: [...replaces] } : {};
    const reply = await sendMessage('add-highlight', clippingId === null ? { clippingId: null, draft: articleDraft(article), highlight, ...covering } : { clippingId, highlight, ...covering });
    if (!reply.ok) return reply.error === 'missing' ? saveWith(highlight, replaces) : (setError(reply.error), false);
    stored(reply.value.clippingId);
    return true;
  };

  /**
   * The clipping was deleted (in the library, on another device) while this reader showed it: highlighting
   * saves the article again, as it saves one not yet saved, with the highlights the reader still sees (they
   * were the deleted clipping's), so what is painted is what is stored.
   */
  const saveWith = async (highlight: Highlight, replaces: readonly string[] = []): Promise<boolean> => {
    const saved = await sendMessage('add-highlight', { clippingId: null, draft: articleDraft(article), highlight });
    if (!saved.ok) return (setError(saved.error), false);
    const id = saved.value.clippingId;
    stored(id);
    for (const other of highlights.filter((h) => h.id !== highlight.id && !replaces.includes(h.id))) {
      const reply = await sendMessage('add-highlight', { clippingId: id, highlight: other });
      if (!reply.ok) return (setError(reply.error), true);
    }
    return true;
  };

  /** "Save again" once the clipping was removed: with its highlights as above, or the article alone when it has none. */
  const saveAgain = async (): Promise<boolean> => {
    const [first] = highlights;
    if (first) return saveWith(first);
    const saved = await sendMessage('save-clipping', { draft: articleDraft(article) });
    if (!saved.ok) return (setError(saved.error), false);
    stored(saved.value.id);
    return true;
  };

  /**
   * A new highlight, painted at once in place of the ones it `covers` (they go at once too: the reader sees the
   * join as it is made); a failed write takes it back and puts them back, and the message says it was not stored.
   */
  const addSelectors = async (color: HighlightColor, selectors: Selectors | null, note = '', covers: readonly Highlight[] = []) => {
    if (!selectors) return null;
    const now = Date.now();
    const highlight: Highlight = { id: crypto.randomUUID(), color, ...selectors, note, createdAt: now, updatedAt: now };
    const replaces = covers.map((h) => h.id);
    setHighlights((list) => [...list.filter((h) => !replaces.includes(h.id)), highlight]);
    if (await store(highlight, replaces)) return highlight;
    setHighlights((list) => [...list.filter((h) => h.id !== highlight.id), ...covers.filter((c) => !list.some((h) => h.id === c.id))]);
    return null;
  };

  const add = async (color: HighlightColor, range: Range) => {
    const root = bodyRef.current;
    return addSelectors(color, root && describeRange(indexText(root), range));
  };

  // one write: the new highlight stored and the covered ones deleted together (one change for the list and the
  // library, not one per covered highlight; a failure leaves them all as they were)
  const extend = async (color: HighlightColor, span: { start: number; end: number }, covered: readonly Highlight[]) => {
    const root = bodyRef.current;
    const note = covered.map((h) => h.note).filter(Boolean).join('\n\n');
    return addSelectors(color, root && describeSpan(indexText(root), span.start, span.end), note, covered);
  };

  const update = async (id: string, change: { note?: string; color?: HighlightColor }) => {
    if (clippingId === null) return false;
    const reply = await sendMessage('update-highlight', { clippingId, id, ...change });
    const old = highlights.find((h) => h.id === id);
    if (!reply.ok && reply.error === 'missing' && old) {
      const next: Highlight = { ...old, note: change.note ?? old.note, color: change.color ?? old.color, updatedAt: Date.now() };
      if (!(await saveWith(next))) return false;
      replace(id, next);
      return true;
    }
    if (reply.ok) replace(id, reply.value);
    setError(reply.ok ? null : reply.error);
    return reply.ok;
  };

  const remove = async (id: string) => {
    if (clippingId === null) return;
    const reply = await sendMessage('delete-highlight', { clippingId, id });
    if (reply.ok) {
      replace(id, null);
      setDeleted(reply.value.deleted);
    }
    setError(reply.ok ? null : reply.error);
  };

  const undo = async () => {
    if (!deleted) return;
    if (await store(deleted)) {
      setHighlights((list) => [...list, deleted]);
      setDeleted(null);
    }
  };

  const library = removed ? 'removed' : clippingId === null ? 'unsaved' : 'saved';
  return { clippingId, library, saveAgain, anchoring, error, deleted, add, extend, update, remove, undo };
}
