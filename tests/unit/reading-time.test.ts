// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, withReadingTime } from '../../utils/reading-time';

describe('countWords', () => {
  it('counts words with apostrophes, hyphens and digits once', () => {
    expect(countWords("It's a China-Pakistan deal worth $1.2 billion.")).toBe(8);
  });
  it('counts right-to-left scripts', () => {
    expect(countWords('پاکستان اور چین نے ڈیجیٹل تعاون')).toBe(6);
  });
  it('counts unspaced scripts by characters', () => {
    expect(countWords('中国和巴基斯坦加强数字合作')).toBe(7);
  });
});

describe('readingMinutes', () => {
  it('is at least one minute for any text and zero for none', () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(2300)).toBe(10);
  });
});

describe('withReadingTime', () => {
  it('adds the word count and reading time of the article\'s text, and keeps every other field', () => {
    const text = 'Otters hold hands while they sleep. '.repeat(100);
    const article = { title: 'Otters', byline: null, siteName: null, publishedTime: null, url: 'https://example.org/otters',
      canonicalUrl: 'https://example.org/otters', lang: 'en', dir: null, leadImage: null, excerpt: null, html: '<p>x</p>', text };
    const result = withReadingTime({ ok: true, article });
    expect(result).toEqual({ ok: true, article: { ...article, wordCount: 600, readingMinutes: 3 } });
  });
  it('hands a failure on as it is', () => {
    const failed = { ok: false, reason: 'not-article', detail: 'a note' } as const;
    expect(withReadingTime(failed)).toBe(failed);
  });
});
