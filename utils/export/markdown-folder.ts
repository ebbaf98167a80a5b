// A folder of Markdown files as a zip: one file per clipping (front matter, then the article), written
// with fflate in a stream of parts, so 10,000 clippings never become one string.
import { strToU8, Zip, ZipPassThrough } from 'fflate';
import { clippingMarkdown, frontMatter } from '../clippings/export-markdown';
import type { Clipping } from '../clippings/types';
import { phaseClock } from '../perf-marks';
import { UniqueNames } from './file-names';
import { obsidianFrontMatter } from './obsidian';

export interface FolderOptions {
  /** Front matter with the keys Obsidian's properties use (source, created, tags as a list…). */
  obsidian: boolean;
  /** Makes stored HTML safe for the converter (the library: `inertArticle`); a fragment spares Turndown a parse. */
  sanitize: (html: string) => string | DocumentFragment | HTMLElement;
  /** The folder inside the zip. */
  folder: string;
}

// Made on Unix, mode 0644: with the MS-DOS default, Info-ZIP's unzip reads the (UTF-8 flagged) names as
// code page 437 and makes files no one may read; Windows and macOS go by the UTF-8 flag either way.
const UNIX_FILE = { os: 3, attrs: (0o100644 << 16) >>> 0 };
/** Zip times run from 1980 to 2107 (fflate refuses others): the saved time, clamped. */
const zipTime = (ms: number) => Math.min(Math.max(ms, Date.UTC(1980, 0, 2)), Date.UTC(2099, 11, 31));

/**
 * The batches, the next one requested before the current one is handed out: the database reads it in its own
 * thread while this one converts the current batch (reading was a sixth of the export, waited for in turn).
 */
async function* readAhead<T>(source: AsyncIterable<T> | Iterable<T>): AsyncGenerator<T> {
  const it = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : (async function* () { yield* source; })();
  for (let next = it.next(); ;) {
    const current = await next;
    if (current.done) return;
    next = it.next();
    // Awaited on the next turn; if the export stops first (an error), its failure is not unhandled.
    next.catch(() => undefined);
    yield current.value;
  }
}

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
  for await (const batch of readAhead(batches)) {
    clock.lap('read clippings');
    for (const clipping of batch) {
      // Stored, not deflated: deflating (fflate's, or the browser's CompressionStream file by file) was a
      // quarter to a third of the export's time; the zip is ~2.3× larger (54 MB for 10,000 articles), and
      // a folder for a notes app is unpacked once.
      const file = new ZipPassThrough(`${options.folder}/${names.next(clipping.title, 'md')}`);
      // The streaming entries take these as properties, not options.
      Object.assign(file, UNIX_FILE, { mtime: zipTime(clipping.savedAt) });
      zip.add(file);
      const markdown = clippingMarkdown(clipping, sanitize, header);
      clock.lap('turndown');
      file.push(strToU8(markdown), true);
      clock.lap('zip');
      count++;
    }
    onProgress?.(count);
  }
  zip.end();
  clock.done();
  if (failure) throw failure;
  return { parts, count };
}
