// Small helpers every importer uses: web addresses, times, tags, and one item per URL.
import { editionKeyOfUrl } from '../clippings/edition-key';
import { dropTracking, urlKey } from '../clippings/url-key';
import { publisherAddress } from './amp-viewer';
import type { ImportHighlight, ImportItem, ImportProblem } from './types';

/** A web page's address, parsed once for all an import needs of it (a 20,000-row file parsed each URL 3–4 times). */
export interface WebAddress {
  url: string;
  /** The normalised address: the key of the clipping it becomes, and how twins and the library's clippings are matched. */
  key: string;
  /** Its edition-free key (utils/clippings/edition-key.ts): the same story under http and https, www. or m., AMP or not, is one. */
  edition: string;
  /** "example.org" from "https://www.example.org/a". */
  site: string | null;
}

/** The address if it is a web page's (http or https; the publisher's for an AMP viewer's), else null: nothing else becomes a link. */
export function webAddress(raw: unknown): WebAddress | null {
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  if (!/^https?:\/\//i.test(text)) return null;
  let parsed: URL;
  try {
    parsed = publisherAddress(new URL(text));
  } catch {
    return null;
  }
  // Pocket's export tags its links (utm_source=pocket_mylist): the reader's link and the exports carry the article's
  // address, not where a visit once came from
  dropTracking(parsed.searchParams);
  const url = parsed.href;
  const site = parsed.hostname.replace(/^www\./i, '') || null;
  const edition = editionKeyOfUrl(parsed);
  return { url, site, edition, key: urlKey(parsed) };
}

/** A Unix time in seconds as milliseconds; null when it is not one (empty counts as missing: undefined). */
export function secondsToMs(raw: unknown): number | null | undefined {
  const text = String(raw ?? '').trim();
  if (!text) return undefined;
  if (!/^\d{1,12}(\.\d+)?$/.test(text)) return null;
  return Math.round(Number(text) * 1000);
}

/** An ISO (or any Date-readable) time as milliseconds, else null. */
export function isoToMs(raw: unknown): number | null {
  if (typeof raw !== 'string' || !raw.trim()) return null;
  const ms = Date.parse(raw);
  return Number.isFinite(ms) ? ms : null;
}

/** Text with runs of white space as one space, at most `max` characters. */
export function oneLine(raw: unknown, max = 1000): string {
  return typeof raw === 'string' ? raw.replace(/\s+/g, ' ').trim().slice(0, max) : '';
}

/** Tags from a joined list: trimmed, empty ones dropped, no twins ignoring case. */
export function splitTags(raw: unknown, separator: string | RegExp): string[] {
  const parts = typeof raw === 'string' ? raw.split(separator) : [];
  return uniqueTags(parts);
}

export function uniqueTags(parts: readonly unknown[]): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of parts) {
    const tag = oneLine(part, 40);
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
  }
  return tags;
}

/**
 * One item per article: an item whose story (edition-free key: the same address under http and https, www.
 * or m., AMP or not) an earlier one had is merged into it (tags and highlights joined, content kept from
 * whichever has it; the first one's address kept) and reported, so a file with twins imports once.
 */
export function oneItemPerUrl(items: readonly ImportItem[]): { items: ImportItem[]; duplicates: ImportProblem[] } {
  const byStory = new Map<string, ImportItem>();
  const duplicates: ImportProblem[] = [];
  for (const item of items) {
    const first = byStory.get(item.edition);
    if (!first) {
      byStory.set(item.edition, { ...item });
      continue;
    }
    const same = first.key === item.key ? 'the same address' : 'the same article (another edition of its address)';
    duplicates.push({ where: item.where, reason: `${same} as ${first.where}; merged into it` });
    first.tags = uniqueTags([...first.tags, ...item.tags]);
    first.highlights = joinHighlights(first.highlights, item.highlights);
    first.html ??= item.html;
  }
  return { items: [...byStory.values()], duplicates };
}

/** Both lists, a quote (with the same note) only once. */
export function joinHighlights(a: readonly ImportHighlight[], b: readonly ImportHighlight[]): ImportHighlight[] {
  const seen = new Set(a.map((h) => `${h.quote}\u0000${h.note}`));
  return [...a, ...b.filter((h) => !seen.has(`${h.quote}\u0000${h.note}`))];
}
