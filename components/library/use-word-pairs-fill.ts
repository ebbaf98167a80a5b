import { useEffect, useState } from 'preact/hooks';
import type { ClippingsDb } from '@/utils/clippings/db';
import { fillSortKeys, fillWordPairs } from '@/utils/clippings/fill-pairs';

/** Between two chunks of the fill: a search or a save meanwhile goes first. */
export const FILL_PAUSE_MS = 20;

/** What the upgrades left to fill, in turn, with the progress line's message of each. */
const FILLS = [
  { fill: fillWordPairs, message: 'libraryPairsFill' },
  { fill: fillSortKeys, message: 'librarySortKeysFill' },
] as const;

export interface FillProgress {
  message: (typeof FILLS)[number]['message'];
  /** Clippings looked at so far. */
  seen: number;
}

/**
 * Once `start` (the library's first page and filter lists are read), fills what the schema upgrades left to fill: the
 * word pairs of a library upgraded to v6, then the sort keys of one upgraded to v7 (utils/clippings/fill-pairs.ts), a
 * chunk at a time with a pause between. Returns the progress of the fill running (for the progress line), null when
 * there is nothing (left) to fill.
 */
export function useWordPairsFill(db: ClippingsDb, start: boolean): FillProgress | null {
  const [progress, setProgress] = useState<FillProgress | null>(null);
  useEffect(() => {
    if (!start) return;
    let stopped = false;
    let total = 0;
    const step = async (which: number) => {
      const current = FILLS[which];
      if (!current) return setProgress(null);
      const looked = await current.fill(db).catch(() => null);
      if (stopped) return;
      if (looked === null) {
        total = 0;
        return step(which + 1);
      }
      setProgress({ message: current.message, seen: (total += looked) });
      setTimeout(() => void step(which), FILL_PAUSE_MS);
    };
    void step(0);
    return () => void (stopped = true);
  }, [start]);
  return progress;
}
