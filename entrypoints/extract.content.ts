import { extractArticle, type ExtractOptions } from '@/utils/extract';

declare global {
  // Set by the popup just before injecting this script, for "Show it anyway".
  var __cleanReaderExtractOptions: ExtractOptions | undefined;
}

export default defineContentScript({
  registration: 'runtime',
  main() {
    const options = globalThis.__cleanReaderExtractOptions ?? {};
    globalThis.__cleanReaderExtractOptions = undefined;
    return extractArticle(document, options);
  },
});
