// One entry for every file the library's Import takes: recognised by what it holds, not by its name.
import { parseBackup, MAX_BACKUP_BYTES, type Backup } from '../clippings/backup';
import { EXPORT_GENERATOR } from '../clippings/export-html';
import { READWISE_COLUMNS } from '../clippings/export-highlights';
import { csvColumns } from './csv';
import { errorMessage } from '../error-message';
import { parseInstapaperCsv } from './instapaper';
import { parseOmnivoreZip, OMNIVORE_METADATA } from './omnivore';
import { parsePocketHtml, parsePocketZip, POCKET_COLUMNS, POCKET_CSV } from './pocket';
import { ImportError, type ParsedImport } from './types';
import { entryText, isZip, zipNames } from './zip';

export type ReadImport = ParsedImport | { format: 'clean-reader-backup'; backup: Backup };

/** How a file Clean Reader wrote for other apps is told, and what to do instead. */
const FOR_OTHER_APPS = "can't be imported back. To restore clippings, import a Clean Reader JSON backup (Export all (JSON backup) in the library).";

/** Text files (CSV, HTML) above this are refused: exports of 100,000 links are a few MB. */
export const MAX_TEXT_BYTES = 200 * 1024 * 1024;

/**
 * Reads a file chosen for import. Throws ImportError saying what the file is not; a file that is a known
 * export comes back with its items and, for each row left out, where it is and why.
 */
export function readImportFile(bytes: Uint8Array, fileName: string, parseHtml: (html: string) => Document, now = Date.now()): ReadImport {
  if (bytes.length === 0) throw new ImportError(`“${fileName}” is empty.`);
  if (isZip(bytes)) return readZip(bytes, fileName, now);
  if (bytes.length > MAX_BACKUP_BYTES) throw new ImportError(`“${fileName}” is ${mb(bytes.length)} MB; Clean Reader imports files of up to ${mb(MAX_BACKUP_BYTES)} MB.`);
  if (looksBinary(bytes)) throw new ImportError(`“${fileName}” is not a text file or a zip: not an export Clean Reader knows (Pocket, Instapaper, Omnivore, or its own backup).`);
  // Told apart by their start: a 100 MB file of no known kind is refused without reading it all.
  const head = entryText(bytes.subarray(0, 64 * 1024));
  const start = head.trimStart().slice(0, 1);
  if (start === '{') {
    try {
      return { format: 'clean-reader-backup', backup: parseBackup(entryText(bytes)) };
    } catch (error) {
      throw new ImportError(errorMessage(error));
    }
  }
  // Omnivore's list of items, taken out of its zip: the articles' text and highlights are in the zip's other files
  if (start === '[' && /"slug"\s*:/.test(head) && /"savedAt"\s*:/.test(head)) {
    throw new ImportError(`“${fileName}” is one part of an Omnivore export: import the whole zip Omnivore sent, with its content and highlights.`);
  }
  if (bytes.length > MAX_TEXT_BYTES) throw new ImportError(`“${fileName}” is ${mb(bytes.length)} MB; Clean Reader reads CSV and HTML exports of up to ${mb(MAX_TEXT_BYTES)} MB.`);
  if (start === '<') {
    const doc = parseHtml(entryText(bytes));
    if (doc.querySelector('meta[name="generator"]')?.getAttribute('content') === EXPORT_GENERATOR) {
      throw new ImportError(`“${fileName}” is a Clean Reader HTML export, made for reading anywhere: it ${FOR_OTHER_APPS}`);
    }
    return parsePocketHtml(doc, now);
  }
  const columns = csvColumns(head);
  if (READWISE_COLUMNS.every((c) => columns.includes(c.toLowerCase()))) {
    throw new ImportError(`“${fileName}” holds highlights in Readwise's layout (as Clean Reader's highlights export writes them), not the articles: it ${FOR_OTHER_APPS}`);
  }
  if (POCKET_COLUMNS.every((c) => columns.includes(c))) {
    throw new ImportError(`“${fileName}” is one part of a Pocket export: import the whole zip Pocket sent, with its annotations.`);
  }
  if (columns.includes('url') && columns.includes('folder')) return parseInstapaperCsv(entryText(bytes), fileName, now);
  throw new ImportError(
    `“${fileName}” is not an export Clean Reader knows. Its first line reads “${head.split(/\r?\n/, 1)[0]!.slice(0, 80)}”; ` +
      'an Instapaper CSV starts with URL,Title,Selection,Folder, Pocket and Omnivore exports are zips, a Clean Reader backup is JSON.',
  );
}

function readZip(bytes: Uint8Array, fileName: string, now: number): ParsedImport {
  const names = zipNames(bytes);
  if (names.some((n) => POCKET_CSV.test(n))) return parsePocketZip(bytes, now);
  if (names.some((n) => OMNIVORE_METADATA.test(n))) return parseOmnivoreZip(bytes, now);
  if (names.length > 0 && names.every((n) => n.endsWith('/') || /\.md$/i.test(n))) {
    throw new ImportError(`“${fileName}” is a folder of Markdown files (as Clean Reader's Markdown export writes), made for notes apps: it ${FOR_OTHER_APPS}`);
  }
  const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? `, and ${names.length - 5} more` : '');
  throw new ImportError(
    `“${fileName}” is a zip but not a Pocket or Omnivore export: it has no part_000000.csv or metadata_*.json (it holds ${shown || 'nothing'}).`,
  );
}

/** NUL bytes in the first 4 KB: a binary file (an image, a PDF, a database). */
function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 4096).includes(0);
}

const mb = (bytes: number) => Math.round(bytes / 1048576);
