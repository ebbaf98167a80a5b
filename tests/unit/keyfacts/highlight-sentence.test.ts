// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MARK_CLASS, clearSentenceHighlight, findSentenceRange, highlightSentence } from '../../../utils/highlight-sentence';

function body(html: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = html; // test fixture of our own, not page content
  document.body.replaceChildren(el);
  return el;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('findSentenceRange', () => {
  it('finds a sentence that runs across inline elements, ignoring whitespace differences', () => {
    const root = body('<p>First one.  The <a href="#">Ministry\nof</a> <em>Finance</em> said   so. Last.</p>');
    const range = findSentenceRange(root, 'The Ministry of Finance said so.');
    expect(range).not.toBeNull();
    expect(range!.toString().replace(/\s+/g, ' ')).toBe('The Ministry of Finance said so.');
  });

  it('treats curly and straight quotes alike', () => {
    const root = body('<p>He said: “It’s done.” Then left.</p>');
    expect(findSentenceRange(root, 'He said: "It\'s done."')?.toString()).toBe('He said: “It’s done.”');
  });

  it('falls back to the opening of a long sentence when its end differs in the rendered body', () => {
    const root = body('<p>The committee approved the budget for the coming year<sup>[1]</sup> after a long debate.</p>');
    const range = findSentenceRange(root, 'The committee approved the budget for the coming year after a long debate.');
    expect(range?.toString()).toMatch(/^The committee approved the budget/);
  });

  it('returns null for text that is not there, and for an empty sentence', () => {
    const root = body('<p>Only this.</p>');
    expect(findSentenceRange(root, 'Something else entirely.')).toBeNull();
    expect(findSentenceRange(root, '   ')).toBeNull();
  });
});

describe('highlightSentence', () => {
  it('without the Custom Highlight API: wraps the sentence in marks, scrolls to it, and clears it next time', () => {
    vi.stubGlobal('CSS', undefined);
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    const root = body('<p>One. Two <b>bold</b> words here. Three.</p>');
    expect(highlightSentence(root, 'Two bold words here.')).toBe(true);
    const marks = root.querySelectorAll(`mark.${MARK_CLASS}`);
    expect([...marks].map((m) => m.textContent).join('')).toBe('Two bold words here.');
    expect(scroll).toHaveBeenCalledWith({ behavior: 'smooth', block: 'center' });
    expect(root.textContent).toBe('One. Two bold words here. Three.');

    expect(highlightSentence(root, 'Three.')).toBe(true);
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Three.']);
    clearSentenceHighlight(root);
    expect(root.querySelector('mark')).toBeNull();
    expect(root.innerHTML).toBe('<p>One. Two <b>bold</b> words here. Three.</p>');
  });

  it('with the Custom Highlight API: registers a highlight and leaves the DOM alone', () => {
    const registry = new Map<string, { ranges: Range[] }>();
    class FakeHighlight {
      ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    }
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    const root = body('<p>Alpha beta. Gamma <i>delta</i>.</p>');
    const before = root.innerHTML;
    expect(highlightSentence(root, 'Gamma delta.')).toBe(true);
    expect(registry.get('cr-sentence')?.ranges[0]?.toString()).toBe('Gamma delta.');
    expect(root.innerHTML).toBe(before);
    clearSentenceHighlight(root);
    expect(registry.has('cr-sentence')).toBe(false);
  });

  it('returns false and marks nothing when the sentence is not in the article', () => {
    vi.stubGlobal('CSS', undefined);
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    const root = body('<p>Alpha beta.</p>');
    expect(highlightSentence(root, 'Not here at all.')).toBe(false);
    expect(root.querySelector('mark')).toBeNull();
    expect(scroll).not.toHaveBeenCalled();
  });
});
