// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract';
import { parseHtml } from '../dom';

const body = Array.from({ length: 8 }, (_, i) => `Paragraph ${i} of the declared story, as the publisher put it in its structured data for machines.`);
const page = `<html><head><title>Declared story</title><script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'Declared story',
  articleBody: body.join('\n'),
})}</script></head><body><main><p>Loading the story, one moment please, while the app starts and fetches the text.</p></main></body></html>`;

describe('JSON-LD articleBody fallback', () => {
  it('uses the declared body, one paragraph per line, when Readability finds much less', () => {
    const result = extractArticle(parseHtml(page), { force: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text.split('\n\n')).toEqual(body);
    expect(result.article.title).toBe('Declared story');
    expect(result.article.bodySource).toBe('structured-data');
  });

  it('is the rule the benchmark switches off with --without jsonLd', () => {
    const result = extractArticle(parseHtml(page), { force: true, off: ['jsonLd'] });
    expect(result.ok && result.article.text).toContain('Loading the story');
    expect(result.ok && result.article.text).not.toContain('Paragraph 7');
  });
});
