import type { Article } from '@/utils/extract/types';
import { formatDate, hostOf } from '@/utils/format';
import { t } from '@/utils/i18n';
import { UiText } from './UiText';

type Meta = Pick<Article, 'title' | 'byline' | 'siteName' | 'publishedTime' | 'readingMinutes' | 'lang' | 'dir' | 'url'>;

/** Title, byline, site, date and reading time: always text, never HTML. */
export function ArticleMeta({ article }: { article: Meta }) {
  const date = formatDate(article.publishedTime);
  return (
    <header class="cr-meta" lang={article.lang ?? undefined} dir={article.dir ?? 'auto'}>
      <p class="cr-meta-site">
        {article.siteName ?? hostOf(article.url)}
        {date && <> · <UiText><time dateTime={article.publishedTime ?? undefined}>{date}</time></UiText></>}
      </p>
      <h1 class="cr-meta-title">{article.title}</h1>
      <p class="cr-meta-line">
        {article.byline && <bdi class="cr-meta-byline">{article.byline}</bdi>}
        {article.byline && ' · '}
        <UiText class="cr-meta-time">{t('metaReadingTime', String(article.readingMinutes))}</UiText>
      </p>
    </header>
  );
}
