// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLibraryQuery } from '../../../../components/library/use-library-query';
import { ClippingsDb } from '../../../../utils/clippings/db';
import { importClippings } from '../../../../utils/clippings/store';
import { makeClipping } from '../../clippings/helpers';
import { componentTests } from '../../ui-helpers';

const { mount } = componentTests();
let db: ClippingsDb;
afterEach(() => db.delete());

function Probe() {
  const { page, facets, ready } = useLibraryQuery(db);
  return <p data-ready={String(ready)} data-count={facets.count}>{page ? `${page.items.length} shown` : 'reading'}</p>;
}

describe('useLibraryQuery', () => {
  it('counts the clippings once the first page is painted, not beside its read', async () => {
    db = new ClippingsDb(`library-query-${Math.random()}`);
    await importClippings(db, [1, 2, 3].map((id) => makeClipping(id)));
    const count = vi.spyOn(db.clippings, 'count');
    // Frames held until the test lets them run: the first page is read and rendered, not yet painted.
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((frame) => frames.push(frame));
    const host = mount(<Probe />);
    const shown = () => host.querySelector('p')!;
    await vi.waitFor(() => expect(shown().textContent).toBe('3 shown'));
    await vi.waitFor(() => expect(frames.length).toBeGreaterThan(0));
    expect(count).not.toHaveBeenCalled();
    expect(shown().dataset.count).toBe('0');
    frames.splice(0).forEach((frame) => frame(performance.now()));
    await vi.waitFor(() => expect(shown().dataset.ready).toBe('true'));
    await vi.waitFor(() => expect(shown().dataset.count).toBe('3'));
    expect(count).toHaveBeenCalledTimes(1);
  });
});
