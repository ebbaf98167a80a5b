import { isProse, linkShare, text } from './text';

/** A list item with more of its text in links than this is a link, not a point of the text. */
const LINK_ITEM_SHARE = 0.9;
/** Menu entries, tools and headlines of other pages are short; a list of sources or of notes runs longer. */
const MAX_LINK_ITEM = 80;
/** A menu has several entries; two links are as often a pair that belongs to the text (a product's two shops, a talk's slides and video). */
const MIN_LINK_ITEMS = 3;

/**
 * Removes lists that are nothing but short links to other pages (menus, tool rows, tag lists, lists of other stories'
 * headlines), told by structure in any language: three or more items, each a short link. Lists of one or two links (a
 * "read next", a reference, a product's shops) stay, as do lists with words beside their links, a table of contents (its
 * links lead within the page) and a list that is the body of a section (right under its heading: an author's list of
 * the apps he uses) or of a sentence (after a paragraph of running text that ends announcing it: "… I would recommend
 * reading:"; a label such as "Our recent articles:" is no running text).
 */
export function removeLinkLists(root: Element): void {
  for (const list of root.querySelectorAll('ul,ol')) {
    const items = [...list.children];
    const before = list.previousElementSibling;
    if (
      items.length >= MIN_LINK_ITEMS &&
      !before?.matches('h2,h3,h4,h5,h6') &&
      !(before && isProse(before) && /:$/.test(text(before))) &&
      !list.querySelector('a[href^="#"]') &&
      items.every((li) => linkShare(li) > LINK_ITEM_SHARE && text(li).length <= MAX_LINK_ITEM)
    )
      list.remove();
  }
}
