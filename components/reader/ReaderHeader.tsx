import { UiText } from '@/components/UiText';
import { formatDate, hostOf } from '@/utils/format';
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
        {date && <> · <UiText><time dateTime={article.publishedTime ?? undefined}>{date}</time></UiText></>}
      </p>
      <h1 class="reader-title">{article.title}</h1>
      <p class="reader-byline">
        {article.byline && <bdi class="cr-meta-byline">{article.byline}</bdi>}
        {article.byline && ' · '}
        <UiText>{t('metaReadingTime', String(article.readingMinutes))}</UiText>
        {progress > 0.02 && progress < 0.98 && <> · <UiText class="reader-left">{t('readerTimeLeft', String(left))}</UiText></>}
      </p>
    </header>
  );
}
