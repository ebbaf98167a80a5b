// What the popup loads before its article paints, read from a build: shared by `bench:popup`, which
// prints the sizes, and tests/unit/bundle-budgets.test.ts, which holds them to the budget.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Popup JavaScript before paint, gzip bytes (issue #11; Node's zlib at its default level). */
export const POPUP_BEFORE_PAINT_BUDGET = 30_000;

/** The first script and the UI module with everything it imports statically (paths in the build). */
export function popupScriptsBeforePaint(build: string): string[] {
  const html = readFileSync(path.join(build, 'popup.html'), 'utf8');
  const seen = new Set<string>();
  const visit = (js: string) => {
    if (seen.has(js)) return;
    seen.add(js);
    const code = readFileSync(path.join(build, js), 'utf8');
    for (const [, rel] of code.matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js)"/g)) visit(path.posix.join(path.posix.dirname(js), rel!));
  };
  for (const [, js] of html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)) visit(js!);
  return [...seen];
}

/** A file's size gzipped, as the budgets count it. */
export function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file)).length;
}
