// Where the popup's time goes: the phase marks it sets (utils/perf-marks.ts), read from its page and
// summed up over the corpus as a table (`npm run bench:popup`).
import type { Page } from '@playwright/test';
import { POPUP_PHASES } from '../utils/perf-marks';
import { percentile } from './bench-util';

/** Navigation timing: the popup's HTML has arrived (responseEnd), and it is parsed (domInteractive). */
const FETCHED = 'fetched';
const LOADED = 'loaded';

/** Each row: what it is, its mark, and the mark its step is counted from (phases may overlap). */
const ROWS: Array<[label: string, mark: string, since: string | null]> = [
  ['page fetched (HTML received)', FETCHED, null],
  ['first script starts', POPUP_PHASES.script, FETCHED],
  ['page parsed (domInteractive)', LOADED, FETCHED],
  ['tab resolved', POPUP_PHASES.tab, POPUP_PHASES.script],
  ['extraction sent (executeScript)', POPUP_PHASES.sent, POPUP_PHASES.tab],
  ['extraction starts in the page', POPUP_PHASES.pageStart, POPUP_PHASES.sent],
  ['extraction done in the page', POPUP_PHASES.pageDone, POPUP_PHASES.pageStart],
  ['result received in the popup', POPUP_PHASES.received, POPUP_PHASES.pageDone],
  ['UI module runs (loaded beside the extraction)', POPUP_PHASES.ui, POPUP_PHASES.script],
  ['sanitized, first screen in the DOM', POPUP_PHASES.sanitized, POPUP_PHASES.received],
  ['painted', POPUP_PHASES.painted, POPUP_PHASES.sanitized],
];

export type PhaseSample = Record<string, number>;

/** An expression giving the popup page's phase times (ms from its navigation start); a phase not reached is absent. */
export function readPhasesScript(): string {
  const read = (names: string[], fetched: string, loaded: string) => {
    const sample: Record<string, number> = {};
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (navigation) Object.assign(sample, { [fetched]: navigation.responseEnd, [loaded]: navigation.domInteractive });
    for (const name of names) {
      const mark = performance.getEntriesByName(name)[0];
      if (mark) sample[name] = mark.startTime;
    }
    return sample;
  };
  return `(${read.toString()})(${JSON.stringify(Object.values(POPUP_PHASES))}, ${JSON.stringify(FETCHED)}, ${JSON.stringify(LOADED)})`;
}

/** The popup page's phase times, read in Chromium. */
export async function readPhases(page: Page): Promise<PhaseSample> {
  return (await page.evaluate(readPhasesScript())) as PhaseSample;
}

/** Per page shown as an article by both builds: this build's step `from` → `to` divided by the base build's. */
export function pairedStepRatios(ours: Map<string, PhaseSample>, base: Map<string, PhaseSample>, from: string, to: string): number[] {
  const step = (s: PhaseSample | undefined) => (s && from in s && to in s ? s[to]! - s[from]! : undefined);
  return [...ours.keys()].flatMap((page) => {
    const [a, b] = [step(ours.get(page)), step(base.get(page))];
    return a !== undefined && b ? [a / b] : [];
  });
}

/** A Markdown table: each phase's time from opening the popup, and its own step, median and p95. */
export function phaseTable(samples: PhaseSample[]): string {
  const ms = (values: number[], p: number) => (values.length ? percentile(values, p).toFixed(1) : '—');
  const lines = ['| phase (article pages) | at, median | at, p95 | step, median | step, p95 | step from |', '|---|---|---|---|---|---|'];
  for (const [label, mark, since] of ROWS) {
    const at = samples.flatMap((s) => (mark in s ? [s[mark]!] : []));
    const steps = samples.flatMap((s) => (mark in s && (since === null || since in s) ? [s[mark]! - (since === null ? 0 : s[since]!)] : []));
    const from = since === null ? 'opening' : ROWS.find(([, m]) => m === since)![0];
    lines.push(`| ${label} | ${ms(at, 50)} | ${ms(at, 95)} | ${ms(steps, 50)} | ${ms(steps, 95)} | ${from} |`);
  }
  return lines.join('\n');
}

/**
 * When the page set `mark` (ms from its navigation start), once it has. Asked over CDP with one small
 * expression once the page's own document has committed: Playwright's `waitForFunction` first evaluates its
 * injected script (~330 KB) in the page, which a new renderer compiles on its main thread (~35–60 ms in the
 * cold launches, while the popup loads; a warm renderer has it cached), so the bench timed its own tool.
 */
export async function markTime(page: Page, mark: string): Promise<number> {
  await page.waitForURL((url) => url.protocol !== 'about:', { waitUntil: 'commit', timeout: 30_000 });
  const cdp = await page.context().newCDPSession(page);
  try {
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${mark}: not set in 30 s`)), 30_000).unref());
    for (let tries = 0; ; tries++) {
      const ask = cdp.send('Runtime.evaluate', { expression: markWhenSet(mark), awaitPromise: true, returnByValue: true });
      // The document it ran in may be replaced (a commit seen before its context): then ask the new one.
      const reply = await Promise.race([ask, timeout]).catch((error: Error) => (tries < 3 && !/not set/.test(error.message) ? null : Promise.reject(error)));
      if (reply && !reply.exceptionDetails) return reply.result.value as number;
      if (reply && tries >= 3) throw new Error(`${mark}: ${reply.exceptionDetails!.text}`);
    }
  } finally {
    await cdp.detach();
  }
}

/** An expression: a promise of the mark's time, resolved when the page sets it (a PerformanceObserver, no polling). */
function markWhenSet(mark: string): string {
  // Written as text: tsx's transform would name the functions of a serialised arrow with a helper the page lacks.
  return `new Promise((resolve) => {
    const found = () => performance.getEntriesByName(${JSON.stringify(mark)})[0]?.startTime;
    if (found() !== undefined) return resolve(found());
    new PerformanceObserver((_, observer) => {
      if (found() === undefined) return;
      observer.disconnect();
      resolve(found());
    }).observe({ type: 'mark' });
  })`;
}

/**
 * The states a cold click is measured from, each a step warmer than the one before (`bench:popup --cold-parts`):
 * the bench's cold click (the worker ended, so the popup starts a new process); the worker left running (the
 * extension's process alive, the popup the first page in it); a popup opened and closed just before (the process
 * and the popup's code warm, only the page has not yet run the extraction); and the same click again (all warm).
 */
export const COLD_STATES = ['new process', 'process running', 'popup warm', 'all warm'] as const;
export type ColdState = (typeof COLD_STATES)[number];

/** What each step from one state to the next costs: the median over pages of the per-page difference of `ms`. */
export const COLD_PARTS: Array<[label: string, from: ColdState, to: ColdState]> = [
  ["the popup's new process (its launch)", 'new process', 'process running'],
  ["the popup's first page in a process (its code, ICU, fonts, the API bindings first used)", 'process running', 'popup warm'],
  ["the page's first extraction (its isolated world, extract.js compiled and first run)", 'popup warm', 'all warm'],
];

/** Per part: the median of the per-page differences of the painted times (ms), and how many pages had both states. */
export function coldParts(painted: Record<ColdState, Map<string, number>>): Array<{ label: string; ms: number; pages: number }> {
  return COLD_PARTS.map(([label, from, to]) => {
    const differences = [...painted[from]].flatMap(([page, ms]) => (painted[to].has(page) ? [ms - painted[to].get(page)!] : []));
    return { label, ms: percentile(differences, 50), pages: differences.length };
  });
}
