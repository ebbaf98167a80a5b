// Pocket's exports: the zip of 2024–25 (part_000000.csv… with title,url,time_added,tags,status and
// optionally cursor; annotations/part_000000.json with highlights) and the older ril_export.html
// (an "Unread" and a "Read Archive" list of links with time_added and tags attributes).
import { joinHighlights, oneItemPerUrl, oneLine, secondsToMs, splitTags, webAddress, type WebAddress } from './common';
import { parseCsv, rowLink } from './csv';
import { entryText, unzipEntries } from './zip';
import { errorMessage } from '../error-message';
import { ImportError, type ImportHighlight, type ImportItem, type ImportProblem, type ImportState, type ParsedImport } from './types';

export const POCKET_COLUMNS = ['title', 'url', 'time_added', 'tags', 'status'] as const;
export const POCKET_CSV = /(^|\/)part_\d+\.csv$/i;
const POCKET_ANNOTATIONS = /(^|\/)annotations\/part_\d+\.json$/i;

/**
 * A Pocket export zip: every part, in name order, with the highlights of the annotation files. A problem of an
 * annotations file costs highlights only, never an item: it is told apart from the items left out.
 */
export function parsePocketZip(bytes: Uint8Array, now = Date.now()): ParsedImport {
  const entries = unzipEntries(bytes, (name) => POCKET_CSV.test(name) || POCKET_ANNOTATIONS.test(name));
  const names = Object.keys(entries).sort();
  const items: ImportItem[] = [];
  const rejected: ImportProblem[] = [];
  for (const name of names.filter((n) => POCKET_CSV.test(n))) {
    const part = pocketCsvItems(entryText(entries[name]!), name, now);
    items.push(...part.items);
    rejected.push(...part.rejected);
  }
  const merged = oneItemPerUrl(items);
  const byStory = new Map(merged.items.map((item) => [item.edition, item]));
  const highlightProblems: ImportProblem[] = [];
  for (const name of names.filter((n) => POCKET_ANNOTATIONS.test(n))) {
    for (const entry of annotationEntries(entryText(entries[name]!), name, highlightProblems)) {
      const item = byStory.get(entry.edition);
      if (item) item.highlights = joinHighlights(item.highlights, entry.highlights);
      else highlightProblems.push({ where: entry.where, reason: 'highlights of an address that is not in the export' });
    }
  }
  return { format: 'pocket-zip', items: merged.items, rejected, highlightProblems, duplicates: merged.duplicates };
}

/** The items of one part_NNNNNN.csv. */
function pocketCsvItems(text: string, file: string, now = Date.now()): { items: ImportItem[]; rejected: ImportProblem[] } {
  const { rows, rejected } = parseCsv(text, file, POCKET_COLUMNS, 'Pocket export');
  const items: ImportItem[] = [];
  for (const { row, fields } of rows) {
    const where = `${file}, row ${row}`;
    const link = rowLink(fields, where, 'url', 'time_added');
    if ('reason' in link) {
      rejected.push(link);
      continue;
    }
    const state: ImportState = fields.status?.trim().toLowerCase() === 'archive' ? 'archived' : 'unread';
    items.push(linkItem('pocket', where, link.address, fields.title, link.savedAt ?? now, splitTags(fields.tags, '|'), state));
  }
  return { items, rejected };
}

/**
 * A link-only item (no text: Pocket and Instapaper keep none in their exports). `excerpt` is Instapaper's Selection,
 * the reader's own passage or description: kept whole, its line breaks too (it was cut at 280 characters).
 */
export function linkItem(source: ImportItem['source'], where: string, { url, key, edition, site }: WebAddress, title: unknown, savedAt: number, tags: string[], state: ImportState, excerpt = ''): ImportItem {
  return {
    source, where, url, key, edition, title: oneLine(title) || url, byline: null, siteName: site, publishedTime: null,
    excerpt: excerpt.replace(/\r\n?/g, '\n').trim(), savedAt, tags, state, progress: null, html: null, highlights: [],
  };
}

function annotationEntries(text: string, file: string, problems: ImportProblem[]): Array<{ edition: string; where: string; highlights: ImportHighlight[] }> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    problems.push({ where: file, reason: `the file's highlights could not be read: not JSON (${errorMessage(error)})` });
    return [];
  }
  if (!Array.isArray(data)) {
    problems.push({ where: file, reason: "the file's highlights could not be read: not a list of annotated articles" });
    return [];
  }
  const out: Array<{ edition: string; where: string; highlights: ImportHighlight[] }> = [];
  data.forEach((entry: unknown, i) => {
    const where = `${file}, entry ${i + 1}`;
    const record = entry as { url?: unknown; highlights?: unknown } | null;
    const address = webAddress(record?.url);
    if (!address || !Array.isArray(record?.highlights)) {
      problems.push({ where, reason: address ? 'no "highlights" list' : 'no web address in "url"' });
      return;
    }
    const highlights = (record.highlights as unknown[]).flatMap((h) => {
      const quote = typeof (h as { quote?: unknown })?.quote === 'string' ? (h as { quote: string }).quote.trim() : '';
      const created = secondsToMs((h as { created_at?: unknown }).created_at);
      return quote ? [{ quote, note: '', createdAt: created ?? null }] : [];
    });
    out.push({ edition: address.edition, where, highlights });
  });
  return out;
}

/**
 * Pocket's older HTML export, parsed by the DOM's parser (an inert document: nothing in it runs). Pocket
 * gives every link its `time_added` and titles the page "Pocket Export": a page with neither is another
 * page of links (a saved article, a bookmarks file), whose every link would have become a clipping.
 */
export function parsePocketHtml(doc: Document, now = Date.now()): ParsedImport {
  if (doc.querySelector('a') && !doc.querySelector('a[time_added]') && !/pocket/i.test(doc.title)) {
    throw new ImportError("This HTML file is not a Pocket export: Pocket's export gives each link the time it was saved, and no link here has one.");
  }
  const items: ImportItem[] = [];
  const rejected: ImportProblem[] = [];
  let state: ImportState = 'unread';
  let count = 0;
  for (const node of doc.querySelectorAll('h1, a')) {
    if (node.tagName === 'H1') {
      state = /archive|read archive/i.test(node.textContent ?? '') ? 'archived' : 'unread';
      continue;
    }
    count++;
    const where = `link ${count} (“${oneLine(node.textContent, 40)}”)`;
    const href = node.getAttribute('href') ?? '';
    const address = webAddress(href);
    if (!address) {
      rejected.push({ where, reason: `not a web address (${oneLine(href, 60) || 'no href'})` });
      continue;
    }
    const savedAt = secondsToMs(node.getAttribute('time_added'));
    items.push(linkItem('pocket', where, address, node.textContent, savedAt ?? now, splitTags(node.getAttribute('tags'), ','), state));
  }
  if (count === 0) throw new ImportError('This HTML file holds no links: it is not a Pocket export.');
  const merged = oneItemPerUrl(items);
  return { format: 'pocket-html', items: merged.items, rejected, highlightProblems: [], duplicates: merged.duplicates };
}
