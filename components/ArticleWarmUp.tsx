import { render } from 'preact';
import type { Article } from '@/utils/extract/types';
import { sanitizeToFragment } from '@/utils/sanitize';
import { ArticleBody } from './ArticleBody';
import { ArticleMeta } from './ArticleMeta';

// A transparent pixel: the sample's picture loads nothing.
const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==';
const PARAGRAPH = '<p>A paragraph of plain words, with <a href="#a-section">a link</a>, <em>a stressed word</em> and <strong>a strong one</strong>, set as an article is set.</p>';
/** Invented article HTML with the tags (and so the fonts: regular, italic, bold) articles have; a few paragraphs are enough. */
export const WARM_UP_HTML = `<div class="page"><div><h2>A heading</h2>${PARAGRAPH.repeat(3)}<figure><img src="${PIXEL}" alt=""><figcaption>A caption</figcaption></figure><blockquote><p>A quote</p></blockquote><ul><li>An item</li></ul></div></div>`;

const SAMPLE: Pick<Article, 'title' | 'byline' | 'siteName' | 'publishedTime' | 'readingMinutes' | 'lang' | 'dir' | 'url'> = {
  title: 'A title of an article',
  byline: 'A writer',
  siteName: null,
  publishedTime: '2024-03-12T09:00:00Z',
  readingMinutes: 3,
  lang: null,
  dir: null,
  // No remote address in the bundle (tests/unit/no-network.test.ts): the sample is never shown nor followed.
  url: 'about:blank',
};

/**
 * What the popup does once while it waits for its extraction's result, so that the article's first render finds
 * it done (a cold popup spent ~45 ms from the result to its first screen in the DOM, a warm one ~8: bench:popup):
 * each step is a task of its own (utils/while-waiting.ts). First the sanitizer (DOMPurify made and configured, its
 * first run), then the article's header and body rendered out of sight and laid out (the components' code, the
 * date formatter, the fonts the article is set in), then unmounted at once. Nothing of it is ever shown.
 */
export function articleWarmUp(doc: Document): Array<() => void> {
  return [() => void sanitizeToFragment(WARM_UP_HTML, doc.defaultView!), () => renderOutOfSight(doc)];
}

function renderOutOfSight(doc: Document): void {
  const holder = doc.createElement('div');
  holder.setAttribute('aria-hidden', 'true');
  holder.inert = true;
  holder.style.cssText = 'position: fixed; top: 0; left: 0; width: 100%; visibility: hidden; pointer-events: none';
  doc.body.append(holder);
  render(
    <main class="cr-popup-article">
      <ArticleMeta article={SAMPLE} />
      <ArticleBody html={WARM_UP_HTML} lang={null} dir={null} firstScreenFirst />
    </main>,
    holder,
  );
  // Laid out now, in this task (fonts chosen, text shaped), then gone before any frame could show it.
  void holder.offsetHeight;
  render(null, holder);
  holder.remove();
}
