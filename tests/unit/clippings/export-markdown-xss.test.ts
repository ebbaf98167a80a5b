// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { clippingMarkdown } from '../../../utils/clippings/export-markdown';
import { defaultMarks, type Clipping, type Highlight } from '../../../utils/clippings/types';
import { inertArticle } from '../../../utils/export/inert-html';
import { sanitizeHtml } from '../../../utils/sanitize';
import { withTrap, XSS_VECTORS } from '../../fixtures/xss/vectors';

// Markdown viewers render inline HTML, so a .md export must hold no tag that came from page text or
// metadata: only `\<`, code spans/blocks, and YAML `\u003c`. (Found by tests/e2e/xss.spec.ts.)
const clipping = (over: Partial<Clipping>): Clipping => ({
  id: 1, key: 'k', kind: 'article', url: 'https://a.example/', canonicalUrl: 'https://a.example/', title: 'T', byline: null,
  siteName: null, publishedTime: null, lang: 'en', dir: 'ltr', html: '<p>x</p>', text: 'x', excerpt: 'x', wordCount: 1,
  textFragmentUrl: null, savedAt: 0, tags: [], note: '', ...defaultMarks(0), ...over,
});

/** Raw HTML a CommonMark renderer would pass through: a `<` that is not escaped, outside code. */
function rawTags(markdown: string): string[] {
  const outsideCode = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return outsideCode.match(/(?<!\\)<\/?[a-z!?][^>\n]*>?/gi)?.filter((m) => !/^<https?:\/\//.test(m)) ?? [];
}

describe('Markdown export of hostile text', () => {
  it('escapes tags in body text, the title, front matter, tags and notes', () => {
    const md = clippingMarkdown(clipping({
      title: 'T <img src=x onerror=alert(1)>',
      byline: '<img src=x onerror=alert(2)>',
      tags: ['<svg onload=alert(5)>'],
      note: '<script>alert(6)</script>',
      html: '<p>text &lt;img src=x onerror=alert(3)&gt; and &lt;script&gt;alert(4)&lt;/script&gt;</p><pre><code>&lt;b onclick=x&gt;</code></pre>',
    }), sanitizeHtml);
    expect(rawTags(md)).toEqual([]);
    expect(md).toContain('text \\<img src=x onerror=alert(3)>');
    expect(md).toContain('<b onclick=x>'); // inside a fenced code block: shown, not rendered
    expect(md).toContain('author: "\\u003cimg src=x onerror=alert(2)>"');
  });

  it('keeps a hostile URL inside its link', () => {
    const md = clippingMarkdown(clipping({ url: 'https://a.example/x>)<img src=x onerror=alert(1)>' }), sanitizeHtml);
    expect(md).toContain('[Source](<https://a.example/x%3E)%3Cimg%20src=x%20onerror=alert(1)%3E>)');
  });

  it.each(XSS_VECTORS.map((v) => [v.id, v] as const))('vector %s as HTML and as text leaves no raw tag nor script address (sanitized or inert)', (_id, vector) => {
    const html = withTrap(vector.html, 'http://127.0.0.1:9/trap');
    const asText = html.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    for (const sanitize of [sanitizeHtml, (h: string) => inertArticle(h, new DOMParser())]) {
      const md = clippingMarkdown(clipping({ html }), sanitize);
      expect(rawTags(md)).toEqual([]);
      expect(md).not.toMatch(/\]\(\s*(javascript|vbscript|data:text)/i);
      expect(rawTags(clippingMarkdown(clipping({ html: `<p>${asText}</p>`, title: html }), sanitize))).toEqual([]);
    }
  });

  it.each(XSS_VECTORS.map((v) => [v.id, v] as const))('vector %s as a highlight quote and note leaves no raw tag', (_id, vector) => {
    const text = withTrap(vector.html, 'http://127.0.0.1:9/trap');
    const highlight: Highlight = {
      id: 'h', color: 'yellow', note: text, quote: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: text.length }, createdAt: 0, updatedAt: 0,
    };
    const md = clippingMarkdown(clipping({ highlights: [highlight], highlightCount: 1 }), sanitizeHtml);
    expect(md).toContain('## Highlights');
    expect(rawTags(md)).toEqual([]);
  });
});
