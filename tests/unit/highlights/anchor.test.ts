import { describe, expect, it } from 'vitest';
import { anchorHighlights, describeRange, describeSpan } from '@/utils/highlights/anchor';
import { fromCodePoints, indexText, rangeAt, toCodePoints } from '@/utils/highlights/text-index';
import type { Highlight } from '@/utils/clippings/types';

function body(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html; // test fixture markup, written here
  document.body.replaceChildren(root);
  return root;
}

function highlightOf(root: HTMLElement, exact: string, occurrence = 0, id = exact): Highlight {
  const index = indexText(root);
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = index.text.indexOf(exact, at + 1);
  const s = describeSpan(index, at, at + exact.length)!;
  return { id, color: 'yellow', ...s, note: '', createdAt: 1, updatedAt: 1 };
}

const ARTICLE = '<p>The river rose <em>three metres</em> overnight.</p><p>By morning the river had reached the old bridge, and the mayor closed it.</p><p>The river rose again on Friday.</p>';

describe('describing a selection', () => {
  it('gives the quote with 32 characters of context each side and its position, across inline elements', () => {
    const root = body(ARTICLE);
    const range = document.createRange();
    const em = root.querySelector('em')!;
    range.setStart(root.querySelector('p')!.firstChild!, 4);
    range.setEnd(em.firstChild!, 5);
    const s = describeRange(indexText(root), range)!;
    expect(s.quote).toEqual({ type: 'TextQuoteSelector', exact: 'river rose three', prefix: 'The ', suffix: ' metres overnight.By morning the' });
    expect(s.position).toEqual({ type: 'TextPositionSelector', start: 4, end: 20 });
  });

  it('refuses a selection without text', () => {
    const root = body('<p>a</p><p>   </p>');
    const index = indexText(root);
    expect(describeSpan(index, 1, 4)).toBeNull();
    expect(describeSpan(index, 2, 2)).toBeNull();
  });

  it('counts positions in code points (W3C), so an emoji before the quote counts once', () => {
    const root = body('<p>Fish 🐟 and 🐠 chips</p>');
    const index = indexText(root);
    const at = index.text.indexOf('chips');
    expect(toCodePoints(index, at)).toBe(at - 2);
    expect(fromCodePoints(index, toCodePoints(index, at))).toBe(at);
    const h = highlightOf(root, 'chips');
    expect(h.position.start).toBe(at - 2);
    expect(anchorHighlights(root, [h]).placed[0]!.range.toString()).toBe('chips');
  });
});

describe('re-anchoring', () => {
  it('places each highlight on the same text, repeated phrases told apart by their context', () => {
    const root = body(ARTICLE);
    const second = highlightOf(root, 'The river rose', 1, 'second');
    const first = highlightOf(root, 'river rose three', 0, 'first');
    const fresh = body(ARTICLE);
    const { placed, unplaced } = anchorHighlights(fresh, [second, first]);
    expect(unplaced).toEqual([]);
    expect(placed.map((p) => p.highlight.id)).toEqual(['first', 'second']); // document order
    expect(placed[1]!.range.startContainer.parentElement).toBe(fresh.querySelectorAll('p')[2]);
    expect(placed[0]!.range.toString()).toBe('river rose three');
  });

  it('finds a quote by its context when text before it moved it (stale position)', () => {
    const root = body(ARTICLE);
    const h = highlightOf(root, 'The river rose', 1);
    const moved = body(`<p>An update was added at the top.</p>${ARTICLE}`);
    const [p] = anchorHighlights(moved, [h]).placed;
    expect(p!.range.startContainer.parentElement).toBe(moved.querySelectorAll('p')[3]);
  });

  it('re-anchors fuzzily after a small edit inside the quote', () => {
    const root = body(ARTICLE);
    const h = highlightOf(root, 'the river had reached the old bridge');
    const edited = body(ARTICLE.replace('had reached', 'has reached'));
    const { placed, unplaced } = anchorHighlights(edited, [h]);
    expect(unplaced).toEqual([]);
    expect(placed[0]!.range.toString()).toMatch(/^the river ha[sd] reached the old bridge/);
  });

  it('reports a highlight whose text is gone as unplaced, keeping it whole', () => {
    const root = body(ARTICLE);
    const gone = highlightOf(root, 'and the mayor closed it');
    const short = highlightOf(root, 'old');
    const rewritten = body('<p>Completely different article about gardening tools.</p>');
    const { placed, unplaced } = anchorHighlights(rewritten, [gone, short]);
    expect(placed).toEqual([]);
    expect(unplaced).toEqual([gone, short]);
  });

  describe('a repeated quote whose own passage was reworded', () => {
    // the quote twice, told apart by its context; the highlight is on the second
    const FERRY =
      '<p>On Monday, after the storm warning, the ferry was cancelled and the harbour shut.</p>' +
      '<p>Residents of the island said that by noon the ferry was cancelled for the third time this winter.</p>';
    const second = () => highlightOf(body(FERRY), 'the ferry was cancelled', 1);

    it('is not moved onto the other passage when its own was rewritten: it is listed as not found', () => {
      const h = second();
      const rewritten = body(FERRY.replace('by noon the ferry was cancelled', 'by noon all crossings had been called off'));
      const { placed, unplaced } = anchorHighlights(rewritten, [h]);
      expect(placed).toEqual([]);
      expect(unplaced).toEqual([h]);
    });

    it('follows a small edit in its own passage rather than the other passage\'s exact words', () => {
      const h = second();
      const edited = body(FERRY.replace('by noon the ferry was cancelled', 'by noon the ferry was canceled'));
      const [p] = anchorHighlights(edited, [h]).placed;
      expect(p!.range.startContainer.parentElement).toBe(edited.querySelectorAll('p')[1]);
      expect(p!.range.toString()).toMatch(/^the ferry was cancel+ed/);
    });

    it('is still placed by its quote alone when its context is gone from the whole text (both sides edited)', () => {
      const root = body('<p>The ministry said the ferry was cancelled because of the gale warning.</p>');
      const h = highlightOf(root, 'the ferry was cancelled');
      const edited = body('<p>A spokesman confirmed the ferry was cancelled after forecasters issued a warning.</p>');
      expect(anchorHighlights(edited, [h]).placed[0]!.range.toString()).toBe('the ferry was cancelled');
    });
  });

  it('maps offsets at node boundaries into the right text node', () => {
    const root = body('<p>ab<b>cd</b>ef</p>');
    const index = indexText(root);
    const r = rangeAt(index, 2, 4);
    expect(r.toString()).toBe('cd');
    expect(r.startContainer.parentElement!.tagName).toBe('B');
    expect(r.endContainer.parentElement!.tagName).toBe('B');
  });
});
