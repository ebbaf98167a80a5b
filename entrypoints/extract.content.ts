import { extractArticle, type ExtractOptions } from '@/utils/extract';

export default defineContentScript({
  registration: 'runtime',
  main() {
    const options = takeOptions();
    return extractArticle(document, options);
  },
});

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
  return {
    ...(force === true ? { force } : {}),
    ...(typeof maxElements === 'number' && Number.isFinite(maxElements) && maxElements > 0 ? { maxElements } : {}),
  };
}
