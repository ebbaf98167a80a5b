/**
 * The reading position as stored (issue #12): the paragraph at the top of the view, as a text-quote
 * anchor (its first words, with context), plus the fraction scrolled; and the way back to it. The anchor
 * survives a change of font size or window width, which a fraction alone does not.
 */
import type { ReadingProgress, TextQuoteSelector } from '@/utils/clippings/types';
import { describeSpan, locateSelectors } from './anchor';
import { indexText, offsetOf, rangeAt } from './text-index';

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, figcaption, dt, dd, td';
/** The anchor is the paragraph's opening: enough to find it again, short enough to store every second. */
const ANCHOR_CHARS = 80;

/** The first text block of the body whose bottom is below `top` (viewport pixels): the one being read. */
function blockAtTop(root: HTMLElement, top: number): Element | null {
  for (const block of Array.from(root.querySelectorAll(BLOCKS))) {
    if (!block.textContent?.trim()) continue;
    if (block.getBoundingClientRect().bottom > top) return block;
  }
  return null;
}

/** The anchor of a block: the opening of its text, with the text before it as prefix. */
export function blockAnchor(root: HTMLElement, block: Element): TextQuoteSelector | null {
  const index = indexText(root);
  const start = offsetOf(index, block, 0);
  const end = Math.min(index.text.length, start + Math.min(ANCHOR_CHARS, block.textContent?.length ?? 0));
  return describeSpan(index, start, end)?.quote ?? null;
}

/** Where the stored anchor is now, as the element that holds its start; null when it cannot be found. */
export function anchoredBlock(root: HTMLElement, anchor: TextQuoteSelector): Element | null {
  const index = indexText(root);
  const span = locateSelectors(index, anchor, null);
  if (!span) return null;
  const start = rangeAt(index, span.start, span.end).startContainer;
  const element = start.nodeType === 1 ? (start as Element) : start.parentElement;
  return element?.closest(BLOCKS) ?? element;
}

/** The progress to store: the block at the top of the view and the fraction scrolled. */
export function currentProgress(root: HTMLElement, top: number, fraction: number, now = Date.now()): ReadingProgress {
  const block = blockAtTop(root, top);
  return { fraction: Math.min(1, Math.max(0, fraction)), anchor: block ? blockAnchor(root, block) : null, updatedAt: now };
}
