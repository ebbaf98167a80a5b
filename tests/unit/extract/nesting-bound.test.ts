// @vitest-environment node
// The nesting bound (bounds.ts) at its edge on a branch that is not the page's last (the walk climbs back out of it
// to the paragraph after it) and through foreign content (SVG), in happy-dom; the fuzz test checks one chain at the
// end of the page in jsdom. Invented pages.
import { describe, expect, it } from 'vitest';
import { MAX_NESTING_DEPTH, nestedDeeperThan } from '../../../utils/extract/bounds';
import { parseHtml } from '../dom';

/** A page whose one deep branch (divs and spans in turn, then an SVG chain) sits between two paragraphs. */
function pageWithBranch(depth: number): Document {
  const half = Math.floor(depth / 2);
  const open = Array.from({ length: half }, (_, i) => (i % 2 ? '<span>' : '<div>')).join('');
  const close = Array.from({ length: half }, (_, i) => (i % 2 ? '</span>' : '</div>')).reverse().join('');
  const svg = '<g>'.repeat(depth - half - 1);
  return parseHtml(`<!doctype html><body><p>Before.</p><section>${open}<svg>${svg}</svg>${close}</section><p>After.</p></body>`);
}

describe('nesting bound', () => {
  it('tells a branch deeper than the bound from one at it, wherever the branch sits', () => {
    // html > body > section > the branch: its deepest element sits at depth + 3.
    expect(nestedDeeperThan(pageWithBranch(MAX_NESTING_DEPTH - 3))).toBe(false);
    expect(nestedDeeperThan(pageWithBranch(MAX_NESTING_DEPTH - 2))).toBe(true);
    expect(nestedDeeperThan(pageWithBranch(40))).toBe(false);
  });
});
