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
const NETWORK_APIS = /\b(fetch|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts|WebTransport|RTCPeerConnection|RTCDataChannel|serviceWorker\.register|registerProtocolHandler)\b/g;
const ALLOWED_HOSTS: Record<string, string> = {
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
      expect(files.some((f) => f.startsWith('content-scripts/'))).toBe(true);
    });

    it('calls no network API', () => {
      const found = files.flatMap((file) => {
        const text = read(file);
        return [...text.matchAll(NETWORK_APIS)].map((m) => `${file}: …${text.slice(Math.max(0, m.index - 40), m.index + 60)}…`);
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
