import type { Placed } from './anchor';

export interface SelectionOver {
  /** The placed highlights the selection shares text with, in document order. */
  touched: Placed[];
  /** The selection lies inside one highlight: a colour recolours it, Remove removes it. */
  within: boolean;
  /** The text from the first touched character to the last, selection included (UTF-16 offsets). */
  start: number;
  end: number;
}

/**
 * What a selection [start, end) of the article's text does to the highlights already placed on it. A selection that
 * reaches past a highlight, or joins two, is to become one highlight over all of it: marking only the new text would
 * leave two highlights side by side, and marking none (recolouring the old one) dropped what was selected.
 */
export function selectionOver(placed: readonly Placed[], start: number, end: number): SelectionOver {
  const touched = placed.filter((p) => p.start < end && start < p.end);
  const within = touched.length === 1 && touched[0]!.start <= start && end <= touched[0]!.end;
  return {
    touched,
    within,
    start: Math.min(start, ...touched.map((p) => p.start)),
    end: Math.max(end, ...touched.map((p) => p.end)),
  };
}
