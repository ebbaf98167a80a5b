/**
 * Calls `run` at most once per `intervalMs`, with the latest arguments: the first call runs at once, calls
 * within the interval are folded into one trailing call at its end (so the last value is never lost).
 * `flush` runs a pending call now (e.g. when the page is hidden); `cancel` drops it.
 */
export function throttle<A extends unknown[]>(run: (...args: A) => void, intervalMs: number) {
  let last = -Infinity;
  let pending: A | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    timer = undefined;
    if (!pending) return;
    const args = pending;
    pending = null;
    last = Date.now();
    run(...args);
  };
  const call = (...args: A) => {
    pending = args;
    const wait = last + intervalMs - Date.now();
    if (wait <= 0 && timer === undefined) fire();
    else timer ??= setTimeout(fire, Math.max(0, wait));
  };
  call.flush = () => {
    clearTimeout(timer);
    fire();
  };
  call.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    pending = null;
  };
  return call;
}
