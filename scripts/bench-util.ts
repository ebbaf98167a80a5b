/**
 * Node's arguments for a child process that runs our extraction as extract.js ships it: TypeScript through tsx,
 * and Readability with the build's transform (scripts/shipped-readability.ts). No `node:` import here: the
 * highlights bench bundles this module into a page (for `percentile`).
 */
export const NODE_SHIPPED_EXTRACTION = ['--import', 'tsx', '--import', `${import.meta.dirname}/shipped-readability.ts`];

/** The value after `--name` on the command line, if any. */
export function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The p-th percentile (nearest rank) of some numbers. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
