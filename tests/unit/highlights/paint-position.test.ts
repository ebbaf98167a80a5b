import { describe, expect, it } from 'vitest';
import type { Highlight } from '@/utils/clippings/types';
import { anchorHighlights, describeRange, describeSpan } from '@/utils/highlights/anchor';
import { paintHighlights, paintsWithoutDom, unpaintHighlights } from '@/utils/highlights/paint';
import { anchoredBlock, blockAnchor } from '@/utils/highlights/reading-position';
import { indexText } from '@/utils/highlights/text-index';

function body(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html; // test fixture markup, written here
  document.body.replaceChildren(root);
  return root;
}

const ARTICLE = '<h2>Storm</h2><p>The <a href="#x">ferry</a> stayed in port on Monday.</p><p>Crews checked the <em>harbour wall</em> twice.</p>';

function mark(root: HTMLElement, exact: string, color: Highlight['color']): Highlight {
  const index = indexText(root);
  const at = index.text.indexOf(exact);
  return { id: exact, color, ...describeSpan(index, at, at + exact.length)!, note: '', createdAt: 1, updatedAt: 1 };
}

describe('painting without the Custom Highlight API (jsdom has none)', () => {
  it('wraps each highlight in <mark> elements of its colour, text unchanged, and takes them out again', () => {
    const root = body(ARTICLE);
    expect(paintsWithoutDom(root)).toBe(false);
    const text = root.textContent;
    const highlights = [mark(root, 'ferry stayed in port', 'green'), mark(root, 'checked the harbour', 'pink')];
    paintHighlights(root, anchorHighlights(root, highlights).placed);
    expect(root.textContent).toBe(text);
    const green = Array.from(root.querySelectorAll('mark.cr-mark-green')).map((m) => m.textContent).join('');
    const pink = Array.from(root.querySelectorAll('mark.cr-mark-pink')).map((m) => m.textContent).join('');
    expect(green).toBe('ferry stayed in port');
    expect(pink).toBe('checked the harbour');
    expect(root.querySelector('a mark.cr-mark')).not.toBeNull(); // inside the link, which stays a link
    // painting again (after an edit) does not nest marks; re-anchoring still finds them
    paintHighlights(root, anchorHighlights(root, highlights).placed);
    expect(root.querySelectorAll('mark mark')).toHaveLength(0);
    unpaintHighlights(root);
    expect(root.querySelectorAll('mark')).toHaveLength(0);
    expect(root.innerHTML).toBe(body(ARTICLE).innerHTML);
  });

  it('a quote with markup in it is painted as text', () => {
    const root = body('<p>Write &lt;img src=x onerror=alert(1)&gt; to test.</p>');
    paintHighlights(root, anchorHighlights(root, [mark(root, '<img src=x onerror=alert(1)>', 'yellow')]).placed);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('mark')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('selection at element boundaries', () => {
  it('describes a selection that starts and ends between elements', () => {
    const root = body(ARTICLE);
    const range = document.createRange();
    const p = root.querySelectorAll('p')[1]!;
    range.setStart(p, 0);
    range.setEnd(p, p.childNodes.length);
    expect(describeRange(indexText(root), range)!.quote.exact).toBe('Crews checked the harbour wall twice.');
  });
});

describe('reading position anchor', () => {
  it('anchors a paragraph by its opening and finds it again after text was added before it', () => {
    const root = body(ARTICLE);
    const anchor = blockAnchor(root, root.querySelectorAll('p')[1]!)!;
    expect(anchor.exact).toBe('Crews checked the harbour wall twice.');
    const moved = body(`<p>Update: the port reopened.</p>${ARTICLE}`);
    expect(anchoredBlock(moved, anchor)).toBe(moved.querySelectorAll('p')[2]);
    expect(anchoredBlock(body('<p>Another story.</p>'), anchor)).toBeNull();
  });
});
