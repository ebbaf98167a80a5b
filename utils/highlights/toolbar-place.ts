/** A box in viewport pixels (a DOMRect's sides). */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Space kept between the toolbar and the selection, and from the edges of the view. */
const GAP = 6;

/**
 * Where the selection toolbar goes, in viewport pixels: just above the selection's first line, starting
 * where the selection starts (its right end in right-to-left text); below its last line when there is no
 * room between the first line and the page's own sticky toolbar (`view.top`). It stays over the text's
 * column (`column`, not over the key facts beside it) when it fits there, and inside the view always.
 */
export function toolbarPlace(
  first: Box,
  last: Box,
  size: { width: number; height: number },
  view: { top: number; width: number },
  column: { left: number; right: number },
  rtl = false,
): { top: number; left: number } {
  const above = first.top - GAP - size.height;
  const top = above >= view.top + GAP ? above : last.bottom + GAP;
  const start = rtl ? first.right - size.width : first.left;
  const inColumn = Math.max(column.left, Math.min(start, column.right - size.width));
  return { top, left: Math.max(GAP, Math.min(inColumn, view.width - size.width - GAP)) };
}
