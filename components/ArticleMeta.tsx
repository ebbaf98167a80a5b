import type { Article } from '@/utils/extract/types';
import { formatDate, hostOf } from '@/utils/format';
import { t } from '@/utils/browser/i18n';
import { UiText } from './UiText';

type Meta = Pick<Article, 'title' | 'byline' | 'siteName' | 'publishedTime' | 'readingMinutes' | 'lang' | 'dir' | 'url' | 'bodySource'>;

/** Title, byline, site, date and reading time: always text, never HTML. */
export function ArticleMeta({ article }: { article: Meta }) {
  return (
    <header class="cr-meta" lang={article.lang ?? undefined} dir={article.dir ?? 'auto'}>
      <p class="cr-meta-site">
        {siteName(article)}
        <PublishedDate iso={article.publishedTime} />
      </p>
      <h1 class="cr-meta-title">{article.title}</h1>
      <p class="cr-meta-line">
        <Byline byline={article.byline} />
        <UiText class="cr-meta-time">{t('metaReadingTime', String(article.readingMinutes))}</UiText>
        {/* The page showed no article text and its declared article body (JSON-LD) was taken: say so, quietly. */}
        {article.bodySource === 'structured-data' ? <UiText class="cr-meta-source">{' · '}{t('metaBodyFromStructuredData')}</UiText> : null}
      </p>
    </header>
  );
}

/** The site's name, else its host. */
export const siteName = (article: Pick<Article, 'siteName' | 'url'>): string => article.siteName ?? hostOf(article.url);

/** " · 12 Mar 2024" after the site, in the interface's language; nothing without a date. */
export function PublishedDate({ iso }: { iso: string | null }) {
  const date = formatDate(iso);
  return date ? <> · <UiText><time dateTime={iso ?? undefined}>{date}</time></UiText></> : null;
}

/** "Author · " before the reading time, isolated (a name may run the other way); nothing without one. */
export function Byline({ byline }: { byline: string | null }) {
  return byline ? <><bdi class="cr-meta-byline">{byline}</bdi>{' · '}</> : null;
}
