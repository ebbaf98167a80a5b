// Where an imported highlight's quote sits in the article's text: the W3C TextQuote and TextPosition
// selectors the reader anchors highlights by, computed on the text of the sanitized body. An exact match
// first, then one that lets white space differ (exports re-flow lines); the reader re-anchors on open.

export interface QuoteAnchor {
  quote: { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };
  position: { type: 'TextPositionSelector'; start: number; end: number };
}

/** Characters of context kept on each side of the quote. */
const CONTEXT = 32;
/** Quotes longer than this are not looked for word by word (a pattern that size costs more than it finds). */
const MAX_FLEXIBLE_CHARS = 2_000;

export function anchorQuote(text: string, quote: string): QuoteAnchor | null {
  const wanted = quote.trim();
  if (!wanted) return null;
  let start = text.indexOf(wanted);
  let end = start + wanted.length;
  if (start < 0 && wanted.length <= MAX_FLEXIBLE_CHARS) {
    const words = wanted.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const match = new RegExp(words.join('\\s+'), 'u').exec(text);
    if (match) (start = match.index), (end = match.index + match[0].length);
  }
  if (start < 0) return null;
  return {
    quote: { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - CONTEXT), start), suffix: text.slice(end, end + CONTEXT) },
    position: { type: 'TextPositionSelector', start, end },
  };
}
