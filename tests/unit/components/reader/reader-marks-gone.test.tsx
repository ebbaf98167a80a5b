/**
 * A reader showing a clipping that was deleted meanwhile (in the library, on another device) loses nothing:
 * highlighting or editing a note saves the article again with every highlight it shows. A note that could
 * not be stored stays in its editor, and the message says why instead of "Try again".
 */
import { useRef } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { createRef } from 'preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReaderToolbar } from '@/components/reader/ReaderToolbar';
import { ArticleBody } from '@/components/ArticleBody';
import { useReaderMarks } from '@/components/reader/ReaderMarks';
import { useArticleSelection } from '@/components/reader/use-article-selection';
import type { ClippingMarksLoad } from '@/components/reader/use-clipping-marks';
import { articleDraft } from '@/utils/clipping-draft';
import { addHighlight } from '@/utils/clippings/marks';
import { deleteClippings, saveClipping } from '@/utils/clippings/store';
import type { Highlight } from '@/utils/clippings/types';
import type { Article } from '@/utils/extract/types';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { selectText } from '../../../select-text';
import { markBackgroundTests } from '../../ui-helpers';

const { mount, db } = markBackgroundTests();
// jsdom has no ResizeObserver (the toolbar's height: use-toolbar-clearance.ts)
beforeAll(() => void vi.stubGlobal('ResizeObserver', class { observe() {} disconnect() {} }));

const FIRST = 'the otters slid down the bank one after another';
const SECOND = 'The warden counted eleven of them by dusk';
const TEXT = `All afternoon ${FIRST}, into the cold river.\n\n${SECOND}, a record for the reserve.`;
const ARTICLE: Article = {
  title: 'Otters return to the river', byline: null, siteName: null, publishedTime: null,
  url: 'https://news.test/otters', canonicalUrl: 'https://news.test/otters', lang: 'en', dir: null, leadImage: null, excerpt: null,
  html: TEXT.split('\n\n').map((p) => `<p>${p}</p>`).join(''), text: TEXT, wordCount: 30, readingMinutes: 1,
};
const AT = TEXT.indexOf(FIRST);
const STORED: Highlight = {
  id: 'h-first', color: 'green', note: 'lovely',
  quote: { type: 'TextQuoteSelector', exact: FIRST, prefix: 'All afternoon ', suffix: ', into the cold river.' },
  position: { type: 'TextPositionSelector', start: AT, end: AT + FIRST.length },
  createdAt: 1000, updatedAt: 1000,
};

/** The article, its highlights and, as in the reader page, the toolbar that says whether it is in the library. */
function MarkedArticle({ marks }: { marks: ClippingMarksLoad }) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const selection = useArticleSelection(bodyRef);
  const view = useReaderMarks({ article: ARTICLE, bodyRef, selection, marks });
  return (
    <>
      <ReaderToolbar article={ARTICLE} library={view.library} onSaveAgain={view.saveAgain} settings={DEFAULT_SETTINGS} onChange={() => undefined} panelOpen={false}
        onTogglePanel={() => undefined} settingsButton={createRef()} selection={null} onSentence={() => undefined} />
      <ArticleBody html={ARTICLE.html} lang="en" dir={null} bodyRef={bodyRef} />
      {view.toolbar}
      {view.panel}
    </>
  );
}

/** The article saved with its one highlight, then deleted, as the reader still shows it. */
async function deletedUnderTheReader(): Promise<ClippingMarksLoad> {
  const { clippingId } = await addHighlight(db(), { clippingId: null, draft: articleDraft(ARTICLE), highlight: STORED });
  await deleteClippings(db(), [clippingId]);
  expect(await db().clippings.count()).toBe(0);
  return { clippingId, highlights: [STORED], progress: null };
}

const settle = () => act(async () => void (await new Promise((resolve) => setTimeout(resolve, 60))));
const button = (text: string) => [...document.querySelectorAll('button')].find((b) => b.textContent === text || b.getAttribute('aria-label') === text)!;
const storedMarks = async () => (await db().clippings.toArray()).map((c) => c.highlights.map((h) => [h.quote.exact, h.note]));
const alertText = () => document.querySelector('[role="alert"]')?.textContent ?? null;

describe('a clipping deleted while the reader shows it', () => {
  beforeEach(() => void (Range.prototype.getClientRects = () => [{ top: 300, bottom: 320, left: 100, right: 400, width: 300, height: 20 }] as unknown as DOMRectList));
  afterEach(() => void delete (Range.prototype as Partial<Range>).getClientRects);

  it('a new highlight saves the article again, with the highlights the reader still shows', async () => {
    mount(<MarkedArticle marks={await deletedUnderTheReader()} />);
    await settle();
    selectText(['.cr-article-body', SECOND]);
    document.dispatchEvent(new Event('selectionchange'));
    await settle();
    await act(async () => button('Yellow highlight').click());
    await vi.waitFor(async () => expect(await storedMarks()).toEqual([[[FIRST, 'lovely'], [SECOND, '']]]));
    expect(alertText()).toBeNull();
  });

  it('a note edited on it saves the article again with the note', async () => {
    mount(<MarkedArticle marks={await deletedUnderTheReader()} />);
    await settle();
    await act(async () => button('Edit note').click());
    const area = document.querySelector<HTMLTextAreaElement>('.cr-mark-note-form textarea')!;
    await act(async () => {
      area.value = 'lovely, and fast';
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => button('Save note').click());
    await vi.waitFor(async () => expect(await storedMarks()).toEqual([[[FIRST, 'lovely, and fast']]]));
    expect(alertText()).toBeNull();
  });
});

describe('a clipping deleted elsewhere while the reader shows it (another tab, a sync)', () => {
  const libraryChanged = () => act(async () => void (await fakeBrowser.runtime.onMessage.trigger({ type: 'library-changed' }, {}, () => undefined)));
  const toolbarSays = () => document.querySelector('.reader-saved')?.textContent ?? null;

  it('says so when the library changes, and Save again stores the article with the highlights it shows', async () => {
    const { clippingId } = await addHighlight(db(), { clippingId: null, draft: articleDraft(ARTICLE), highlight: STORED });
    mount(<MarkedArticle marks={{ clippingId, highlights: [STORED], progress: null }} />);
    await settle();
    await libraryChanged(); // a change to another clipping
    await settle();
    expect(toolbarSays()).toBe('In your library');
    await deleteClippings(db(), [clippingId]);
    await libraryChanged();
    await vi.waitFor(() => expect(toolbarSays()).toBe('Removed from your library'));
    await act(async () => button('Save again').click());
    await vi.waitFor(async () => expect(await storedMarks()).toEqual([[[FIRST, 'lovely']]]));
    await vi.waitFor(() => expect(toolbarSays()).toBe('In your library'));
    await libraryChanged(); // the save's own change: the new clipping is this one
    await settle();
    expect(toolbarSays()).toBe('In your library');
    expect(button('Save again')).toBeUndefined();
  });
});

describe('a saved selection in the reader', () => {
  it('stays in the library when the library changes, though the page is saved whole too (its address finds the page\'s clipping)', async () => {
    await addHighlight(db(), { clippingId: null, draft: articleDraft(ARTICLE), highlight: STORED });
    const { id } = await saveClipping(db(), { ...articleDraft(ARTICLE), kind: 'selection', html: `<p>${SECOND}</p>`, text: SECOND });
    mount(<MarkedArticle marks={{ clippingId: id, highlights: [], progress: null }} />);
    await settle();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'library-changed' }, {}, () => undefined);
    await settle();
    expect(document.querySelector('.reader-saved')?.textContent).toBe('In your library');
    await deleteClippings(db(), [id]);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'library-changed' }, {}, () => undefined);
    await vi.waitFor(() => expect(document.querySelector('.reader-saved')?.textContent).toBe('Removed from your library'));
  });
});

describe('a note that could not be stored', () => {
  it('stays in its open editor, and the message says why (a full disk: no "Try again")', async () => {
    const { clippingId } = await addHighlight(db(), { clippingId: null, draft: articleDraft(ARTICLE), highlight: STORED });
    const background = vi.mocked(browser.runtime.sendMessage).getMockImplementation()!;
    vi.mocked(browser.runtime.sendMessage).mockImplementation(((message: { type: string }) =>
      message.type === 'update-highlight' ? Promise.resolve({ ok: false, error: 'quota', message: 'QuotaExceededError' }) : (background as (m: unknown) => unknown)(message)) as never);
    mount(<MarkedArticle marks={{ clippingId, highlights: [STORED], progress: null }} />);
    await settle();
    await act(async () => button('Edit note').click());
    const area = document.querySelector<HTMLTextAreaElement>('.cr-mark-note-form textarea')!;
    await act(async () => {
      area.value = 'a long note the reader typed';
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => button('Save note').click());
    await settle();
    expect(document.querySelector<HTMLTextAreaElement>('.cr-mark-note-form textarea')?.value).toBe('a long note the reader typed');
    expect(alertText()).toMatch(/^Not done: your browser's storage is full/);
    expect(await storedMarks()).toEqual([[[FIRST, 'lovely']]]);
  });
});
