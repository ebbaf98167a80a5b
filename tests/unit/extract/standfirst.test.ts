// Thirteenth round: the standfirst a page shows under its title, outside the block Readability picks,
// found by structure (the page's declared description, shown in a block of its own before the
// article's first paragraph). An invented page; no phrase of any real page.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract';
import { standfirstBlock } from '../../../utils/extract/standfirst';
import { parseHtml } from '../dom';

const LEAD = 'The harbour wall held through the night, and the town counts what the storm left behind.';
const story = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} of the harbour story, long enough to be running text, with commas, clauses, and the details a reader came for.</p>`).join('');

function page({ description = LEAD, header = `<p class="intro">${LEAD}</p>`, footer = '' } = {}): Document {
  return parseHtml(
    `<html><head><title>Storm night</title><meta property="og:description" content="${description}"></head><body>
      <nav><a href="/">Home</a> <a href="/local">Local</a></nav>
      <header class="top"><h1>Storm night</h1>${header}<span>By A. Writer</span></header>
      <div class="story">${story}</div>
      <footer><p>Harbour Post, every morning since 1901.</p>${footer}</footer></body></html>`,
    'https://news.example/storm-night',
  );
}
const FIRST = 'Paragraph 0 of the harbour story, long enough to be running text, with commas, clauses, and the details a reader came for.';
const text = (doc: Document, off: 'standfirst'[] = []) => {
  const result = extractArticle(doc, { force: true, off });
  return result.ok ? result.article.text : '';
};

describe('standfirst: the declared description shown above the article', () => {
  it('opens the article when Readability left it out, as a paragraph of its own', () => {
    expect(text(page(), ['standfirst'])).not.toContain('The harbour wall held');
    expect(text(page()).split('\n\n')[0]).toBe(LEAD);
  });

  it('matches a description cut short with an ellipsis, and a block that adds a dateline', () => {
    const doc = page({ description: `${LEAD.slice(0, 60)}...`, header: `<p class="intro"><b>Porthaven.</b> ${LEAD}</p>` });
    expect(text(doc).split('\n\n')[0]).toBe(`Porthaven. ${LEAD}`);
  });

  it('is not added twice when the article already holds it', () => {
    const doc = page({ header: '' });
    doc.querySelector('.story')!.insertAdjacentHTML('afterbegin', `<p>${LEAD}</p>`);
    expect(text(doc).split(LEAD)).toHaveLength(2);
  });

  it('is left out when the page shows the description only after the article, in a link, or inside a larger block', () => {
    expect(text(page({ header: '', footer: `<p class="outro">${LEAD}</p>` }))).not.toContain('The harbour wall held');
    expect(text(page({ header: `<a href="/other"><p>${LEAD}</p></a>` }))).not.toContain('The harbour wall held');
    const [head, tail] = [LEAD.slice(0, 41), LEAD.slice(41)];
    const larger = `<div><span>${head}</span> <span>${tail}</span><ul><li>A list of other stories beside it, longer than the description itself, that a reader did not come for.</li></ul></div>`;
    expect(text(page({ header: larger }))).not.toContain('The harbour wall held');
  });

  it('needs a description long enough to be one, and the article\'s first paragraph after it', () => {
    expect(standfirstBlock(page({ description: 'Storm night' }), 'Storm night', '', FIRST)).toBeNull();
    expect(standfirstBlock(page(), LEAD, '', 'A first paragraph the page does not hold anywhere at all')).toBeNull();
    expect(standfirstBlock(page(), LEAD, '', FIRST)?.className).toBe('intro');
  });
});
