// Pages that set each part of an article in its own nest of wrappers (WDR: `div.con > div.modCon > div.mod >
// div.boxCon > div.box > p`, a media box between parts) leave Readability one part: it scores an element's text up to
// five levels above it, and the wrappers above each part hold its score alone, so that no part's sibling scores enough
// to be joined. Where such nests stand in a row inside an <article> (a nest beside another of its class), each is
// replaced by the block it wraps: the parts then stand side by side, as Readability expects an article's blocks.

/** The block a nest of wrappers holds: the innermost `div` reached from the element through wrappers of one `div` each (no other element, no text of their own), or the element itself. */
function wrappedBlock(el: Element): Element {
  const inner = el.firstElementChild;
  return inner?.localName === 'div' && el.childElementCount === 1 && !el.textContent!.replace(inner.textContent!, '').trim() ? wrappedBlock(inner) : el;
}

/** Replaces each nest of wrappers inside an article that stands beside a nest of its class by the block it wraps. */
export function removeWrappers(doc: Document): void {
  for (const el of doc.querySelectorAll('article div')) {
    // the siblings first: a nest's text is read only where a sibling shares its class
    if (el.previousElementSibling?.className !== el.className && el.nextElementSibling?.className !== el.className) continue;
    const block = wrappedBlock(el);
    if (block !== el) el.replaceWith(block);
  }
}
