// What an import from another app changes in a clipping the library already has: it adds, never takes
// away. Its tags and highlights join the clipping's; its text fills in a link-only clipping; the
// clipping's own state, dates, note and text stay as they are.
import type { Clipping } from '../clippings/types';

export function mergeImported(existing: Clipping, incoming: Clipping): Clipping {
  const lower = new Set(existing.tags.map((t) => t.toLowerCase()));
  const tags = [...existing.tags, ...incoming.tags.filter((t) => !lower.has(t.toLowerCase()) && lower.add(t.toLowerCase()))];
  const quotes = new Set(existing.highlights.map((h) => h.quote.exact));
  const fillIn = existing.linkOnly && !incoming.linkOnly;
  const highlights = [...existing.highlights, ...incoming.highlights.filter((h) => !quotes.has(h.quote.exact))];
  const note = !incoming.note.trim() || existing.note.includes(incoming.note) ? existing.note : existing.note.trim() ? `${existing.note}\n\n${incoming.note}` : incoming.note;
  const content = fillIn
    ? { html: incoming.html, text: incoming.text, excerpt: incoming.excerpt, wordCount: incoming.wordCount, byline: existing.byline ?? incoming.byline,
        publishedTime: existing.publishedTime ?? incoming.publishedTime, lang: incoming.lang, dir: incoming.dir, linkOnly: false }
    : {};
  const changed = fillIn || tags.length !== existing.tags.length || highlights.length !== existing.highlights.length || note !== existing.note;
  if (!changed) return existing;
  return { ...existing, ...content, tags, note, highlights, highlightCount: highlights.length, updatedAt: Math.max(existing.updatedAt, incoming.updatedAt, Date.now()) };
}
