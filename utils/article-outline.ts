/**
 * An article's body as a part of our page: its headings re-levelled under the title we show as the page's one h1
 * (the body's highest level becomes h2, and no level is skipped: a page's h1 → h4 read as a jump past two levels,
 * and its own h1 made a second one), and its images without a text alternative marked as decoration (alt=""), which
 * screen readers skip instead of spelling out the file's name. Call the returned function on each part of the body in
 * order (the popup renders the first screen, then the rest): the outline carries on from one part to the next.
 */
export function articleOutline(top = 2): (root: ParentNode) => void {
  // The headings met so far that a later one may sit under: each with its level in the page and the one given here.
  const open: Array<{ from: number; to: number }> = [];
  return (root) => {
    for (const heading of root.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
      const from = Number(heading.tagName[1]);
      while (open.length && open[open.length - 1]!.from >= from) open.pop();
      const to = Math.min(6, (open[open.length - 1]?.to ?? top - 1) + 1);
      open.push({ from, to });
      if (to !== from) renamed(heading, `h${to}`);
    }
    for (const img of root.querySelectorAll('img:not([alt])')) img.setAttribute('alt', '');
  };
}

/** The element under another tag name, with its attributes and children, in its place. */
function renamed(element: Element, tag: string): Element {
  const next = element.ownerDocument.createElement(tag);
  for (const { name, value } of Array.from(element.attributes)) next.setAttribute(name, value);
  next.append(...Array.from(element.childNodes));
  element.replaceWith(next);
  return next;
}
