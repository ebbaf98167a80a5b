// @vitest-environment node
// The cold click's CPU read from a Chromium trace (scripts/bench-popup-cpu-trace.ts), on an invented trace.
import { describe, expect, it } from 'vitest';
import { clickCpu, type TraceEvent } from '../../scripts/bench-popup-cpu-trace';
import { POPUP_PHASES } from '../../utils/perf-marks';

const [BROWSER, POPUP, PAGE, GPU] = [1, 2, 3, 4];
const meta = (pid: number, name: string): TraceEvent => ({ ph: 'M', name: 'process_name', pid, tid: 0, ts: 0, args: { name } });
const thread = (pid: number, tid: number, name: string): TraceEvent => ({ ph: 'M', name: 'thread_name', pid, tid, ts: 0, args: { name } });
/** A complete event: `at` and `ms` of wall time in ms, `cpu` of the thread's CPU in ms. */
const task = (pid: number, tid: number, name: string, at: number, ms: number, cpu: number, args: Record<string, unknown> = {}): TraceEvent => ({
  ph: 'X', name, pid, tid, ts: at * 1000, dur: ms * 1000, tdur: cpu * 1000, args,
});
const mark = (name: string, at: number): TraceEvent => ({ ph: 'I', name, pid: POPUP, tid: 20, ts: at * 1000 });

/** A click: popup opened at 10 ms, the injection sent at 100, its result at 200, painted at 250. */
function click(): TraceEvent[] {
  return [
    meta(BROWSER, 'Browser'), meta(POPUP, 'Extension Renderer'), meta(PAGE, 'Renderer'), meta(GPU, 'GPU Process'),
    thread(PAGE, 30, 'CrRendererMain'), thread(PAGE, 31, 'Compositor'),
    { ph: 'R', name: 'navigationStart', pid: POPUP, tid: 20, ts: 10_000, args: { data: { documentLoaderURL: 'chrome-extension://x/popup.html?tabId=1' } } },
    mark(POPUP_PHASES.sent, 100), mark(POPUP_PHASES.received, 200), mark(POPUP_PHASES.painted, 250),
    // The popup's renderer: its start (two nested events: counted once), a task across the send (cut in proportion), one after the result.
    task(POPUP, 20, 'RunTask', 0, 40, 30), task(POPUP, 20, 'v8.run', 5, 10, 9),
    task(POPUP, 20, 'RunTask', 90, 20, 10),
    task(POPUP, 21, 'ThreadPool_RunTask', 150, 10, 4),
    task(POPUP, 20, 'RunTask', 210, 10, 6),
    // The page: the injection, its world, the compile and the run of extract.js; a compositor task (not its main thread).
    task(PAGE, 30, 'RunTask', 105, 90, 50),
    task(PAGE, 30, 'ScriptInjection::InjectJs', 105, 90, 50),
    task(PAGE, 30, 'LocalWindowProxy::Initialize', 106, 4, 2),
    task(PAGE, 30, 'v8.compile', 110, 10, 6, { data: { url: 'chrome-extension://x/extract.js' } }),
    task(PAGE, 30, 'v8.run', 120, 70, 40, { fileName: 'chrome-extension://x/extract.js' }),
    task(PAGE, 31, 'RunTask', 150, 5, 5),
    // The browser, and a GPU task after the paint (outside every window).
    task(BROWSER, 10, 'RunTask', 60, 10, 8),
    task(GPU, 40, 'RunTask', 260, 10, 10),
  ];
}

describe('clickCpu', () => {
  it('sums each process’s top-level CPU by the popup’s steps, and finds the page’s world, compile and run', () => {
    expect(clickCpu(click())).toEqual({
      paintedAt: 240,
      // 30 (its start; the nested run not again) + half of the task across the send (10 ms of 20: 5).
      popupToSent: 35,
      // The other half, and a pool thread's task.
      popupWhileExtracting: 9,
      popupAfterResult: 6,
      page: 50,
      pageWorld: 2,
      pageCompile: 6,
      pageRun: 40,
      browser: 8,
      // 35 + 9 + 6 (popup) + 50 + 5 (page) + 8 (browser); the GPU's task after the paint left out.
      all: 113,
    });
  });

  it('gives nothing for a click that did not get to an article (no result, no extract.js run)', () => {
    expect(clickCpu(click().filter((e) => e.name !== POPUP_PHASES.received))).toBeNull();
    expect(clickCpu(click().filter((e) => e.name !== 'v8.run' || e.pid !== PAGE))).toBeNull();
    expect(clickCpu(click().filter((e) => e.name !== POPUP_PHASES.painted))).toBeNull();
  });

  it('reads the run of the script it is given', () => {
    expect(clickCpu(click(), '/clip.js')).toBeNull();
  });
});
