import { execFileSync } from 'node:child_process';
import preact from '@preact/preset-vite';
import type { PluginOption } from 'vite';
import { defineConfig } from 'wxt';
import { manifestCommands } from './utils/background/ids';
import { deferPopupUi } from './utils/popup-ui-loader';

/**
 * The sources zip Firefox's review asks for (`npm run zip`) holds what git tracks, nothing generated
 * (screenshots, reports). Without git (a build from that zip) every file, as WXT does by default.
 */
function trackedSources(): string[] {
  try {
    return execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\0')
      .filter(Boolean)
      .map((file) => file.replace(/[*?()[\]{}!]/g, '\\$&'));
  } catch {
    return ['**/*'];
  }
}

/** The popup's UI files are fetched after its first script has sent the extraction (utils/popup-ui-loader.ts). */
const popupUiAfterFirstScript: PluginOption = {
  name: 'clean-reader:popup-ui-after-first-script',
  apply: 'build',
  transformIndexHtml: { order: 'post', handler: (html, { path }) => (path.endsWith('/popup/index.html') ? deferPopupUi(html) : html) },
};

/** What sync may ask for: any https server, and plain http on this computer only (utils/sync/server.ts). */
const SYNC_ORIGINS = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];

// Least privilege: no host permissions and no static content scripts. The e2e build alone may
// script 127.0.0.1, because nothing Playwright does can grant activeTab (see tests/e2e/README.md).
export default defineConfig({
  // CLEAN_READER_OUT: another output folder, so that two builds and test runs can proceed side by side (tests/output-dir.ts).
  outDir: process.env.CLEAN_READER_OUT ?? '.output',
  zip: { includeSources: trackedSources() },
  modules: ['@wxt-dev/webextension-polyfill'],
  // No modulepreload polyfill: every target browser preloads modules natively, and the polyfill is the
  // only `fetch(` in our bundles (tests/unit/no-network.test.ts keeps them free of network calls).
  vite: () => ({ plugins: [preact(), popupUiAfterFirstScript], build: { modulePreload: { polyfill: false } } }),
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // contextMenus: "Save page / Save selection to Clean Reader" (issue #6). No unlimitedStorage: an
    // extension's IndexedDB already gets the browser's origin quota (a share of the disk), far beyond
    // 10,000 clippings (~150 MB); the library shows usage and asks for persistent storage instead.
    // alarms: the periodic sync (issue #14) while the worker sleeps.
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'alarms'],
    // Sync asks, when the reader turns it on, for the one origin of the server they name; nothing is
    // granted at install. Chrome MV3 has optional_host_permissions; Firefox MV2 lists origins here too.
    ...(browser === 'firefox'
      ? { optional_permissions: SYNC_ORIGINS }
      : { optional_host_permissions: SYNC_ORIGINS }),
    // The library is also the options page.
    options_ui: { page: 'library.html', open_in_tab: true },
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'none'"
        : { extension_pages: "script-src 'self'; object-src 'none'" },
    commands: manifestCommands(browser),
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
