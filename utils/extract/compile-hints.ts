// Build step for extract.js, the script the popup injects on every click (and clip.js, below). It runs in the page's
// renderer where none of it is compiled yet: V8 compiles each function lazily, pre-parsing it with the script and
// parsing it again on its first call, and nearly all of extract.js runs on every click. V8's explicit compile hint
// (Chromium ≥ 136) on the script's first line compiles every function with the script instead, in one pass: ~9 % less
// of the renderer's CPU for the extraction, injected as the popup does it (scripts/bench-extract-chromium.ts --inject;
// docs/benchmarks.md, eleventh round). Firefox reads it as a comment. clip.js (saves from the context menu and the
// keyboard command) gets it too: a page save is the same extraction, 0.911× the CPU with it (110 dev pages); a
// selection save, which runs little of the script, 1.08× (~2 ms more, 40 pages): a page save gains more (~4.7 ms) than
// a selection save loses (scripts/bench-extract-chromium.ts --inject [--clip-selection], twelfth round).

/** The magic comment, as V8 looks for it: a line comment at the start of the script. */
export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The built script with the hint on its first line (once, whatever the script was given). */
export function withEagerCompileHint(code: string): string {
  return code.startsWith(`${EAGER_COMPILE_HINT}\n`) ? code : `${EAGER_COMPILE_HINT}\n${code}`;
}
