import { browser } from 'wxt/browser';

/** The keys of `public/_locales/en/messages.json`, typed by `wxt prepare`. */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/** A UI string from `_locales`; the key itself when a translation is missing, so gaps are visible. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The interface's language and direction, for phrases of ours inside an article that may run the other way. */
export function uiLanguage(): { lang: string; dir: 'ltr' | 'rtl' } {
  return { lang: browser.i18n.getUILanguage(), dir: t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr' };
}

/** The keys that have a `…One` form beside them, for a count of one. */
type CountedKey = { [K in MessageKey]: `${K}One` extends MessageKey ? K : never }[MessageKey];

/**
 * A message about `count` things in its form for that count ("1 clipping", not "1 clippings"); `shown` is the count as
 * written, by default with the reader's digit grouping ("1,000", as the library's header writes its count).
 */
export function tCount(key: CountedKey, count: number, shown = count.toLocaleString()): string {
  return t(count === 1 ? (`${key}One` as MessageKey) : key, shown);
}
