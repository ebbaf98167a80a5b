import { describe, expect, it } from 'vitest';
import { clippingsHtml } from '../../../utils/clippings/export-html';
import { clippingMarkdown, fileNameFor, frontMatter } from '../../../utils/clippings/export-markdown';
import { sanitizeHtml } from '../../../utils/sanitize';
import { makeClipping, makeHighlight } from './helpers';

const sanitize = (html: string) => sanitizeHtml(html);

describe('Markdown export', () => {
  const clipping = makeClipping(1, {
    title: 'A "quoted": title\nwith --- a break', byline: 'Ann Writer', siteName: 'Profit', publishedTime: '2025-01-14T13:25:11.000Z',
    savedAt: Date.UTC(2026, 0, 2), tags: ['china', 'tech: ai'], url: 'https://news.example/a', canonicalUrl: 'https://news.example/a',
    html: '<h2>Head</h2><p>Some <strong>bold</strong> and <a href="https://x.test/">a link</a>.</p><script>alert(1)</script><ul><li>one</li></ul>',
  });

  it('writes YAML front matter with title, url, author, site, dates and tags, safely quoted', () => {
    expect(frontMatter(clipping)).toBe(`---
title: "A \\"quoted\\": title\\nwith --- a break"
url: "https://news.example/a"
author: "Ann Writer"
site: "Profit"
published: "2025-01-14T13:25:11.000Z"
saved: "2026-01-02T00:00:00.000Z"
kind: "article"
lang: "en"
tags: ["china", "tech: ai"]
state: "unread"
---
`);
  });

  it('converts the sanitized body with Turndown', () => {
    const md = clippingMarkdown(clipping, sanitize);
    expect(md).toContain('## Head');
    expect(md).toContain('Some **bold** and [a link](https://x.test/).');
    expect(md).toContain('-   one');
    expect(md).not.toContain('alert');
    expect(md.endsWith('[Source](<https://news.example/a>)\n')).toBe(true);
  });

  it('writes a table as a pipe table: caption above, first row as header, short rows padded, pipes escaped, cells on one line', () => {
    const md = clippingMarkdown(makeClipping(2, { html: '<table><caption>Fares</caption><tr><th>Route</th><th>Price</th></tr><tr><td>A | B</td><td><strong>3</strong><br>per trip</td></tr><tr><td><a href="https://x.test/c">C</a></td></tr></table>' }), sanitize);
    expect(md).toContain('Fares\n\n| Route | Price |\n| --- | --- |\n| A \\| B | **3** per trip |\n| [C](https://x.test/c) |  |\n');
  });

  it('quotes a selection and links to its passage', () => {
    const md = clippingMarkdown(makeClipping(2, { kind: 'selection', html: '<p>one</p><p>two</p>', textFragmentUrl: 'https://a.test/#:~:text=one' }), sanitize);
    expect(md).toContain('> one\n>\n> two');
    expect(md).toContain('text_fragment_url: "https://a.test/#:~:text=one"');
  });

  it('makes plain file names', () => {
    expect(fileNameFor('Économie: the "big" one?', 'md')).toBe('economie-the-big-one.md');
    expect(fileNameFor('???', 'html')).toBe('clipping.html');
  });
});

describe('HTML export', () => {
  it('is a standalone document with nothing that runs, metadata as text', () => {
    const html = clippingsHtml([makeClipping(1, { title: '<img src=x onerror=alert(1)>', html: '<p onclick="x()">ok</p><script>bad()</script><iframe src="https://x"></iframe>' })], sanitize);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('<title>&lt;img src=x onerror=alert(1)&gt;</title>');
    expect(html).toContain('<p>ok</p>');
    expect(html).not.toMatch(/<script|onclick|<iframe|onerror=alert\(1\)>/);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('script, iframe, [onclick], [onerror]')).toHaveLength(0);
  });

  it('writes the header line without a lone separator when there is no site, author or date', () => {
    const doc = new DOMParser().parseFromString(clippingsHtml([makeClipping(1, { siteName: null, byline: null, publishedTime: null, url: 'https://a.example/kites' })], sanitize), 'text/html');
    expect(doc.querySelector('header p')!.textContent).toBe('https://a.example/kites');
  });

  it('carries the highlights and their notes as text, each with a link to its passage, after the article', () => {
    const highlights = [
      makeHighlight({ id: 'a', quote: { type: 'TextQuoteSelector', exact: 'the kites rose', prefix: 'At noon ', suffix: ' over' }, position: { type: 'TextPositionSelector', start: 8, end: 22 }, note: 'Count them <b>next</b> year\nfrom the pier' }),
      makeHighlight({ id: 'b', quote: { type: 'TextQuoteSelector', exact: 'the dunesThe wind', prefix: 'over ', suffix: ' turned' }, position: { type: 'TextPositionSelector', start: 28, end: 45 } }),
    ];
    const clipping = makeClipping(1, { url: 'https://a.example/kites', text: 'At noon the kites rose over the dunes\n\nThe wind turned.', html: '<p>At noon the kites rose over the dunes</p><p>The wind turned.</p>', highlights });
    const doc = new DOMParser().parseFromString(clippingsHtml([clipping], sanitize), 'text/html');
    const items = [...doc.querySelectorAll('article section li')];
    expect(doc.querySelector('article section h2')!.textContent).toBe('Highlights');
    expect(items.map((li) => [...li.querySelectorAll('blockquote p')].map((p) => p.textContent))).toEqual([['the kites rose'], ['the dunes', 'The wind']]);
    expect(items[0]!.querySelector('blockquote + p')!.innerHTML).toBe('Count them &lt;b&gt;next&lt;/b&gt; year<br>from the pier');
    expect(items[0]!.querySelector('a')!.getAttribute('href')).toBe('https://a.example/kites#:~:text=the%20kites%20rose');
    expect(clippingsHtml([makeClipping(2)], sanitize)).not.toContain('Highlights');
  });

  it('sets a right-to-left article\'s quotes with their rule where its lines start, and each highlight in its own direction', () => {
    const text = 'בשעה שש הדייגים יצאו לים. The harbour master waved.';
    const highlights = [makeHighlight({ id: 'a', quote: { type: 'TextQuoteSelector', exact: 'הדייגים יצאו לים', prefix: 'בשעה שש ', suffix: '. The' }, position: { type: 'TextPositionSelector', start: 8, end: 24 }, note: 'לבדוק את השעה' })];
    const html = clippingsHtml([makeClipping(1, { lang: 'he', dir: 'rtl', url: 'https://a.example/port', text, html: `<p>${text}</p><blockquote><p>הים שקט</p></blockquote>`, highlights })], sanitize);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('article')!.getAttribute('dir')).toBe('rtl');
    // a physical left rule sat at the end of a right-to-left quote's lines
    expect(doc.querySelector('style')!.textContent).toMatch(/blockquote\{[^}]*padding-inline-start:1em;border-inline-start:3px solid #999\}/);
    expect(doc.querySelector('style')!.textContent).not.toMatch(/-left|-right/);
    const item = doc.querySelector('article section li')!;
    expect([...item.querySelectorAll('p:not(.meta)')].map((p) => [p.textContent, p.getAttribute('dir')])).toEqual([['הדייגים יצאו לים', 'auto'], ['לבדוק את השעה', 'auto']]);
  });

  it('puts several clippings in one file with a contents list', () => {
    const html = clippingsHtml([makeClipping(1), makeClipping(2)], sanitize, '2 clippings');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('article')).toHaveLength(2);
    expect([...doc.querySelectorAll('nav a')].map((a) => a.getAttribute('href'))).toEqual(['#c1', '#c2']);
  });
});
