// @vitest-environment node
// Twenty-fifth round: a section heading whose own marks read like page chrome to Readability (an anchor id made from
// its words, a class naming a header) is kept, on invented pages; a heading whose marks say chrome for another reason
// still goes.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract';
import { keepSectionHeadings } from '../../../utils/extract/rules/section-headings';
import { parseHtml } from '../dom';

const para = (n: number) => `<p>Paragraph ${n} of the river survey, long enough to be running text, with commas, clauses, and a full stop.</p>`;
const story = (n: number, from = 0) => Array.from({ length: n }, (_, i) => para(from + i)).join('');
const page = (heading: string) =>
  `<html><head><title>Counting otters on the Wend</title></head><body><article><h1>Counting otters on the Wend</h1>${story(4)}${heading}${story(4, 4)}</article></body></html>`;
const textOf = (html: string) => {
  const result = extractArticle(parseHtml(html), { force: true });
  return result.ok ? result.article.text : '';
};

describe('keepSectionHeadings', () => {
  it('keeps a heading whose anchor id, made from its words, holds "-ad-" or "social"', () => {
    expect(textOf(page('<h3 id="a-note-on-ad-hoc-counts">A Note on Ad Hoc Counts</h3>'))).toContain('A Note on Ad Hoc Counts');
    expect(textOf(page('<h2 id="social-life-of-otters">Social life of otters</h2>'))).toContain('Social life of otters');
  });

  it('keeps a heading whose class names a header (an anchor widget in it still goes)', () => {
    const heading = '<h3 class="header-with-anchor-widget">Where the holts are<div class="header-anchor-widget"><button>Link</button></div></h3>';
    const text = textOf(page(heading));
    expect(text).toContain('Where the holts are');
    expect(text).not.toContain('Link');
  });

  it('leaves a heading whose marks read as chrome for more than its words', () => {
    const doc = parseHtml('<html><body><h3 id="related-stories" class="related-header">More from the river desk</h3><h3 id="share-bar">Share this</h3></body></html>');
    keepSectionHeadings(doc);
    const [related, share] = [...doc.querySelectorAll('h3')];
    expect(related!.id).toBe('related-stories');
    expect(related!.className).toBe('related-header');
    expect(share!.id).toBe('share-bar');
  });

  it("leaves a heading's marks alone when Readability would keep it anyway", () => {
    const doc = parseHtml('<html><body><h2 id="why-otters-matter" class="wp-block-heading">Why otters matter</h2></body></html>');
    keepSectionHeadings(doc);
    expect(doc.querySelector('h2')!.id).toBe('why-otters-matter');
    expect(doc.querySelector('h2')!.className).toBe('wp-block-heading');
  });
});
