import { invalidField } from './errors';
import type { ClippingDraft } from './types';

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
