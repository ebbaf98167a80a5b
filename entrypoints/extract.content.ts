import { extractArticle } from '@/utils/extract';

export default defineContentScript({
  registration: 'runtime',
  main() {
    const options = globalThis.__cleanReaderExtractOptions ?? {};
    globalThis.__cleanReaderExtractOptions = undefined;
    return extractArticle(document, options);
  },
});
