// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract';
import { loadPage } from '../dom';

describe('extractArticle on the demo news page', () => {
  const result = extractArticle(loadPage('profit-digital-cooperation.html'));
  if (!result.ok) throw new Error(`extraction failed: ${result.reason}`);
  const { article } = result;

  it('reads title, byline, site and date', () => {
    expect(article.title).toBe('Pakistan, China strengthen digital cooperation with focus on 5G, AI, and data centres');
    expect(article.byline).toBe('News Desk');
    expect(article.siteName).toBe('Profit by Pakistan Today');
    expect(article.publishedTime?.slice(0, 10)).toBe('2025-01-14');
  });

  it('keeps all five paragraphs', () => {
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs.map((p) => p.split(' ').slice(0, 3).join(' '))).toEqual([
      'A high-level delegation',
      'The delegation met',
      'The discussions centred',
      'The two sides',
      'The collaboration aims',
    ]);
    expect(article.wordCount).toBe(139);
    expect(article.readingMinutes).toBeGreaterThanOrEqual(1);
  });

  it.each(['LEAVE A REPLY', 'RELATED ARTICLES', 'Must Read', 'Advertisement', 'Publishing Editor'])(
    'drops the clutter "%s"',
    (clutter) => {
      expect(article.text.toLowerCase()).not.toContain(clutter.toLowerCase());
      expect(article.html.toLowerCase()).not.toContain(clutter.toLowerCase());
    },
  );
});

describe('extractArticle on an RTL page', () => {
  it('reports Urdu and right-to-left', () => {
    const result = extractArticle(loadPage('urdu-digital-cooperation.html'));
    expect(result.ok && result.article.lang).toBe('ur');
    expect(result.ok && result.article.dir).toBe('rtl');
    expect(result.ok && result.article.byline).toBe('نیوز ڈیسک');
  });
});
