import { invalidField } from './errors';
import { defaultMarks, type ClippingDraft, type ClippingMarks, type ClippingSource, type ClippingState, type Highlight, type HighlightColor, type ReadingProgress, type TextQuoteSelector } from './types';

const MAX_HTML_CHARS = 20_000_000;

/** Checks a draft that crossed a message boundary; throws StoreError('invalid') naming the bad field. */
export function validateDraft(value: unknown): ClippingDraft {
  if (!value || typeof value !== 'object') throw invalidField('clipping');
  const d = value as Record<string, unknown>;
  if (d.kind !== 'article' && d.kind !== 'selection') throw invalidField('kind');
  for (const field of ['url', 'canonicalUrl', 'title', 'html', 'text', 'excerpt'] as const) {
    if (typeof d[field] !== 'string') throw invalidField(field);
  }
  for (const field of ['byline', 'siteName', 'publishedTime', 'lang', 'textFragmentUrl'] as const) {
    if (d[field] !== null && typeof d[field] !== 'string') throw invalidField(field);
  }
  if (d.dir !== null && d.dir !== 'ltr' && d.dir !== 'rtl') throw invalidField('dir');
  if (typeof d.wordCount !== 'number' || !Number.isFinite(d.wordCount) || d.wordCount < 0) throw invalidField('wordCount');
  if (!/^https?:/i.test(d.url as string)) throw invalidField('url');
  // Links the reader and the exports make from a record: never a script or data URL (hostile backups).
  if (!/^https?:/i.test(d.canonicalUrl as string)) throw invalidField('canonicalUrl');
  if (d.textFragmentUrl !== null && !/^https?:/i.test(d.textFragmentUrl as string)) throw invalidField('textFragmentUrl');
  if ((d.html as string).length > MAX_HTML_CHARS) throw invalidField('html', 'too large');
  // A fresh object: fields the schema does not know never reach the database.
  return {
    kind: d.kind,
    url: d.url as string,
    canonicalUrl: d.canonicalUrl as string,
    title: d.title as string,
    byline: d.byline as string | null,
    siteName: d.siteName as string | null,
    publishedTime: d.publishedTime as string | null,
    lang: d.lang as string | null,
    dir: d.dir,
    html: d.html as string,
    text: d.text as string,
    excerpt: d.excerpt as string,
    wordCount: d.wordCount,
    textFragmentUrl: d.textFragmentUrl as string | null,
  };
}

export const CLIPPING_STATES: readonly ClippingState[] = ['unread', 'reading', 'finished', 'archived'];
export const HIGHLIGHT_COLORS: readonly HighlightColor[] = ['yellow', 'green', 'blue', 'pink'];
export const MAX_NOTE_CHARS = 100_000;
/** A quote is a passage, not a book; prefix and suffix are context (a few dozen characters). */
const MAX_QUOTE_CHARS = 20_000;
const MAX_CONTEXT_CHARS = 1_000;
const MAX_ID_CHARS = 100;

export function validateState(value: unknown): ClippingState {
  if (!CLIPPING_STATES.includes(value as ClippingState)) throw invalidField('state');
  return value as ClippingState;
}

export function validateColor(value: unknown): HighlightColor {
  if (!HIGHLIGHT_COLORS.includes(value as HighlightColor)) throw invalidField('highlight color');
  return value as HighlightColor;
}

/** A note on a clipping or a highlight: plain text of bounded length. */
export function validateNote(value: unknown, field = 'note'): string {
  if (typeof value !== 'string' || value.length > MAX_NOTE_CHARS) throw invalidField(field);
  return value;
}

/** Checks a highlight that crossed a message boundary (or came from a backup); a fresh object. */
export function validateHighlight(value: unknown): Highlight {
  if (!isRecord(value)) throw invalidField('highlight');
  if (typeof value.id !== 'string' || !value.id || value.id.length > MAX_ID_CHARS) throw invalidField('highlight id');
  const position = value.position;
  if (!isRecord(position) || position.type !== 'TextPositionSelector' || !isCount(position.start) || !isCount(position.end) || position.end < position.start) {
    throw invalidField('highlight position');
  }
  const quote = validateQuote(value.quote, 'highlight quote');
  if (!quote.exact.trim()) throw invalidField('highlight quote');
  if (!isTime(value.createdAt) || !isTime(value.updatedAt)) throw invalidField('highlight time');
  return {
    id: value.id,
    color: validateColor(value.color),
    quote,
    position: { type: 'TextPositionSelector', start: position.start, end: position.end },
    note: validateNote(value.note, 'highlight note'),
    createdAt: value.createdAt,
    updatedAt: value.updatedAt,
  };
}

const SOURCES: readonly ClippingSource[] = ['clean-reader', 'pocket', 'instapaper', 'omnivore'];
const MAX_HIGHLIGHTS = 10_000;

/**
 * The marks of a clipping from outside (a backup, an undo): each one missing takes its default (backups
 * written before highlights existed), each one present must be valid. `highlightCount` is recomputed.
 */
export function validateMarks(value: Record<string, unknown>, savedAt: number): ClippingMarks {
  const marks = defaultMarks(savedAt);
  if (value.state !== undefined) marks.state = validateState(value.state);
  if (value.progress !== undefined && value.progress !== null) marks.progress = validateProgress(value.progress);
  if (value.highlights !== undefined) {
    if (!Array.isArray(value.highlights) || value.highlights.length > MAX_HIGHLIGHTS) throw invalidField('highlights');
    marks.highlights = value.highlights.map(validateHighlight);
    if (new Set(marks.highlights.map((h) => h.id)).size !== marks.highlights.length) throw invalidField('highlights', 'an id twice');
    marks.highlightCount = marks.highlights.length;
  }
  if (value.linkOnly !== undefined) {
    if (typeof value.linkOnly !== 'boolean') throw invalidField('linkOnly');
    marks.linkOnly = value.linkOnly;
  }
  if (value.source !== undefined) {
    if (!SOURCES.includes(value.source as ClippingSource)) throw invalidField('source');
    marks.source = value.source as ClippingSource;
  }
  if (value.updatedAt !== undefined) {
    if (!isTime(value.updatedAt)) throw invalidField('updatedAt');
    marks.updatedAt = value.updatedAt;
  }
  return marks;
}

export function validateProgress(value: unknown): ReadingProgress {
  if (!isRecord(value) || typeof value.fraction !== 'number' || !(value.fraction >= 0 && value.fraction <= 1)) throw invalidField('progress');
  if (!isTime(value.updatedAt)) throw invalidField('progress time');
  return { fraction: value.fraction, anchor: value.anchor === null ? null : validateQuote(value.anchor, 'progress anchor'), updatedAt: value.updatedAt };
}

function validateQuote(value: unknown, field: string): TextQuoteSelector {
  if (!isRecord(value) || value.type !== 'TextQuoteSelector') throw invalidField(field);
  const { exact, prefix, suffix } = value;
  if (typeof exact !== 'string' || exact.length > MAX_QUOTE_CHARS) throw invalidField(field);
  if (typeof prefix !== 'string' || typeof suffix !== 'string' || prefix.length > MAX_CONTEXT_CHARS || suffix.length > MAX_CONTEXT_CHARS) throw invalidField(field);
  return { type: 'TextQuoteSelector', exact, prefix, suffix };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
