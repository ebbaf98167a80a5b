// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useWordPairsFill } from '../../../../components/library/use-word-pairs-fill';
import { ClippingsDb, clippingIndex, indexMany, SORT_KEYS_FROM, WORD_PAIRS_FROM } from '../../../../utils/clippings/db';
import { makeClipping } from '../../clippings/helpers';
import { componentTests } from '../../ui-helpers';

const { mount } = componentTests();
let db: ClippingsDb;
afterEach(() => db.delete());

function Probe({ start }: { start: boolean }) {
  const progress = useWordPairsFill(db, start);
  return <p>{progress ? `${progress.message} ${progress.seen}` : 'none'}</p>;
}

describe('useWordPairsFill', () => {
  it('fills what the upgrades left, the word pairs then the sort keys, with the progress of each, then nothing', async () => {
    db = new ClippingsDb(`upgrade-fill-${Math.random()}`);
    const clippings = Array.from({ length: 600 }, (_, i) => makeClipping(i + 1, { text: `harbour ledger part ${i} `.repeat(30) }));
    await db.transaction('rw', [db.clippings, db.search, db.postings], async () => {
      await db.clippings.bulkAdd(clippings);
      await indexMany(db, clippings.map((c) => ({ id: c.id, words: clippingIndex(c).words })));
    });
    // As an upgrade from v5 leaves it: rows without pairs, no sort keys, both marks at the first id.
    await db.sortKeys.clear();
    await db.meta.bulkPut([{ name: WORD_PAIRS_FROM, value: 0 }, { name: SORT_KEYS_FROM, value: 0 }]);
    const host = mount(<Probe start />);
    const seen: string[] = [];
    await vi.waitFor(() => {
      const text = host.querySelector('p')!.textContent!;
      if (seen.at(-1) !== text) seen.push(text);
      expect(text).toBe('none');
      expect(seen.length).toBeGreaterThan(2);
    }, { timeout: 20_000, interval: 1 });
    expect(seen).toContain('libraryPairsFill 100');
    expect(seen).toContain('librarySortKeysFill 250');
    expect(seen.indexOf('librarySortKeysFill 250')).toBeGreaterThan(seen.indexOf('libraryPairsFill 100'));
    expect(await db.meta.count()).toBe(0);
    expect((await db.search.toArray()).every((row) => row.pairs)).toBe(true);
    expect((await db.sortKeys.get(0))?.savedAt[600]).toBe(clippings[599]!.savedAt);
  }, 30_000);

  it('waits for the first page (start) before filling', async () => {
    db = new ClippingsDb(`upgrade-fill-${Math.random()}`);
    await db.meta.put({ name: SORT_KEYS_FROM, value: 0 });
    const host = mount(<Probe start={false} />);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(host.querySelector('p')!.textContent).toBe('none');
    expect(await db.meta.get(SORT_KEYS_FROM)).toBeDefined();
  });
});
