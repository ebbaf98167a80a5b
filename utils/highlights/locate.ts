/**
 * Finds a W3C text-quote selector in a text: at its stored position when the text there is still the
 * quote, else the occurrence whose context (prefix/suffix) matches best, nearest the stored position;
 * else, for small edits, the closest approximate match (approx-string-match: Myers' bit-vector
 * algorithm, as Hypothesis uses). Pure string work on UTF-16 offsets.
 *
 * The prefix and suffix are part of the selector (W3C: they tell which occurrence of the quote is meant). An exact
 * occurrence with none of its context is taken only when that context is nowhere in the text (the passage's
 * neighbours were edited too, so nothing tells a better place); when the context is still there but beside none of the
 * occurrences, the highlighted words were reworded in their own passage and the occurrences are other passages: the
 * quote is then looked for approximately beside its context, and left unplaced ("not found") rather than moved.
 */
import search, { type Match } from 'approx-string-match';
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

/** The best of the candidates: most context, then nearest the hint (with its context score). */
function best(text: string, quote: TextQuoteSelector, candidates: Span[], hint: number): { span: Span; score: number } | null {
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
  return chosen && { span: chosen, score: chosenScore };
}

/** The best of the approximate matches with the fewest errors. */
function fewestErrors(text: string, quote: TextQuoteSelector, matches: Match[], hint: number): Span {
  const fewest = Math.min(...matches.map((m) => m.errors));
  return best(text, quote, matches.filter((m) => m.errors === fewest), hint)!.span;
}

/** Offsets in `text` where `part` starts (none for an empty part). */
export function occurrences(text: string, part: string): number[] {
  const found: number[] = [];
  if (part) for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) found.push(at);
  return found;
}

/**
 * Where the quote would start (right after its stored prefix) and end (right before its suffix) in the text, wherever
 * that context still is. A context shorter than CONTEXT_CHARS was cut by the text's start or end, so it counts only
 * there (a short one like "The " would be found everywhere).
 */
function contextPlaces(text: string, quote: TextQuoteSelector): { starts: number[]; ends: number[] } {
  const prefix = quote.prefix.slice(-CONTEXT_CHARS);
  const suffix = quote.suffix.slice(0, CONTEXT_CHARS);
  const starts = prefix.length === CONTEXT_CHARS ? occurrences(text, prefix).map((at) => at + prefix.length) : prefix && text.startsWith(prefix) ? [prefix.length] : [];
  const ends = suffix.length === CONTEXT_CHARS ? occurrences(text, suffix) : suffix && text.endsWith(suffix) ? [text.length - suffix.length] : [];
  return { starts, ends };
}

/**
 * Approximate matches of the quote right after each place its prefix still is and right before each place its suffix
 * is: its own passage, reworded. (approx-string-match returns only the matches with the fewest errors in what it is
 * given, so over the whole text an exact occurrence elsewhere would hide them.)
 */
function besideContext(text: string, exact: string, places: { starts: number[]; ends: number[] }, maxErrors: number): Match[] {
  const reach = exact.length + maxErrors;
  const within = (from: number, to: number) => search(text.slice(from, to), exact, maxErrors).map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
  return [...places.starts.flatMap((at) => within(at, at + reach)), ...places.ends.flatMap((at) => within(Math.max(0, at - reach), at))];
}

/** Where the quote is in `text`; `hint` is the stored position (UTF-16 offsets). Null: it is gone. */
export function locateQuote(text: string, quote: TextQuoteSelector, hint: Span): Span | null {
  const exact = quote.exact;
  if (!exact) return null;
  if (text.slice(hint.start, hint.end) === exact) return hint;
  const exactHits = occurrences(text, exact).map((at) => ({ start: at, end: at + exact.length }));
  const found = best(text, quote, exactHits, hint.start);
  if (found && found.score > 0) return found.span;
  const maxErrors = exact.length < MIN_FUZZY_CHARS ? 0 : Math.floor(exact.length * MAX_ERROR_SHARE);
  // the words reworded where the context still is: that passage, not an exact occurrence elsewhere
  const places = contextPlaces(text, quote);
  const reworded = maxErrors ? besideContext(text, exact, places, maxErrors) : [];
  if (reworded.length) return fewestErrors(text, quote, reworded, hint.start);
  // an exact occurrence without its context is the passage only when that context is gone from the whole text
  if (found) return places.starts.length || places.ends.length ? null : found.span;
  if (!maxErrors) return null;
  const matches = search(text, exact, maxErrors);
  return matches.length ? fewestErrors(text, quote, matches, hint.start) : null;
}
