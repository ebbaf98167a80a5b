/**
 * Finds a W3C text-quote selector in a text: at its stored position when the text there is still the
 * quote, else the occurrence whose context (prefix/suffix) matches best, nearest the stored position;
 * else, for small edits, the closest approximate match (approx-string-match: Myers' bit-vector
 * algorithm, as Hypothesis uses). Pure string work on UTF-16 offsets.
 */
import search from 'approx-string-match';
import type { TextQuoteSelector } from '@/utils/clippings/types';

/** Quotes shorter than this are only placed exactly: a fuzzy match of a few letters could be anywhere. */
const MIN_FUZZY_CHARS = 12;
/** At most this share of the quote may differ (insertions, deletions, substitutions). */
const MAX_ERROR_SHARE = 0.2;
/** Context compared for fuzzy candidates. */
const CONTEXT_CHARS = 32;

export interface Span {
  start: number;
  end: number;
}

/** How much of the stored context surrounds text[start, end): 0, 1 or 2 sides. */
function contextScore(text: string, quote: TextQuoteSelector, start: number, end: number): number {
  const prefix = quote.prefix.slice(-CONTEXT_CHARS);
  const suffix = quote.suffix.slice(0, CONTEXT_CHARS);
  return (prefix && text.slice(start - prefix.length, start) === prefix ? 1 : 0) + (suffix && text.slice(end, end + suffix.length) === suffix ? 1 : 0);
}

/** The best of the candidates: most context, then nearest the hint. */
function best(text: string, quote: TextQuoteSelector, candidates: Span[], hint: number): Span | null {
  let chosen: Span | null = null;
  let chosenScore = -1;
  let chosenDistance = Infinity;
  for (const span of candidates) {
    const score = contextScore(text, quote, span.start, span.end);
    const distance = Math.abs(span.start - hint);
    if (score > chosenScore || (score === chosenScore && distance < chosenDistance)) {
      chosen = span;
      chosenScore = score;
      chosenDistance = distance;
    }
  }
  return chosen;
}

/** Where the quote is in `text`; `hint` is the stored position (UTF-16 offsets). Null: it is gone. */
export function locateQuote(text: string, quote: TextQuoteSelector, hint: Span): Span | null {
  const exact = quote.exact;
  if (!exact) return null;
  if (text.slice(hint.start, hint.end) === exact) return hint;
  const exactHits: Span[] = [];
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) exactHits.push({ start: at, end: at + exact.length });
  if (exactHits.length) return best(text, quote, exactHits, hint.start);
  if (exact.length < MIN_FUZZY_CHARS) return null;
  const maxErrors = Math.floor(exact.length * MAX_ERROR_SHARE);
  const matches = search(text, exact, maxErrors);
  if (!matches.length) return null;
  const fewest = Math.min(...matches.map((m) => m.errors));
  return best(text, quote, matches.filter((m) => m.errors === fewest), hint.start);
}
