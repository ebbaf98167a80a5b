import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ClippingsDb } from '@/utils/clippings/db';
import { forgetOrders, libraryFacets, orderedIds, queryLibrary, type LibraryPage } from '@/utils/clippings/query';
import type { ClippingKind } from '@/utils/clippings/types';
import { LIBRARY_PAINTED, LIBRARY_QUERY } from '@/utils/perf-marks';
import { LIBRARY_SORTS } from './sorts';

export const PAGE_SIZE = 25;

export interface LibraryFilters {
  search: string;
  sortKey: string;
  tag: string;
  site: string;
  kind: '' | ClippingKind;
}
export type Facets = { tags: string[]; sites: string[]; count: number };

const NO_FILTERS: LibraryFilters = { search: '', sortKey: 'saved-desc', tag: '', site: '', kind: '' };

/**
 * What the library shows: the filters, the page of clippings they select, and the filter lists. A
 * filter change goes back to the first page; `refresh()` reads again after a write.
 */
export function useLibraryQuery(db: ClippingsDb) {
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [pageIndex, setPageIndex] = useState(0);
  const [page, setPage] = useState<LibraryPage | null>(null);
  const [facets, setFacets] = useState<Facets>({ tags: [], sites: [], count: 0 });
  const [facetsLoaded, setFacetsLoaded] = useState(false);
  const [version, setVersion] = useState(0);
  const [ready, setReady] = useState(false);
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
    const { search, sortKey, tag, site, kind } = filters;
    const { sort, desc } = LIBRARY_SORTS[sortKey]!;
    void queryLibrary(db, { search, sort, desc, tag: tag || null, site: site || null, kind: kind || null, offset: pageIndex * PAGE_SIZE, limit: PAGE_SIZE }).then((result) => {
      if (run !== seq.current) return;
      setPage(result);
      // What `npm run bench:library` reads: the first page painted, and each query until its results are painted.
      requestAnimationFrame(() =>
        setTimeout(() => {
          if (!painted.current) {
            performance.mark(LIBRARY_PAINTED);
            setReady(true);
            // Fetch the order of all clippings now, so that the first search or filter need not.
            setTimeout(() => void orderedIds(db, 'savedAt', true).catch(() => undefined), 50);
          }
          painted.current = true;
          performance.measure(LIBRARY_QUERY, { start: started, detail: { search, tag, run } });
        }),
      );
    });
  }, [filters, pageIndex, version]);

  // After the first page is painted: the filter lists and the count are not what a reader looks at first.
  useEffect(() => {
    if (ready) void libraryFacets(db).then((f) => (setFacets(f), setFacetsLoaded(true)));
  }, [version, ready]);

  return { filters, setFilter, pageIndex, setPageIndex, page, facets, facetsLoaded, version, refresh };
}
