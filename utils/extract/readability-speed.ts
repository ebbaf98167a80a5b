// Build step for extract.js: patches that make Readability faster without changing what it returns
// (applied by exact text, readability-patch.ts). The benchmark's "bare Readability" stays the unpatched
// library (scripts/bench-extract-pages.ts).
import { type SourcePatch, withPatches } from './readability-patch';

export const SPEED_PATCHES: SourcePatch[] = [
  {
    // One tag name: `getElementsByTagName` copied to an array, the same elements in the same (document)
    // order as `querySelectorAll(tag)`, without a selector to match (jsdom matches one in JavaScript,
    // element by element: ~10 % of our extraction there).
    name: 'one tag without a selector',
    find: '  _getAllNodesWithTag(node, tagNames) {\n',
    replace: '  _getAllNodesWithTag(node, tagNames) {\n    if (tagNames.length == 1) return Array.from(node.getElementsByTagName(tagNames[0]));\n',
  },
  {
    // An element without a style attribute has no inline display or visibility: no style object to make
    // for each element of the page.
    name: 'visible without a style attribute',
    find: '      (!node.style || node.style.display != "none") &&\n      (!node.style || node.style.visibility != "hidden") &&',
    replace: '      (!node.hasAttribute("style") || !node.style || (node.style.display != "none" && node.style.visibility != "hidden")) &&',
  },
  {
    // The element's text (the whole page's, for <html> and <body>) is read only for a node whose
    // rel, itemprop or class and id say "byline", not for every node of the page.
    name: 'byline text read last',
    find: '    var bylineLength = node.textContent.trim().length;\n\n    return (\n      (rel === "author" ||\n        (itemprop && itemprop.includes("author")) ||\n        this.REGEXPS.byline.test(matchString)) &&\n      !!bylineLength &&',
    replace: '    var bylineLength;\n\n    return (\n      (rel === "author" ||\n        (itemprop && itemprop.includes("author")) ||\n        this.REGEXPS.byline.test(matchString)) &&\n      !!(bylineLength = node.textContent.trim().length) &&',
  },
  {
    // `_grabArticle` serialised the whole page on every run, to parse it again for a retry (under 500 characters
    // found: a few pages in a hundred); in Chromium that was ~5-10 % of a warm extraction. The page's HTML is made
    // only for a retry, by the same steps `parse` takes before `_grabArticle`, from `_pageAgain`: a function
    // returning the page as `parse` was given it again (extract's copy, made the same way), which the caller must
    // set before `parse`. utils/extract/index.ts, Readability's only caller in the injected scripts, always does
    // (the published path without it cost extract.js 9 B gzip).
    name: 'the page for a retry made again only when one is needed',
    find: '    var pageCacheHtml = page.innerHTML;\n',
    replace: '    var pageCacheHtml;\n',
  },
  {
    name: 'the page for a retry, made when first needed',
    find: '        page.innerHTML = pageCacheHtml;\n',
    replace: '        page.innerHTML = pageCacheHtml ??= this._preparedAgain();\n',
  },
  {
    // What `parse` does to the page before `_grabArticle` (unwrapping, scripts, preparation), on a copy made again.
    name: 'the page prepared again',
    find: '  _grabArticle(page) {\n',
    replace:
      '  _preparedAgain() {\n    var doc = this._pageAgain();\n    var again = new Readability(doc);\n    again._unwrapNoscriptImages(doc);\n    again._removeScripts(doc);\n    again._prepDocument();\n    return doc.body.innerHTML;\n  },\n\n  _grabArticle(page) {\n',
  },
];

/** Readability's source with every speed patch applied; throws when one no longer finds its text exactly once. */
export function withSpeedPatches(source: string, patches = SPEED_PATCHES): string {
  return withPatches(source, patches);
}
