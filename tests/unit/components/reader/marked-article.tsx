// The reader's article with its selection and highlights wired as in entrypoints/reader/Reader.tsx, for the tests of
// the highlight keys and actions.
import { useRef } from 'preact/hooks';
import { afterEach, beforeEach } from 'vitest';
import { ArticleBody } from '@/components/ArticleBody';
import { useReaderMarks } from '@/components/reader/ReaderMarks';
import { useArticleSelection } from '@/components/reader/use-article-selection';
import { NO_MARKS } from '@/components/reader/use-clipping-marks';
import type { Article } from '@/utils/extract/types';

/** An article of `text`'s paragraphs (blank lines apart). */
export function articleOf(title: string, url: string, text: string): Article {
  const html = text.split('\n\n').map((p) => `<p>${p}</p>`).join('');
  return { title, byline: null, siteName: null, publishedTime: null, url, canonicalUrl: url, lang: 'en', dir: null, leadImage: null, excerpt: null, html, text, wordCount: text.split(/\s+/).length, readingMinutes: 1 };
}

export function MarkedArticle({ article }: { article: Article }) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const selection = useArticleSelection(bodyRef);
  const marks = useReaderMarks({ article, bodyRef, selection, marks: NO_MARKS });
  return (
    <>
      <main id="article" tabIndex={-1}>
        <ArticleBody html={article.html} lang="en" dir={null} bodyRef={bodyRef} />
      </main>
      {marks.toolbar}
      {marks.panel}
    </>
  );
}

/** jsdom lays nothing out: the selection's toolbar is placed at a made-up box. */
export function layOutSelections(): void {
  beforeEach(() => void (Range.prototype.getClientRects = () => [{ top: 300, bottom: 320, left: 100, right: 400, width: 300, height: 20 }] as unknown as DOMRectList));
  afterEach(() => void delete (Range.prototype as Partial<Range>).getClientRects);
}
