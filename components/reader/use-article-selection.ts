import type { RefObject } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';

/** The reader's current selection, when it lies inside the article body (else null). */
export function useArticleSelection(bodyRef: RefObject<HTMLElement | null>): Range | null {
  const [selection, setSelection] = useState<Range | null>(null);
  // bound with the body's first render, not a frame later: a selection made at once is not missed
  useLayoutEffect(() => {
    const onSelect = () => setSelection(selectedRangeIn(bodyRef.current));
    document.addEventListener('selectionchange', onSelect);
    return () => document.removeEventListener('selectionchange', onSelect);
  }, []);
  return selection;
}

function selectedRangeIn(body: HTMLElement | null): Range | null {
  const selection = getSelection();
  if (!body || !selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  // a copy: browsers hand out the same live Range for every selection, and a new one must re-render
  return body.contains(range.commonAncestorContainer) && range.toString().trim() ? range.cloneRange() : null;
}
