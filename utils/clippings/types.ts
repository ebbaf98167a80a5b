export type ClippingKind = 'article' | 'selection';

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
}

/** What a surface sends to be saved; the store fills in the rest. */
export type ClippingDraft = Omit<Clipping, 'id' | 'key' | 'savedAt' | 'tags' | 'note'>;

export interface SaveOutcome {
  id: number;
  /** True when a clipping with the same key existed and was updated instead of duplicated. */
  updated: boolean;
}
