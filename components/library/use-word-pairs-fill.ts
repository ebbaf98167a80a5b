import { useEffect, useState } from 'preact/hooks';
import type { ClippingsDb } from '@/utils/clippings/db';
import { fillWordPairs } from '@/utils/clippings/fill-pairs';

/** Between two chunks of the fill: a search or a save meanwhile goes first. */
export const FILL_PAUSE_MS = 20;

/**
 * Once `start` (the library's first page and filter lists are read), fills the word pairs of a library upgraded to
 * schema v6 (utils/clippings/fill-pairs.ts), a chunk at a time with a pause between. Returns how many clippings it has
 * looked at while it runs (for the progress line), null when there is nothing (left) to fill.
 */
export function useWordPairsFill(db: ClippingsDb, start: boolean): number | null {
  const [seen, setSeen] = useState<number | null>(null);
  useEffect(() => {
    if (!start) return;
    let stopped = false;
    let total = 0;
    const step = async () => {
      const looked = await fillWordPairs(db).catch(() => null);
      if (stopped) return;
      if (looked === null) return setSeen(null);
      setSeen((total += looked));
      setTimeout(() => void step(), FILL_PAUSE_MS);
    };
    void step();
    return () => void (stopped = true);
  }, [start]);
  return seen;
}
