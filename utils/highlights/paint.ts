/**
 * Paints placed highlights. With the CSS Custom Highlight API (current Chromium and Firefox; not in forced colours) the
 * article's DOM is not touched: one registered highlight per colour, styled by `::highlight(cr-mark-COLOUR)`.
 * Without it, each highlight's text is wrapped in `<mark class="cr-mark cr-mark-COLOUR">` elements made
 * with DOM methods (text stays text); `unpaintHighlights` takes them out again before re-anchoring.
 */
import type { HighlightColor } from '@/utils/clippings/types';
import { highlightRegistry, unwrapMarks, wrapInMarks } from '@/utils/highlight-sentence';
import type { Placed } from './anchor';

export const COLORS: readonly HighlightColor[] = ['yellow', 'green', 'blue', 'pink'];
const MARK_CLASS = 'cr-mark';
const paintName = (color: HighlightColor) => `cr-mark-${color}`;

/** Windows' contrast themes, where highlights are painted as `<mark>`s (below); the reader paints again as it changes. */
export const FORCED_COLORS = '(forced-colors: active)';

/**
 * The Custom Highlight API where the reader's highlights may use it: not in forced colours (Windows' contrast themes),
 * where Chromium paints every `::highlight()` in the selection's colours whatever the page asks (a highlight looked like
 * the selection but for a thin underline); `<mark>`s there take the system's colours for marked text (Mark, MarkText).
 */
function paintingApi(win: Window | null) {
  const api = highlightRegistry(win);
  return api && win?.matchMedia?.(FORCED_COLORS).matches !== true ? api : null;
}

/** Whether painting leaves the DOM alone (the Custom Highlight API is there, and no forced colours). */
export function paintsWithoutDom(root: HTMLElement): boolean {
  return paintingApi(root.ownerDocument.defaultView) !== null;
}

/** Takes out what was painted either way (forced colours may have come or gone since). */
export function unpaintHighlights(root: HTMLElement): void {
  const api = highlightRegistry(root.ownerDocument.defaultView);
  if (api) for (const color of COLORS) api.registry.delete(paintName(color));
  unwrapMarks(root, MARK_CLASS);
}

/** Paints every placed highlight in its colour (after clearing what was painted before). */
export function paintHighlights(root: HTMLElement, placed: readonly Placed[]): void {
  unpaintHighlights(root);
  const api = paintingApi(root.ownerDocument.defaultView);
  if (api) {
    for (const color of COLORS) {
      const ranges = placed.filter((p) => p.highlight.color === color).map((p) => p.range);
      if (ranges.length) api.registry.set(paintName(color), new api.Highlight(...ranges));
    }
    return;
  }
  // last first: wrapping splits text nodes, and later ranges must not be moved by earlier wraps
  for (const p of [...placed].reverse()) {
    wrapInMarks(p.range, `${MARK_CLASS} ${paintName(p.highlight.color)}`);
  }
}
