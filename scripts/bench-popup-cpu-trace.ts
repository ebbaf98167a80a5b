// Where a popup click's CPU goes, read from a Chromium trace (CDP `Tracing`, events reported as they come): the
// thread CPU time of each top-level task, summed by process and cut at the popup's own marks (scripts/bench-popup-cpu.ts).
// On a loaded two-core machine the wall clock of a cold click is mostly waiting for a core; its CPU is not.
import type { CDPSession } from '@playwright/test';
import { POPUP_PHASES } from '../utils/perf-marks';

/** A trace event as Chromium reports it (`ts`, `dur`: wall µs; `tdur`: the thread's CPU µs). */
export interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: Record<string, unknown>;
}

/** Tasks with their CPU time (toplevel), scripts (v8, devtools.timeline), the injection (extensions), the popup's marks. */
export const CPU_TRACE_CATEGORIES = ['toplevel', 'v8', 'devtools.timeline', 'extensions', 'blink.user_timing'];

/** CPU ms of one click; steps cut at the popup's marks (the injection sent, its result received, painted). */
export interface ClickCpu {
  /** Wall ms from the popup's navigation to its painted mark. */
  paintedAt: number;
  /** The popup's renderer, every thread: from the trace's start (its process is new on a cold click) to the injection sent. */
  popupToSent: number;
  /** The popup's renderer, every thread, while the page extracts (injection sent → result received). */
  popupWhileExtracting: number;
  /** The popup's renderer, every thread, result received → painted. */
  popupAfterResult: number;
  /** The page's main thread, injection sent → result received, and within it: */
  page: number;
  /** the extension's isolated world made in the page, */
  pageWorld: number;
  /** extract.js compiled, */
  pageCompile: number;
  /** and run. */
  pageRun: number;
  /** The browser process, every thread, trace start → painted. */
  browser: number;
  /** Every process of the trace (GPU, network, the bench's floor extension too), trace start → painted. */
  all: number;
}

const complete = (e: TraceEvent) => e.ph === 'X' && e.dur !== undefined;
const mentions = (e: TraceEvent, text: string) => JSON.stringify(e.args ?? {}).includes(text);

/** The outermost complete events of each thread: a task's nested events are part of its CPU already. */
export function topLevel(events: TraceEvent[]): TraceEvent[] {
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events.filter((e) => complete(e) && e.tdur !== undefined)) {
    const key = `${e.pid}:${e.tid}`;
    byThread.set(key, [...(byThread.get(key) ?? []), e]);
  }
  const tasks: TraceEvent[] = [];
  for (const thread of byThread.values()) {
    let end = -Infinity;
    for (const e of thread.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)) {
      if (e.ts < end) continue;
      end = e.ts + e.dur!;
      tasks.push(e);
    }
  }
  return tasks;
}

/** The CPU ms of `tasks` within [from, to) (µs), a task cut by the window counted in proportion to its wall time inside it. */
function cpuWithin(tasks: TraceEvent[], from: number, to: number): number {
  let sum = 0;
  for (const e of tasks) {
    const overlap = Math.min(e.ts + e.dur!, to) - Math.max(e.ts, from);
    if (overlap > 0) sum += e.dur! > 0 ? (e.tdur! * overlap) / e.dur! : e.tdur!;
  }
  return sum / 1000;
}

/**
 * The click's CPU from its trace; null when the trace lacks what it needs (the popup's marks, the page's run of
 * `script`: a page that was not an article, or a build without the marks).
 */
export function clickCpu(events: TraceEvent[], script = '/extract.js'): ClickCpu | null {
  const painted = events.find((e) => e.name === POPUP_PHASES.painted);
  if (!painted) return null;
  const popupPid = painted.pid;
  const mark = (name: string) => events.find((e) => e.name === name && e.pid === popupPid);
  const navigation = events.find((e) => e.name === 'navigationStart' && e.pid === popupPid && mentions(e, 'popup.html'));
  const [sent, received] = [mark(POPUP_PHASES.sent), mark(POPUP_PHASES.received)];
  const run = events.find((e) => complete(e) && e.name === 'v8.run' && mentions(e, script));
  if (!navigation || !sent || !received || !run) return null;
  const pagePid = run.pid;
  const browserPid = events.find((e) => e.ph === 'M' && e.name === 'process_name' && (e.args as { name?: string }).name === 'Browser')?.pid;
  const mainThread = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pagePid && (e.args as { name?: string }).name === 'CrRendererMain')?.tid;
  const tasks = topLevel(events);
  const start = Math.min(...tasks.map((e) => e.ts));
  const of = (pid: number | undefined) => tasks.filter((e) => e.pid === pid);
  const injection = events.find((e) => complete(e) && e.name === 'ScriptInjection::InjectJs' && e.pid === pagePid && e.ts <= run.ts && run.ts < e.ts + e.dur!);
  const inInjection = (name: string) =>
    events.filter((e) => complete(e) && e.name === name && e.pid === pagePid && injection && e.ts >= injection.ts && e.ts < run.ts).reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;
  return {
    paintedAt: (painted.ts - navigation.ts) / 1000,
    popupToSent: cpuWithin(of(popupPid), start, sent.ts),
    popupWhileExtracting: cpuWithin(of(popupPid), sent.ts, received.ts),
    popupAfterResult: cpuWithin(of(popupPid), received.ts, painted.ts),
    page: cpuWithin(of(pagePid).filter((e) => e.tid === mainThread), sent.ts, received.ts),
    pageWorld: inInjection('LocalWindowProxy::Initialize'),
    pageCompile: events.filter((e) => complete(e) && e.name === 'v8.compile' && e.pid === pagePid && mentions(e, script)).reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000,
    pageRun: (run.tdur ?? 0) / 1000,
    browser: cpuWithin(of(browserPid), start, painted.ts),
    all: cpuWithin(tasks, start, painted.ts),
  };
}

/** The trace's events while `act` runs (tracing started before, ended after it). */
export async function traced(cdp: CDPSession, categories: string[], act: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: object[] }) => void events.push(...(value as unknown as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: categories } });
  try {
    await act();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return events;
}
