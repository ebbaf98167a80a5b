/**
 * Makes each outermost preformatted block (code, mostly) of an article's rendered (already sanitized) part a keyboard
 * stop with a name: the popup and the reader keep its lines whole and let a line wider than the column scroll
 * sideways inside it, and a region that scrolls must be reachable without a pointer (axe: scrollable-region-focusable;
 * the arrow keys scroll it once it has focus). `label` gets the block's number in the article, so regions of one name
 * are told apart. Call the returned function on each part of the body in order: the numbering carries on.
 */
export function preformattedStops(label: (number: number) => string): (root: ParentNode) => void {
  let count = 0;
  return (root) => {
    for (const block of root.querySelectorAll<HTMLElement>('pre:not(pre pre)')) {
      block.tabIndex = 0;
      block.setAttribute('role', 'region');
      block.setAttribute('aria-label', label(++count));
    }
  };
}
