import { t } from '@/utils/i18n';
import type { Article } from '@/utils/extract/types';

type Meta = Pick<Article, 'title' | 'byline' | 'siteName' | 'publishedTime' | 'readingMinutes' | 'lang' | 'dir' | 'url'>;

/** Title, byline, site, date and reading time: always text, never HTML. */
export function ArticleMeta({ article, headingLevel = 1 }: { article: Meta; headingLevel?: 1 | 2 }) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const date = formatDate(article.publishedTime);
  return (
    <header class="cr-meta" lang={article.lang ?? undefined} dir={article.dir ?? 'auto'}>
      <p class="cr-meta-site">
        {article.siteName ?? hostOf(article.url)}
        {date && <> · <time dateTime={article.publishedTime ?? undefined}>{date}</time></>}
      </p>
      <Heading class="cr-meta-title">{article.title}</Heading>
      <p class="cr-meta-line">
        {article.byline && <span class="cr-meta-byline">{article.byline}</span>}
        {article.byline && ' · '}
        <span class="cr-meta-time">{t('metaReadingTime', String(article.readingMinutes))}</span>
      </p>
    </header>
  );
}

export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(date);
}

/** The site's host name, for pages that do not name their site. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
