/**
 * On the page's root while the reader's toolbar scrolls with the article instead of sticking: it would take more than
 * a reader can spare of a short window (at 400 % zoom, 320 × 200 CSS px, its three rows took 130 px).
 */
export const TOOLBAR_SCROLLS = 'data-toolbar-scrolls';

/** The bottom of the sticky reader toolbar, in viewport pixels: what is under it is not in view (0 when it scrolls away). */
export const viewTop = (): number =>
  document.documentElement.hasAttribute(TOOLBAR_SCROLLS) ? 0 : (document.querySelector('.reader-toolbar')?.getBoundingClientRect().bottom ?? 0);
