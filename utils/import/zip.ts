// Reading export zips with fflate: the names first (nothing inflated), then only the entries wanted,
// each and all together under a size bound (a crafted zip can claim gigabytes).
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { ImportError } from './types';
import { errorMessage } from '../error-message';

/** Above this an entry is refused (one CSV, JSON or article of an export is far smaller). */
export const MAX_ENTRY_BYTES = 100 * 1024 * 1024;
/** All entries read from one zip together. */
export const MAX_UNZIPPED_BYTES = 400 * 1024 * 1024;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

/** The names of the files in a zip (folders left out). */
export function zipNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  readZip(bytes, (info) => {
    if (!info.name.endsWith('/')) names.push(info.name);
    return false;
  });
  return names;
}

/** The wanted entries, inflated; throws ImportError when one is too large or the zip is broken. */
export function unzipEntries(bytes: Uint8Array, wanted: (name: string) => boolean): Record<string, Uint8Array> {
  let total = 0;
  return readZip(bytes, (info) => {
    if (!wanted(info.name)) return false;
    if (info.originalSize > MAX_ENTRY_BYTES) {
      throw new ImportError(`“${info.name}” in the zip is ${mb(info.originalSize)} MB unpacked; Clean Reader reads entries of up to ${mb(MAX_ENTRY_BYTES)} MB.`);
    }
    total += info.originalSize;
    if (total > MAX_UNZIPPED_BYTES) throw new ImportError(`The zip unpacks to more than ${mb(MAX_UNZIPPED_BYTES)} MB; Clean Reader reads exports up to that size.`);
    return true;
  });
}

function readZip(bytes: Uint8Array, filter: (info: UnzipFileInfo) => boolean): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes, { filter });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const why = errorMessage(error);
    throw new ImportError(`The zip could not be read; it may be incomplete or damaged (${why}).`);
  }
}

const utf8 = new TextDecoder('utf-8');
/** An entry's text (UTF-8, a byte-order mark dropped). */
export function entryText(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}

const mb = (bytes: number) => Math.round(bytes / 1048576);
