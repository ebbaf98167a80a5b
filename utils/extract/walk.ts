// Walks over the page. In the browser a selector is matched natively: selecting the few candidates (by tag
// name, or an attribute present) and testing only those runs no script for the other elements, which counts
// most on the extraction's one run in a page, still interpreted (scripts/bench-extract-chromium.ts). jsdom (the
// benchmark, the tests) matches a selector in JavaScript, ~4× a TreeWalker's walk; a test any element may
// pass walks.

/** Calls `visit` on every element under `root` (root excluded), in document order. */
export function forEachElement(root: Node, visit: (el: Element) => void): void {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) visit(node as Element);
}

/** The elements under `root` (root excluded) that pass `test`, in document order. */
export function elementsWhere(root: Node, test: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  forEachElement(root, (el) => test(el) && found.push(el));
  return found;
}

/** The whitespace-separated tokens of an attribute, lower-cased (CSS `[attr~=token i]`); none when it is absent or empty (most elements: no string to make). */
export function attributeTokens(el: Element, name: string): string[] {
  const value = el.getAttribute(name);
  return value ? value.toLowerCase().split(/[ \t\n\r\f]+/) : [];
}

/** The elements under `root` with one of these tag names, in document order: `querySelectorAll('p, li')` is `byTags(root, 'p li')`. */
export function byTags(root: Element | Document, names: string): Element[] {
  return [...root.querySelectorAll(names.replaceAll(' ', ','))];
}
