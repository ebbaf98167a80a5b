// Readability's own module, without the package index that also bundles isProbablyReaderable
// (which extraction no longer uses: "not an article" is judged after extracting, see article-gate.ts).
// extract.js ships it without the paths for other options and other result fields (readability-unused.ts):
// this type allows only the options and fields it keeps.
declare module '@mozilla/readability/Readability.js' {
  import type { Readability } from '@mozilla/readability';
  type Parsed = NonNullable<ReturnType<Readability['parse']>>;
  export type ShippedResult = Pick<Parsed, 'title' | 'byline' | 'dir' | 'lang' | 'content' | 'siteName' | 'publishedTime'>;
  /** `_pageAgain`: the document as `parse` is given it, made again, for a retry; to be set before `parse` (readability-speed.ts). */
  const ReadabilityClass: new (document: Document, options: { keepClasses: true }) => { parse(): ShippedResult | null; _pageAgain?: () => Document };
  export default ReadabilityClass;
}
