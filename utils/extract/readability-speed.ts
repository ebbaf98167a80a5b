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
];

/** Readability's source with every speed patch applied; throws when one no longer finds its text exactly once. */
export function withSpeedPatches(source: string, patches = SPEED_PATCHES): string {
  return withPatches(source, patches);
}
