/**
 * Build step: webextension-polyfill as an ES module. It ships as UMD (CommonJS to a bundler), and Rolldown imports a
 * CommonJS module's default through its interop (`__toESM`), which copies every property of `module.exports` with
 * its descriptor: in Chromium that export is the browser's own `browser` object, and reading each namespace's
 * descriptor makes its bindings (`windows`, `contextMenus`, … every namespace the manifest allows), ~3–4 ms of CPU in
 * the first extension page of a process (the popup's UI module, while the page extracts on a cold click), though the
 * pages use a few. As an ES module its default export is `module.exports` itself: the same object, nothing copied.
 */
export const POLYFILL_MODULE = /[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/;

/** The UMD head of webextension-polyfill 0.12 (the factory's call), up to its factory's first line. */
const UMD_HEAD = `(function (global, factory) {
  if (typeof define === "function" && define.amd) {
    define("webextension-polyfill", ["module"], factory);
  } else if (typeof exports !== "undefined") {
    factory(module);
  } else {
    var mod = {
      exports: {}
    };
    factory(mod);
    global.browser = mod.exports;
  }
})(typeof globalThis !== "undefined" ? globalThis : typeof self !== "undefined" ? self : this, function (module) {`;

/** The factory called at once on a module object of its own, whose exports are the default export. */
const ESM_HEAD = `const polyfill = { exports: {} };
(function (factory) {
  factory(polyfill);
})(function (module) {`;

/** The polyfill's source as an ES module; throws when its UMD head is not found exactly once (a new polyfill). */
export function polyfillAsEsModule(source: string): string {
  const at = source.indexOf(UMD_HEAD);
  if (at < 0 || source.indexOf(UMD_HEAD, at + 1) >= 0) throw new Error('webextension-polyfill: its UMD head is not found once; the ES module step needs a look');
  return `${source.slice(0, at)}${ESM_HEAD}${source.slice(at + UMD_HEAD.length)}\nexport default polyfill.exports;\n`;
}
