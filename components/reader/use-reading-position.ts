/**
 * Reading position of a saved clipping: reopening returns to the stored paragraph (else the stored
 * fraction); while reading, the position is saved through the background at most once a second.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReadingProgress } from '@/utils/clippings/types';
import { anchoredBlock, currentProgress } from '@/utils/highlights/reading-position';
import { sendMessage } from '@/utils/browser/messages';
import { throttle } from '@/utils/throttle';
import { viewTop } from './view-top';

const SAVE_INTERVAL_MS = 1000;
/** Below this nothing is restored: the reader had barely started. */
const RESTORE_FROM = 0.02;

function restore(root: HTMLElement, stored: ReadingProgress) {
  const block = stored.anchor && anchoredBlock(root, stored.anchor);
  const top = block
    ? block.getBoundingClientRect().top + scrollY - viewTop()
    : stored.fraction * (document.documentElement.scrollHeight - innerHeight);
  scrollTo({ top: Math.max(0, top), behavior: 'instant' });
}

/** Returns whether the position was restored (the page then offers "Back to top"). */
export function useReadingPosition(bodyRef: RefObject<HTMLElement | null>, clippingId: number | null, stored: ReadingProgress | null, fraction: number): boolean {
  const [restored, setRestored] = useState(false);
  const ready = useRef(false);
  const save = useRef(
    throttle((id: number, progress: ReadingProgress) => void sendMessage('save-progress', { clippingId: id, progress }), SAVE_INTERVAL_MS),
  );
  useEffect(() => {
    const root = bodyRef.current;
    if (root && stored && stored.fraction > RESTORE_FROM) {
      restore(root, stored);
      setRestored(true);
    }
    // saves start after the restore's own scroll, so that opening never overwrites the stored place with the top
    const start = setTimeout(() => (ready.current = true), 300);
    const flush = () => save.current.flush();
    addEventListener('pagehide', flush);
    return () => {
      clearTimeout(start);
      removeEventListener('pagehide', flush);
      save.current.flush();
    };
  }, [stored]);
  useEffect(() => {
    const root = bodyRef.current;
    if (!ready.current || clippingId === null || !root) return;
    save.current(clippingId, currentProgress(root, viewTop(), fraction));
  }, [fraction, clippingId]);
  return restored;
}
