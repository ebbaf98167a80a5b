// A folder of Markdown files as a zip: one file per clipping (front matter, then the article), written
// with fflate in a stream of parts, so 10,000 clippings never become one string.
import { strToU8, Zip } from 'fflate';
import { clippingMarkdown, frontMatter } from '../clippings/export-markdown';
import type { Clipping } from '../clippings/types';
import { phaseClock } from '../perf-marks';
import { addDeflated } from './deflate';
import { UniqueNames } from './file-names';
import { obsidianFrontMatter } from './obsidian';

export interface FolderOptions {
  /** Front matter with the keys Obsidian's properties use (source, created, tags as a list…). */
  obsidian: boolean;
  /** The project's sanitizer (stored HTML is sanitized again in every export); a fragment spares Turndown a parse. */
  sanitize: (html: string) => string | DocumentFragment;
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
  const clock = phaseClock('export-markdown');
  const sanitize = (html: string) => {
    clock.lap('names, front matter');
    const clean = options.sanitize(html);
    clock.lap('sanitize');
    return clean;
  };
  let count = 0;
  for await (const batch of batches) {
    clock.lap('read clippings');
    // The browser deflates a batch's files while this thread writes the next ones' Markdown.
    const deflating: Array<Promise<void>> = [];
    for (const clipping of batch) {
      const name = `${options.folder}/${names.next(clipping.title, 'md')}`;
      const markdown = clippingMarkdown(clipping, sanitize, header);
      clock.lap('turndown');
      deflating.push(addDeflated(zip, name, strToU8(markdown), { ...UNIX_FILE, mtime: zipTime(clipping.savedAt) }));
      clock.lap('zip');
      count++;
    }
    await Promise.all(deflating);
    clock.lap('zip');
    onProgress?.(count);
  }
  zip.end();
  clock.done();
  if (failure) throw failure;
  return { parts, count };
}
