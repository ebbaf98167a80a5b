export type ClippingKind = 'article' | 'selection';
export type ClippingState = 'unread' | 'reading' | 'finished' | 'archived';
export type HighlightColor = 'yellow' | 'green' | 'blue' | 'pink';
/** Where a clipping came from: saved here, or imported from another read-later service. */
export type ClippingSource = 'clean-reader' | 'pocket' | 'instapaper' | 'omnivore';

/** W3C Web Annotation selectors, against the text content of the rendered (sanitized) article body. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface Highlight {
  /** crypto.randomUUID(); kept through a delete's undo and a backup's round trip. */
  id: string;
  color: HighlightColor;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /** Plain text, never HTML. */
  note: string;
  createdAt: number;
  updatedAt: number;
}

export interface ReadingProgress {
  /** 0..1 of the article scrolled past. */
  fraction: number;
  /** The paragraph at the top of the view. */
  anchor: TextQuoteSelector | null;
  updatedAt: number;
}

/** A stored clipping. `html` is sanitized before storage and sanitized again at every render. */
export interface Clipping {
  id: number;
  kind: ClippingKind;
  /** What makes two saves "the same clipping": the normalised canonical URL (+ passage for selections). */
  key: string;
  url: string;
  canonicalUrl: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  html: string;
  text: string;
  excerpt: string;
  wordCount: number;
  /** Link back to the passage (`#:~:text=`) for selections. */
  textFragmentUrl: string | null;
  savedAt: number;
  tags: string[];
  note: string;
  state: ClippingState;
  progress: ReadingProgress | null;
  highlights: Highlight[];
  /** Indexed, always `highlights.length`: the "has highlights" filter reads the index, not the records. */
  highlightCount: number;
  /** Imported without its text (title, URL, tags, dates, state only); filled in on the first save. */
  linkOnly: boolean;
  source: ClippingSource;
  /** The last change of any kind (ms). */
  updatedAt: number;
  /**
   * Stored rows only: an article's edition-free key (utils/clippings/edition-key.ts), indexed; written by the
   * database on every write (utils/clippings/db.ts), never by a caller, never in a backup or a sync document.
   */
  editionKey?: string;
}

/** The reader's own data about a clipping, which a new save of the page never replaces. */
export type ClippingMarks = Pick<Clipping, 'state' | 'progress' | 'highlights' | 'highlightCount' | 'linkOnly' | 'source' | 'updatedAt'>;

/** What a surface sends to be saved; the store fills in the rest. */
export type ClippingDraft = Omit<Clipping, 'id' | 'key' | 'savedAt' | 'tags' | 'note' | 'editionKey' | keyof ClippingMarks>;

/** The marks of a clipping saved (or imported) with none yet. */
export function defaultMarks(updatedAt: number): ClippingMarks {
  return { state: 'unread', progress: null, highlights: [], highlightCount: 0, linkOnly: false, source: 'clean-reader', updatedAt };
}

export interface SaveOutcome {
  id: number;
  /** True when a clipping with the same key existed and was updated instead of duplicated. */
  updated: boolean;
}
