/**
 * A class the page's style sheet hides ("hidden": Bootstrap's, Tailwind's and most sites' display: none), unless a
 * responsive variant beside it ("hidden md:block") shows it on some screens: an A/B test's other versions of a box,
 * a menu's closed panels, a gallery's other slides.
 */
const HIDDEN_CLASS = '.hidden:not([class*=":"])';

/**
 * Before Readability: removes what the page hides with an inline `display: none` or its hiding class. Readability drops
 * hidden nodes as it walks the page, and tests every element's class for chrome, `<html>` included:
 * a root class such as "site-header" removes the whole page at the first step, and Readability then
 * hands the page back unwalked, its hidden notes (a forum's rules, shown once its comments load) in it.
 * (Clearing the root's class instead let Readability walk such pages, and lost precision on one dev page.)
 */
export function removeHidden(doc: Document): void {
  for (const el of doc.body.querySelectorAll<HTMLElement>('[style*=none]')) if (el.style.display === 'none') el.remove();
  for (const el of doc.body.querySelectorAll(HIDDEN_CLASS)) el.remove();
}
