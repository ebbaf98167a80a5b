// The JSON backup of the whole library: a versioned, documented format, written in parts (a 10,000
// clipping library is ~100 MB) and read back with a validation that names what is wrong.
import { invalidForReader, StoreError } from './errors';
import { errorMessage } from '../error-message';
import type { Clipping } from './types';
import { validateDraft, validateMarks } from './validate';

export const BACKUP_FORMAT = 'clean-reader-backup';
/** 2 adds highlights, progress and state (issue #12); version 1 files still import, with the defaults. */
export const BACKUP_VERSION = 2;
const READABLE_VERSIONS: readonly number[] = [1, 2];
/** JavaScript strings stop at ~512 M characters; refuse clearly before that. */
export const MAX_BACKUP_BYTES = 500 * 1024 * 1024;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  count: number;
}

export interface Backup extends BackupHeader {
  clippings: Clipping[];
}

/** The fields of a clipping in the order a backup writes them (a stable, diffable file). */
export const CLIPPING_FIELDS = ['id', 'kind', 'key', 'url', 'canonicalUrl', 'title', 'byline', 'siteName', 'publishedTime', 'lang', 'dir',
  'savedAt', 'updatedAt', 'tags', 'note', 'state', 'progress', 'highlightCount', 'highlights', 'linkOnly', 'source',
  'excerpt', 'wordCount', 'textFragmentUrl', 'text', 'html'] as const satisfies ReadonlyArray<keyof Clipping>;

/** One clipping as backup JSON: the known fields only, in a fixed order. */
export function clippingJson(clipping: Clipping): string {
  const ordered: Record<string, unknown> = {};
  for (const field of CLIPPING_FIELDS) ordered[field] = clipping[field];
  return JSON.stringify(ordered);
}

/** The opening of a backup file; then the clippings joined by `BACKUP_SEPARATOR`, then `BACKUP_END`. */
export function backupStart(count: number, exportedAt = new Date().toISOString()): string {
  const header: BackupHeader = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, count };
  return `${JSON.stringify(header).slice(0, -1)},"clippings":[\n`;
}
export const BACKUP_SEPARATOR = ',\n';
export const BACKUP_END = '\n]}\n';

/**
 * The backup of every clipping `batches` yields, as the parts of one file (a large library never becomes
 * one string). The header's count is what was written, set once the last batch is in: a count read
 * before the batches missed a clipping saved or deleted meanwhile (a save in another tab, a sync), and
 * `parseBackup` then refused the whole file as incomplete.
 */
export async function backupParts(
  batches: AsyncIterable<Clipping[]>,
  onBatch: (written: number) => void = () => {},
  exportedAt?: string,
): Promise<{ parts: string[]; count: number }> {
  const parts: string[] = [''];
  let count = 0;
  for await (const batch of batches) {
    if (batch.length === 0) continue;
    parts.push((count > 0 ? BACKUP_SEPARATOR : '') + batch.map(clippingJson).join(BACKUP_SEPARATOR));
    count += batch.length;
    onBatch(count);
  }
  parts[0] = backupStart(count, exportedAt);
  parts.push(BACKUP_END);
  return { parts, count };
}

/** A whole backup as one string (small libraries, tests). */
export function backupText(clippings: Clipping[], exportedAt?: string): string {
  return backupStart(clippings.length, exportedAt) + clippings.map(clippingJson).join(BACKUP_SEPARATOR) + BACKUP_END;
}

/** Reads a backup file's text; throws StoreError('invalid') with a message a reader can act on. */
export function parseBackup(text: string): Backup {
  if (text.length > MAX_BACKUP_BYTES) {
    throw bad(`The file is ${Math.round(text.length / 1048576)} MB; Clean Reader imports backups of up to ${MAX_BACKUP_BYTES / 1048576} MB.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const why = errorMessage(error);
    throw bad(`The file is not complete JSON; it may be cut short or not a Clean Reader backup (${why}).`);
  }
  if (!isObject(data) || data.format !== BACKUP_FORMAT) {
    // said with what Import does take: a JSON file of another app's (Pocket's API, Omnivore's list alone) lands here
    throw bad(
      `This JSON file is not a Clean Reader backup (it has no "format": "${BACKUP_FORMAT}"). Import takes a Clean Reader backup, ` +
        "Pocket's or Omnivore's export zip, Pocket's older HTML export and Instapaper's CSV.",
    );
  }
  if (!READABLE_VERSIONS.includes(data.version as number)) {
    throw bad(`This backup is version ${JSON.stringify(data.version)}; this Clean Reader reads versions ${READABLE_VERSIONS.join(' and ')}.`);
  }
  if (typeof data.exportedAt !== 'string') throw bad('The backup\'s "exportedAt" must be a date in text.');
  if (!Array.isArray(data.clippings)) throw bad('The backup has no "clippings" list.');
  if (data.count !== data.clippings.length) {
    throw bad(`The backup says it holds ${String(data.count)} clippings but has ${data.clippings.length}: it may be incomplete.`);
  }
  const ids = new Set<number>();
  const clippings = data.clippings.map((value, i) => {
    const clipping = validateBackupClipping(value, i);
    if (ids.has(clipping.id)) throw bad(`clippings[${i}]: the id ${clipping.id} appears twice.`);
    ids.add(clipping.id);
    return clipping;
  });
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: data.exportedAt, count: clippings.length, clippings };
}

/** One stored clipping from outside (a backup, an undo): a fresh object with the known fields only. */
export function validateBackupClipping(value: unknown, index = 0): Clipping {
  const where = `clippings[${index}]`;
  if (!isObject(value)) throw bad(`${where} is not an object.`);
  const title = typeof value.title === 'string' ? value.title.replace(/\s+/g, ' ').trim() : '';
  const label = title ? `${where} ("${title.length > 40 ? `${title.slice(0, 40).trimEnd()}…` : title}")` : where;
  let draft;
  try {
    draft = validateDraft(value);
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    throw bad(`${label}: "${error.field ?? 'a field'}" is missing or has the wrong type.`);
  }
  if (typeof value.id !== 'number' || !Number.isInteger(value.id) || value.id < 1) throw bad(`${label}: "id" must be a whole number above 0.`);
  if (typeof value.savedAt !== 'number' || !Number.isFinite(value.savedAt)) throw bad(`${label}: "savedAt" must be a time in milliseconds.`);
  if (!Array.isArray(value.tags) || !value.tags.every((t) => typeof t === 'string')) throw bad(`${label}: "tags" must be a list of text.`);
  if (typeof value.note !== 'string') throw bad(`${label}: "note" must be text.`);
  if (value.key !== undefined && typeof value.key !== 'string') throw bad(`${label}: "key" must be text.`);
  let marks;
  try {
    marks = validateMarks(value, value.savedAt);
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    throw bad(`${label}: "${error.field ?? 'a field'}" has the wrong type or value.`);
  }
  return { ...draft, id: value.id, key: typeof value.key === 'string' ? value.key : '', savedAt: value.savedAt, tags: [...value.tags] as string[], note: value.note, ...marks };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const bad = invalidForReader;
