import { browser, type Browser } from 'wxt/browser';
import type { StoreErrorCode } from './clippings/errors';
import type { ImportOutcome } from './clippings/store';
import type { Clipping, ClippingDraft, SaveOutcome } from './clippings/types';
import type { KeyFacts } from './keyfacts';
import type { SyncStatus } from './sync/status';

/** Every message the background answers: one type per action, request and response typed. */
export interface Protocol {
  'save-clipping': { request: { draft: ClippingDraft }; response: SaveOutcome };
  // The library (issue #6): edits, deletes with undo, and imports of a backup staged in IndexedDB.
  'update-clipping': { request: { id: number; tags?: string[]; note?: string }; response: Clipping };
  'delete-clippings': { request: { ids: number[] }; response: { deleted: Clipping[] } };
  'restore-clippings': { request: { clippings: Clipping[] }; response: ImportOutcome };
  'import-backup': { request: { stagedId: number }; response: ImportOutcome };
  // Key facts are computed in the background, so the popup does not load the extractor (issue #4).
  'key-facts': { request: { title: string; text: string }; response: KeyFacts };
  // Sync with the reader's own CouchDB (issue #14); the library asks for the host permission first.
  'sync-enable': { request: { url: string; username: string; password: string }; response: SyncStatus };
  'sync-now': { request: Record<string, never>; response: SyncStatus };
  'sync-disable': { request: Record<string, never>; response: SyncStatus };
}

export type MessageType = keyof Protocol;
export type Message = { [K in MessageType]: { type: K } & Protocol[K]['request'] }[MessageType];
/**
 * `unanswered`: no reply came back (the background was stopped, killed or restarted while it worked),
 * so whether the action happened is not known: a surface must not say it failed.
 */
export type ErrorCode = StoreErrorCode | 'unknown' | 'unanswered';
export type Reply<T> = { ok: true; value: T } | { ok: false; error: ErrorCode; message: string };

type Sender = Browser.runtime.MessageSender;
export type Handlers = {
  [K in MessageType]: (request: Protocol[K]['request'], sender: Sender) => Promise<Protocol[K]['response']>;
};

/**
 * Sends a message to the background; failures come back as a typed reply, never as a throw. No reply
 * at all (the message channel closed, the background gone) is `unanswered`, not a failure: the
 * background may have finished the work and died before its answer went out.
 */
export async function sendMessage<K extends MessageType>(
  type: K,
  request: Protocol[K]['request'],
): Promise<Reply<Protocol[K]['response']>> {
  try {
    const reply = (await browser.runtime.sendMessage({ type, ...request })) as Reply<Protocol[K]['response']> | undefined;
    return reply ?? { ok: false, error: 'unanswered', message: 'The background did not answer.' };
  } catch (error) {
    return { ok: false, error: 'unanswered', message: errorMessage(error) };
  }
}

/**
 * The background's `onMessage` listener: answers every known message, errors included. Partial so
 * that tests (and several listeners) can pass some handlers; the background checks it passes all
 * with `satisfies Handlers`.
 */
export function createMessageListener(handlers: Partial<Handlers>) {
  return (message: unknown, sender: Sender): Promise<Reply<unknown>> | undefined => {
    if (!isMessage(message, handlers)) return undefined;
    const handler = handlers[message.type] as (request: unknown, sender: Sender) => Promise<unknown>;
    return handler(message, sender).then(
      (value) => ({ ok: true, value }),
      (error: unknown) => ({ ok: false, error: errorCode(error), message: errorMessage(error) }),
    );
  };
}

function isMessage(value: unknown, handlers: Partial<Handlers>): value is Message {
  const type = (value as { type?: unknown } | null)?.type;
  return typeof type === 'string' && Object.hasOwn(handlers, type);
}

function errorCode(error: unknown): ErrorCode {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'quota' || code === 'storage' || code === 'invalid' ? code : 'unknown';
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
