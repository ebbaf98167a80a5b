/**
 * The highlight keys act on the selection the reader shows, even when pressed at once: effects run a frame
 * after a render, so a key handler bound in one saw the previous render's selection (none) and the key was
 * lost (the e2e "highlight a live article" test, under load). Keys are pressed here right after the
 * selection's render, with no timer between, so the next frame cannot have come.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { selectText } from '../../../select-text';
import { markBackgroundTests } from '../../ui-helpers';
import { articleOf, layOutSelections, MarkedArticle } from './marked-article';

const { mount, db } = markBackgroundTests();

const FIRST = 'the fish market was inspected by a crew of five volunteers';
const SECOND = 'Residents interviewed for this story said';
const TEXT = `In spring ${FIRST}, who counted every crate.\n\n${SECOND} the harbour had never been so clean.`;
const ARTICLE = articleOf('A year at the harbour', 'https://news.test/harbour', TEXT);
const MarkedHarbour = () => <MarkedArticle article={ARTICLE} />;

/** Selects `text` in the article and tells the page at once (jsdom would say so a task later). */
function select(text: string) {
  selectText(['.cr-article-body', text]);
  document.dispatchEvent(new Event('selectionchange'));
}

const toolbar = () => document.querySelector('[role="toolbar"]');
const press = (key: string) => document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
const settle = () => act(async () => void (await new Promise((resolve) => setTimeout(resolve, 60))));
const stored = async () => (await db().clippings.toArray()).map((c) => c.highlights.map((h) => [h.color, h.quote.exact]));

describe('the highlight keys on a selection made just now', () => {
  layOutSelections();

  it('h right after the toolbar shows highlights the new selection, after a first highlight saved the live article', async () => {
    mount(<MarkedHarbour />);
    select(FIRST);
    await settle();
    await act(async () => (toolbar()!.querySelector('[aria-label="Green highlight"]') as HTMLButtonElement).click());
    await vi.waitFor(async () => expect(await stored()).toEqual([[['green', FIRST]]]));
    await vi.waitFor(() => expect(toolbar()).toBeNull());
    await settle();

    select(SECOND);
    await Promise.resolve(); // the selection's render, not the frame after it
    expect(toolbar()).not.toBeNull();
    press('h');
    await vi.waitFor(async () => expect(await stored()).toEqual([[['green', FIRST], ['yellow', SECOND]]]));
  });

  it('a selection made as the article first renders shows the toolbar, and h acts on it', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    render(<MarkedHarbour />, host); // not in act(): its effects wait for the next frame, as in a busy page
    try {
      select(FIRST);
      await Promise.resolve();
      expect(toolbar()).not.toBeNull();
      press('h');
      await vi.waitFor(async () => expect(await stored()).toEqual([[['yellow', FIRST]]]));
    } finally {
      act(() => render(null, host));
    }
  });

  it('n then typing at once: what is typed before the note editor opens starts the note, and no letter acts as a key', async () => {
    mount(<MarkedHarbour />);
    select(FIRST);
    await Promise.resolve();
    press('n');
    // typed while the highlight is being stored: t, h and n would move into the toolbar or highlight again if read as keys
    for (const key of ['t', 'h', 'e', 'x', 'Backspace', ' ', 'n', 'b']) press(key);
    const area = await vi.waitFor(() => {
      const found = document.querySelector<HTMLTextAreaElement>('.cr-mark-note-form textarea');
      expect(found).not.toBeNull();
      return found!;
    });
    expect(area.value).toBe('the nb');
    expect(document.activeElement).toBe(area);
    expect(area.selectionStart).toBe(6);
    expect(await stored()).toEqual([[['yellow', FIRST]]]);
    // an editor opened later from its button starts from the note alone
    await act(async () => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')!.click());
    await act(async () => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Add note')!.click());
    expect(document.querySelector<HTMLTextAreaElement>('.cr-mark-note-form textarea')!.value).toBe('');
  });
});
