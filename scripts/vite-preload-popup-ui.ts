import type { Plugin } from 'vite';

/**
 * Preloads the popup's UI from its HTML. The popup's first script starts the extraction and then
 * imports the UI (`import('./main')`); preloading lets the browser fetch and compile the UI's chunks
 * while it is still parsing the page and running that first script, instead of only after it.
 */
export function preloadPopupUi(): Plugin {
  return {
    name: 'clean-reader:preload-popup-ui',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { chunk, bundle }) {
        if (!chunk || !bundle || chunk.name !== 'popup') return;
        const preloaded = new Set([chunk.fileName, ...chunk.imports]);
        const files: string[] = [];
        const visit = (file: string) => {
          const target = bundle[file];
          if (preloaded.has(file) || !target || target.type !== 'chunk') return;
          preloaded.add(file);
          files.push(file);
          target.imports.forEach(visit);
        };
        // The UI is the dynamic import named main; the chunks it imports after paint are left to it.
        chunk.dynamicImports.filter((file) => bundle[file]?.name === 'main').forEach(visit);
        return files.map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}
