// An imported item as a clipping: its HTML (Omnivore's copy) sanitized like every page-derived HTML, its
// highlights anchored in the sanitized text (or kept as notes when the quote is not found), the other
// app's state and progress kept. Items without text become link-only "to read" clippings; their highlights
// (Pocket's) stay highlights waiting for the text: the reader places them by their quote once the page fills it in.
import { excerptOf } from '../clipping-draft';
import type { Clipping, Highlight } from '../clippings/types';
import { plainText } from '../extract/plain-text';
import { countWords } from '../reading-time';
import { sanitizeToFragment } from '../sanitize';
import { anchorQuote, type QuoteAnchor } from './anchor';
import type { ImportHighlight, ImportItem } from './types';

/** A clipping to add (the background gives it its id, and its key again: the background is the one writer). */
export type ImportedClipping = Omit<Clipping, 'id'>;

export function importedClipping(item: ImportItem, win: Window = window): ImportedClipping {
  // Parsed once: without its handlers in an inert document, sanitized from that node, serialized once for storage.
  const { html, bodyText, text } = item.html ? articleBody(sanitizeToFragment(withoutHandlers(item.html, win), win), item.title, win) : { html: '', bodyText: '', text: '' };
  const linkOnly = !text.trim();
  const highlights: Highlight[] = [];
  const unanchored: ImportHighlight[] = [];
  for (const h of item.highlights) {
    const anchor = linkOnly ? awaitingText(h.quote) : anchorQuote(bodyText, h.quote);
    if (!anchor) {
      unanchored.push(h);
      continue;
    }
    const at = h.createdAt ?? item.savedAt;
    highlights.push({ id: crypto.randomUUID(), color: 'yellow', ...anchor, note: h.note, createdAt: at, updatedAt: at });
  }
  return {
    kind: 'article', key: item.key, url: item.url, canonicalUrl: item.url, title: item.title, byline: item.byline, siteName: item.siteName,
    publishedTime: item.publishedTime, lang: null, dir: null, html: linkOnly ? '' : html, text: linkOnly ? '' : text,
    excerpt: item.excerpt || excerptOf(text), wordCount: linkOnly ? 0 : countWords(text), textFragmentUrl: null,
    savedAt: item.savedAt, tags: item.tags, note: highlightsAsNote(unanchored),
    state: item.state, progress: item.progress === null ? null : { fraction: item.progress, anchor: null, updatedAt: item.savedAt },
    highlights, highlightCount: highlights.length, linkOnly, source: item.source, updatedAt: item.savedAt,
  };
}

/**
 * The other app's HTML without its inline event handlers (`onerror=…`), parsed in a document with no script context,
 * for DOMPurify to sanitize as a node (it copies it, so no handler is ever parsed in the page): Chromium checks every
 * handler attribute parsed in a document of the page (a DOMParser's or a template's too) against the page's CSP and
 * logs a violation for each, though none runs (an Omnivore export logged one for each `onclick` or `onerror` in it).
 * Nothing here is trusted: DOMPurify still sanitizes it.
 */
export function withoutHandlers(html: string, win: Window): DocumentFragment {
  const template = inertDocument(win).createElement('template');
  template.innerHTML = html;
  const roots: DocumentFragment[] = [template.content];
  for (let root = roots.pop(); root; root = roots.pop()) {
    for (const element of root.querySelectorAll('*')) {
      for (const name of element.getAttributeNames()) if (/^on/i.test(name)) element.removeAttribute(name);
      if (element.tagName === 'TEMPLATE') roots.push((element as HTMLTemplateElement).content);
    }
  }
  return template.content;
}

const inertDocuments = new WeakMap<Window, Document>();

/** A document of a frame removed at once: it has no window left, so nothing parsed in it meets a script context. */
function inertDocument(win: Window): Document {
  let doc = inertDocuments.get(win);
  if (!doc) {
    const frame = win.document.createElement('iframe');
    win.document.documentElement.append(frame);
    doc = (frame.contentDocument ?? win.document).implementation.createHTMLDocument('');
    frame.remove();
    inertDocuments.set(win, doc);
  }
  return doc;
}

/**
 * The selectors of a quote with no text yet to sit in: the quote alone, no context, at the start. The reader finds
 * it by its text once the article is filled in (utils/highlights/locate.ts), and lists it under "Could not place"
 * when the article does not hold it; null for an empty quote.
 */
function awaitingText(quote: string): QuoteAnchor | null {
  const exact = quote.trim();
  if (!exact) return null;
  return { quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 0 } };
}

/**
 * The article's body without a first heading that repeats its title (Omnivore's copy starts with the title, which the
 * reader and the popup show above the body: it was shown twice), the text a reader sees (paragraphs, for search and
 * the word count), the text content highlights are anchored in, and its HTML to store; from the sanitized fragment.
 */
function articleBody(body: DocumentFragment, title: string, win: Window): { html: string; bodyText: string; text: string } {
  const heading = leadingHeading(body, win);
  if (heading && sameWords(heading.textContent ?? '', title)) heading.remove();
  const bodyText = body.textContent ?? '';
  const text = plainText(body);
  const holder = body.ownerDocument.createElement('div');
  holder.append(body);
  return { html: holder.innerHTML, bodyText, text };
}

/** The heading the body's first words are in, if they are in one. */
function leadingHeading(root: DocumentFragment, win: Window): Element | null {
  const walker = win.document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeValue?.trim()) return node.parentElement?.closest('h1, h2, h3, h4, h5, h6') ?? null;
  }
  return null;
}

const words = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
const sameWords = (a: string, b: string) => !!words(a) && words(a) === words(b);

/** Highlights with no place in the text, as a plain-text note: each quote, then its note. */
function highlightsAsNote(highlights: readonly ImportHighlight[]): string {
  return highlights.map((h) => `“${h.quote}”${h.note ? `\n${h.note}` : ''}`).join('\n\n');
}
