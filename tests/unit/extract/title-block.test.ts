// @vitest-environment node
// The article's title block (the <header> around its title heading: kicker, byline, date) goes, though
// Readability renames the <h1> and removes the title itself; its standfirst, image and caption stay,
// and so do the article's other headers. Pages written for this test: tests/fixtures/extract/title-block/.
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract';
import { FIXTURES } from '../dom';

function extract(name: string, off: Parameters<typeof extractArticle>[1] = {}) {
  const source = readFileSync(path.join(FIXTURES, 'extract/title-block', `${name}.html`), 'utf8');
  const result = extractArticle(new JSDOM(source, { url: `https://example.org/${name}` }).window.document, off);
  if (!result.ok) throw new Error(`${name}: ${result.reason}`);
  return result.article;
}

describe('the title block', () => {
  it('goes with its kicker and byline line; the standfirst, the lead image and its caption stay, and the section headers', () => {
    const { text, html } = extract('news');
    for (const gone of ['Coast and harbours', 'Ann Lee', '4 min read']) expect(text).not.toContain(gone);
    for (const kept of ['the last stones are in place', 'The repaired harbour wall at dawn', 'Work on the harbour wall began', 'What comes next', 'How it was paid for', 'lottery']) expect(text).toContain(kept);
    expect(html).toContain('/img/wall.jpg');
    expect(html).not.toContain('data-cr-title-block');
  });

  it('is the <header> around the heading that matches the title, not the site name\'s <h1>; a standfirst in a <header> of its own stays', () => {
    const { text } = extract('blog');
    expect(text).not.toContain('Posted on');
    expect(text).not.toContain('Walks');
    expect(text).toContain('Twelve miles of old railway line');
    expect(text).toContain('The line closed in 1964');
  });

  it('stays when the chrome rule is switched off (the mark alone removes nothing)', () => {
    expect(extract('news', { off: ['chrome'] }).text).toContain('Coast and harbours');
  });

  it('is not the title block when the <header> holds the article itself (longer than a title block)', () => {
    const paragraphs = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `<p>Part ${n}: the walkway along the top of the wall has been closed since the storm, and the fishermen have missed it.</p>`);
    const page = `<html lang="en"><head><title>The harbour story</title></head><body><article><header><h1>The harbour story</h1>${paragraphs.join('')}</header></article></body></html>`;
    const result = extractArticle(new JSDOM(page, { url: 'https://example.org/a' }).window.document);
    expect(result.ok && result.article.text).toContain('Part 8: the walkway');
  });
});
