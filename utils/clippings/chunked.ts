import type { Clipping } from './types';
import type { Failure, Reply } from '../browser/messages';
import type { MessageKey } from '../browser/i18n';

/** A long task's progress; `total` 0 while it is not yet known; `indeterminate` for a step with no count of its own. */
export type Progress = { label: MessageKey; done: number; total: number; indeterminate?: boolean };

/** What a run of messages did: the values of those that went through, and the failure that stopped it, if one did. */
export interface ChunkedOutcome<R> {
  values: R[];
  failure: Failure | null;
}

/**
 * Sends `items` to the background a chunk at a time, in order, stopping at the first failure, so that a task on a whole
 * library (30,000 clippings) shows its progress and no message or reply grows past what the browser carries (Chromium
 * drops a message over 64 MB with no reply: a delete would then be done with nothing to undo it). `size` says how many
 * items from `from` go next, given the last chunk's length and reply (none before the first).
 */
export async function sendInChunks<T, R>(
  items: readonly T[],
  send: (chunk: T[]) => Promise<Reply<R>>,
  size: (from: number, last: { length: number; value: R } | null) => number,
  onProgress: (done: number) => void,
): Promise<ChunkedOutcome<R>> {
  const values: R[] = [];
  let last: { length: number; value: R } | null = null;
  for (let from = 0; from < items.length; ) {
    onProgress(from);
    const chunk = items.slice(from, from + Math.max(1, size(from, last)));
    const reply = await send(chunk);
    if (!reply.ok) return { values, failure: reply };
    values.push(reply.value);
    last = { length: chunk.length, value: reply.value };
    from += chunk.length;
  }
  return { values, failure: null };
}

/** The progress bar of a task sent in chunks: shown from the second message on (one message needs none). */
export const chunkProgress = (setProgress: (p: Progress) => void, label: MessageKey, total: number) => (done: number) =>
  void (done > 0 && setProgress({ label, done, total }));

/** The characters of clippings' text and HTML a message carries at most (~2 bytes each in a structured clone: ~32 MB). */
export const CHUNK_CHARS = 16_000_000;
/** The fewest and the most clippings a message carries: a transaction of thousands holds every other write back. */
const CHUNK_LEAST = 50;
const CHUNK_MOST = 2_000;
/** The first delete's count, before any reply has said how large these clippings are. */
export const FIRST_DELETE_CHUNK = 200;

/** The characters a clipping adds to a message (its text and HTML: the rest is small). */
const clippingChars = (c: Clipping) => c.text.length + c.html.length;
const bounded = (n: number) => Math.min(CHUNK_MOST, Math.max(CHUNK_LEAST, n));

/** How many more clippings to delete in one message: as many as the last reply's mean size says fit CHUNK_CHARS. */
export function deleteChunk(last: { length: number; value: { deleted: Clipping[] } } | null): number {
  if (!last) return FIRST_DELETE_CHUNK;
  const chars = last.value.deleted.reduce((sum, c) => sum + clippingChars(c), 0);
  return chars === 0 ? CHUNK_MOST : bounded(Math.floor((last.length * CHUNK_CHARS) / chars));
}

/** How many of `clippings` from `from` fit one message of CHUNK_CHARS (between CHUNK_LEAST and CHUNK_MOST). */
export function restoreChunk(clippings: readonly Clipping[], from: number): number {
  let chars = 0;
  let n = 0;
  while (from + n < clippings.length && n < CHUNK_MOST && (n < CHUNK_LEAST || chars + clippingChars(clippings[from + n]!) <= CHUNK_CHARS)) {
    chars += clippingChars(clippings[from + n]!);
    n++;
  }
  return n;
}
