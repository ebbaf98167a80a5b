// When the library changed: after each committed transaction that wrote clippings, through any Dexie
// connection of this context (the background's, and the sync engine's own), as Dexie reports it
// (`storagemutated`, fired on commit, never for a transaction that failed). Bursts (a sync applying batch
// after batch, saves in a row) become one call: after `quietMs` without a commit, and at least every
// `maxWaitMs` while commits go on, so a page showing the library keeps up with a long sync without reading
// its page again after each of its batches.
import Dexie, { type ObservabilitySet } from 'dexie';
import { DB_NAME } from './db';

export interface Coalescing { quietMs: number; maxWaitMs: number }

export const LIBRARY_CHANGE_TIMING: Coalescing = { quietMs: 150, maxWaitMs: 5_000 };

export interface LibraryCommits {
  /**
   * While held (a sync applying batch after batch), commits are only noted; releasing calls `onChange` once if
   * any came. A page reading the library again during a first sync of 10,000 slowed that sync by a quarter.
   */
  hold(on: boolean): void;
  stop(): void;
}

/** Calls `onChange` after commits that wrote clippings in `dbName`, coalesced. */
export function watchLibraryCommits(onChange: () => void, { quietMs, maxWaitMs } = LIBRARY_CHANGE_TIMING, dbName = DB_NAME): LibraryCommits {
  const clippings = `idb://${dbName}/clippings/`;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let since = 0;
  let held = false;
  let missed = false;
  const fire = () => {
    timer = undefined;
    since = 0;
    onChange();
  };
  const changed = () => {
    if (held) return void (missed = true);
    const now = Date.now();
    since ||= now;
    clearTimeout(timer);
    timer = setTimeout(fire, Math.min(quietMs, Math.max(0, since + maxWaitMs - now)));
  };
  const listener = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((part) => part.startsWith(clippings))) changed();
  };
  Dexie.on('storagemutated', listener);
  return {
    hold: (on) => {
      held = on;
      if (on) {
        // A call still waiting is made at the release instead.
        missed ||= timer !== undefined;
        clearTimeout(timer);
        timer = undefined;
        since = 0;
        return;
      }
      if (missed) changed();
      missed = false;
    },
    stop: () => {
      Dexie.on.storagemutated.unsubscribe(listener);
      clearTimeout(timer);
    },
  };
}
