// Readability scores blocks by their commas and paragraph lengths; on some recipe, product and
// magazine pages a customer-service box, a newsletter form, an author bio or a sale teaser
// outscores the article. Where the page marks its main text itself and that block holds clearly
// more running text than Readability's choice, or holds an article's worth of it while Readability's
// choice lies outside every block so marked, Readability runs again on that block alone.
import { type PageShape, pageShape } from './article-gate';
import { isCommentBlock } from './comment-thread';
import { squeezed, textBlocks } from './plain-text';
import { attributeTokens, forEachElement } from './walk';

/**
 * Where pages mark their main text, most specific first: schema.org's articleBody
 * (`[itemprop~="articleBody" i]`), <article> (not one marked as a comment: blogs write each reader's
 * comment as an <article>, and one long comment would pass for the post), <main> (and `[role="main"]`).
 * All are tested in one walk over the page (see walk.ts).
 */
const MARKS: Record<string, (el: Element) => boolean> = {
  articleBody: (el) => attributeTokens(el, 'itemprop').includes('articlebody'),
  article: (el) => el.localName === 'article' && !isCommentBlock(el),
  main: (el) => el.localName === 'main' || el.getAttribute('role') === 'main',
};
/** The marked block must hold this many times the running text of Readability's choice... */
const CLEARLY_MORE = 2;
/** ...and at least this much (shorter blocks are teasers, cards or captions). */
const MIN_MAIN_PROSE = 500;
/** Pages with more marked blocks than this are lists of cards, not one article. */
const MAX_BLOCKS = 40;

/** A block of the page, found again in a clone by its mark (a key of MARKS) and index. */
export interface MarkedBlock {
  mark: string;
  index: number;
}

/**
 * The page's marked blocks by mark, in the order of MARKS (one walk over the page). Some pages mark
 * each paragraph as the articleBody: the smallest element holding all of them is one more block.
 */
function markedBlocks(doc: Document): Map<string, Element[]> {
  const marks = Object.entries(MARKS);
  const blocks = new Map(marks.map(([mark]) => [mark, [] as Element[]]));
  forEachElement(doc, (el) => {
    for (const [mark, marked] of marks) if (marked(el)) blocks.get(mark)!.push(el);
  });
  const parts = blocks.get('articleBody')!;
  let whole = parts[0]?.parentElement;
  while (whole && !parts.every((el) => whole!.contains(el))) whole = whole.parentElement;
  if (parts.length > 1 && whole) parts.push(whole);
  return blocks;
}

/** The longest paragraph of Readability's choice, squeezed: where it lies in the page tells where that choice was taken from. */
export function longestParagraph(chosen: Element): string {
  return squeezed(textBlocks(chosen).reduce((a, b) => (b.text.length > a.length ? b.text : a), ''));
}

/**
 * The marked block to extract from instead of Readability's choice (`chosen`, its content, and `found`,
 * that content's shape), or null when that choice stands.
 */
export function betterMainBlock(doc: Document, chosen: Element, found: PageShape): MarkedBlock | null {
  const wanted = Math.max(MIN_MAIN_PROSE, found.prose * CLEARLY_MORE);
  // Readability's longest paragraph: where no marked block holds it, its choice is outside what the page marks as its main text.
  const longest = longestParagraph(chosen);
  for (const [mark, blocks] of markedBlocks(doc)) {
    if (blocks.length > MAX_BLOCKS) return null;
    const outside = !blocks.some((el) => squeezed(el.textContent).includes(longest));
    let best: MarkedBlock | null = null;
    let bestProse = outside ? MIN_MAIN_PROSE : wanted;
    blocks.forEach((el, index) => {
      const { prose } = pageShape(el);
      if (prose >= bestProse) [best, bestProse] = [{ mark, index }, prose];
    });
    if (best) return best;
  }
  return null;
}

/** The same block in a clone of the page. */
export function markedBlock(doc: Document, { mark, index }: MarkedBlock): Element {
  return markedBlocks(doc).get(mark)![index]!;
}
