import { linkShare, text } from './text';

/** A paragraph with more of its text in links than this is a teaser for another page. */
const TEASER_LINK_SHARE = 0.9;
/** Several links holding more than this share of a paragraph... */
const LINK_LIST_SHARE = 0.7;
/** ...with fewer characters than this outside them ("A | B | C") are a link list, not text. */
const MAX_TEXT_BESIDE_LINKS = 40;

/**
 * Removes paragraphs that are nothing but links (teasers for other stories); addresses, named
 * anchors and the cells of a table row (an app's name linking to its page) stay.
 */
export function removeLinkParagraphs(root: Element): void {
  for (const p of [...root.getElementsByTagName('p')]) {
    if (isDataCell(p)) continue;
    const share = linkShare(p);
    const list = share > LINK_LIST_SHARE && p.querySelectorAll('a[href]').length > 1 && text(p).length * (1 - share) < MAX_TEXT_BESIDE_LINKS;
    if (share > TEASER_LINK_SHARE || list) p.remove();
  }
}

/** The paragraph is all of a table cell, in a row of several cells: data, not a teaser. */
function isDataCell(p: Element): boolean {
  const cell = p.closest('td,th');
  return !!cell && text(cell) === text(p) && (cell.parentElement?.children.length ?? 0) > 1;
}
