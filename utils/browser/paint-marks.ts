// After-paint timing needs the page's frame loop, so it lives with the browser adapters; the mark names are in ../perf-marks.ts.

/** Runs `then` once the frame that shows the current render has been painted. */
export function afterPaint(then: () => void): void {
  requestAnimationFrame(() => setTimeout(then));
}

/** Sets the mark once the frame that shows the current render has been painted. */
export function markAfterPaint(name: string): void {
  afterPaint(() => performance.mark(name));
}
