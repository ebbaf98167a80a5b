import { linkShare, text } from './text';

/** A paragraph with more of its text in links than this is a teaser for another page. */
const TEASER_LINK_SHARE = 0.9;
/** Several links holding more than this share of a paragraph... */
const LINK_LIST_SHARE = 0.7;
/** ...with fewer characters than this outside them ("A | B | C") are a link list, not text. */
const MAX_TEXT_BESIDE_LINKS = 40;

/** Removes paragraphs that are nothing but links (teasers for other stories); addresses and named anchors stay. */
export function removeLinkParagraphs(root: Element): void {
  for (const p of [...root.querySelectorAll('p')]) {
    const share = linkShare(p);
    const list = share > LINK_LIST_SHARE && p.querySelectorAll('a[href]').length > 1 && text(p).length * (1 - share) < MAX_TEXT_BESIDE_LINKS;
    if (share > TEASER_LINK_SHARE || list) p.remove();
  }
}
