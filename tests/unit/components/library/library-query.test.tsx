// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AFTER_PAINT_MS, cardsOnScreen, CARD_MIN_PX, useLibraryQuery } from '../../../../components/library/use-library-query';
import { ClippingsDb, SORT_KEYS_FROM } from '../../../../utils/clippings/db';
import { WARM_CHUNK } from '../../../../utils/clippings/query';
import { saveProgress } from '../../../../utils/clippings/marks';
import { importClippings } from '../../../../utils/clippings/store';
import { makeClipping } from '../../clippings/helpers';
import { componentTests } from '../../ui-helpers';

const { mount } = componentTests();
let db: ClippingsDb;
afterEach(() => db.delete());

function Probe() {
  const { page, empty, knownEmpty, ready, setFilter, facets, facetsLoaded } = useLibraryQuery(db);
  return (
    <p data-ready={String(ready)} data-empty={String(empty)} data-known-empty={String(knownEmpty)} data-total={String(page?.total)} data-count={facetsLoaded ? String(facets.count) : ''}>
      {page ? `${page.items.length} shown` : 'reading'}
      <button type="button" onClick={() => setFilter('search', '"story number"')}>phrase</button>
      <button type="button" onClick={() => setFilter('search', 'story ')}>word</button>
    </p>
  );
}

async function openLibrary(clippings: number) {
  db = new ClippingsDb(`library-query-${Math.random()}`);
  if (clippings) await importClippings(db, Array.from({ length: clippings }, (_, i) => makeClipping(i + 1)));
  const count = vi.spyOn(db.clippings, 'count');
  const host = mount(<Probe />);
  const shown = () => host.querySelector('p')!;
  await vi.waitFor(() => expect(shown().dataset.ready).toBe('true'));
  return { host, shown, count };
}

describe('useLibraryQuery', () => {
  it('knows from the first page whether the library is empty, and counts nothing as it opens', async () => {
    const some = await openLibrary(3);
    expect(some.shown().textContent).toContain('3 shown');
    expect(some.shown().dataset.empty).toBe('false');
    expect(some.shown().dataset.knownEmpty).toBe('false');
    const none = await openLibrary(0);
    expect(none.shown().dataset.empty).toBe('true');
    expect(none.shown().dataset.knownEmpty).toBe('true');
    // count() walks every record, and IndexedDB would hold the first page (or the next load) behind it.
    expect(some.count).not.toHaveBeenCalled();
    expect(none.count).not.toHaveBeenCalled();
  });

  it('does not call the library empty (the first-run page) before its first page is read: the exports stay off meanwhile', async () => {
    db = new ClippingsDb(`library-query-${Math.random()}`);
    await importClippings(db, [makeClipping(1)]);
    const host = mount(<Probe />);
    const shown = () => host.querySelector('p')!;
    expect(shown().textContent).toContain('reading');
    expect([shown().dataset.empty, shown().dataset.knownEmpty]).toEqual(['true', 'false']);
    await vi.waitFor(() => expect(shown().dataset.ready).toBe('true'));
    expect([shown().dataset.empty, shown().dataset.knownEmpty]).toEqual(['false', 'false']);
  });

  it("shows a phrase search's page, then its total once the other candidates are checked", async () => {
    const { host, shown } = await openLibrary(130);
    act(() => host.querySelector<HTMLButtonElement>('button:first-of-type')!.click());
    await vi.waitFor(() => expect(shown().dataset.total).toBe('130'), { timeout: 5_000 });
    expect(shown().textContent).toContain('25 shown');
  });

  it('answers a search made right after opening without reading the order of the whole library, nor reads it once the reader pauses', async () => {
    const getAllKeys = vi.spyOn(IDBIndex.prototype, 'getAllKeys');
    // The keys of this library's clippings in one index, all of them or the warm-up's chunk (earlier tests' libraries read theirs too).
    const wholeOrder = () => getAllKeys.mock.calls.filter((args, i) => {
      const store = (getAllKeys.mock.contexts[i] as IDBIndex).objectStore;
      return (args.length === 0 || args[1] === WARM_CHUNK) && store.name === 'clippings' && store.transaction.db.name === db.name;
    }).length;
    const { host, shown } = await openLibrary(130);
    act(() => host.querySelector<HTMLButtonElement>('button:last-of-type')!.click());
    await vi.waitFor(() => expect(shown().dataset.total).toBe('130'));
    expect(shown().textContent).toContain('25 shown');
    // Chromium runs a database's requests in turn: a read of every key here would hold this search (and the next) behind it.
    // Once the reader pauses, the count comes from the sort-key rows, and the order is not read: searches sort from the rows.
    await vi.waitFor(() => expect(shown().dataset.count).toBe('130'), { timeout: AFTER_PAINT_MS * 4 });
    await new Promise((resolve) => setTimeout(resolve, AFTER_PAINT_MS));
    expect(wholeOrder()).toBe(0);
    getAllKeys.mockRestore();
  });

  it('while the sort keys are filled after an upgrade, reads the order in chunks once the reader pauses, and counts it', async () => {
    const getAllKeys = vi.spyOn(IDBIndex.prototype, 'getAllKeys');
    const chunks = () => getAllKeys.mock.calls.filter((args, i) => args[1] === WARM_CHUNK && (getAllKeys.mock.contexts[i] as IDBIndex).objectStore.transaction.db.name === db.name).length;
    db = new ClippingsDb(`library-query-${Math.random()}`);
    await importClippings(db, Array.from({ length: 130 }, (_, i) => makeClipping(i + 1)));
    await db.meta.put({ name: SORT_KEYS_FROM, value: 0 });
    const host = mount(<Probe />);
    const shown = () => host.querySelector('p')!;
    await vi.waitFor(() => expect(shown().dataset.count).toBe('130'), { timeout: AFTER_PAINT_MS * 4 });
    expect(chunks()).toBe(1);
    getAllKeys.mockRestore();
  });

  it('paints a new query\'s first screen of cards, then the rest of its page; the same query read again, or one asked from the list, whole', async () => {
    db = new ClippingsDb(`library-query-${Math.random()}`);
    await importClippings(db, Array.from({ length: 130 }, (_, i) => makeClipping(i + 1)));
    /** The number of cards of each list of them rendered (a count shown after keeps its list). */
    const shownCounts: number[] = [];
    /** How many of each list's cards were to be laid out with the page (the window's, not content-visibility's place-holder). */
    const screenCards: number[] = [];
    let refresh = () => {};
    let lastPage: unknown = null;
    function ListProbe() {
      const query = useLibraryQuery(db);
      refresh = query.refresh;
      if (query.page && query.page.items !== lastPage) (shownCounts.push(query.page.items.length), screenCards.push(query.screenCards));
      lastPage = query.page?.items;
      return (
        <div data-ready={String(query.ready)} data-total={String(query.page?.total)}>
          <button type="button" id="word" onClick={() => query.setFilter('search', 'story ')}>word</button>
          <button type="button" id="phrase" onClick={() => query.setFilter('search', '"story number"')}>phrase</button>
          <ul ref={query.listRef}>
            {query.page?.items.map((c) => <li key={c.id}>{c.title}</li>)}
            <li><button type="button" id="in-list" onClick={() => query.setFilter('search', 'things ')}>tag</button></li>
          </ul>
        </div>
      );
    }
    const host = mount(<ListProbe />);
    const cards = () => host.querySelectorAll('li').length - 1;
    // jsdom lays nothing out: the list's top is 0 in a window of 768 px.
    const onScreen = cardsOnScreen(0, window.innerHeight);
    expect(onScreen).toBeLessThan(25);
    const after = async (act_: () => void, total: string) => {
      shownCounts.length = 0;
      act(act_);
      await vi.waitFor(() => expect([shownCounts.at(-1), cards(), host.querySelector('div')!.dataset.total]).toEqual([25, 25, total]), { timeout: 5_000 });
      return shownCounts;
    };
    // The library opening, a word, a phrase (its total counted once its whole page is shown).
    await vi.waitFor(() => expect(cards()).toBe(25));
    expect(shownCounts).toEqual([onScreen, 25]);
    // the window's cards known from their first render on, not a render after
    expect(screenCards).toEqual([onScreen, onScreen]);
    expect(await after(() => host.querySelector<HTMLButtonElement>('#word')!.click(), '130')).toEqual([onScreen, 25]);
    expect(await after(() => host.querySelector<HTMLButtonElement>('#phrase')!.click(), '130')).toEqual([onScreen, 25]);
    // Read again after a change: whole, as it was.
    expect(await after(() => refresh(), '130')).toEqual([25]);
    // Asked from a card (the focus is in the list): whole, so that no card holding the focus is taken away.
    const inList = host.querySelector<HTMLButtonElement>('#in-list')!;
    inList.focus();
    expect(await after(() => inList.click(), '130')).toEqual([25]);
    // a page shown whole keeps the window's cards as last measured
    expect(screenCards.at(-1)).toBe(onScreen);
  });

  it('shows the clippings in progress in the same frame as the first page, and again after a change', async () => {
    db = new ClippingsDb(`library-query-${Math.random()}`);
    await importClippings(db, Array.from({ length: 3 }, (_, i) => makeClipping(i + 1)));
    await saveProgress(db, { clippingId: 2, progress: { fraction: 0.4, anchor: null, updatedAt: 1 } });
    // What each render shows: the cards and the clippings in progress above them.
    const renders: Array<[number | null, number[]]> = [];
    let refresh = () => {};
    function Shown() {
      const query = useLibraryQuery(db);
      refresh = query.refresh;
      renders.push([query.page?.items.length ?? null, query.inProgress.map((c) => c.id)]);
      return null;
    }
    mount(<Shown />);
    await vi.waitFor(() => expect(renders.at(-1)).toEqual([3, [2]]));
    // Never the cards without what is above them: that frame moved them once the rest came.
    expect(renders.filter(([cards]) => cards !== null).every(([, reading]) => reading.length === 1)).toBe(true);
    await saveProgress(db, { clippingId: 3, progress: { fraction: 0.5, anchor: null, updatedAt: 2 } });
    act(() => refresh());
    await vi.waitFor(() => expect(renders.at(-1)![1]).toEqual([3, 2]));
  });

  it("brings the library's count and the page's total with the first page's cards, not after the facets' pause; each filter its own total", async () => {
    db = new ClippingsDb(`library-query-${Math.random()}`);
    await importClippings(db, Array.from({ length: 130 }, (_, i) => makeClipping(i + 1, { tags: i % 5 === 0 ? ['harbour'] : [] })));
    /** Each render with cards: how many, the page's total, the library's count, and whether the facets were read. */
    const renders: Array<[number, number | null, number | null, boolean]> = [];
    let setFilter: ReturnType<typeof useLibraryQuery>['setFilter'] = () => {};
    function Counts() {
      const query = useLibraryQuery(db);
      setFilter = query.setFilter;
      if (query.page) renders.push([query.page.items.length, query.page.total, query.libraryCount, query.facetsLoaded]);
      return null;
    }
    mount(<Counts />);
    await vi.waitFor(() => expect(renders.length).toBeGreaterThan(0));
    // The first render with cards already says 130 (the range "1–25 of 130" and the pager), the facets not read yet.
    expect(renders[0]!.slice(1)).toEqual([130, 130, false]);
    const totalOf = async (key: Parameters<typeof setFilter>[0], value: string) => {
      act(() => setFilter(key, value as never));
      await vi.waitFor(() => expect(renders.at(-1)![0]).toBeGreaterThan(0));
      await new Promise((resolve) => setTimeout(resolve, 50));
      return renders.at(-1)!.slice(1, 3);
    };
    // Site 3: ids 3, 10 … 129 (19); the tag on ids 1, 6 … 126 (26); a word in every text; a title's word in one.
    expect(await totalOf('site', 'Site 3')).toEqual([19, 130]);
    expect(await totalOf('site', '')).toEqual([130, 130]);
    expect(await totalOf('tag', 'harbour')).toEqual([26, 130]);
    expect(await totalOf('tag', '')).toEqual([130, 130]);
    expect(await totalOf('search', 'things ')).toEqual([130, 130]);
    expect(await totalOf('search', 'number 77 ')).toEqual([1, 130]);
    expect(await totalOf('search', '')).toEqual([130, 130]);
  });

  it('shows the count with the cards a write brings, in the same render, before and after the count was first read', async () => {
    db = new ClippingsDb(`library-query-${Math.random()}`);
    /** Each render's cards and the header's count ('' while not read: the header says "…"). */
    const renders: Array<[number | null, string]> = [];
    let refresh = () => {};
    let ready = false;
    function Header() {
      const query = useLibraryQuery(db);
      refresh = query.refresh;
      ready = query.ready;
      renders.push([query.page?.items.length ?? null, query.facetsLoaded ? String(query.facets.count) : '']);
      return null;
    }
    mount(<Header />);
    // The first page painted (a write before that is read with the page alone: no count beside the first read).
    await vi.waitFor(() => expect(ready).toBe(true));
    expect(renders.at(-1)![0]).toBe(0);
    // An import right after the library opened (before its count is first read): the cards come with their count.
    await importClippings(db, [makeClipping(1), makeClipping(2)]);
    act(() => refresh());
    await vi.waitFor(() => expect(renders.at(-1)![0]).toBe(2));
    expect(renders.at(-1)).toEqual([2, '2']);
    // Once counted, and the reader has paused (the count's own read, which must not undo a newer one), a write's cards and
    // count change together: never the new cards beside the old count, nor the reverse.
    await new Promise((resolve) => setTimeout(resolve, AFTER_PAINT_MS * 2));
    await importClippings(db, [makeClipping(3)]);
    act(() => refresh());
    await vi.waitFor(() => expect(renders.at(-1)).toEqual([3, '3']));
    expect(renders.filter(([cards, count]) => cards !== null && count !== '' && String(cards) !== count)).toEqual([]);
  });

  it('counts the cards of a first screen from the list\'s top to the window\'s bottom at their least height, and one more', () => {
    expect(cardsOnScreen(300, 900)).toBe(Math.ceil(600 / CARD_MIN_PX) + 1);
    // Scrolled down the list (its top above the window): as many as reach the window's bottom.
    expect(cardsOnScreen(-2_000, 800)).toBe(Math.ceil(2_800 / CARD_MIN_PX) + 1);
    // The list below the window: one.
    expect(cardsOnScreen(1_000, 800)).toBe(1);
  });
});
