// A heading whose section is empty labels nothing: the links, teasers or widget it announced were left out
// (by Readability or an earlier rule) and only the label stayed ("Verwandte Themen", "Quellen", "その他",
// "おすすめ記事" at the end of the text). Recognised by structure, so in any language.

/** What a heading can announce besides text: a picture (a `<picture>` holds an `<img>`), a player, a drawing. */
const MEDIA = /^(img|video|iframe|svg|canvas)$/;

/** Removes headings followed by nothing, or by a heading of the same or a higher rank, before any text or media. */
export function removeOrphanHeadings(root: Element): void {
  // The text in reading order as its headings and, between them, content (null): text or media.
  const items: (Element | null)[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 5 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.nodeType === 1 ? (node as Element) : null;
    if (el ? /^h[1-6]$/.test(el.localName) : node.nodeValue!.trim() && !items.at(-1)?.contains(node)) items.push(el); // the text of a heading is no content after it
    else if (el && MEDIA.test(el.localName)) items.push(null);
  }
  // From the end: a heading whose subsections were all emptied is empty too. `next`: what follows (undefined: nothing).
  let next: Element | null | undefined;
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    // "h2" <= "h3": the tag names sort as the ranks do.
    if (item && (next === undefined || (next && next.localName <= item.localName))) item.remove();
    else next = item;
  }
}
