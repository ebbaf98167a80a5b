/** The Highlights panel shows the article's words and the reader's notes in their own direction. */
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
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

  it('saves the note on Ctrl+Enter and ⌘+Enter, as its Save note button does; Enter alone is a new line', () => {
    const onNote = vi.fn();
    const props = { onEdit: () => undefined, onShow: () => undefined, onNote, onDelete: () => undefined, deleted: null, onUndo: () => undefined };
    const mark = makeHighlight({ id: 'w', note: '' });
    const anchoring = { placed: [{ highlight: mark, range: document.createRange(), start: 0, end: 5 }], unplaced: [] };
    const host = mount(<HighlightsPanel anchoring={anchoring} editing="w" {...props} />);
    const area = host.querySelector('textarea')!;
    act(() => void ((area.value = 'Ask the ferryman'), area.dispatchEvent(new Event('input', { bubbles: true }))));
    const press = (init: KeyboardEventInit) => {
      const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init });
      act(() => void area.dispatchEvent(event));
      return event.defaultPrevented;
    };
    expect(press({})).toBe(false);
    expect(press({ shiftKey: true, ctrlKey: true })).toBe(false);
    expect(onNote).not.toHaveBeenCalled();
    expect(press({ ctrlKey: true })).toBe(true);
    expect(press({ metaKey: true })).toBe(true);
    expect(onNote.mock.calls).toEqual([['w', 'Ask the ferryman'], ['w', 'Ask the ferryman']]);
  });
});
