// The words each surface shows when a request to the background fails: the popup's and the reader's
// save buttons, the library and the toolbar badge. (Articles that cannot be shown: article-failure-text.ts.)
import type { MessageKey } from './browser/i18n';
import type { ErrorCode } from './browser/messages';

/**
 * Why a request to the background did not succeed, as the end of "Not saved: …" or "Not done: …".
 * `unanswered` has none: it is no failure (the action may have happened), each surface says so itself.
 */
export const ERROR_TEXT: Record<Exclude<ErrorCode, 'unanswered'>, MessageKey> = {
  quota: 'errorQuota',
  storage: 'errorStorage',
  invalid: 'errorInvalid',
  missing: 'errorMissing',
  unknown: 'errorStorage',
  unsent: 'errorUnsent',
};
