// Readability scores blocks by their commas and paragraph lengths; on some recipe, product and
// magazine pages a customer-service box, a newsletter form, an author bio or a sale teaser
// outscores the article. Where the page marks its main text itself and that block holds clearly
// more running text than Readability's choice, Readability runs again on that block alone.
import { CJK, CJK_WEIGHT, type PageShape, pageShape } from './article-gate';
import { attributeTokens, forEachElement } from './walk';

/**
 * Where pages mark their main text, most specific first: schema.org's articleBody, <article>, <main>.
 * Each selector is tested in one walk over the page (see walk.ts).
 */
const MARKS: Record<string, (el: Element) => boolean> = {
  '[itemprop~="articleBody" i]': (el) => attributeTokens(el, 'itemprop').includes('articlebody'),
  article: (el) => el.localName === 'article',
  'main, [role="main"]': (el) => el.localName === 'main' || el.getAttribute('role') === 'main',
};
/** The marked block must hold this many times the running text of Readability's choice... */
const CLEARLY_MORE = 2;
/** ...and at least this much (shorter blocks are teasers, cards or captions). */
const MIN_MAIN_PROSE = 500;
/** Pages with more marked blocks than this are lists of cards, not one article. */
const MAX_BLOCKS = 40;

/** A block of the page, found again in a clone by its selector and index. */
export interface MarkedBlock {
  selector: string;
  index: number;
}

/** The page's marked blocks by selector, in the order of MARKS (one walk over the page). */
function markedBlocks(doc: Document): Map<string, Element[]> {
  const marks = Object.entries(MARKS);
  const blocks = new Map(marks.map(([selector]) => [selector, [] as Element[]]));
  forEachElement(doc, (el) => {
    for (const [selector, marked] of marks) if (marked(el)) blocks.get(selector)!.push(el);
  });
  return blocks;
}

/** The marked block to extract from instead of Readability's choice (`found`), or null when that choice stands. */
export function betterMainBlock(doc: Document, found: PageShape): MarkedBlock | null {
  const wanted = Math.max(MIN_MAIN_PROSE, found.prose * CLEARLY_MORE);
  for (const [selector, blocks] of markedBlocks(doc)) {
    if (blocks.length > MAX_BLOCKS) return null;
    let best: MarkedBlock | null = null;
    let bestProse = wanted;
    blocks.forEach((el, index) => {
      if (proseAtMost(el) < bestProse) return;
      const { prose } = pageShape(el);
      if (prose >= bestProse) [best, bestProse] = [{ selector, index }, prose];
    });
    if (best) return best;
  }
  return null;
}

/**
 * No less than `pageShape(el).prose`, for a fraction of its cost (native calls): all the text, CJK
 * weighed as there, plus the space pageShape adds at each line break and table cell (+1 for its
 * rounding). Most marked blocks fall short of `wanted` by this measure and are not walked.
 */
function proseAtMost(el: Element): number {
  const text = el.textContent ?? '';
  return text.length + (text.match(CJK)?.length ?? 0) * (CJK_WEIGHT - 1) + el.querySelectorAll('br, td, th').length + 1;
}

/** The same block in a clone of the page. */
export function markedBlock(doc: Document, { selector, index }: MarkedBlock): Element {
  return markedBlocks(doc).get(selector)![index]!;
}
