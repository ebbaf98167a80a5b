import { execFileSync } from 'node:child_process';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { manifestCommands } from './utils/background/ids';

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

// Least privilege: no host permissions and no static content scripts. The e2e build alone may
// script 127.0.0.1, because nothing Playwright does can grant activeTab (see tests/e2e/README.md).
export default defineConfig({
  // CLEAN_READER_OUT: another output folder, so that two builds and test runs can proceed side by side (tests/output-dir.ts).
  outDir: process.env.CLEAN_READER_OUT ?? '.output',
  zip: { includeSources: trackedSources() },
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
