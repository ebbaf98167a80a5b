import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { onEvent } from '@/utils/browser/events';
import type { ClippingsDb } from '@/utils/clippings/db';
import { libraryFacets } from '@/utils/clippings/facets';
import { fillPairMemoryWhile, forgetPairs, pairMemorySize } from '@/utils/clippings/pair-memory';
import { forgetOrders, queryLibrary, warmUp, type LibraryPage } from '@/utils/clippings/query';
import type { Clipping, ClippingKind, ClippingState } from '@/utils/clippings/types';
import { LIBRARY_PAINTED, LIBRARY_PHASES, LIBRARY_QUERY } from '@/utils/perf-marks';
import { clippingsInProgress } from './ContinueReading';
import { LIBRARY_SORTS } from './sorts';

export const PAGE_SIZE = 25;
/** A measure of each fill of the word pairs' memory that read to its end (detail: `pairMemorySize`), for the benches. */
export const LIBRARY_PAIRS_HELD = 'cr-library-pairs-held';
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

/**
 * How long the library is quiet after a query's reads (the first page's too) before the word pairs' memory is filled
 * (utils/clippings/pair-memory.ts; ~1–2 s of requests at 30,000 clippings under load), as the other reads that wait for
 * a pause. A query or a save made during the fill waits for the request under way: begun 2 s after a query instead, the
 * fill ran into the A/B's phrase 5 s after opening (3.3–4.0× main's at load ~20) rather than its save 1 s after opening.
 */
export const PAIR_FILL_QUIET_MS = AFTER_PAINT_MS;

/**
 * The least a card is high (CSS px): padding, site, a one-line title, no excerpt, the date and the action buttons (~130
 * at any width; a narrower window only wraps them onto more lines).
 */
export const CARD_MIN_PX = 120;

/**
 * How many cards can show from the list's top (`listTop`, in the window) to the window's bottom, and one more: a new
 * query's first screen, read and painted before the rest of its page. At the least height a card has, they reach past
 * the window's bottom: the rest come in below it, and the page is as tall as the window at least (no scroll bar comes or
 * goes, and a reader scrolled down the list stays where they are).
 */
export function cardsOnScreen(listTop: number, windowHeight: number): number {
  return Math.max(1, Math.ceil((windowHeight - listTop) / CARD_MIN_PX) + 1);
}

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
  const [inProgress, setInProgress] = useState<Clipping[]>([]);
  /** The version of the library the clippings in progress were read at. */
  const inProgressRead = useRef(-1);
  const [version, setVersion] = useState(0);
  const [ready, setReady] = useState(false);
  /**
   * Whether the library is empty, known from its first page until the facets bring the count. No count() when the
   * library opens: Chromium's IndexedDB runs a database's requests one after the other (read-only ones too), and
   * count() walks every record (0.5–0.9 s at 30,000 clippings under load). Beside the first page's read it held the
   * 25 rows back (that step 186 ms instead of ~10 on a quiet machine); right after the paint it held back the next
   * load of the page (a reload's open waited 250–590 ms for it in a probe). The export buttons wait for this, not
   * for the count: a hidden tab holds the facets' timer back for seconds.
   */
  const [firstPageEmpty, setFirstPageEmpty] = useState<boolean | null>(null);
  /**
   * The library's count as an unfiltered page's total brought it (LibraryPage.total, from the sort-key rows, read with the
   * page), until the facets bring theirs: the header's count comes with the cards, not a timer's pause after them.
   */
  const [pageCount, setPageCount] = useState<number | null>(null);
  const settling = useSettle(db);
  const facets = useFacets(db, settling.settled, version);
  const pairFill = usePairFill(db);
  const seq = useRef(0);
  const painted = useRef(false);
  /** The list of cards (Library.tsx), whose place in the window says how many cards a first screen holds. */
  const listRef = useRef<HTMLUListElement>(null);
  /**
   * How many cards from the list's top the window holds (`cardsOnScreen`, as the last new query measured): laid out with
   * the page, never in content-visibility's place-holding height (ClippingCard's `inFirstScreen`).
   */
  const [screenCards, setScreenCards] = useState(0);
  /** The query last read: the same one read again (a refresh) is shown whole, as it was. */
  const lastQuery = useRef<{ filters: LibraryFilters; pageIndex: number } | null>(null);

  /** Reads the query again after a change heard (Dexie's event has already told the pair memory what changed). */
  const reread = () => {
    forgetOrders(db);
    setVersion((v) => v + 1);
  };
  /**
   * Reads the query again after a write this page asked for: the background's reply may come before Dexie's event, so
   * the word pairs' memory is forgotten too (it fills again once the reader pauses).
   */
  const refresh = () => {
    forgetPairs(db);
    reread();
  };
  const setFilter = <K extends keyof LibraryFilters>(key: K, value: LibraryFilters[K]) => {
    setFilters((old) => (old[key] === value ? old : { ...old, [key]: value }));
    setPageIndex(0);
  };

  useLayoutEffect(() => {
    const run = ++seq.current;
    const started = performance.now();
    const { search, tag } = filters;
    const unfiltered = !isFiltered(filters);
    settling.putOff();
    // A new query reads and paints the cards of the window first, then the rest of its page (and then a phrase's count).
    // The same query read again (a refresh after a change: the reader may be anywhere down the page), or one asked from
    // a card (a tag: the focus is in the list), is shown whole: no card is taken away and put back.
    const again = lastQuery.current?.filters === filters && lastQuery.current.pageIndex === pageIndex;
    lastQuery.current = { filters, pageIndex };
    const stale = () => run !== seq.current;
    pairFill.queryStarted();
    /** The query is read (or another has taken its place): the fill may go on once the reader pauses. */
    const done = () => void (!stale() && pairFill.queryDone());
    // The clippings in progress (shown above the list) are read with the page and shown in the same frame: read after
    // it, they pushed the cards down under the reader's pointer once the page was painted.
    const progressing = inProgressRead.current !== version ? clippingsInProgress(db).catch(() => null) : null;
    const counting = facets.readWithPage(painted.current);
    const first = again ? undefined : firstScreen(listRef.current);
    const reading = queryLibrary(db, { ...queryOf(filters), offset: pageIndex * PAGE_SIZE, limit: PAGE_SIZE, first });
    void Promise.all([reading, progressing, counting] as const).then(([result, clippings, counted]) => {
      if (stale()) return;
      if (!painted.current) performance.mark(LIBRARY_PHASES.read);
      if (run === 1) setFirstPageEmpty(result.items.length === 0);
      if (unfiltered && result.total !== null) setPageCount(result.total);
      setPage(result);
      if (first) setScreenCards(first);
      if (clippings) (setInProgress(clippings), (inProgressRead.current = version));
      if (counted) facets.show(counted);
      // What `npm run bench:library` reads: the first page painted, and each query until its results are painted.
      requestAnimationFrame(() =>
        setTimeout(() => {
          if (!painted.current) {
            performance.mark(LIBRARY_PAINTED);
            setReady(true);
          }
          // A moment later (if no query came meanwhile) the facets, and the order of all clippings.
          if (run === seq.current) settling.later();
          painted.current = true;
          performance.measure(LIBRARY_QUERY, { start: started, detail: { search, tag, run } });
          void showRestOfPage(result, stale, setPage).catch(() => undefined).finally(done);
        }),
      );
    }, done);
  }, [filters, pageIndex, version]);

  useChangedElsewhere(reread);

  /** How many clippings the library holds; null until counted. */
  const libraryCount = facets.loaded ? facets.facets.count : pageCount;
  const counted = libraryCount === null ? null : libraryCount === 0;
  /** Empty, or not yet known not to be (the exports stay off until then). */
  const empty = counted ?? firstPageEmpty !== false;
  /** Known to be empty (the first-run page replaces the search; not while the first page is read, nor shown in a flash). */
  const knownEmpty = counted ?? firstPageEmpty === true;
  return { filters, setFilter, pageIndex, setPageIndex, page, inProgress, facets: facets.facets, facetsLoaded: facets.loaded, libraryCount, empty, knownEmpty, version, refresh, ready, listRef, screenCards };
}

/** Whether the filters narrow the library (a search, a tag, a site, a kind, a state, highlights), not only sort it. */
export function isFiltered({ search, tag, site, kind, state, hasHighlights }: LibraryFilters): boolean {
  return Boolean(search.trim() || tag || site || kind || state || hasHighlights);
}

/** The query the filters ask for (no page yet). */
export function queryOf({ search, sortKey, tag, site, kind, state, hasHighlights }: LibraryFilters) {
  const { sort, desc } = LIBRARY_SORTS[sortKey]!;
  return { search, sort, desc, tag: tag || null, site: site || null, kind: kind || null, state: state || null, hasHighlights };
}

/**
 * How many cards a new query reads and paints first (then the rest of its page), or undefined for the whole page at
 * once: before the list is laid out, and when the focus is in the list (a tag asked from a card), so that no card
 * holding the focus is taken away and put back.
 */
function firstScreen(list: HTMLUListElement | null): number | undefined {
  return !list || list.contains(document.activeElement) ? undefined : cardsOnScreen(list.getBoundingClientRect().top, window.innerHeight);
}

/** The rest of the page below the window, then (a phrase search shown before all its candidates were checked) its count. */
async function showRestOfPage(result: LibraryPage, stale: () => boolean, setPage: (page: LibraryPage) => void): Promise<void> {
  const more = await result.rest?.(stale);
  if (stale()) return;
  const whole = more ? { ...result, items: result.items.concat(more), rest: undefined } : result;
  if (more) setPage(whole);
  const total = await whole.count?.(stale);
  if (total !== undefined && !stale()) setPage({ ...whole, total, count: undefined });
}

/**
 * The pause after the first paint (AFTER_PAINT_MS) before the reads that wait for it: `later()` after each paint until
 * it has come, `putOff()` when a query starts. Once it has come, `settled` (the facets read) and the order of all
 * clippings read (`warmUp`).
 */
function useSettle(db: ClippingsDb) {
  const [settled, setSettled] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const done = useRef(false);
  const settle = () => {
    done.current = true;
    setSettled(true);
    void warmUp(db).catch(() => undefined);
  };
  return {
    settled,
    putOff: () => clearTimeout(timer.current),
    later: () => void (!done.current && (timer.current = setTimeout(settle, AFTER_PAINT_MS))),
  };
}

/**
 * The count and the filter lists. Read a moment after the first page is painted (`settled`): they are not what a reader
 * looks at first. After a change (once the first page is painted) they are read with the page and shown in the same
 * render (`readWithPage`, then `show`): read after it, the header said "Clippings: …" (or the old count) beside the cards
 * an import had just brought, its exports still off.
 */
function useFacets(db: ClippingsDb, settled: boolean, version: number) {
  const [facets, setFacets] = useState<Facets>({ tags: [], sites: [], count: 0 });
  const [loaded, setLoaded] = useState(false);
  /** The version of the library the facets were read at (-1: not yet). */
  const readAt = useRef(-1);
  const show = (read: Facets, at = version) => {
    readAt.current = at;
    setFacets(read);
    setLoaded(true);
  };
  // Unless a change's read has brought them since, or brings newer ones first.
  useEffect(() => {
    if (!settled || readAt.current === version) return;
    void libraryFacets(db).then((f) => void (readAt.current <= version && show(f, version)));
  }, [settled]);
  const readWithPage = (painted: boolean) => (painted && version > 0 && readAt.current !== version ? libraryFacets(db).catch(() => null) : null);
  return { facets, loaded, readWithPage, show };
}

/**
 * The word pairs of every search row into the page's memory (utils/clippings/pair-memory.ts), so that a quoted phrase
 * reads none of its candidates' rows: once the library has been quiet for PAIR_FILL_QUIET_MS after a query (the first
 * page's too), while no query is read. `queryStarted` when a query's reads begin, `queryDone` when they are over.
 */
function usePairFill(db: ClippingsDb) {
  /** A query is being read (its page, rest and count): the fill waits for it. */
  const querying = useRef(false);
  const filling = useRef(false);
  /** The library is gone (unmounted): no fill goes on. */
  const closed = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const fill = () => {
    if (filling.current) return;
    filling.current = true;
    const started = performance.now();
    void fillPairMemoryWhile(db, () => !querying.current && !closed.current)
      .then((full) => void (full && performance.measure(LIBRARY_PAIRS_HELD, { start: started, detail: pairMemorySize(db) })))
      .catch(() => undefined)
      .finally(() => void (filling.current = false));
  };
  useEffect(() => () => void ((closed.current = true), clearTimeout(timer.current)), []);
  return {
    queryStarted: () => {
      querying.current = true;
      clearTimeout(timer.current);
    },
    queryDone: () => {
      querying.current = false;
      timer.current = setTimeout(fill, PAIR_FILL_QUIET_MS);
    },
  };
}

/** Changed elsewhere: `reread` a moment later (one read for a burst); a hidden library when it is shown again. */
function useChangedElsewhere(reread: () => void) {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stale = false;
    const later = () => {
      clearTimeout(timer);
      // Sent by the background 150 ms or more after the commit whose event (Dexie's, at the commit) the memory heard.
      timer = setTimeout(reread, CHANGED_ELSEWHERE_MS);
    };
    const stop = onEvent('library-changed', () => (document.hidden ? (stale = true) : later()));
    const shown = () => void (!document.hidden && stale && ((stale = false), later()));
    document.addEventListener('visibilitychange', shown);
    return () => (stop(), clearTimeout(timer), document.removeEventListener('visibilitychange', shown));
  }, []);
}
