// Walks over the page with a TreeWalker rather than selector queries for tests over the whole page:
// jsdom (the benchmark, the tests) matches a selector in JavaScript element by element, ~10× slower;
// in the browser both are native.

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
export function byTags(root: Node, names: string): Element[] {
  const wanted = new Set(names.split(' '));
  return elementsWhere(root, (el) => wanted.has(el.localName));
}
