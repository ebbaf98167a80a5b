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

describe('selectionDraft', () => {
  it('keeps the passage, the page title without its site, the URL and a link back to the passage', async () => {
    const { selectionDraft } = await import('../../utils/clipping-draft');
    const draft = selectionDraft({
      url: 'https://a.test/story#top', title: 'The story - Daily Site', siteName: 'Daily Site', lang: 'en',
      text: '  A <quoted> passage\r\n\r\n\r\nand   more  ',
    });
    expect(draft).toMatchObject({
      kind: 'selection', url: 'https://a.test/story#top', canonicalUrl: 'https://a.test/story#top', title: 'The story', siteName: 'Daily Site',
      text: 'A <quoted> passage\n\nand more', html: '<p>A &lt;quoted&gt; passage</p><p>and more</p>', wordCount: 5,
      textFragmentUrl: 'https://a.test/story#:~:text=A%20%3Cquoted%3E%20passage%20and%20more',
    });
    expect(selectionDraft({ url: 'https://a.test/', title: '', text: 'x', html: '<p><b>x</b></p>' })).toMatchObject({ title: 'https://a.test/', html: '<p><b>x</b></p>' });
  });
});
