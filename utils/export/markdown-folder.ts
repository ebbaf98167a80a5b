// A folder of Markdown files as a zip: one file per clipping (front matter, then the article), written
// with fflate in a stream of parts, so 10,000 clippings never become one string.
import { strToU8, Zip, ZipDeflate } from 'fflate';
import { clippingMarkdown, frontMatter } from '../clippings/export-markdown';
import type { Clipping } from '../clippings/types';
import { UniqueNames } from './file-names';
import { obsidianFrontMatter } from './obsidian';

export interface FolderOptions {
  /** Front matter with the keys Obsidian's properties use (source, created, tags as a list…). */
  obsidian: boolean;
  /** The project's sanitizer (stored HTML is sanitized again in every export). */
  sanitize: (html: string) => string;
  /** The folder inside the zip. */
  folder: string;
}

// Made on Unix, mode 0644: with the MS-DOS default, Info-ZIP's unzip reads the (UTF-8 flagged) names as
// code page 437 and makes files no one may read; Windows and macOS go by the UTF-8 flag either way.
const UNIX_FILE = { os: 3, attrs: (0o100644 << 16) >>> 0 };
/** Zip times run from 1980 to 2107 (fflate refuses others): the saved time, clamped. */
const zipTime = (ms: number) => Math.min(Math.max(ms, Date.UTC(1980, 0, 2)), Date.UTC(2099, 11, 31));

/** Builds the zip from batches of clippings; `onProgress` after each batch. Returns the zip's parts. */
export async function markdownFolderZip(
  batches: AsyncIterable<Clipping[]> | Iterable<Clipping[]>,
  options: FolderOptions,
  onProgress?: (done: number) => void,
): Promise<{ parts: Uint8Array[]; count: number }> {
  const parts: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else parts.push(chunk);
  });
  const names = new UniqueNames();
  const header = options.obsidian ? obsidianFrontMatter : frontMatter;
  let count = 0;
  for await (const batch of batches) {
    for (const clipping of batch) {
      const file = new ZipDeflate(`${options.folder}/${names.next(clipping.title, 'md')}`, { level: 6 });
      // The streaming entries take these as properties, not options.
      Object.assign(file, UNIX_FILE, { mtime: zipTime(clipping.savedAt) });
      zip.add(file);
      file.push(strToU8(clippingMarkdown(clipping, options.sanitize, header)), true);
      count++;
    }
    onProgress?.(count);
  }
  zip.end();
  if (failure) throw failure;
  return { parts, count };
}
