// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// utils/ holds three kinds of code: pure logic (everything but the two folders below), which runs in
// Node on what it is given; browser adapters (utils/browser/: extension APIs, page globals); and
// background features (utils/background/). Pure logic may work on a DOM it is passed (a jsdom one in
// tests), never reach for the browser itself.
const ROOT = path.resolve(__dirname, '../../utils');
const ADAPTER_FOLDERS = ['browser', 'background'];
/** Adapters outside utils/browser/, each with why. */
const ADAPTERS_ELSEWHERE: Record<string, string> = {
  'sanitize.ts': "DOMPurify on the page's window by default; the path SECURITY.md names as the render boundary",
  'import/to-clipping.ts': "sanitizes imported HTML with the page's window by default, as sanitize.ts does",
};

/** Globals of a browser or an extension page, used as globals (not as a property: `doc.location` is fine). */
const BROWSER_GLOBAL =
  /(?<![.\w$])(browser|chrome|window|document|navigator|location|localStorage|sessionStorage|indexedDB|speechSynthesis|matchMedia|getSelection|requestAnimationFrame|fetch|XMLHttpRequest|globalThis)\b(?!\s*:)/;

function pureFiles(dir = ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    const rel = path.relative(ROOT, full);
    if (entry.isDirectory()) return ADAPTER_FOLDERS.includes(rel) ? [] : pureFiles(full);
    return /\.tsx?$/.test(entry.name) && !(rel in ADAPTERS_ELSEWHERE) ? [rel] : [];
  });
}

/** The code without comments, strings and regular expressions (a URL scheme or a word in a message is no use of a global). */
function codeOf(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''")
    .replace(/(^|[=(,[:!&|?{};]|return)(\s*)\/(?![*/])(?:[^/\\\n[]|\\.|\[(?:[^\]\\\n]|\\.)*\])+\/[dgimsuy]*/gm, '$1$2/x/')
    .replace(/(^|[^:\\])\/\/.*$/gm, '$1');
}

describe('pure logic in utils/', () => {
  const files = pureFiles();

  it('is most of utils/', () => {
    expect(files.length).toBeGreaterThan(30);
    expect(files).toContain('clippings/store.ts');
  });

  it.each(files)('%s imports no browser API and touches no browser global', (file) => {
    const source = readFileSync(path.join(ROOT, file), 'utf8');
    expect(source, 'imports wxt/browser').not.toMatch(/from ['"]wxt\/browser['"]/);
    // Types from an adapter (a message key, an error code) are no call into it.
    expect(source, 'imports a browser adapter').not.toMatch(/^import (?!type )[^;]*from ['"](\.\.?\/)+(browser|background)\//m);
    // Logic the UI shares lives here; a util leaning on a component (even for a type) has its layers upside down.
    expect(source, 'imports from components/').not.toMatch(/^import [^;]*from ['"](@\/|(\.\.\/)+)components\//m);
    const lines = codeOf(source).split('\n');
    const uses = lines.map((line, i) => [i + 1, line.match(BROWSER_GLOBAL)?.[1]] as const).filter(([, g]) => g);
    expect(uses, 'line and global').toEqual([]);
  });

  it('the check sees a global, and lets a property or an object key of the same name pass', () => {
    expect('const x = document.title;').toMatch(BROWSER_GLOBAL);
    expect('await browser.tabs.query({})').toMatch(BROWSER_GLOBAL);
    expect('const url = doc.location?.href;').not.toMatch(BROWSER_GLOBAL);
    expect('({ window: 1 })').not.toMatch(BROWSER_GLOBAL);
    expect(codeOf("const s = 'the document'; // a window")).not.toMatch(BROWSER_GLOBAL);
    expect(codeOf('const scheme = /^(chrome|about):/i;')).not.toMatch(BROWSER_GLOBAL);
    expect(codeOf('const a = /x/.test(s) && window.open();')).toMatch(BROWSER_GLOBAL);
  });
});
