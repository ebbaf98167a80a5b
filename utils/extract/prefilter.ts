// A Unicode regex (the `u` flag: property classes such as \p{L}, Unicode case folding) costs 0.1–1 ms of CPU to
// compile in a renderer that has not run it yet: ICU builds each class, once when the regex is made and again when V8
// compiles it for its first tests. That renderer is the page's on a reader's first click on a site, and extract.js's
// ~17 such regexes cost more there (~7 ms) than its ~130 others together (docs/benchmarks.md, nineteenth round).
// V8 compiles a regex on its first test, so one that waits behind a cheap test every one of its matches passes is
// never made nor compiled on the pages where that test fails (most pages, for the regexes given one), and answers alike.

/** A test that answers as `costly()` does, made and run only where `needed` (which every match of it passes) matches. */
export interface PrefilteredTest {
  test(text: string): boolean;
}

/**
 * `costly` tested only where `needed` matches. `needed` must match every string `costly()` matches (a part of the
 * pattern every match holds, in plain ASCII); neither may be global or sticky (their `lastIndex` would carry over).
 */
export function testedAfter(needed: RegExp, costly: () => RegExp): PrefilteredTest {
  let made: RegExp | undefined;
  return { test: (text) => needed.test(text) && (made ??= costly()).test(text) };
}
