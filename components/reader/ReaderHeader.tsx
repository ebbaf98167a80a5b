import { formatDate, hostOf } from '@/components/ArticleMeta';
import type { Article } from '@/utils/extract/types';
import { t } from '@/utils/i18n';

/** The article's header in the reader: text only, with a link to the original page. */
export function ReaderHeader({ article, progress }: { article: Article; progress: number }) {
  const date = formatDate(article.publishedTime);
  const left = Math.max(0, Math.ceil(article.readingMinutes * (1 - progress)));
  return (
    <header class="reader-head">
      <p class="reader-site">
        <a href={article.url} target="_blank" rel="noopener noreferrer" title={t('readerOriginal')}>
          {article.siteName ?? hostOf(article.url)}
        </a>
        {date && <> · <time dateTime={article.publishedTime ?? undefined}>{date}</time></>}
      </p>
      <h1 class="reader-title">{article.title}</h1>
      <p class="reader-byline">
        {article.byline && <span class="cr-meta-byline">{article.byline}</span>}
        {article.byline && ' · '}
        <span>{t('metaReadingTime', String(article.readingMinutes))}</span>
        {progress > 0.02 && progress < 0.98 && <span class="reader-left"> · {t('readerTimeLeft', String(left))}</span>}
      </p>
    </header>
  );
}

