// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFiles, missingBuildReason, PRODUCTION_BUILDS } from './build-output';

// "No network requests of our own": the shipped bundles contain no network API and point at no
// remote host. A grep over minified code, so it reasons about false positives explicitly:
//  - The Vite modulepreload polyfill (`fetch(link.href)` of our own chunks) is switched off in
//    wxt.config.ts, so no `fetch(` is expected anywhere.
//  - URLs that appear as data, never requested: XML namespaces (DOMPurify, Readability), help links
//    in Dexie's error messages, extension-store URL patterns (utils/restricted.ts).
// The runtime side (no remote request other than images from extension pages) is checked in
// Chromium by tests/e2e/xss.spec.ts.
// The one exception, the reader's own sync (issue #14): the background alone holds PouchDB's HTTP
// adapter, which fetches only from the CouchDB server the reader names, once they turn sync on and grant
// that origin. Only `fetch`, and only in background.js: every other bundle still has no network API.
const NETWORK_APIS = /\b(fetch|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts|WebTransport|RTCPeerConnection|RTCDataChannel|serviceWorker\.register|registerProtocolHandler)\b/g;
/** Occurrences of a network API name that are not calls of ours, with the reason. */
const ALLOWED_API_MENTIONS: Array<[RegExp, string]> = [
  // Papa Parse (the library page's CSV imports) ships its NetworkStreamer for `Papa.parse(url, { download: true })`;
  // Clean Reader only ever passes it text (utils/import/csv.ts), so this XMLHttpRequest is never created.
  [/new XMLHttpRequest,this\._config\.withCredentials/, "Papa Parse's download streamer, never called: it is given text only"],
];
/** Bundles that may call one network API, with the reason. */
const ALLOWED_API_IN: Record<string, { api: string; reason: string }> = {
  'background.js': { api: 'fetch', reason: "PouchDB's HTTP adapter: sync with the reader's own CouchDB, off until they turn it on" },
};
const ALLOWED_HOSTS: Record<string, string> = {
  'github.com': "a help link in the uuid package's error message (PouchDB's revision ids)",
  'couch.example.org': 'the example server address in the Sync panel (a reserved example domain), never requested',
  'www.w3.org': 'XML namespace URIs (DOMPurify, Readability): identifiers, never requested',
  'tinyurl.com': "a help link in Dexie's MissingAPI error message",
  'bit.ly': "a help link in Dexie's PrematureCommit error message",
  'chrome.google.com': 'extension-store URL pattern (utils/restricted.ts)',
  'chromewebstore.google.com': 'extension-store URL pattern (utils/restricted.ts)',
  'microsoftedge.microsoft.com': 'extension-store URL pattern (utils/restricted.ts)',
  'addons.mozilla.org': 'extension-store URL pattern (utils/restricted.ts)',
  'addons.opera.com': 'extension-store URL pattern (utils/restricted.ts)',
};
// Scheme, `://` (maybe with escaped slashes, as in a minified RegExp literal), host.
const REMOTE_URL = /\b(?:https?|wss?|ftp):\\?\/\\?\/((?:[a-z0-9-]|\\?\.)+)/gi;

const reason = missingBuildReason();

describe.skipIf(reason !== null)(`no network requests of our own${reason ? ` (skipped: ${reason})` : ''}`, () => {
  describe.each(Object.entries(PRODUCTION_BUILDS))('%s', (_browser, dir) => {
    const files = reason ? [] : buildFiles(dir).filter((f) => /\.(m?js|html|css)$/.test(f));
    const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');

    it('has bundles to check', () => {
      expect(files.some((f) => f.endsWith('background.js'))).toBe(true);
      expect(files).toEqual(expect.arrayContaining(['extract.js', 'clip.js']));
    });

    it('calls no network API', () => {
      const found = files.flatMap((file) => {
        const text = read(file);
        return [...text.matchAll(NETWORK_APIS)]
          .filter((m) => ALLOWED_API_IN[file]?.api !== m[0])
          .map((m) => text.slice(Math.max(0, m.index - 40), m.index + 60))
          .filter((context) => !ALLOWED_API_MENTIONS.some(([pattern]) => pattern.test(context)))
          .map((context) => `${file}: …${context}…`);
      });
      expect(found).toEqual([]);
    });

    it('names no remote host other than the listed non-requests', () => {
      const found = files.flatMap((file) =>
        [...read(file).matchAll(REMOTE_URL)]
          .map((m) => m[1]!.toLowerCase().replace(/\\/g, '').replace(/\.$/, ''))
          .filter((host) => !Object.hasOwn(ALLOWED_HOSTS, host))
          .map((host) => `${file}: ${host}`),
      );
      expect([...new Set(found)]).toEqual([]);
    });

    it('loads nothing remote from its HTML and CSS', () => {
      for (const file of files.filter((f) => /\.(html|css)$/.test(f))) {
        const text = read(file);
        expect(text, file).not.toMatch(/<(script|link|iframe|img)[^>]+(src|href)=["']?(https?:)?\/\//i);
        expect(text, file).not.toMatch(/@import|url\(\s*["']?(https?:)?\/\//i);
      }
    });
  });
});
