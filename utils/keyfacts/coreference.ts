/**
 * One entity, one chip: variants of an organisation's name ("Sierra Nevada Corp", "Sierra Nevada Corporation",
 * "Tyvak Inc.") share a key; the fullest form is the one shown.
 */

/** Legal forms that do not change which organisation is meant. */
const LEGAL_SUFFIX = /,?\s+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|ag|sa|gmbh|nv|bv|pty)\.?$/i;
const ONLY_LEGAL = /^(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|ag|sa|gmbh|nv|bv|pty)\.?$/i;

/** The key that all written forms of one organisation share; "" for a bare legal form ("Inc"). */
export function orgKey(name: string): string {
  if (ONLY_LEGAL.test(name.trim())) return '';
  return name.replace(LEGAL_SUFFIX, '').replace(/^the\s+/i, '').toLowerCase();
}

/** Of two forms of one name, the one to show: the longer (it carries the legal form), else the first. */
export const fuller = (a: string, b: string): string => (b.length > a.length ? b : a);
