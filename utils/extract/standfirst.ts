// A standfirst (lede, teaser, dek) shown under the title often sits outside the block Readability
// picks: in the page's header, a <hgroup>, a list beside the byline. It is found by structure, not
// by words: the page declares it as its description (og:/twitter:/meta description), the page shows
// that text in a block of its own (not a container of more), and that block comes before the
// article's first paragraph. It then opens the article as a paragraph of its own.

/** Shorter descriptions are labels or site names, not a standfirst. */
const MIN_STANDFIRST = 40;
/** The block showing the description may hold a little more (a dateline, "Berlin."), not a section. */
const MAX_EXTRA = 1.25;
/** Shorter text nodes (a dateline, a word in bold) decide nothing: the description and the first paragraph are matched by longer ones. */
const MIN_PIECE = 20;

const squeeze = (s: string | null | undefined) => (s ?? '').normalize('NFKC').replace(/\s+/g, '');

/**
 * The page's block showing `description`, when the article (`body`, whose text is `text`, first
 * paragraph `first`) does not hold it and that block comes before the article's first paragraph in
 * `doc`; null otherwise. Walks the page's text nodes once, up to the first paragraph.
 */
export function standfirstBlock(doc: Document, description: string | null, text: string, first: string | null): Element | null {
  const wanted = squeeze(description?.replace(/(\.\.\.|…)\s*$/, ''));
  const opening = squeeze(first);
  if (wanted.length < MIN_STANDFIRST || !opening || squeeze(text).includes(wanted)) return null;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  let found: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const piece = squeeze(node.nodeValue);
    if (piece.length < MIN_PIECE) continue;
    // The article's first paragraph reached: the standfirst, if any, was before it.
    if (opening.includes(piece)) return found;
    let block = node.parentElement;
    // A piece of the description, or the whole of one cut short ("…"), outside scripts and links.
    if (found || !(wanted.includes(piece) || piece.includes(wanted)) || !block || block.closest('script,template,noscript,a,[hidden]')) continue;
    while (block && squeeze(block.textContent).length < wanted.length) block = block.parentElement;
    const shown = squeeze(block?.textContent);
    if (shown.includes(wanted) && shown.length <= Math.max(wanted.length, piece.length) * MAX_EXTRA) found = block;
  }
  return null;
}
