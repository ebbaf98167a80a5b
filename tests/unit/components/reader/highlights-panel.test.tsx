/**
 * The highlights panel's note editor: Escape closes it without throwing away what was typed (a changed note is
 * saved; an unchanged one is closed as Cancel does), and Cancel still discards.
 */
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { HighlightsPanel } from '@/components/reader/HighlightsPanel';
import { componentTests } from '../../ui-helpers';
import { makeHighlight } from '../../clippings/helpers';

const { mount } = componentTests();

function editor(note: string) {
  const h = makeHighlight({ id: 'h1', note });
  const onNote = vi.fn();
  const onEdit = vi.fn();
  const host = mount(
    <HighlightsPanel anchoring={{ placed: [], unplaced: [h] }} editing="h1" onEdit={onEdit} onShow={() => undefined} onNote={onNote} onDelete={() => undefined} deleted={null} onUndo={() => undefined} />,
  );
  const area = host.querySelector('textarea')!;
  const type = (text: string) => act(() => void ((area.value = text), area.dispatchEvent(new Event('input', { bubbles: true }))));
  const escape = () => act(() => void area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
  return { host, area, type, escape, onNote, onEdit };
}

describe('the note editor and Escape', () => {
  it('saves the typed note on Escape instead of discarding it', () => {
    const { type, escape, onNote, onEdit } = editor('');
    type('A thought worth keeping');
    escape();
    expect(onNote).toHaveBeenCalledWith('h1', 'A thought worth keeping');
    expect(onEdit).not.toHaveBeenCalled();
  });

  it('closes an unchanged note on Escape, as Cancel does, without a write', () => {
    const { escape, onNote, onEdit } = editor('as it was');
    escape();
    expect(onNote).not.toHaveBeenCalled();
    expect(onEdit).toHaveBeenCalledWith(null);
  });

  it('keeps Escape to itself, so the reader does not also close what lies under it', () => {
    const { area, onEdit } = editor('');
    const outer = vi.fn();
    document.addEventListener('keydown', outer);
    try {
      act(() => void area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
      expect(onEdit).toHaveBeenCalledWith(null);
      expect(outer).not.toHaveBeenCalled();
    } finally {
      document.removeEventListener('keydown', outer);
    }
  });

  it('still discards the typed note on Cancel', () => {
    const { host, type, onNote, onEdit } = editor('old');
    type('changed my mind');
    act(() => [...host.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')!.click());
    expect(onNote).not.toHaveBeenCalled();
    expect(onEdit).toHaveBeenCalledWith(null);
  });
});
