/**
 * Text that fills the popup's first screen, with a margin: a 440 × 590 px popup shows about 1,200
 * characters of 15 px text under the title; the rest of a long article waits until that has painted.
 */
export const FIRST_SCREEN_CHARS = 2_000;

/**
 * Splits article HTML at a block boundary into what fills the first screen and the rest, each with the
 * wrappers around them (so both render as the article would), or null when it all fits. Parsed in a
 * <template>, where nothing loads or runs; both parts are still untrusted HTML, to be sanitized.
 */
export function splitFirstScreen(html: string, doc: Document, chars = FIRST_SCREEN_CHARS): { first: string; rest: string } | null {
  if (html.length < chars) return null;
  const template = doc.createElement('template');
  template.innerHTML = html;
  let container: ParentNode = template.content;
  // Down through the wrappers that hold the whole article (Readability's <div class="page"> and its like).
  for (let only = onlyElementChild(container); only; only = onlyElementChild(container)) container = only;
  const blocks = [...container.childNodes];
  let count = 0;
  let cut = 0;
  while (cut < blocks.length && count < chars) count += blocks[cut++]!.textContent?.length ?? 0;
  if (cut >= blocks.length) return null;
  const [head, tail] = [blocks.slice(0, cut), blocks.slice(cut)];
  tail.forEach((node) => node.remove());
  const first = template.innerHTML;
  head.forEach((node) => node.remove());
  container.append(...tail);
  return { first, rest: template.innerHTML };
}

/** The element that is all a node holds (blank text around it aside), or null. */
function onlyElementChild(node: ParentNode): Element | null {
  if (node.children.length !== 1) return null;
  const element = node.children[0]!;
  for (const child of node.childNodes) if (child !== element && (child.nodeType !== 3 || child.textContent!.trim())) return null;
  return element.children.length > 0 ? element : null;
}
