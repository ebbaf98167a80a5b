/**
 * Highlights as W3C Web Annotation selectors against the rendered article body, and back to Ranges on
 * every open. A highlight whose text cannot be found is returned as unplaced, never dropped.
 */
import type { Highlight, TextPositionSelector, TextQuoteSelector } from '@/utils/clippings/types';
import { locateQuote } from './locate';
import { fromCodePoints, indexText, offsetOf, rangeAt, toCodePoints, type TextIndex } from './text-index';

/** Context stored on each side of a quote: enough to tell repeated phrases apart and to survive edits. */
const CONTEXT_CHARS = 32;

export interface Selectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** The selectors of a selected range inside the index's root; null when it holds no text. */
export function describeRange(index: TextIndex, range: Range): Selectors | null {
  const start = offsetOf(index, range.startContainer, range.startOffset);
  const end = offsetOf(index, range.endContainer, range.endOffset);
  return describeSpan(index, start, end);
}

/** The selectors of text[start, end) (UTF-16 offsets). */
export function describeSpan(index: TextIndex, start: number, end: number): Selectors | null {
  const { text } = index;
  if (end <= start || !text.slice(start, end).trim()) return null;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    },
    position: { type: 'TextPositionSelector', start: toCodePoints(index, start), end: toCodePoints(index, end) },
  };
}

export interface Placed {
  highlight: Highlight;
  range: Range;
  /** UTF-16 offsets in the index's text (for ordering and hit tests). */
  start: number;
  end: number;
}

export interface Anchoring {
  /** In document order. */
  placed: Placed[];
  /** In the order they were given. */
  unplaced: Highlight[];
}

/** Re-anchors every highlight in the body `root` (one text index for all of them). */
export function anchorHighlights(root: Node, highlights: readonly Highlight[], index: TextIndex = indexText(root)): Anchoring {
  const placed: Placed[] = [];
  const unplaced: Highlight[] = [];
  for (const highlight of highlights) {
    const span = locateSelectors(index, highlight.quote, highlight.position);
    if (span) placed.push({ highlight, range: rangeAt(index, span.start, span.end), start: span.start, end: span.end });
    else unplaced.push(highlight);
  }
  placed.sort((a, b) => a.start - b.start || a.end - b.end);
  return { placed, unplaced };
}

/** Where a quote (with its stored position as a hint) is in the index's text, in UTF-16 offsets. */
export function locateSelectors(index: TextIndex, quote: TextQuoteSelector, position: TextPositionSelector | null) {
  const hint = position ? { start: fromCodePoints(index, position.start), end: fromCodePoints(index, position.end) } : { start: 0, end: 0 };
  return locateQuote(index.text, quote, hint);
}
