import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gzipBytes, POPUP_BEFORE_PAINT_BUDGET, popupScriptsBeforePaint } from '../../scripts/popup-before-paint';
import { missingBuildReason, PRODUCTION_BUILDS } from './build-output';

// The popup's JavaScript before its article paints, held to its budget (issue #11) in every production build.
const reason = missingBuildReason();
/** A line of webextension-polyfill's own that survives minifying (its name went with its UMD head: utils/polyfill-module.ts). */
const POLYFILL_TEXT = 'This script should only be loaded in a browser extension.';

describe.skipIf(reason !== null)(`popup bundle budget${reason ? ` (skipped: ${reason})` : ''}`, () => {
  describe.each(Object.entries(PRODUCTION_BUILDS))('%s', (_browser, dir) => {
    const scripts = reason ? [] : popupScriptsBeforePaint(dir);

    it('counts the first script and the UI module with its static imports', () => {
      expect(scripts).toContain('popup-start.js');
      expect(scripts.filter((js) => js.startsWith('chunks/')).length).toBeGreaterThan(1);
    });

    it(`loads at most ${POPUP_BEFORE_PAINT_BUDGET} B gzip of JavaScript before the article paints`, () => {
      const sizes = Object.fromEntries(scripts.map((js) => [js, gzipBytes(path.join(dir, js))]));
      expect(Object.values(sizes).reduce((a, b) => a + b, 0), JSON.stringify(sizes)).toBeLessThanOrEqual(POPUP_BEFORE_PAINT_BUDGET);
    });

    it('popup.html fetches nothing but the first script while it is parsed (the UI waits in a template)', () => {
      const doc = new DOMParser().parseFromString(readFileSync(path.join(dir, 'popup.html'), 'utf8'), 'text/html');
      const fetched = [...doc.querySelectorAll('script[src], link[href]')].map((el) => el.getAttribute('src') ?? el.getAttribute('href'));
      expect(fetched).toEqual(['/popup-start.js']);
      expect(doc.querySelector('template')!.content.querySelector('script[type="module"]')).not.toBeNull();
    });

    it('the UI is two scripts and two stylesheets: its entry and one chunk of what it shares with the other pages, no CommonJS runtime', () => {
      const template = new DOMParser().parseFromString(readFileSync(path.join(dir, 'popup.html'), 'utf8'), 'text/html').querySelector('template')!;
      const files = [...template.content.querySelectorAll('script[src], link[href]')].map((el) => (el.getAttribute('src') ?? el.getAttribute('href'))!);
      // webextension-polyfill is imported as an ES module (utils/polyfill-module.ts): no interop, so no runtime chunk to fetch.
      expect(files.filter((f) => f.endsWith('.js')), files.join(' ')).toHaveLength(2);
      expect(files.some((f) => f.includes('rolldown-runtime')), files.join(' ')).toBe(false);
      expect(files.filter((f) => f.endsWith('.css')), files.join(' ')).toHaveLength(2);
      expect(files.some((f) => /\/popup-ui-[\w-]+\.js$/.test(f))).toBe(true);
    });

    it('the first script carries no second copy of webextension-polyfill (the UI module has the one)', () => {
      expect(readFileSync(path.join(dir, 'popup-start.js'), 'utf8')).not.toContain(POLYFILL_TEXT);
      expect(scripts.some((js) => readFileSync(path.join(dir, js), 'utf8').includes(POLYFILL_TEXT))).toBe(true);
    });
  });
});
