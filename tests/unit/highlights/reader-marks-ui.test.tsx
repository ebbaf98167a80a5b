import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { HighlightsPanel } from '@/components/reader/HighlightsPanel';
import { SelectionToolbar } from '@/components/reader/SelectionToolbar';
import type { Highlight } from '@/utils/clippings/types';
import type { Anchoring } from '@/utils/highlights/anchor';
import { withTrap, XSS_VECTORS } from '../../fixtures/xss/vectors';
import { componentTests } from '../ui-helpers';

const { mount } = componentTests();

function highlight(id: string, exact: string, note = '', color: Highlight['color'] = 'yellow'): Highlight {
  return { id, color, quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: exact.length }, note, createdAt: 1, updatedAt: 1 };
}

const anchoring = (placed: Highlight[], unplaced: Highlight[] = []): Anchoring => ({
  placed: placed.map((h, i) => ({ highlight: h, range: document.createRange(), start: i * 10, end: i * 10 + 5 })),
  unplaced,
});

function type(area: HTMLTextAreaElement, text: string) {
  act(() => {
    area.value = text;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function panel(a: Anchoring, over: Partial<Parameters<typeof HighlightsPanel>[0]> = {}) {
  const calls = { show: vi.fn(), note: vi.fn(), del: vi.fn(), edit: vi.fn(), undo: vi.fn() };
  const host = mount(
    <HighlightsPanel anchoring={a} editing={null} onEdit={calls.edit} onShow={calls.show} onNote={calls.note} onDelete={calls.del} deleted={null} onUndo={calls.undo} {...over} />,
  );
  return { host, calls };
}

describe('SelectionToolbar', () => {
  const line = { top: 300, bottom: 320, left: 100, right: 400 };
  const props = { first: line, last: line, column: { top: 0, bottom: 900, left: 50, right: 700 }, rtl: false, onColor: vi.fn(), onNote: vi.fn(), onCopyLink: vi.fn(), onRemove: vi.fn(), onClose: vi.fn() };

  it('is a named toolbar of named buttons: four colours, note, link; Remove only on a highlight', () => {
    let host = mount(<SelectionToolbar {...props} onHighlight={false} focus={false} />);
    const bar = host.querySelector('[role="toolbar"]')!;
    expect(bar.getAttribute('aria-label')).toBe('Highlight the selection');
    const names = () => Array.from(host.querySelectorAll('button')).map((b) => b.getAttribute('aria-label') ?? b.textContent);
    expect(names()).toEqual(['Yellow highlight', 'Green highlight', 'Blue highlight', 'Pink highlight', 'Add note', 'Copy link']);
    host = mount(<SelectionToolbar {...props} onHighlight focus={false} />);
    expect(names().at(-1)).toBe('Remove highlight');
  });

  it('acts on its buttons, closes on Escape, moves focus with the arrows and takes focus when asked', () => {
    const onColor = vi.fn();
    const onClose = vi.fn();
    const host = mount(<SelectionToolbar {...props} onColor={onColor} onClose={onClose} onHighlight={false} focus />);
    const buttons = Array.from(host.querySelectorAll('button'));
    expect(document.activeElement).toBe(buttons[0]);
    act(() => buttons[2]!.click());
    expect(onColor).toHaveBeenCalledWith('blue');
    act(() => void buttons[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })));
    expect(document.activeElement).toBe(buttons[1]);
    act(() => void buttons[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(onClose).toHaveBeenCalledOnce();
  });
});

describe('HighlightsPanel', () => {
  it('lists highlights in the order given (document order), then those that could not be placed', () => {
    const { host, calls } = panel(anchoring([highlight('a', 'First quote', 'a note'), highlight('b', 'Second quote', '', 'pink')], [highlight('c', 'Lost quote', 'lost note')]));
    const quotes = Array.from(host.querySelectorAll('.cr-mark-quote')).map((q) => q.textContent);
    expect(quotes).toEqual(['First quote', 'Second quote', 'Lost quote']);
    expect(host.querySelector('h3')!.textContent).toBe('Not found in this version of the article');
    expect(host.querySelectorAll('li')[1]!.textContent).toContain('Pink highlight');
    // a placed quote is a button that shows it; an unplaced one is not
    act(() => (host.querySelector('button.cr-mark-quote') as HTMLButtonElement).click());
    expect(calls.show).toHaveBeenCalledWith('a');
    expect(host.querySelectorAll('li')[2]!.querySelector('button.cr-mark-quote')).toBeNull();
    expect(host.querySelectorAll('li')[2]!.textContent).toContain('lost note');
  });

  it('edits a note in a labelled field and saves it', () => {
    const onNote = vi.fn();
    const { host } = panel(anchoring([highlight('a', 'Quote', 'old')]), { editing: 'a', onNote });
    const area = host.querySelector('textarea')!;
    expect(document.activeElement).toBe(area);
    expect(area.closest('label')!.textContent).toContain('Note on this highlight');
    type(area, 'new note');
    act(() => (host.querySelector('button[type="submit"]') as HTMLButtonElement).click());
    expect(onNote).toHaveBeenCalledWith('a', 'new note');
  });

  it('keeps what is typed into a note editor the moment it appears (the focus and the typed-ahead text are set as it mounts, not after)', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const onNote = vi.fn();
    // rendered without act: the field is in the DOM and a fast typist (or a test's fill) can reach it before effects run
    render(<HighlightsPanel anchoring={anchoring([highlight('a', 'Quote', '')])} editing="a" onEdit={vi.fn()} onShow={vi.fn()} onNote={onNote} onDelete={vi.fn()} deleted={null} onUndo={vi.fn()} />, host);
    const area = host.querySelector('textarea')!;
    area.value = 'typed at once';
    area.dispatchEvent(new Event('input', { bubbles: true }));
    await act(async () => void (await new Promise((r) => setTimeout(r, 50))));
    expect(area.value).toBe('typed at once');
    act(() => (host.querySelector('button[type="submit"]') as HTMLButtonElement).click());
    expect(onNote).toHaveBeenCalledWith('a', 'typed at once');
    act(() => render(null, host));
    host.remove();
  });

  describe('Escape in the note editor', () => {
    const editor = (note: string) => {
      const onNote = vi.fn();
      const onEdit = vi.fn();
      const { host } = panel(anchoring([highlight('a', 'Quote', note)]), { editing: 'a', onNote, onEdit });
      return { host, area: host.querySelector('textarea')!, onNote, onEdit };
    };
    const escape = (area: HTMLTextAreaElement) => act(() => void area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));

    it('saves the typed note instead of throwing it away', () => {
      const { area, onNote, onEdit } = editor('');
      type(area, 'A thought worth keeping');
      escape(area);
      expect(onNote).toHaveBeenCalledWith('a', 'A thought worth keeping');
      expect(onEdit).not.toHaveBeenCalled();
    });

    it('closes an unchanged note as Cancel does, without a write, and keeps the key from what lies under it', () => {
      const { area, onNote, onEdit } = editor('as it was');
      const outer = vi.fn();
      document.addEventListener('keydown', outer);
      try {
        escape(area);
      } finally {
        document.removeEventListener('keydown', outer);
      }
      expect(onNote).not.toHaveBeenCalled();
      expect(onEdit).toHaveBeenCalledWith(null);
      expect(outer).not.toHaveBeenCalled();
    });

    it('leaves Cancel to discard a typed note', () => {
      const { host, area, onNote, onEdit } = editor('old');
      type(area, 'changed my mind');
      act(() => [...host.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')!.click());
      expect(onNote).not.toHaveBeenCalled();
      expect(onEdit).toHaveBeenCalledWith(null);
    });
  });

  it('gives the focus back to the highlight\'s note button when its editor closes, not to the page', () => {
    const a = anchoring([highlight('a', 'First', ''), highlight('b', 'Second', 'kept')]);
    const props = { anchoring: a, onEdit: vi.fn(), onShow: vi.fn(), onNote: vi.fn(), onDelete: vi.fn(), deleted: null, onUndo: vi.fn() };
    const host = mount(<HighlightsPanel {...props} editing="b" />);
    expect(document.activeElement).toBe(host.querySelector('textarea'));
    act(() => render(<HighlightsPanel {...props} editing={null} />, host));
    const item = host.querySelectorAll('li')[1]!;
    expect(document.activeElement).toBe(item.querySelector('.cr-mark-actions button'));
    expect(document.activeElement!.textContent).toBe('Edit note');
    // focus the reader moved elsewhere meanwhile stays where it is
    act(() => render(<HighlightsPanel {...props} editing="a" />, host));
    const quote = item.querySelector<HTMLButtonElement>('.cr-mark-quote')!;
    act(() => quote.focus());
    act(() => render(<HighlightsPanel {...props} editing={null} />, host));
    expect(document.activeElement).toBe(quote);
  });

  it('says a delete in a live region that was there before it, and offers Undo', () => {
    const onUndo = vi.fn();
    const a = anchoring([highlight('x', 'Gone')]);
    const props = { onEdit: vi.fn(), onShow: vi.fn(), onNote: vi.fn(), onDelete: vi.fn(), onUndo, editing: null };
    const host = mount(<HighlightsPanel anchoring={a} deleted={null} {...props} />);
    const region = host.querySelector('[role="status"]');
    expect(region).not.toBeNull();
    expect(region!.textContent).toBe('');
    act(() => render(<HighlightsPanel anchoring={anchoring([])} deleted={highlight('x', 'Gone')} {...props} />, host));
    expect(host.querySelector('[role="status"]')).toBe(region);
    expect(host.querySelector('[role="status"]')!.textContent).toContain('Highlight deleted.');
    act(() => (Array.from(host.querySelectorAll('button')).find((b) => b.textContent === 'Undo') as HTMLButtonElement).click());
    expect(onUndo).toHaveBeenCalledOnce();
  });

  it.each(XSS_VECTORS.map((v) => [v.id, v] as const))('vector %s as a quote and a note stays text', (_id, vector) => {
    const hostile = withTrap(vector.html, 'http://127.0.0.1:9/trap');
    const { host } = panel(anchoring([highlight('p', hostile, hostile)], [highlight('u', hostile, hostile)]));
    const items = host.querySelectorAll('li');
    for (const item of Array.from(items)) {
      expect(item.querySelector('.cr-mark-quote')!.textContent).toBe(hostile);
      expect(item.querySelector('.cr-mark-note')!.textContent).toBe(hostile);
      // nothing but the panel's own elements: no element came from the vector
      const tags = new Set(Array.from(item.querySelectorAll('*')).map((e) => e.tagName));
      for (const tag of tags) expect(['SPAN', 'BUTTON', 'BLOCKQUOTE', 'P', 'DIV']).toContain(tag);
    }
  });
});
