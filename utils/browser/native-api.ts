import type { browser } from 'wxt/browser';

/**
 * The extension APIs that the popup's first script (entrypoints/popup-start.ts) reaches, as the browser
 * gives them, without webextension-polyfill: the first script is a classic file of its own (it cannot
 * share the UI module's chunks), and a second copy of the polyfill was 2.8 KB gzip of the popup's
 * JavaScript before paint. Only namespaces whose calls return promises in every target belong here:
 * Firefox's `browser`, and Chrome MV3's `chrome` (tabs, scripting, extension).
 */
export type NativeApi = Pick<typeof browser, 'tabs' | 'scripting' | 'extension'>;

const scope = globalThis as unknown as { browser?: NativeApi & { runtime?: { id?: string } }; chrome: NativeApi };

/** Firefox's `browser` where it is an extension's, else Chrome's `chrome` (the test of wxt/browser without the polyfill). */
export const nativeApi: NativeApi = scope.browser?.runtime?.id ? scope.browser : scope.chrome;
