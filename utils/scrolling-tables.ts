/** The class of the box each article table sits in (styled in components/theme.css). */
export const TABLE_SCROLL_CLASS = 'cr-table-scroll';

/**
 * Puts each outermost table of an article's rendered (already sanitized) part in a box that scrolls sideways, so a
 * table wider than the text column scrolls at a readable cell width instead of squeezing each cell to a word a line.
 * The box is a keyboard stop with a name, as a scrolling region must be for readers without a pointer: `label` gets
 * the table's number in the article (regions of one name are told apart) and its caption's text, or null. The box
 * has no style attribute (nothing in a rendered article restyles, tests/unit/xss-check.ts): the stylesheet sizes the
 * table by its columns. Call the returned function on each part of the body in order (the popup renders the first
 * screen, then the rest): the numbering carries on from one part to the next.
 */
export function tableWrapper(label: (number: number, caption: string | null) => string): (root: ParentNode) => void {
  let count = 0;
  return (root) => {
    for (const table of root.querySelectorAll<HTMLTableElement>('table:not(table table)')) {
      const box = table.ownerDocument.createElement('div');
      box.className = TABLE_SCROLL_CLASS;
      box.tabIndex = 0;
      box.setAttribute('role', 'region');
      box.setAttribute('aria-label', label(++count, table.caption?.textContent?.trim() || null));
      table.replaceWith(box);
      box.append(table);
    }
  };
}
