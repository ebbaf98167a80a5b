import type { Browser } from 'wxt/browser';
import { nativeApi } from './native-api';

/**
 * The active tab of the current window (what a toolbar click or a keyboard command is about), through the
 * browser's own API so that the popup's first script can ask it without the polyfill.
 */
export async function activeTab(): Promise<Browser.tabs.Tab | undefined> {
  const [tab] = await nativeApi.tabs.query({ active: true, currentWindow: true });
  return tab;
}
