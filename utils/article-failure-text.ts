// The words that replace an article that cannot be shown, in the popup and the reader.
import type { MessageKey } from './browser/i18n';
import type { TabArticleResult } from './browser/tab-article';

/** Why an article could not be shown, whether read from a tab or, in the reader, handed over or stored (and damaged). */
export type ArticleFailure = Exclude<TabArticleResult, { ok: true }>['reason'] | 'gone' | 'damaged';

/** Title and body of the message that replaces the article. */
export const ARTICLE_FAILURE_TEXT: Record<ArticleFailure, [title: MessageKey, body: MessageKey]> = {
  gone: ['readerGoneTitle', 'readerGoneBody'],
  damaged: ['readerDamagedTitle', 'readerDamagedBody'],
  restricted: ['errorRestrictedTitle', 'errorRestrictedBody'],
  pdf: ['errorPdfTitle', 'errorPdfBody'],
  media: ['errorMediaTitle', 'errorMediaBody'],
  'no-tab': ['errorNoTabTitle', 'errorNoTabBody'],
  'not-article': ['errorNotArticleTitle', 'errorNotArticleBody'],
  'too-large': ['errorTooLargeTitle', 'errorTooLargeBody'],
  failed: ['errorFailedTitle', 'errorFailedBody'],
};
