// Instapaper's CSV export: URL,Title,Selection,Folder (older) or URL,Title,Selection,Folder,Timestamp,Tags
// (Timestamp in Unix seconds, Tags a JSON list). Folders: Unread, Archive, Starred, or the reader's own.
import { oneItemPerUrl, oneLine, uniqueTags } from './common';
import { parseCsv, rowLink } from './csv';
import { linkItem } from './pocket';
import type { ImportItem, ImportState, ParsedImport } from './types';

export const INSTAPAPER_COLUMNS = ['url', 'title', 'selection', 'folder'] as const;

export function parseInstapaperCsv(text: string, file: string, now = Date.now()): ParsedImport {
  const { rows, rejected } = parseCsv(text, file, INSTAPAPER_COLUMNS, 'Instapaper export');
  const items: ImportItem[] = [];
  for (const { row, fields } of rows) {
    const where = `${file}, row ${row}`;
    const link = rowLink(fields, where, 'URL', 'Timestamp');
    if ('reason' in link) {
      rejected.push(link);
      continue;
    }
    const tags = jsonTags(fields.tags);
    if (!tags) {
      rejected.push({ where: `${where}, column “Tags”`, reason: `not a list of tags (${oneLine(fields.tags, 40)})` });
      continue;
    }
    const { state, tag } = folderState(fields.folder);
    items.push(linkItem('instapaper', where, link.address, fields.title, link.savedAt ?? now, uniqueTags([...tags, ...(tag ? [tag] : [])]), state, fields.selection));
  }
  const merged = oneItemPerUrl(items);
  return { format: 'instapaper-csv', items: merged.items, rejected, highlightProblems: [], duplicates: merged.duplicates };
}

/** Unread → unread; Archive → archived; Starred and the reader's own folders → unread, with the folder as a tag. */
function folderState(raw: string | undefined): { state: ImportState; tag: string | null } {
  const folder = oneLine(raw, 40);
  if (!folder || /^unread$/i.test(folder)) return { state: 'unread', tag: null };
  if (/^archive$/i.test(folder)) return { state: 'archived', tag: null };
  return { state: 'unread', tag: folder };
}

/** The Tags column: a JSON list of text (empty or missing: none); null when it is something else. */
function jsonTags(raw: string | undefined): string[] | null {
  const text = raw?.trim() ?? '';
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((t) => typeof t === 'string') ? uniqueTags(value) : null;
  } catch {
    return null;
  }
}
