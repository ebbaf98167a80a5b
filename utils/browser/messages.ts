// The protocol between the pages and the background: requests (one message type per action, answered
// with a typed reply) and events (the background telling open pages something, unanswered).
import { browser, type Browser } from 'wxt/browser';
import { isStoreErrorCode, type StoreErrorCode } from '../clippings/errors';
import { errorMessage } from '../error-message';
import type { ImportOutcome } from '../clippings/store';
import type { FoundClipping } from '../clippings/marks';
import type { TagAction, TagChange, TagOutcome } from '../clippings/bulk-tags';
import type { Clipping, ClippingDraft, ClippingState, Highlight, HighlightColor, ReadingProgress, SaveOutcome } from '../clippings/types';
import type { KeyFacts } from '../keyfacts';
import type { CredentialsChange, SyncStatus } from '../sync/status';

/** Every message the background answers: one type per action, request and response typed. */
export interface Protocol {
  'save-clipping': { request: { draft: ClippingDraft }; response: SaveOutcome };
  /** The popup's "Save selection": the background clips the tab's selection (clip.js) and saves it, as the context menu does. */
  'save-selection': { request: { tabId: number; selectionText?: string }; response: SaveOutcome };
  // The library (issue #6): edits, deletes with undo, and imports of a backup staged in IndexedDB.
  'update-clipping': { request: { id: number; tags?: string[]; note?: string }; response: Clipping };
  'delete-clippings': { request: { ids: number[] }; response: { deleted: Clipping[] } };
  'restore-clippings': { request: { clippings: Clipping[] }; response: ImportOutcome };
  // A tag added to or removed from many clippings (the selection, in parts); the reply says what undoes it.
  'change-tags': { request: { action: TagAction; changes: TagChange[] }; response: TagOutcome };
  // `external`: the clippings of another app's export (utils/import), merged so that nothing is taken away.
  'import-backup': { request: { stagedId: number; external?: boolean }; response: ImportOutcome };
  // Highlights, reading progress and state (issue #12). `add-highlight` with clippingId null and a draft
  // saves the article and the highlight together; it also puts back a deleted highlight (same id). `replaces`: the
  // highlights it covers, deleted in the same write.
  'add-highlight': {
    request: { clippingId: number | null; draft?: ClippingDraft; highlight: Highlight; replaces?: string[] };
    response: { clippingId: number; highlight: Highlight };
  };
  'update-highlight': { request: { clippingId: number; id: string; note?: string; color?: HighlightColor }; response: Highlight };
  'delete-highlight': { request: { clippingId: number; id: string }; response: { deleted: Highlight } };
  'save-progress': { request: { clippingId: number; progress: ReadingProgress }; response: { state: ClippingState } };
  'set-state': { request: { ids: number[]; state: ClippingState }; response: { updated: number } };
  'find-clipping': { request: { url: string; canonicalUrl?: string }; response: FoundClipping | null };
  'clipping-stored': { request: { id: number }; response: boolean };
  // Key facts are computed in the background, so the popup does not load the extractor (issue #4).
  'key-facts': { request: { title: string; text: string }; response: KeyFacts };
  // Sync with the reader's own CouchDB (issue #14); the library asks for the host permission first.
  'sync-enable': { request: { url: string; username: string; password: string }; response: SyncStatus };
  'sync-now': { request: Record<string, never>; response: SyncStatus };
  'sync-disable': { request: Record<string, never>; response: SyncStatus };
  /** "Try again": the clippings the server refused are sent again (its limit raised, its rule changed). */
  'sync-retry-refused': { request: Record<string, never>; response: SyncStatus };
  /** "Change password" of the running sync: its queued changes stay and go with the new credentials. */
  'sync-credentials': { request: { username: string; password: string }; response: CredentialsChange };
}

/** What the background tells open pages, unasked; nobody answers (sent and heard with ./events.ts). */
export interface Events {
  /** A long import's progress, for the library page. */
  'library-progress': { task: 'import' | 'index'; done: number; total: number };
  /** Clippings changed (a save from the popup, a sync's pulled changes, any write): pages showing them read again. */
  'library-changed': Record<string, never>;
}

export type MessageType = keyof Protocol;
export type Message = { [K in MessageType]: { type: K } & Protocol[K]['request'] }[MessageType];
export type EventType = keyof Events;

/**
 * Why a request did not succeed. The store's codes (`quota`, `storage`, `invalid`), `unknown` for any
 * other error the background threw, and two that never reached an answer:
 * - `unsent`: the request never reached a listener (it could not be serialised, or nothing listens):
 *   nothing was done;
 * - `unanswered`: no reply came back (the background was stopped, killed or restarted while it worked),
 *   so whether the action happened is not known: a surface must not say it failed.
 */
export type ErrorCode = StoreErrorCode | 'unknown' | 'unsent' | 'unanswered';
export type Failure = { ok: false; error: ErrorCode; message: string; field?: string; forReader?: boolean };
export type Reply<T> = { ok: true; value: T } | Failure;

type Sender = Browser.runtime.MessageSender;
type Handler<K extends MessageType> = (request: Protocol[K]['request'], sender: Sender) => Promise<Protocol[K]['response']> | Protocol[K]['response'];
export type Handlers = { [K in MessageType]: Handler<K> };

/**
 * Sends a message to the background; failures come back as a typed reply, never as a throw. No reply
 * at all (the message channel closed, the background gone) is `unanswered`, not a failure: the
 * background may have finished the work and died before its answer went out.
 */
export async function sendMessage<K extends MessageType>(type: K, request: Protocol[K]['request']): Promise<Reply<Protocol[K]['response']>> {
  try {
    const reply = (await browser.runtime.sendMessage({ type, ...request })) as Reply<Protocol[K]['response']> | undefined;
    return reply ?? { ok: false, error: 'unanswered', message: 'The background did not answer.' };
  } catch (error) {
    return { ok: false, error: sendFailure(error), message: errorMessage(error) };
  }
}

/**
 * Tells a failed `runtime.sendMessage` that never left (the request could not be cloned, or no listener
 * exists: "Could not establish connection. Receiving end does not exist." in Chromium and Firefox) from
 * one whose answer was lost. Only the browser's own words tell them apart.
 */
export function sendFailure(error: unknown): 'unsent' | 'unanswered' {
  // String(error) starts with the error's name: "DataCloneError: …".
  return /Receiving end does not exist|DataCloneError|could not be cloned/i.test(String(error)) ? 'unsent' : 'unanswered';
}

/**
 * The background's `onMessage` listener: answers every known message, errors included, and a handler
 * that throws before it returns a promise too. Partial so that tests (and several listeners) can pass
 * some handlers; the background checks it passes all with `satisfies Handlers`.
 */
export function createMessageListener(handlers: Partial<Handlers>) {
  return (message: unknown, sender: Sender): Promise<Reply<unknown>> | undefined => {
    if (!isMessage(message, handlers)) return undefined;
    const handler = handlers[message.type] as (request: unknown, sender: Sender) => unknown;
    return new Promise((resolve) => resolve(handler(message, sender))).then(
      (value) => ({ ok: true, value }),
      (error: unknown) => failureOf(error),
    );
  };
}

/** The reply for an error a handler threw: the store's code and field, or `unknown`. */
export function failureOf(error: unknown): Failure {
  const { code, field, forReader } = (error ?? {}) as { code?: unknown; field?: unknown; forReader?: unknown };
  return {
    ok: false,
    error: isStoreErrorCode(code) ? code : 'unknown',
    message: errorMessage(error),
    ...(typeof field === 'string' ? { field } : {}),
    ...(forReader === true ? { forReader } : {}),
  };
}

function isMessage(value: unknown, handlers: Partial<Handlers>): value is Message {
  const type = (value as { type?: unknown } | null)?.type;
  return typeof type === 'string' && Object.hasOwn(handlers, type);
}
