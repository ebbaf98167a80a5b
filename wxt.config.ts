import { execFileSync } from 'node:child_process';
import path from 'node:path';
import preact from '@preact/preset-vite';
import type { PluginOption } from 'vite';
import { defineConfig } from 'wxt';
import { manifestCommands } from './utils/background/ids';
import { deferPopupUi } from './utils/popup-ui-loader';
import { READABILITY_MODULE, shippedReadability } from './utils/extract/readability-quiet';
import { bareInjectedEntry, INJECTED_SCRIPTS, minifyInjectedScript, shippedSwitches } from './utils/extract/script-minify';
import { withEagerCompileHint } from './utils/extract/compile-hints';
import { POLYFILL_MODULE, polyfillAsEsModule } from './utils/polyfill-module';

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

/**
 * The modules the popup's UI imports before its first paint, shared with the other pages, in one chunk: with
 * the page split (3 shared chunks, 3 stylesheets) each file an extension page fetches cost a trip through the
 * browser process, ~10 ms apiece under load (bench:popup, docs/benchmarks.md). The popup's own modules stay
 * in its entry chunk (the reader and the library must not run or style them).
 */
const popupUiChunk: PluginOption = {
  name: 'clean-reader:popup-ui-chunk',
  apply: 'build',
  // Pages only: the scripts (IIFE) are single files already, and cannot be split.
  outputOptions: (output) => (output.format === 'es' ? { ...output, codeSplitting: { groups: [{ name: sharedByPopup, debugName: 'popup-ui' }] } } : output),
};
/**
 * Readability without its debug logging, which is never on, as an ES module (utils/extract/readability-quiet.ts):
 * ~0.8 KB of extract.js; with the patches that make it faster and return the same (readability-speed.ts).
 */
const quietReadability: PluginOption = {
  name: 'clean-reader:quiet-readability',
  apply: 'build',
  transform: (code, id) => (READABILITY_MODULE.test(id) ? shippedReadability(code) : null),
};
/**
 * The scripts injected into pages (extract.js within its 20 KB gzip budget) minified again by terser
 * (utils/extract/script-minify.ts), last: after WXT has made each an anonymous IIFE, whose value is the result.
 * Each then gets V8's hint to compile all its functions at once (utils/extract/compile-hints.ts).
 */
const smallerInjectedScripts: PluginOption = {
  name: 'clean-reader:smaller-injected-scripts',
  apply: 'build',
  generateBundle: {
    order: 'post',
    async handler(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !INJECTED_SCRIPTS.includes(file.fileName)) continue;
        file.code = withEagerCompileHint(await minifyInjectedScript(file.code));
      }
    },
  },
};
/** webextension-polyfill imported as an ES module, without the CommonJS interop that made every API namespace (utils/polyfill-module.ts). */
const polyfillEsModule: PluginOption = {
  name: 'clean-reader:polyfill-es-module',
  apply: 'build',
  enforce: 'pre',
  transform: (code, id) => (POLYFILL_MODULE.test(id) ? polyfillAsEsModule(code) : null),
};
/** The injected scripts' entries without WXT's wrapper around `main`, and their extraction without its benchmark's switch (utils/extract/script-minify.ts). */
const bareInjectedEntries: PluginOption = {
  name: 'clean-reader:bare-injected-entries',
  apply: 'build',
  enforce: 'pre',
  load: (id) => bareInjectedEntry(id) ?? shippedSwitches(id),
};
const POPUP_DIR = path.resolve(import.meta.dirname, 'entrypoints/popup');

type ModuleGraph = { getModuleInfo: (id: string) => { importedIds: readonly string[] } | null };

/** The modules the popup's page imports, walked once per build's graph (the group is asked for every module). */
const popupImports = new WeakMap<ModuleGraph, Set<string>>();

function sharedByPopup(id: string, graph: ModuleGraph): string | null {
  if (id.startsWith(POPUP_DIR)) return null;
  let seen = popupImports.get(graph);
  if (!seen) {
    const walked = new Set<string>();
    const visit = (module: string) => {
      if (walked.has(module)) return;
      walked.add(module);
      for (const imported of graph.getModuleInfo(module)?.importedIds ?? []) visit(imported);
    };
    visit(path.join(POPUP_DIR, 'index.html'));
    popupImports.set(graph, (seen = walked));
  }
  return seen.has(id) ? 'popup-ui' : null;
}

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
  vite: () => ({ plugins: [preact(), polyfillEsModule, bareInjectedEntries, popupUiAfterFirstScript, popupUiChunk, quietReadability, smallerInjectedScripts], build: { modulePreload: { polyfill: false } } }),
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
