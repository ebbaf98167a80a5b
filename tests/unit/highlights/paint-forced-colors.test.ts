import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Highlight } from '@/utils/clippings/types';
import { anchorHighlights, describeSpan } from '@/utils/highlights/anchor';
import { paintHighlights, paintsWithoutDom, unpaintHighlights } from '@/utils/highlights/paint';
import { indexText } from '@/utils/highlights/text-index';

// A window with the Custom Highlight API (jsdom has none) and a forced-colours switch, as Chromium's.
const registry = new Map<string, { ranges: Range[] }>();
let forced = false;
function withHighlightApi() {
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal('Highlight', class { ranges: Range[]; constructor(...ranges: Range[]) { this.ranges = ranges; } });
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === '(forced-colors: active)' && forced }));
}
afterEach(() => {
  vi.unstubAllGlobals();
  registry.clear();
  forced = false;
});

function highlighted(html: string, exact: string): { root: HTMLElement; highlight: Highlight } {
  const root = document.createElement('div');
  root.innerHTML = html; // invented markup, written here
  document.body.replaceChildren(root);
  const index = indexText(root);
  const at = index.text.indexOf(exact);
  return { root, highlight: { id: 'h1', color: 'green', ...describeSpan(index, at, at + exact.length)!, note: '', createdAt: 1, updatedAt: 1 } };
}

describe('painting in forced colours', () => {
  it('uses <mark>s, which take the system\'s marked-text colours (Chromium paints ::highlight() as the selection there), and the API again once they go', () => {
    withHighlightApi();
    const { root, highlight } = highlighted('<p>The swifts came back to the church tower in May.</p>', 'the church tower');
    paintHighlights(root, anchorHighlights(root, [highlight]).placed);
    expect(paintsWithoutDom(root)).toBe(true);
    expect([...registry.keys()]).toEqual(['cr-mark-green']);
    expect(root.querySelectorAll('mark')).toHaveLength(0);

    forced = true;
    expect(paintsWithoutDom(root)).toBe(false);
    paintHighlights(root, anchorHighlights(root, [highlight]).placed);
    expect(registry.size).toBe(0);
    expect(Array.from(root.querySelectorAll('mark.cr-mark-green'), (m) => m.textContent)).toEqual(['the church tower']);

    forced = false;
    unpaintHighlights(root); // as the reader does before placing again
    paintHighlights(root, anchorHighlights(root, [highlight]).placed);
    expect(root.querySelectorAll('mark')).toHaveLength(0);
    expect(root.textContent).toBe('The swifts came back to the church tower in May.');
    expect(registry.get('cr-mark-green')!.ranges.map(String)).toEqual(['the church tower']);
  });
});
