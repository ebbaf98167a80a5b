/** The Highlights panel shows the article's words and the reader's notes in their own direction. */
import { describe, expect, it } from 'vitest';
import { HighlightsPanel } from '@/components/reader/HighlightsPanel';
import { componentTests } from '../../ui-helpers';
import { makeHighlight } from '../../clippings/helpers';

const { mount } = componentTests();

describe('HighlightsPanel', () => {
  it('writes quotes, notes and the note editor in their own direction (an Urdu quote was set left to right)', () => {
    const quote = (exact: string) => ({ type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' });
    const placed = makeHighlight({ id: 'a', quote: quote('چائنا موبائل کمیونیکیشنز'), note: 'نوٹ' });
    const unplaced = makeHighlight({ id: 'b', quote: quote('ایک جملہ'), note: 'دوسرا نوٹ' });
    const props = { onEdit: () => undefined, onShow: () => undefined, onNote: () => undefined, onDelete: () => undefined, deleted: null, onUndo: () => undefined };
    const anchoring = { placed: [{ highlight: placed, range: document.createRange(), start: 0, end: 5 }], unplaced: [unplaced] };
    const host = mount(<HighlightsPanel anchoring={anchoring} editing={null} {...props} />);
    const texts = [...host.querySelectorAll('.cr-mark-quote, .cr-mark-note')];
    expect(texts.map((el) => [el.textContent, el.getAttribute('dir')])).toEqual([
      ['چائنا موبائل کمیونیکیشنز', 'auto'], ['نوٹ', 'auto'], ['ایک جملہ', 'auto'], ['دوسرا نوٹ', 'auto'],
    ]);
    const editing = mount(<HighlightsPanel anchoring={anchoring} editing="a" {...props} />);
    expect(editing.querySelector('textarea')!.getAttribute('dir')).toBe('auto');
  });
});
