// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract';
import { parseHtml } from '../dom';

const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of a story long enough to be read as an article by Readability, with commas, clauses, and more words.</p>`).join('');

describe('metadata choices', () => {
  it('prefers the declared headline over a title carrying the site name, and drops "By" from the byline', () => {
    const doc = parseHtml(`<html><head><title>The river rose | Example Gazette</title><meta property="og:title" content="The river rose">
      </head><body><article><div class="byline">By Jane Doe</div>${story}</article></body></html>`);
    const result = extractArticle(doc);
    expect(result.ok && result.article.title).toBe('The river rose');
    expect(result.ok && result.article.byline).toBe('Jane Doe');
  });

  it('falls back to the date Readability found when the meta tags give none', () => {
    const doc = parseHtml(`<html><head><title>The river rose</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2019-11-19T10:00:00Z"}</script>
      </head><body><article>${story}</article></body></html>`);
    const result = extractArticle(doc);
    expect(result.ok && result.article.publishedTime).toBe('2019-11-19T10:00:00.000Z');
  });
});
