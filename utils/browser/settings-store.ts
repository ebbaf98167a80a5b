import { browser } from 'wxt/browser';
import { normaliseSettings, type ReaderSettings } from '../settings';

const KEY = 'readerSettings';

/** Reader settings follow the user across devices (storage.sync). */
export async function loadSettings(): Promise<ReaderSettings> {
  const stored = await browser.storage.sync.get(KEY);
  return normaliseSettings(stored[KEY]);
}

export async function storeSettings(settings: ReaderSettings): Promise<void> {
  await browser.storage.sync.set({ [KEY]: settings });
}

/** Calls back whenever any reader tab changes the settings; returns the unsubscribe function. */
export function onSettingsChanged(callback: (settings: ReaderSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && KEY in changes) callback(normaliseSettings(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
