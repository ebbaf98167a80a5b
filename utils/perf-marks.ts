/** Performance mark set once the popup has painted its article or message (`npm run bench:popup`). */
export const POPUP_PAINTED = 'cr-popup-painted';
/** Performance mark set once the library has painted its first page (`npm run bench:library`). */
export const LIBRARY_PAINTED = 'cr-library-painted';
/** The library's first page, phase by phase (marks; `npm run bench:library` prints the steps between them). */
export const LIBRARY_PHASES = {
  script: 'cr-library-script',
  opened: 'cr-library-db-opened',
  read: 'cr-library-first-read',
  painted: LIBRARY_PAINTED,
} as const;
/** Performance measure from a library query's start to its results painted (`npm run bench:library`). */
export const LIBRARY_QUERY = 'cr-library-query';
/** Performance mark set once the key facts have painted (`npm run bench:popup`). */
export const FACTS_PAINTED = 'cr-facts-painted';

/**
 * The popup's phases in the order they happen, as performance marks; `npm run bench:popup` prints
 * where the time goes from them. `pageStart`/`pageDone` are set from the page's clock (`markAt`).
 */
export const POPUP_PHASES = {
  script: 'cr-popup-script',
  tab: 'cr-popup-tab',
  sent: 'cr-popup-sent',
  pageStart: 'cr-popup-page-start',
  pageDone: 'cr-popup-page-done',
  received: 'cr-popup-received',
  ui: 'cr-popup-ui',
  sanitized: 'cr-popup-sanitized',
  painted: POPUP_PAINTED,
} as const;

/** When the extraction script started and ended in the page, in ms since the epoch (both clocks agree). */
export interface PageTiming {
  startedAt: number;
  doneAt: number;
}

/** Now, in ms since the epoch, with the precision of the performance clock (comparable across contexts). */
export function epochNow(): number {
  return performance.timeOrigin + performance.now();
}

/** Sets a mark at a time taken in another context (ms since the epoch). */
export function markAt(name: string, epochMs: number): void {
  performance.mark(name, { startTime: Math.max(0, epochMs - performance.timeOrigin) });
}

/** The prefix of the phase measures `npm run bench:library` prints: `cr-phase:<task>:<phase>`. */
export const PHASE_PREFIX = 'cr-phase:';

/**
 * Where a long task's time goes: `lap(phase)` gives the time since the last lap to that phase (laps in a
 * loop add up), `done()` records each phase's total as a performance measure. A few numbers per task.
 */
export function phaseClock(task: string): { lap: (phase: string) => void; done: () => void } {
  const totals = new Map<string, number>();
  let last = performance.now();
  return {
    lap(phase) {
      const now = performance.now();
      totals.set(phase, (totals.get(phase) ?? 0) + now - last);
      last = now;
    },
    done() {
      for (const [phase, ms] of totals) performance.measure(`${PHASE_PREFIX}${task}:${phase}`, { start: 0, duration: ms });
    },
  };
}
