// Small text measures the clean-up rules share.

/** The element's text, whitespace collapsed. */
export function text(el: Element): string {
  return el.textContent.replace(/\s+/g, ' ').trim();
}

/**
 * A text's words (runs of letters and digits in any script), lower-cased. One Unicode regex for the rules that compare
 * words (title-block.ts, title-repeat.ts, section-headings.ts), compiled once in the page (docs/benchmarks.md, nineteenth round).
 */
export const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The element's text when it is at most `max` characters (cheap length check first), else ''. */
export function short(el: Element, max: number): string {
  const raw = el.textContent;
  if (raw.length > max * 20) return '';
  const t = raw.replace(/\s+/g, ' ').trim();
  return t.length > max ? '' : t;
}

/** An address shown as the link's text (a source, a footnote, a contact), not a teaser for another page. */
const ADDRESS = /^(https?:\/\/|www\.)\S+$|^\S+@\S+\.\w+$/;
export const showsAddress = (a: Element) => ADDRESS.test(text(a));

/**
 * Share of an element's text that sits in links to other pages. Named anchors (no href) do not
 * count, nor a lone link showing its address (a source, a footnote, a contact); several such links
 * ("Listen: https://… Download: https://…") are a link list.
 */
export function linkShare(el: Element): number {
  const all = text(el).length;
  const links = [...el.getElementsByTagName('a')].filter((a) => a.hasAttribute('href')).map(text);
  if (links.length === 1 && ADDRESS.test(links[0]!)) return 0;
  return all ? links.reduce((sum, t) => sum + t.length, 0) / all : 0;
}

/** Boxes and page chrome never take more than this share of the text: above it they are the article. */
const BOX_BUDGET = 0.4;

/**
 * Removes elements in order while they fit in a shared budget: at most BOX_BUDGET of the root's text
 * goes in all, so that no run of boxes (each small) takes the article with it.
 */
export function removeWithinBudget(root: Element, candidates: Element[]): void {
  let budget = text(root).length * BOX_BUDGET;
  for (const el of candidates) {
    if (!el.isConnected) continue;
    const size = text(el).length;
    if (size > budget) continue;
    budget -= size;
    el.remove();
  }
}

/** Running text: a paragraph this long with less than half of it in links. */
const MIN_PROSE = 100;

/** A paragraph of running text. */
export const isProse = (p: Element) => text(p).length >= MIN_PROSE && linkShare(p) < 0.5;

/** The article's last paragraph of running text, leaving out those `skip` says are something else. */
export function lastProse(root: Element, skip: (p: Element) => boolean): Element | undefined {
  const paragraphs = root.getElementsByTagName('p');
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i]!;
    if (isProse(p) && !skip(p)) return p;
  }
  return undefined;
}

/** True when `el` comes after `other` in the text (and is not inside it); anything does when there is no `other`. */
export function after(el: Element, other: Element | undefined): boolean {
  return !other || (!!(other.compareDocumentPosition(el) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */) && !other.contains(el));
}

/**
 * Removes the blocks that come after the article's last paragraph of running text not inside one of them (within the
 * shared box budget): the closing rules' one ending (closing-prompts.ts, closing-teasers.ts, follow-links.ts). No test
 * for no blocks (−8 B gzip of extract.js): with none, the walk stops at the last paragraph of running text and nothing goes.
 */
export function removeAfterProse(root: Element, blocks: Element[]): void {
  const last = lastProse(root, (p) => blocks.some((block) => block.contains(p)));
  removeWithinBudget(root, blocks.filter((block) => after(block, last)));
}
