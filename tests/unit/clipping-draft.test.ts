import { describe, expect, it } from 'vitest';
import { articleDraft, excerptOf } from '../../utils/clipping-draft';
import type { Article } from '../../utils/extract/types';

describe('articleDraft', () => {
  it('sanitizes the HTML it stores and keeps the metadata', () => {
    const article = {
      title: 'T', byline: 'B', siteName: 'S', publishedTime: null, url: 'https://a.test/x?utm_source=y', canonicalUrl: 'https://a.test/x',
      lang: 'en', dir: 'ltr', leadImage: null, excerpt: null, html: '<p onclick="alert(1)">Hi</p><script>alert(2)</script>',
      text: 'Hi', wordCount: 1, readingMinutes: 1,
    } satisfies Article;
    const draft = articleDraft(article);
    expect(draft.html).toBe('<p>Hi</p>');
    expect(draft).toMatchObject({ kind: 'article', title: 'T', canonicalUrl: 'https://a.test/x', excerpt: 'Hi', textFragmentUrl: null });
  });
});

describe('excerptOf', () => {
  it('keeps short text whole and cuts long text at a word', () => {
    expect(excerptOf('  a  short\ntext ')).toBe('a short text');
    const cut = excerptOf('word '.repeat(100), 50);
    expect(cut.endsWith('word…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(51);
  });
});
