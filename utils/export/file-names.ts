// File names that every common system accepts and that do not collide when unpacked, even where names
// ignore case (Windows, macOS) or compare Unicode normalised (macOS).
import { isoDay } from '../format';

/** Windows refuses these names whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** Bytes in a name stem: 255 is the limit of common file systems, in UTF-8 bytes; room for " (12345).md". */
const MAX_STEM_BYTES = 180;
const encoder = new TextEncoder();

/**
 * A name from a title: no characters Windows forbids (`<>:"/\|?*`, controls), none that break a link in
 * Markdown notes apps (`#^[]`), no leading or trailing dot or space, not a reserved device name, short enough.
 */
export function safeStem(title: string, fallback = 'Clipping'): string {
  let stem = title
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*#^[\]]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  while (encoder.encode(stem).length > MAX_STEM_BYTES) stem = [...stem].slice(0, -1).join('').trimEnd();
  stem = stem.replace(/[.\s]+$/g, '');
  if (!stem) stem = fallback;
  // Windows reserves the device name before any dot too ("aux.txt").
  if (RESERVED.test(stem.split('.')[0]!.trim())) stem = `_${stem}`;
  return stem;
}

/** Hands out names unique ignoring case: "Title.md", then "Title (2).md", "Title (3).md"… */
export class UniqueNames {
  private readonly taken = new Set<string>();
  /** Per name, the number to try next: every one below it is taken (a title 90 times was 4,000 tries). */
  private readonly tried = new Map<string, number>();

  next(title: string, extension: string): string {
    const stem = safeStem(title);
    const base = `${stem}.${extension}`.toLowerCase();
    for (let n = this.tried.get(base) ?? 1; ; n++) {
      const name = `${n === 1 ? stem : `${stem} (${n})`}.${extension}`;
      const key = name.toLowerCase();
      if (!this.taken.has(key)) {
        this.taken.add(key);
        this.tried.set(base, n + 1);
        return name;
      }
    }
  }
}

/** The name of an export made now: `stem-2024-03-12` (the UTC day), so a reader's exports sort by date. */
export function datedName(stem: string, now = Date.now()): string {
  return `${stem}-${isoDay(now)}`;
}
