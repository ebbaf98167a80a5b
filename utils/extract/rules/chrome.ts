import { linkShare, removeWithinBudget } from './text';

/** A <header> mostly of links is the page's (logo, menu); with less, and a heading or a paragraph, it is the article's. */
const HEADER_LINK_SHARE = 0.5;

/**
 * Removes navigation, menus, dialogs, page footers and page headers that Readability kept, within
 * the shared box budget. A <header> with the <h1> is the title block (title, kicker, byline, date,
 * lead image: the reader shows its own) and goes; another <header> holding a heading or a
 * paragraph is part of the text (a section or accordion heading, a standfirst) and stays unless it
 * is mostly links.
 */
export function removeChrome(root: Element): void {
  const pageParts = [...root.querySelectorAll('nav, header, footer, [role=navigation], [role=menu], [role=menubar], [role=dialog], [role=alertdialog], [role=complementary]')].filter(
    (el) => el.tagName !== 'HEADER' || el.querySelector('h1') || linkShare(el) > HEADER_LINK_SHARE || !el.querySelector('h2, h3, h4, h5, h6, p'),
  );
  removeWithinBudget(root, pageParts);
}
