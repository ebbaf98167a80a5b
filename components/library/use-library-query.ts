import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { onEvent } from '@/utils/browser/events';
import type { ClippingsDb } from '@/utils/clippings/db';
import { libraryFacets } from '@/utils/clippings/facets';
import { forgetOrders, queryLibrary, warmUp, type LibraryPage } from '@/utils/clippings/query';
import type { ClippingKind, ClippingState } from '@/utils/clippings/types';
import { LIBRARY_PAINTED, LIBRARY_PHASES, LIBRARY_QUERY } from '@/utils/perf-marks';
import { LIBRARY_SORTS } from './sorts';

export const PAGE_SIZE = 25;
/** Changes made elsewhere in a burst (the background already coalesces its commits) become one read. */
export const CHANGED_ELSEWHERE_MS = 250;
/**
 * The count, the filter lists and the order of all clippings (for later searches and pages) are read this long
 * after the first paint, a query meanwhile putting them off until this long after its own paint: the order reads
 * every key of the library (~120 ms at 10,000 on a quiet machine, ~1 s at 30,000 under load), and Chromium runs a
 * database's requests in turn, so a library reloaded meanwhile could not open the database before that read ended
 * (first page 1.0–1.3 s instead of 0.35–0.4 s at load 12–16). The order is then read in chunks (query.ts `orderedIds`
 * inChunks), so a search typed or a save made meanwhile waits for one chunk, not for all of it. A search before it is
 * read takes the head of the sort's order, in chunks, for its page (query.ts `pageFromHead`), or its matches' records
 * when they are few or small, and the whole order only when neither holds it.
 */
export const AFTER_PAINT_MS = 500;

export interface LibraryFilters {
  search: string;
  sortKey: string;
  tag: string;
  site: string;
  kind: '' | ClippingKind;
  state: '' | ClippingState;
  hasHighlights: boolean;
}
export type Facets = { tags: string[]; sites: string[]; count: number };

const NO_FILTERS: LibraryFilters = { search: '', sortKey: 'saved-desc', tag: '', site: '', kind: '', state: '', hasHighlights: false };

/**
 * What the library shows: the filters, the page of clippings they select, and the filter lists. A
 * filter change goes back to the first page; `refresh()` reads again after a write, and so does a
 * `library-changed` event (a save from the popup, a sync): the same filters, page, selection and scroll.
 */
export function useLibraryQuery(db: ClippingsDb) {
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [pageIndex, setPageIndex] = useState(0);
  const [page, setPage] = useState<LibraryPage | null>(null);
  const [facets, setFacets] = useState<Facets>({ tags: [], sites: [], count: 0 });
  const [facetsLoaded, setFacetsLoaded] = useState(false);
  const [version, setVersion] = useState(0);
  const [ready, setReady] = useState(false);
  const [settled, setSettled] = useState(false);
  /**
   * Whether the library is empty, known from its first page until the facets bring the count. No count() when the
   * library opens: Chromium's IndexedDB runs a database's requests one after the other (read-only ones too), and
   * count() walks every record (0.5–0.9 s at 30,000 clippings under load). Beside the first page's read it held the
   * 25 rows back (that step 186 ms instead of ~10 on a quiet machine); right after the paint it held back the next
   * load of the page (a reload's open waited 250–590 ms for it in a probe). The export buttons wait for this, not
   * for the count: a hidden tab holds the facets' timer back for seconds.
   */
  const [firstPageEmpty, setFirstPageEmpty] = useState<boolean | null>(null);
  const settleTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const settledRef = useRef(false);
  /** Reads what waits for the reader to pause after the first paint: the facets (through `settled`), and (`warmUp`) the order of all clippings. */
  const settle = () => {
    settledRef.current = true;
    setSettled(true);
    void warmUp(db).catch(() => undefined);
  };
  const seq = useRef(0);
  const painted = useRef(false);

  const refresh = () => {
    forgetOrders(db);
    setVersion((v) => v + 1);
  };
  const setFilter = <K extends keyof LibraryFilters>(key: K, value: LibraryFilters[K]) => {
    setFilters((old) => (old[key] === value ? old : { ...old, [key]: value }));
    setPageIndex(0);
  };

  useLayoutEffect(() => {
    const run = ++seq.current;
    const started = performance.now();
    const { search, sortKey, tag, site, kind, state, hasHighlights } = filters;
    const { sort, desc } = LIBRARY_SORTS[sortKey]!;
    const query = { search, sort, desc, tag: tag || null, site: site || null, kind: kind || null, state: state || null, hasHighlights };
    clearTimeout(settleTimer.current);
    void queryLibrary(db, { ...query, offset: pageIndex * PAGE_SIZE, limit: PAGE_SIZE }).then((result) => {
      if (run !== seq.current) return;
      if (!painted.current) performance.mark(LIBRARY_PHASES.read);
      if (run === 1) setFirstPageEmpty(result.items.length === 0);
      setPage(result);
      // What `npm run bench:library` reads: the first page painted, and each query until its results are painted.
      requestAnimationFrame(() =>
        setTimeout(() => {
          if (!painted.current) {
            performance.mark(LIBRARY_PAINTED);
            setReady(true);
          }
          // A moment later (if no query came meanwhile) the facets, and the order of all clippings.
          if (!settledRef.current && run === seq.current) settleTimer.current = setTimeout(settle, AFTER_PAINT_MS);
          painted.current = true;
          performance.measure(LIBRARY_QUERY, { start: started, detail: { search, tag, run } });
          // A phrase search shown before all its candidates were checked: counted now that its page is painted.
          result.count?.(() => run !== seq.current).then((total) => run === seq.current && setPage({ ...result, total, count: undefined }), () => undefined);
        }),
      );
    });
  }, [filters, pageIndex, version]);

  // Changed elsewhere: read again, a moment later (one read for a burst); a hidden library when it is shown again.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stale = false;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(refresh, CHANGED_ELSEWHERE_MS);
    };
    const stop = onEvent('library-changed', () => (document.hidden ? (stale = true) : later()));
    const shown = () => void (!document.hidden && stale && ((stale = false), later()));
    document.addEventListener('visibilitychange', shown);
    return () => (stop(), clearTimeout(timer), document.removeEventListener('visibilitychange', shown));
  }, []);

  // A moment after the first page is painted: the filter lists and the count are not what a reader looks at first.
  useEffect(() => {
    if (settled) void libraryFacets(db).then((f) => (setFacets(f), setFacetsLoaded(true)));
  }, [version, settled]);

  /** Empty, or not yet known not to be (the exports stay off until then). */
  const empty = facetsLoaded ? facets.count === 0 : firstPageEmpty !== false;
  return { filters, setFilter, pageIndex, setPageIndex, page, facets, facetsLoaded, empty, version, refresh, ready };
}
