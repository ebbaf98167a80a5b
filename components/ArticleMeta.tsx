import type { ComponentChildren } from 'preact';
import { browser } from 'wxt/browser';
import { t, type MessageKey } from '@/utils/i18n';
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
        {date && <> · <UiText><time dateTime={article.publishedTime ?? undefined}>{date}</time></UiText></>}
      </p>
      <Heading class="cr-meta-title">{article.title}</Heading>
      <p class="cr-meta-line">
        {article.byline && <bdi class="cr-meta-byline">{article.byline}</bdi>}
        {article.byline && ' · '}
        <UiText class="cr-meta-time">{t('metaReadingTime', String(article.readingMinutes))}</UiText>
      </p>
    </header>
  );
}

/**
 * A phrase in the interface's language inside an article that may run the other way, isolated so that
 * "1 min read" keeps its order in a right-to-left article.
 */
export function UiText({ children, class: className }: { children: ComponentChildren; class?: string }) {
  return (
    <bdi class={className} lang={browser.i18n.getUILanguage()} dir={t('@@bidi_dir' as MessageKey) === 'rtl' ? 'rtl' : 'ltr'}>
      {children}
    </bdi>
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
