// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { POLYFILL_MODULE, polyfillAsEsModule } from '../../utils/polyfill-module';

const polyfillPath = createRequire(import.meta.url).resolve('webextension-polyfill');
const source = readFileSync(polyfillPath, 'utf8');
const scope = globalThis as Record<string, unknown>;
const saved = { chrome: scope.chrome, browser: scope.browser };

let imports = 0;
/** The step's output evaluated as the ES module the bundler sees (a new module each time: one URL is imported once); its default export. */
async function defaultExport(code: string): Promise<unknown> {
  const url = `data:text/javascript;base64,${Buffer.from(`${code}\n// ${++imports}`).toString('base64')}`;
  return ((await import(/* @vite-ignore */ url)) as { default: unknown }).default;
}

afterEach(() => Object.assign(scope, saved));

describe('polyfillAsEsModule (build)', () => {
  it('finds the installed polyfill by its path', () => {
    expect(POLYFILL_MODULE.test(polyfillPath)).toBe(true);
    expect(POLYFILL_MODULE.test('/x/node_modules/@wxt-dev/webextension-polyfill/dist/browser.mjs')).toBe(false);
  });

  it("exports the browser's own `browser` object itself where the browser has one (Chromium, Firefox): nothing copied", async () => {
    const own = { runtime: { id: 'an-id' }, windows: {} };
    Object.assign(scope, { chrome: { runtime: { id: 'an-id' } }, browser: own });
    expect(await defaultExport(polyfillAsEsModule(source))).toBe(own);
  });

  it("exports the polyfill's promise wrapper of `chrome` where there is no `browser`", async () => {
    const chrome = { runtime: { id: 'an-id', lastError: undefined }, tabs: { get: (id: number, done: (tab: object) => void) => done({ id }) } };
    Object.assign(scope, { chrome, browser: undefined });
    const wrapped = (await defaultExport(polyfillAsEsModule(source))) as { tabs: { get: (id: number) => Promise<{ id: number }> } };
    expect(wrapped).not.toBe(chrome);
    await expect(wrapped.tabs.get(7)).resolves.toEqual({ id: 7 });
  });

  it('leaves no CommonJS name free (the bundler would wrap it as CommonJS again)', () => {
    const code = polyfillAsEsModule(source);
    expect(code).not.toMatch(/typeof exports|define\.amd|factory\(module\)/);
    expect(code.trimEnd().endsWith('export default polyfill.exports;')).toBe(true);
  });

  it('throws on a polyfill whose UMD head has changed, rather than leave it to the interop unseen', () => {
    expect(() => polyfillAsEsModule(source.replace('define.amd', 'define.amd2'))).toThrow(/webextension-polyfill/);
    expect(() => polyfillAsEsModule(`${source}\n${source}`)).toThrow(/webextension-polyfill/);
  });
});
