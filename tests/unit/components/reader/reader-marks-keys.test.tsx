/**
 * The highlight keys act on the selection the reader shows, even when pressed at once: effects run a frame
 * after a render, so a key handler bound in one saw the previous render's selection (none) and the key was
 * lost (the e2e "highlight a live article" test, under load). Keys are pressed here right after the
 * selection's render, with no timer between, so the next frame cannot have come.
 */
import { render } from 'preact';
import { useRef } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleBody } from '@/components/ArticleBody';
import { useReaderMarks } from '@/components/reader/ReaderMarks';
import { useArticleSelection } from '@/components/reader/use-article-selection';
import { NO_MARKS } from '@/components/reader/use-clipping-marks';
import type { Article } from '@/utils/extract/types';
import { selectText } from '../../../select-text';
import { markBackgroundTests } from '../../ui-helpers';

const { mount, db } = markBackgroundTests();

const FIRST = 'the fish market was inspected by a crew of five volunteers';
const SECOND = 'Residents interviewed for this story said';
const TEXT = `In spring ${FIRST}, who counted every crate.\n\n${SECOND} the harbour had never been so clean.`;
const ARTICLE: Article = {
  title: 'A year at the harbour',
  byline: null,
  siteName: null,
  publishedTime: null,
  url: 'https://news.test/harbour',
  canonicalUrl: 'https://news.test/harbour',
  lang: 'en',
  dir: null,
  leadImage: null,
  excerpt: null,
  html: TEXT.split('\n\n').map((p) => `<p>${p}</p>`).join(''),
  text: TEXT,
  wordCount: 30,
  readingMinutes: 1,
};

/** The reader's article with its selection and marks, wired as in entrypoints/reader/Reader.tsx. */
function MarkedArticle() {
  const bodyRef = useRef<HTMLDivElement>(null);
  const selection = useArticleSelection(bodyRef);
  const marks = useReaderMarks({ article: ARTICLE, bodyRef, selection, marks: NO_MARKS });
  return (
    <>
      <ArticleBody html={ARTICLE.html} lang="en" dir={null} bodyRef={bodyRef} />
      {marks.toolbar}
      {marks.panel}
    </>
  );
}

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
  // jsdom lays nothing out: the toolbar is placed at a made-up box
  beforeEach(() => void (Range.prototype.getClientRects = () => [{ top: 300, bottom: 320, left: 100, right: 400, width: 300, height: 20 }] as unknown as DOMRectList));
  afterEach(() => void delete (Range.prototype as Partial<Range>).getClientRects);

  it('h right after the toolbar shows highlights the new selection, after a first highlight saved the live article', async () => {
    mount(<MarkedArticle />);
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
    render(<MarkedArticle />, host); // not in act(): its effects wait for the next frame, as in a busy page
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
    mount(<MarkedArticle />);
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
