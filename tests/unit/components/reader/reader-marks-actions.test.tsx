/**
 * The highlight actions as a reader meets them. Where the focus and the toolbar go after those that take away the
 * button pressed: Delete in the panel (to its Undo), Undo (to the highlight brought back), Remove in the selection's
 * toolbar (the toolbar closes with its selection); before, each left the focus on the page's start, and Remove left
 * the toolbar open. A selection that reaches past a highlight: before, a colour only recoloured the old highlight and
 * the same colour did nothing, the rest of the selection left unmarked.
 */
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { indexText, rangeAt } from '@/utils/highlights/text-index';
import { markBackgroundTests } from '../../ui-helpers';
import { articleOf, layOutSelections, MarkedArticle } from './marked-article';

const { mount, db } = markBackgroundTests();

const FIRST = 'the swifts came back to the church tower';
const SECOND = 'The ringers counted forty nests';
const TEXT = `In May ${FIRST} after the roof was mended.\n\n${SECOND} by the end of June.`;
const ARTICLE = articleOf('Swifts over the village', 'https://village.test/swifts', TEXT);
const MarkedSwifts = () => <MarkedArticle article={ARTICLE} />;

/** Selects the first `text` of the article, across the nodes painted highlights may have split it into. */
function select(text: string) {
  const index = indexText(document.querySelector('.cr-article-body')!);
  const at = index.text.indexOf(text);
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(rangeAt(index, at, at + text.length));
  document.dispatchEvent(new Event('selectionchange'));
}
const toolbar = () => document.querySelector('[role="toolbar"]');
const button = (name: string) => [...document.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);
const settle = () => act(async () => void (await new Promise((resolve) => setTimeout(resolve, 60))));
const stored = async () => (await db().clippings.toArray()).flatMap((c) => c.highlights.map((h) => h.quote.exact));
const storedMarks = async () => (await db().clippings.toArray()).flatMap((c) => c.highlights.map((h) => [h.color, h.quote.exact, h.note]));

/** Presses a button as the keyboard does: it has the focus, then it is clicked. */
async function press(target: HTMLButtonElement | undefined) {
  expect(target).toBeDefined();
  target!.focus();
  await act(async () => target!.click());
}

async function highlighted(...texts: string[]) {
  for (const text of texts) {
    select(text);
    await settle();
    await act(async () => (button('Yellow highlight') as HTMLButtonElement).click());
    await settle();
  }
  await vi.waitFor(async () => expect(await stored()).toEqual(texts));
}

describe('the focus after the highlight actions that remove the button pressed', () => {
  layOutSelections();

  it('Delete in the panel gives the focus to Undo; Undo gives it to the highlight brought back', async () => {
    mount(<MarkedSwifts />);
    await highlighted(FIRST, SECOND);
    const items = () => [...document.querySelectorAll<HTMLElement>('.cr-marks [data-highlight-id]')];
    const firstId = items()[0]!.dataset.highlightId;
    await press(items()[0]!.querySelector<HTMLButtonElement>('.cr-mark-actions button:last-child')!);
    await vi.waitFor(() => expect(items()).toHaveLength(1));
    await settle();
    expect(document.activeElement).toBe(button('Undo'));

    await press(button('Undo'));
    await vi.waitFor(() => expect(items()).toHaveLength(2));
    await settle();
    const back = items().find((li) => li.dataset.highlightId === firstId)!;
    expect(document.activeElement).toBe(back.querySelector('button.cr-mark-quote'));
    expect(await stored()).toHaveLength(2);
  });

  it('Remove in the selection\'s toolbar closes it with its selection, the focus back in the article, and leaves Undo to the panel', async () => {
    mount(<MarkedSwifts />);
    await highlighted(FIRST);
    select(FIRST.slice(4, 20));
    await settle();
    expect(toolbar()).not.toBeNull();
    await press(button('Remove highlight'));
    await vi.waitFor(async () => expect(await stored()).toEqual([]));
    await settle();
    expect(toolbar()).toBeNull();
    expect(getSelection()!.toString()).toBe('');
    expect(document.activeElement).toBe(document.getElementById('article'));
    expect(button('Undo')).toBeDefined();
  });
});

describe('a selection that reaches past highlights', () => {
  layOutSelections();

  it('makes one highlight over the old one and the new text, in the colour chosen, the old note kept', async () => {
    mount(<MarkedSwifts />);
    await highlighted('the swifts came back');
    await act(async () => (button('Add note') as HTMLButtonElement).click());
    const area = document.querySelector<HTMLTextAreaElement>('.cr-mark-note-form textarea')!;
    act(() => void ((area.value = 'first seen on the 3rd'), area.dispatchEvent(new Event('input', { bubbles: true }))));
    await act(async () => (button('Save note') as HTMLButtonElement).click());
    await vi.waitFor(async () => expect(await storedMarks()).toEqual([['yellow', 'the swifts came back', 'first seen on the 3rd']]));
    await settle(); // the editor closed, its focus given back

    select('came back to the church tower');
    await settle();
    await act(async () => (button('Green highlight') as HTMLButtonElement).click());
    await vi.waitFor(async () => expect(await storedMarks()).toEqual([['green', FIRST, 'first seen on the 3rd']]));
    await settle();
    expect([...document.querySelectorAll('.cr-marks .cr-mark-quote')].map((q) => q.textContent)).toEqual([FIRST]);
  });

  it('joins two highlights it spans into one, in the same colour as the first, with h', async () => {
    mount(<MarkedSwifts />);
    await highlighted('the swifts', 'the church tower');
    select('swifts came back to the church');
    await settle();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'h', bubbles: true }));
    await vi.waitFor(async () => expect(await storedMarks()).toEqual([['yellow', FIRST, '']]));
  });

  it('takes the highlights it joins away at once, together, as the new one is painted: the list never shows one gone and the other left', async () => {
    mount(<MarkedSwifts />);
    await highlighted('the swifts', 'the church tower');
    const panel = document.querySelector('.cr-marks')!;
    const counts: number[] = [];
    new MutationObserver(() => counts.push(panel.querySelectorAll('[data-highlight-id]').length)).observe(panel, { childList: true, subtree: true });
    select('swifts came back to the church');
    await settle();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'h', bubbles: true }));
    await vi.waitFor(async () => expect(await storedMarks()).toEqual([['yellow', FIRST, '']]));
    await settle();
    const shown = counts.filter((n, i) => n !== counts[i - 1]);
    // the two gone and the new one painted in the same render, before the write's answer (it was 2 → 3 → 1)
    expect(shown).toEqual([1]);
  });

  it('puts the joined highlights back, and says the join was not stored, when the write fails', async () => {
    mount(<MarkedSwifts />);
    await highlighted('the swifts', 'the church tower');
    const background = vi.mocked(browser.runtime.sendMessage).getMockImplementation()!;
    let answer: (reply: unknown) => void = () => {};
    vi.mocked(browser.runtime.sendMessage).mockImplementation(((message: { type: string }) =>
      message.type === 'add-highlight' ? new Promise((resolve) => (answer = resolve)) : (background as (m: unknown) => unknown)(message)) as never);
    const quotes = () => [...document.querySelectorAll('.cr-marks .cr-mark-quote')].map((q) => q.textContent);
    const painted = () => [...document.querySelectorAll('.cr-article-body mark')].map((m) => m.textContent).join('|');
    select('swifts came back to the church');
    await settle();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'h', bubbles: true }));
    await settle();
    expect(quotes()).toEqual([FIRST]); // dropped at once, before the answer
    await act(async () => answer({ ok: false, error: 'storage', message: 'AbortError' }));
    await settle();
    expect(quotes()).toEqual(['the swifts', 'the church tower']);
    expect(painted()).toBe('the swifts|the church tower');
    expect(document.querySelector('[role="alert"]')!.textContent).toBe('The highlight could not be stored. Try again.');
    expect(await stored()).toEqual(['the swifts', 'the church tower']);
  });

  it('inside one highlight, a colour still recolours it and makes nothing new', async () => {
    mount(<MarkedSwifts />);
    await highlighted(FIRST);
    select('came back');
    await settle();
    await act(async () => (button('Pink highlight') as HTMLButtonElement).click());
    await vi.waitFor(async () => expect(await storedMarks()).toEqual([['pink', FIRST, '']]));
  });
});

describe('a reader who marks quickly', () => {
  layOutSelections();

  it('keeps the next selection made while the last highlight is being stored, and h marks it', async () => {
    mount(<MarkedSwifts />);
    const press = (key: string) => document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    select(FIRST);
    await settle();
    press('h');
    select(SECOND); // before the first highlight's write has answered
    await vi.waitFor(async () => expect(await stored()).toEqual([FIRST]));
    await settle();
    expect(getSelection()!.toString()).toBe(SECOND);
    press('h');
    await vi.waitFor(async () => expect(await stored()).toEqual([FIRST, SECOND]));
  });
});

describe('Copy link', () => {
  layOutSelections();

  it('says in the toolbar, for everyone to see, whether the link was copied; a new selection starts quiet', async () => {
    const writeText = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(new Error('denied'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    mount(<MarkedSwifts />);
    const said = () => toolbar()!.querySelector('[role="status"]');
    select(FIRST);
    await settle();
    expect(said()!.textContent).toBe('');
    await act(async () => (button('Copy link') as HTMLButtonElement).click());
    await settle();
    expect(writeText).toHaveBeenCalledWith('https://village.test/swifts#:~:text=the%20swifts%20came%20back%20to%20the%20church%20tower');
    expect(said()!.textContent).toBe('Link to the passage copied.');
    expect(said()!.closest('.cr-visually-hidden')).toBeNull();
    select(SECOND);
    await settle();
    expect(said()!.textContent).toBe('');
    await act(async () => (button('Copy link') as HTMLButtonElement).click());
    await settle();
    expect(said()!.textContent).toMatch(/^Not copied: the browser refused the clipboard\. Try again/);
  });
});
