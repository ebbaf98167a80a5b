// The library page's half of an import: read the file, turn its items into clippings (sanitizing any
// HTML, which needs the page's DOM), and count what the import would do, before anything is written.
// The background, the only writer, then commits the staged result in one transaction.
import { BACKUP_END, BACKUP_SEPARATOR, backupStart, clippingJson } from '../clippings/backup';
import type { ClippingsDb } from '../clippings/db';
import { clippingKey, idsByKey } from '../clippings/store';
import type { Clipping } from '../clippings/types';
import { phaseClock } from '../perf-marks';
import { readImportFile } from './detect';
import { importedClipping, type ImportedClipping } from './to-clipping';
import type { ImportFormat, ImportProblem } from './types';

export interface ImportPreview {
  format: ImportFormat;
  total: number;
  /** Not in the library yet (by the normalised URL). */
  added: number;
  /** In the library already: they gain tags, highlights, or their text (when link-only); nothing is taken away. */
  existing: number;
  withContent: number;
  linkOnly: number;
  withHighlights: number;
  rejected: ImportProblem[];
  /** Highlights not imported (a damaged annotations file): told apart, never counted among the items left out. */
  highlightProblems: ImportProblem[];
  duplicates: ImportProblem[];
}

export interface PreparedImport {
  preview: ImportPreview;
  /** What to stage for the background: the backup itself, or the items as a backup of their own. */
  staged: Blob;
  external: boolean;
}

export async function prepareImport(file: File, db: ClippingsDb, now = Date.now()): Promise<PreparedImport> {
  const clock = phaseClock('import-preview');
  const bytes = new Uint8Array(await file.arrayBuffer());
  clock.lap('read the file');
  const read = readImportFile(bytes, file.name, (html) => new DOMParser().parseFromString(html, 'text/html'), now);
  clock.lap('parse');
  if (!('items' in read)) {
    const computed = read.backup.clippings.map((c) => clippingKey(c));
    const keys = new Set((await idsByKey(db, computed)).keys());
    clock.lap('library keys');
    const known = computed.map((key) => keys.has(key));
    const preview = countPreview('clean-reader-backup', read.backup.clippings, read.backup.clippings.map((c) => c.highlightCount > 0), known, { rejected: [], highlightProblems: [], duplicates: [] });
    clock.lap('count');
    clock.done();
    return { preview, staged: file, external: false };
  }
  // An item is in the library when its story is, under any edition of its address (as the commit matches it).
  const stories = new Set((await idsByKey(db, read.items.map((item) => item.edition), 'editionKey')).keys());
  const known = read.items.map((item) => stories.has(item.edition));
  clock.lap('library keys');
  const records = read.items.map((item) => importedClipping(item));
  const hadHighlights = read.items.map((item) => item.highlights.length > 0);
  clock.lap('to clippings');
  const preview = countPreview(read.format, records, hadHighlights, known, read);
  clock.lap('count');
  const staged = stagedBackup(records);
  clock.lap('as a backup blob');
  clock.done();
  return { preview, staged, external: true };
}

/** `known`: whether each record is in the library already. */
function countPreview(format: ImportFormat, records: ReadonlyArray<ImportedClipping | Clipping>, highlighted: boolean[], known: boolean[],
  { rejected, highlightProblems, duplicates }: Pick<ImportPreview, 'rejected' | 'highlightProblems' | 'duplicates'>): ImportPreview {
  const existing = known.filter(Boolean).length;
  const linkOnly = records.filter((r) => r.linkOnly).length;
  return {
    format, total: records.length, added: records.length - existing, existing, withContent: records.length - linkOnly, linkOnly,
    withHighlights: highlighted.filter(Boolean).length, rejected, highlightProblems, duplicates,
  };
}

/** Records per part of the staged backup: a Blob of 40,000 small parts took 2–2.7 s to build for 20,000 links. */
const STAGED_PART = 500;

/** The items as a Clean Reader backup (in parts: Omnivore's articles can add up to hundreds of MB); ids are placeholders. */
function stagedBackup(records: readonly ImportedClipping[]): Blob {
  const parts: string[] = [backupStart(records.length)];
  for (let start = 0; start < records.length; start += STAGED_PART) {
    const part = records.slice(start, start + STAGED_PART).map((r, i) => clippingJson({ ...r, id: start + i + 1, key: '' }));
    parts.push((start ? BACKUP_SEPARATOR : '') + part.join(BACKUP_SEPARATOR));
  }
  parts.push(BACKUP_END);
  return new Blob(parts, { type: 'application/json' });
}
