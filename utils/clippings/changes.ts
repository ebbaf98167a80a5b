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

/** Calls `onChange` after commits that wrote clippings in `dbName`, coalesced; returns the function that stops. */
export function watchLibraryCommits(onChange: () => void, { quietMs, maxWaitMs } = LIBRARY_CHANGE_TIMING, dbName = DB_NAME): () => void {
  const clippings = `idb://${dbName}/clippings/`;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let since = 0;
  const fire = () => {
    timer = undefined;
    since = 0;
    onChange();
  };
  const listener = (parts: ObservabilitySet) => {
    if (!Object.keys(parts).some((part) => part.startsWith(clippings))) return;
    const now = Date.now();
    since ||= now;
    clearTimeout(timer);
    timer = setTimeout(fire, Math.min(quietMs, Math.max(0, since + maxWaitMs - now)));
  };
  Dexie.on('storagemutated', listener);
  return () => {
    Dexie.on.storagemutated.unsubscribe(listener);
    clearTimeout(timer);
  };
}
