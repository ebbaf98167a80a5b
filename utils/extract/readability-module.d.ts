// Readability's own module, without the package index that also bundles isProbablyReaderable
// (which extraction no longer uses: "not an article" is judged after extracting, see article-gate.ts).
declare module '@mozilla/readability/Readability.js' {
  import type { Readability } from '@mozilla/readability';
  const ReadabilityClass: typeof Readability;
  export default ReadabilityClass;
}
