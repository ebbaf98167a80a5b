import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** The reader's current selection, when it lies inside the article body (else null). */
export function useArticleSelection(bodyRef: RefObject<HTMLElement | null>): Range | null {
  const [selection, setSelection] = useState<Range | null>(null);
  useEffect(() => {
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
  return body.contains(range.commonAncestorContainer) && range.toString().trim() ? range : null;
}
