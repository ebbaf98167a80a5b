import { browser } from 'wxt/browser';

/** The keys of `public/_locales/en/messages.json`, typed by `wxt prepare`. */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/** A UI string from `_locales`; the key itself when a translation is missing, so gaps are visible. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
