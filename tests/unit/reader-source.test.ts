// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { clippingToArticle, readerPath, readerSource, type ReaderSource } from '../../utils/reader-source';
import { defaultMarks, type Clipping } from '../../utils/clippings/types';

describe('readerSource', () => {
  it.each([
    ['?clip=12', { kind: 'clip', id: 12 }],
    ['?article=0b4c9a1e-2f3d-4e5f-8a9b-1c2d3e4f5a6b', { kind: 'article', key: '0b4c9a1e-2f3d-4e5f-8a9b-1c2d3e4f5a6b' }],
    ['?tabId=7', { kind: 'tab', tabId: 7 }],
    ['?clip=12&tabId=7', { kind: 'clip', id: 12 }],
  ])('%s', (search, expected) => expect(readerSource(search)).toEqual(expected));

  it.each(['', '?clip=-1', '?clip=1.5', '?article=<script>', '?article=short', '?tabId=x'])('%s is nothing to read', (search) =>
    expect(readerSource(search)).toBeNull());
});

describe('readerPath', () => {
  it.each<ReaderSource>([{ kind: 'clip', id: 12 }, { kind: 'article', key: '0b4c9a1e-2f3d-4e5f-8a9b-1c2d3e4f5a6b' }, { kind: 'tab', tabId: 7 }])(
    'is the address readerSource reads back: %o',
    (source) => {
      const path = readerPath(source);
      expect(path).toMatch(/^reader\.html\?\w+=[\w-]+$/);
      expect(readerSource(new URL(path, 'chrome-extension://x/').search)).toEqual(source);
    },
  );
});

describe('clippingToArticle', () => {
  it('links a highlight back to its passage and recomputes reading time', () => {
    const clipping = {
      id: 1, kind: 'selection', key: 'k', url: 'https://a.test/x', canonicalUrl: 'https://a.test/x', title: 'T', byline: null,
      siteName: 'S', publishedTime: null, lang: 'en', dir: 'ltr', html: '<p>x</p>', text: 'x', excerpt: 'x', wordCount: 690,
      textFragmentUrl: 'https://a.test/x#:~:text=x', savedAt: 1, tags: [], note: '', ...defaultMarks(1),
    } satisfies Clipping;
    expect(clippingToArticle(clipping)).toMatchObject({ url: 'https://a.test/x#:~:text=x', readingMinutes: 3, html: '<p>x</p>', siteName: 'S' });
  });
});
