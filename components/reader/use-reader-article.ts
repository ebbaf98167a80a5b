import { useEffect, useState } from 'preact/hooks';
import { clippingsDb } from '@/utils/browser/library-mark';
import type { Highlight } from '@/utils/clippings/types';
import { handedOverArticle } from '@/utils/browser/reader-handover';
import { clippingToArticle, type ReaderSource } from '@/utils/reader-source';
import { extractFromTab, type TabArticleResult } from '@/utils/browser/tab-article';

/** `link-only`: a clipping imported without its text (Pocket, Instapaper): nothing to read here, only its page. */
export type ReaderLoad = TabArticleResult | { ok: false; reason: 'gone' | 'damaged' } | { ok: false; reason: 'link-only'; title: string; url: string; highlights: Highlight[] };
export type ReaderArticle = { status: 'loading' } | { status: 'done'; result: ReaderLoad };

/** The article the reader shows: read from a tab, handed over by the popup, or a saved clipping. */
async function load(source: ReaderSource | null): Promise<ReaderLoad> {
  if (!source) return { ok: false, reason: 'gone' };
  if (source.kind === 'tab') return extractFromTab(source.tabId);
  if (source.kind === 'clip') {
    const clipping = await clippingsDb().clippings.get(source.id);
    if (clipping?.linkOnly) return { ok: false, reason: 'link-only', title: clipping.title, url: clipping.url, highlights: clipping.highlights };
    if (!clipping) return { ok: false, reason: 'gone' };
    // a record the store holds but cannot show (its text is not text): said, not painted as an empty or broken page
    return typeof clipping.html === 'string' && typeof clipping.title === 'string' ? { ok: true, article: clippingToArticle(clipping) } : { ok: false, reason: 'damaged' };
  }
  const article = await handedOverArticle(source.key);
  return article ? { ok: true, article } : { ok: false, reason: 'gone' };
}

/** Loads the article once, when the reader opens. */
export function useReaderArticle(source: ReaderSource | null): ReaderArticle {
  const [state, setState] = useState<ReaderArticle>({ status: 'loading' });
  // a read that fails (the database unreadable, the record not a clipping) is said too: it was "Loading…" for ever
  useEffect(() => void load(source).catch((): ReaderLoad => ({ ok: false, reason: 'damaged' })).then((result) => setState({ status: 'done', result })), []);
  return state;
}
