// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AFTER_PAINT_MS, useLibraryQuery } from '../../../../components/library/use-library-query';
import { ClippingsDb, SORT_KEYS_FROM } from '../../../../utils/clippings/db';
import { WARM_CHUNK } from '../../../../utils/clippings/query';
import { importClippings } from '../../../../utils/clippings/store';
import { makeClipping } from '../../clippings/helpers';
import { componentTests } from '../../ui-helpers';

const { mount } = componentTests();
let db: ClippingsDb;
afterEach(() => db.delete());

function Probe() {
  const { page, empty, ready, setFilter, facets, facetsLoaded } = useLibraryQuery(db);
  return (
    <p data-ready={String(ready)} data-empty={String(empty)} data-total={String(page?.total)} data-count={facetsLoaded ? String(facets.count) : ''}>
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
    const none = await openLibrary(0);
    expect(none.shown().dataset.empty).toBe('true');
    // count() walks every record, and IndexedDB would hold the first page (or the next load) behind it.
    expect(some.count).not.toHaveBeenCalled();
    expect(none.count).not.toHaveBeenCalled();
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
});
