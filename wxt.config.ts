import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Least privilege: no host permissions and no static content scripts. The e2e build alone may
// script 127.0.0.1, because nothing Playwright does can grant activeTab (see tests/e2e/README.md).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // No modulepreload polyfill: every target browser preloads modules natively, and the polyfill is the
  // only `fetch(` in our bundles (tests/unit/no-network.test.ts keeps them free of network calls).
  vite: () => ({ plugins: [preact()], build: { modulePreload: { polyfill: false } } }),
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // contextMenus: "Save page / Save selection to Clean Reader" (issue #6). No unlimitedStorage: an
    // extension's IndexedDB already gets the browser's origin quota (a share of the disk), far beyond
    // 10,000 clippings (~150 MB); the library shows usage and asks for persistent storage instead.
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    // The library is also the options page.
    options_ui: { page: 'library.html', open_in_tab: true },
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'none'"
        : { extension_pages: "script-src 'self'; object-src 'none'" },
    commands: {
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Ctrl+Shift+Y' },
      },
      'save-page': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_libraryCommandSavePage__' },
      'open-reader': { suggested_key: { default: 'Alt+Shift+O' }, description: '__MSG_readerCommandOpen__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'clean-reader@clean-reader.dev',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
