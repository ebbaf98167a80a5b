// Omnivore's export zip: metadata_*.json (lists of {id, slug, title, description, author, url, state,
// readingProgress (0–100), labels, savedAt, publishedAt…}), content/<slug>.html (its copy of the
// article) and highlights/<slug>.md ("> quote [⤴️](link)" then the note, per highlight).
import { isoToMs, oneItemPerUrl, oneLine, uniqueTags, webAddress } from './common';
import { entryText, unzipEntries } from './zip';
import { errorMessage } from '../error-message';
import type { ImportHighlight, ImportItem, ImportProblem, ImportState, ParsedImport } from './types';

export const OMNIVORE_METADATA = /(^|\/)metadata_[^/]*\.json$/i;
const CONTENT = /(^|\/)content\/([^/]+)\.html$/i;
const HIGHLIGHTS = /(^|\/)highlights\/([^/]+)\.md$/i;

export function parseOmnivoreZip(bytes: Uint8Array, now = Date.now()): ParsedImport {
  const entries = unzipEntries(bytes, (name) => OMNIVORE_METADATA.test(name) || CONTENT.test(name) || HIGHLIGHTS.test(name));
  const bySlug = (pattern: RegExp) => new Map(Object.keys(entries).flatMap((n) => {
    const slug = pattern.exec(n)?.[2];
    return slug ? [[slug, n] as const] : [];
  }));
  const contents = bySlug(CONTENT);
  const highlights = bySlug(HIGHLIGHTS);
  const items: ImportItem[] = [];
  const rejected: ImportProblem[] = [];
  for (const name of Object.keys(entries).filter((n) => OMNIVORE_METADATA.test(n)).sort()) {
    let records: unknown;
    try {
      records = JSON.parse(entryText(entries[name]!));
    } catch (error) {
      rejected.push({ where: name, reason: `not JSON (${errorMessage(error)})` });
      continue;
    }
    if (!Array.isArray(records)) {
      rejected.push({ where: name, reason: 'not a list of saved items' });
      continue;
    }
    records.forEach((record: unknown, i) => {
      const where = `${name}, item ${i + 1}`;
      const r = (record ?? {}) as Record<string, unknown>;
      const address = webAddress(r.url);
      if (!address) {
        rejected.push({ where: `${where}, field “url”`, reason: typeof r.url === 'string' && r.url.trim() ? `not a web address (${oneLine(r.url, 60)})` : 'missing' });
        return;
      }
      const slug = typeof r.slug === 'string' ? r.slug : '';
      const content = contents.get(slug);
      const notes = highlights.get(slug);
      const fraction = typeof r.readingProgress === 'number' && Number.isFinite(r.readingProgress) ? Math.min(1, Math.max(0, r.readingProgress / 100)) : null;
      const published = isoToMs(r.publishedAt);
      items.push({
        source: 'omnivore', where, url: address.url, key: address.key, edition: address.edition, title: oneLine(r.title) || address.url, byline: oneLine(r.author, 200) || null,
        siteName: oneLine(r.siteName, 200) || address.site, publishedTime: published === null ? null : new Date(published).toISOString(),
        excerpt: oneLine(r.description, 280), savedAt: isoToMs(r.savedAt) ?? now, tags: uniqueTags(labelNames(r.labels)),
        state: omnivoreState(r.state, fraction), progress: fraction, html: content ? entryText(entries[content]!) : null,
        highlights: notes ? parseHighlightsMarkdown(entryText(entries[notes]!)) : [],
      });
    });
  }
  const merged = oneItemPerUrl(items);
  return { format: 'omnivore-zip', items: merged.items, rejected, highlightProblems: [], duplicates: merged.duplicates };
}

/** Labels as names (plain strings, or objects with a name in some versions). */
function labelNames(labels: unknown): unknown[] {
  if (!Array.isArray(labels)) return [];
  return labels.map((l) => (typeof l === 'object' && l !== null ? (l as { name?: unknown }).name : l));
}

/** Archived stays archived; otherwise how far the reader got says unread, reading or finished. */
function omnivoreState(state: unknown, fraction: number | null): ImportState {
  if (typeof state === 'string' && /^archived$/i.test(state)) return 'archived';
  if (fraction !== null && fraction >= 0.98) return 'finished';
  if (fraction !== null && fraction > 0.02) return 'reading';
  return 'unread';
}

/** Omnivore's highlights file: each highlight starts with "> "; its quote ends at the "[⤴️](…)" link, then the note. */
export function parseHighlightsMarkdown(markdown: string): ImportHighlight[] {
  const out: ImportHighlight[] = [];
  const blocks = markdown.replace(/\r\n?/g, '\n').split(/\n(?=> )/);
  for (const block of blocks) {
    if (!block.startsWith('> ')) continue;
    const link = /\s*\[⤴️?\]\([^)]*\)/u.exec(block);
    const end = link ? link.index : block.search(/\n\s*\n|$/);
    const quote = block.slice(0, end).split('\n').map((line) => line.replace(/^>\s?/, '')).join('\n').trim();
    const note = block.slice(link ? link.index + link[0].length : end).trim();
    if (quote) out.push({ quote, note, createdAt: null });
  }
  return out;
}
