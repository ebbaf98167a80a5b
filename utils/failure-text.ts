// The words each surface shows for a failure: one table per kind of failure, shared by the popup, the
// reader, the library and the toolbar badge.
import type { MessageKey } from './i18n';
import type { ErrorCode } from './messages';
import type { TabArticleResult } from './tab-article';

/**
 * Why a request to the background did not succeed, as the end of "Not saved: …" or "Not done: …".
 * `unanswered` has none: it is no failure (the action may have happened), each surface says so itself.
 */
export const ERROR_TEXT: Record<Exclude<ErrorCode, 'unanswered'>, MessageKey> = {
  quota: 'errorQuota',
  storage: 'errorStorage',
  invalid: 'errorInvalid',
  unknown: 'errorStorage',
  unsent: 'errorUnsent',
};

/** Why an article could not be shown, whether read from a tab or, in the reader, handed over. */
export type ArticleFailure = Exclude<TabArticleResult, { ok: true }>['reason'] | 'gone';

/** Title and body of the message that replaces the article. */
export const ARTICLE_FAILURE_TEXT: Record<ArticleFailure, [title: MessageKey, body: MessageKey]> = {
  gone: ['readerGoneTitle', 'readerGoneBody'],
  restricted: ['errorRestrictedTitle', 'errorRestrictedBody'],
  'no-tab': ['errorNoTabTitle', 'errorNoTabBody'],
  'not-article': ['errorNotArticleTitle', 'errorNotArticleBody'],
  'too-large': ['errorTooLargeTitle', 'errorTooLargeBody'],
  failed: ['errorFailedTitle', 'errorFailedBody'],
};
