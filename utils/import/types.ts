// What the importers read from another app's export, before it becomes a clipping: plain data, no DOM.
export type ImportFormat = 'pocket-zip' | 'pocket-html' | 'instapaper-csv' | 'omnivore-zip' | 'clean-reader-backup';
export type ImportSource = 'pocket' | 'instapaper' | 'omnivore';
export type ImportState = 'unread' | 'reading' | 'finished' | 'archived';

export interface ImportHighlight {
  quote: string;
  /** Plain text. */
  note: string;
  createdAt: number | null;
}

/** One saved item of another app. `html` is the other app's copy of the article, NOT sanitized. */
export interface ImportItem {
  source: ImportSource;
  /** Where it came from in the file ("part_000000.csv, row 12"), for messages. */
  where: string;
  url: string;
  /** The normalised `url` (utils/import/common.ts `webAddress`). */
  key: string;
  /** Its edition-free key: how twins in the file and the library's clipping of the same story are matched. */
  edition: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  excerpt: string;
  savedAt: number;
  tags: string[];
  state: ImportState;
  /** 0..1, when the app kept how far the reader got. */
  progress: number | null;
  html: string | null;
  highlights: ImportHighlight[];
}

/** Something in the file that is not imported, and why. */
export interface ImportProblem {
  where: string;
  reason: string;
}

export interface ParsedImport {
  format: ImportFormat;
  items: ImportItem[];
  rejected: ImportProblem[];
  /** Highlights that could not be imported (a damaged annotations file, an entry of it): no item is lost with them. */
  highlightProblems: ImportProblem[];
  /** Items whose URL an earlier item of the same file already had: merged into it. */
  duplicates: ImportProblem[];
}

/** A file that cannot be imported at all: the message says why, in words a reader can act on. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}
