/**
 * Runs `steps` one per task, in order, for as long as `pending` has not settled: work done ahead while a page
 * waits (the popup's warm-up before its extraction's result), which must never hold back what it waits for.
 * A step already running finishes; none starts once `pending` has settled, or when it already had.
 */
export function whileWaiting(pending: Promise<unknown>, steps: ReadonlyArray<() => void>): void {
  let settled = false;
  const settle = () => void (settled = true);
  pending.then(settle, settle);
  // A task each, not a loop: a result that arrives between two steps is handled before the next one.
  const run = (i: number) => {
    if (settled || i >= steps.length) return;
    steps[i]!();
    setTimeout(() => run(i + 1));
  };
  setTimeout(() => run(0));
}
