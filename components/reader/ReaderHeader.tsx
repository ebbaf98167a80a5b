import { formatDate, hostOf } from '@/components/ArticleMeta';
import type { Article } from '@/utils/extract/types';
import { browser } from 'wxt/browser';
import { t, type MessageKey } from '@/utils/i18n';

/** The article's header in the reader: text only, with a link to the original page. */
export function ReaderHeader({ article, progress }: { article: Article; progress: number }) {
  const date = formatDate(article.publishedTime);
  const ui = browser.i18n.getUILanguage();
  const uiDir = t('@@bidi_dir' as MessageKey) === 'rtl' ? 'rtl' : 'ltr';
  const left = Math.max(0, Math.ceil(article.readingMinutes * (1 - progress)));
  return (
    <header class="reader-head">
      <p class="reader-site">
        <a href={article.url} target="_blank" rel="noopener noreferrer" title={t('readerOriginal')}>
          {article.siteName ?? hostOf(article.url)}
        </a>
        {date && <> · <bdi lang={ui} dir={uiDir}><time dateTime={article.publishedTime ?? undefined}>{date}</time></bdi></>}
      </p>
      <h1 class="reader-title">{article.title}</h1>
      <p class="reader-byline">
        {article.byline && <bdi class="cr-meta-byline">{article.byline}</bdi>}
        {article.byline && ' · '}
        {/* UI-language phrases in an article that may run right to left: isolated, so "1 min read" stays in order */}
        <bdi lang={ui} dir={uiDir}>{t('metaReadingTime', String(article.readingMinutes))}</bdi>
        {progress > 0.02 && progress < 0.98 && <> · <bdi class="reader-left" lang={ui} dir={uiDir}>{t('readerTimeLeft', String(left))}</bdi></>}
      </p>
    </header>
  );
}
