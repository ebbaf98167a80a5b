/** Performance mark set once the popup has painted its article or message (`npm run bench:popup`). */
export const POPUP_PAINTED = 'cr-popup-painted';
/** Performance mark set once the library has painted its first page (`npm run bench:library`). */
export const LIBRARY_PAINTED = 'cr-library-painted';
/** Performance measure from a library query's start to its results painted (`npm run bench:library`). */
export const LIBRARY_QUERY = 'cr-library-query';
/** Performance mark set once the key facts have painted (`npm run bench:popup`). */
export const FACTS_PAINTED = 'cr-facts-painted';

/** Sets the mark once the frame that shows the current render has been painted. */
export function markAfterPaint(name: string): void {
  requestAnimationFrame(() => setTimeout(() => performance.mark(name)));
}
