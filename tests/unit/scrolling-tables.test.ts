import { describe, expect, it } from 'vitest';
import { TABLE_SCROLL_CLASS, tableWrapper } from '../../utils/scrolling-tables';

const fragmentOf = (html: string) => document.createRange().createContextualFragment(html);
const label = (n: number, caption: string | null) => (caption ? `Table ${n}: ${caption}` : `Table ${n}`);

describe('tableWrapper', () => {
  it('puts each outermost table in a named, focusable scrolling region, with no style of its own', () => {
    const root = fragmentOf(
      '<p>Before</p><table><caption> Tides at the pier </caption><tr><td colspan="2">Spring</td><td>Neap</td></tr>' +
        '<tr><td>High <table><tr><td>inner</td></tr></table></td><td>4.2 m</td><td>3.1 m</td><td>2.0 m</td></tr></table>' +
        '<table><tr><td>Only</td></tr></table>',
    );
    const wrapTables = tableWrapper(label);
    wrapTables(root);
    const boxes = [...root.querySelectorAll<HTMLElement>(`.${TABLE_SCROLL_CLASS}`)];
    expect(boxes).toHaveLength(2); // the nested table stays in its cell
    expect(boxes.map((box) => [box.getAttribute('role'), box.tabIndex, box.getAttribute('aria-label'), box.hasAttribute('style')]))
      .toEqual([['region', 0, 'Table 1: Tides at the pier', false], ['region', 0, 'Table 2', false]]);
    expect(boxes.map((box) => box.firstElementChild!.tagName)).toEqual(['TABLE', 'TABLE']);
    expect(root.firstElementChild!.textContent).toBe('Before'); // in the table's place
    expect(root.children[1]).toBe(boxes[0]);
  });

  it('numbers the tables on across the parts of one article, so no two regions share a name', () => {
    const wrapTables = tableWrapper(label);
    const [first, rest] = [fragmentOf('<table><tr><td>a</td></tr></table>'), fragmentOf('<table><tr><td>b</td></tr></table>')];
    wrapTables(first);
    wrapTables(rest);
    expect([first, rest].map((part) => part.firstElementChild!.getAttribute('aria-label'))).toEqual(['Table 1', 'Table 2']);
  });
});
