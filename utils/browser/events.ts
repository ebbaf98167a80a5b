// The background's events to open pages, typed by `Events` in ./messages.ts. A module of their own
// so that the popup's bundle does not carry the library's listener.
import { browser } from 'wxt/browser';
import type { Events, EventType } from './messages';

/** Tells open pages something; not awaited by callers that hold an IndexedDB transaction open. */
export function sendEvent<K extends EventType>(type: K, event: Events[K]): Promise<void> {
  return browser.runtime.sendMessage({ type, ...event }).then(
    () => undefined,
    () => undefined, // no page open to hear it
  );
}

/** Listens for one event in a page; returns the function that stops listening. */
export function onEvent<K extends EventType>(type: K, listener: (event: Events[K]) => void): () => void {
  const onMessage = (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type === type) listener(message as Events[K]);
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}
