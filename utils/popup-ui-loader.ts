/**
 * The popup's first script (entrypoints/popup-start.ts) is the only file the popup fetches until it has
 * sent the extraction: the build moves the UI's tags (module script, module preloads, stylesheets) into
 * an inert <template> (the preload scanner does not fetch what a template holds), and the first script puts
 * them into the head as soon as the extraction is sent. Fetched beside the first script, the UI's seven
 * files held it back: each response is handled on the page's one main thread before the parser gets to run
 * the script (bench:popup, issue #11).
 */
export const POPUP_UI_TEMPLATE = 'cr-popup-ui';

/** The tags the build defers, as Vite writes them into the popup's head. */
const DEFERRED_TAG = /[ \t]*<(?:script type="module"[^>]*><\/script>|link rel="(?:modulepreload|stylesheet)"[^>]*>)\n?/g;

/**
 * Build step: the popup's HTML with its UI tags inside the template, in the head just before the first
 * script, so that the script finds them while the rest of the page is still being parsed.
 */
export function deferPopupUi(html: string): string {
  const tags = html.match(DEFERRED_TAG) ?? [];
  if (!tags.length) return html;
  const template = `<template id="${POPUP_UI_TEMPLATE}">${tags.map((tag) => tag.trim()).join('')}</template>`;
  const rest = html.replace(DEFERRED_TAG, '');
  const firstScript = rest.search(/<script[\s>]/);
  return firstScript < 0 ? rest.replace('</head>', `${template}\n</head>`) : `${rest.slice(0, firstScript)}${template}\n    ${rest.slice(firstScript)}`;
}

/**
 * Runtime: puts the deferred tags into the head, where the browser fetches them all at once. Resolves
 * once the stylesheets have loaded (or failed to): the UI renders only then, as stylesheets added by a
 * script do not hold back rendering as the parser's do. Without the template (a dev build) nothing was deferred.
 */
export async function loadPopupUi(doc: Document): Promise<void> {
  const template = doc.getElementById(POPUP_UI_TEMPLATE);
  if (!template || !('content' in template)) return;
  // Cloned, not moved: a script the parser put into the template and moved out would never run.
  const tags = doc.importNode((template as HTMLTemplateElement).content, true);
  template.remove();
  const sheets = [...tags.querySelectorAll('link[rel="stylesheet"]')].map(settled);
  doc.head.append(tags);
  await Promise.all(sheets);
}

/** Resolves when the stylesheet has loaded or failed to. */
function settled(link: Element): Promise<void> {
  return new Promise((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
}
