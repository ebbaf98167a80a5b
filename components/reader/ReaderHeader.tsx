import { useRef } from 'preact/hooks';
import { Byline, PublishedDate, siteName } from '@/components/ArticleMeta';
import { UiText } from '@/components/UiText';
import type { Article } from '@/utils/extract/types';
import { t } from '@/utils/browser/i18n';
import type { ReaderSettings } from '@/utils/settings';
import { useTitleFit } from './use-title-fit';

/** The article's header in the reader: text only, with a link to the original page. */
export function ReaderHeader({ article, progress, settings }: { article: Article; progress: number; settings: ReaderSettings }) {
  const title = useRef<HTMLHeadingElement>(null);
  useTitleFit(title, settings);
  const left = Math.max(0, Math.ceil(article.readingMinutes * (1 - progress)));
  return (
    <header class="reader-head">
      <p class="reader-site">
        <a href={article.url} target="_blank" rel="noopener noreferrer" title={t('readerOriginal')}>
          {siteName(article)}
        </a>
        <PublishedDate iso={article.publishedTime} />
      </p>
      <h1 class="reader-title" ref={title}>{article.title}</h1>
      <p class="reader-byline">
        <Byline byline={article.byline} />
        <UiText>{t('metaReadingTime', String(article.readingMinutes))}</UiText>
        {/* with its separator in one element, which print leaves out: paper has no time left */}
        {progress > 0.02 && progress < 0.98 && <span class="reader-left"> · <UiText>{t('readerTimeLeft', String(left))}</UiText></span>}
      </p>
    </header>
  );
}
