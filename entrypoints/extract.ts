import { extractPageArticle, type ExtractOptions } from '@/utils/extract';
import { epochNow, type PageTiming } from '@/utils/perf-marks';

// An unlisted script, not a content script: WXT wraps a content script in its ContentScriptContext,
// which brings the whole webextension polyfill (~3 KB gzip) into a file that uses no extension API.
// Injected on the click by utils/tab-article.ts; its completion value is the result: `main`'s, called by name
// (script-minify.ts's bareInjectedEntry), which the minifier then inlines. The default export is WXT's definition
// of the script, which it reads when building; the bundle leaves it out.
export function main() {
  const startedAt = epochNow();
  const result = extractPageArticle(document, takeOptions());
  // When it ran, for the popup's breakdown of where its time goes (`npm run bench:popup`).
  const timing: PageTiming = { startedAt, doneAt: epochNow() };
  return { ...result, timing };
}

export default defineUnlistedScript({ main });

/**
 * The options the popup set just before injecting this script ("Show it anyway"). Read as an own
 * property of this isolated world only, and checked: the page's DOM can clobber globals here
 * (`<form id="__cleanReaderExtractOptions"><input name="force"><input name="maxElements">` is a
 * window named property in the isolated world too), which would force extraction and lift the
 * bound on elements parsed.
 */
function takeOptions(): ExtractOptions {
  const own = Object.getOwnPropertyDescriptor(globalThis, '__cleanReaderExtractOptions')?.value as unknown;
  globalThis.__cleanReaderExtractOptions = undefined;
  if (!own || typeof own !== 'object' || Object.getPrototypeOf(own) !== Object.prototype) return {};
  const { force, maxElements } = own as Record<string, unknown>;
  // `maxElements` only as a positive finite number (NaN fails both tests).
  return { force: force === true, ...(typeof maxElements === 'number' && maxElements > 0 && maxElements < Infinity ? { maxElements } : {}) };
}
