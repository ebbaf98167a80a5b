// A Unicode regex (the `u` flag: property classes such as \p{L}, Unicode case folding) costs 0.1–1 ms of CPU to
// make and compile in a renderer that has not run it yet (ICU builds its classes, when it is made and when it is
// compiled). That renderer is the page's on a reader's first click on a site, and extract.js's 17 such regexes cost
// more there (~7 ms) than its ~130 others together (docs/benchmarks.md, nineteenth round). One made and tested only
// behind a cheap test that every one of its matches passes gives the same answers, and is never made nor compiled on
// the pages where that test fails (most pages, for the four the rules put behind one).

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
