// How dates, hosts and escaped text are written everywhere: plain functions of their input.

/** A date as the reader's locale writes it ("12 Mar 2024"); null for no date or one that does not parse. */
export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  dateFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
  return dateFormat.format(date);
}
// Made once: a new formatter costs ~1 ms (locale data), and the library formats dates on every render of its cards.
let dateFormat: Intl.DateTimeFormat | undefined;

/**
 * A moment (milliseconds) as the reader's locale writes it, in the style of `formatDate` with the time to the minute
 * ("12 Mar 2024, 19:03"): for the UI's "when" (the last sync, the last save), beside cards that write their dates so.
 */
export function formatDateTime(ms: number): string {
  dateTimeFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return dateTimeFormat.format(ms);
}
let dateTimeFormat: Intl.DateTimeFormat | undefined;

/** A date (text a Date can parse, or milliseconds) as an ISO timestamp; null for none or one that does not parse. */
export function isoDate(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const date = new Date(typeof value === 'number' ? value : Date.parse(value.trim()));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The UTC day of a date, as 2024-03-12; null for none or one that does not parse. */
export function isoDay(value: string | number | null | undefined): string | null {
  return isoDate(value)?.slice(0, 10) ?? null;
}

/** Text made safe to put in HTML, in an element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The site's host name, for pages that do not name their site. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
