/**
 * A highlight's quote as a reader reads it, with the breaks between the blocks it crosses. The stored quote (the
 * TextQuoteSelector's `exact`) is the rendered body's Text nodes joined, which glues a paragraph's last word to the
 * next block's first ("at the pier" + "February…" is "at the pierFebruary…"). It stays so: every stored highlight
 * anchors by it. What the panel shows, the exports write and the search indexes is this derived form instead.
 */
import { plainText, squeezed } from '@/utils/extract/plain-text';
import type { Highlight } from '@/utils/clippings/types';
import { occurrences } from './locate';

/** What the glued quote and the article's plain text may differ by: whitespace and soft hyphens (dropped from the text). */
const IGNORED = /[\s\u00ad]/;

interface Skeleton {
  /** The characters that are not IGNORED, in order. */
  chars: string;
  /** Where each of them is in the string it came from. */
  at: number[];
}

/** ASCII by its code (a regular expression a character was ~10 ms on a 66,000-character text in the background). */
function ignored(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return IGNORED.test(text[i]!);
}

function skeletonOf(text: string): Skeleton {
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) if (!ignored(text, i)) at.push(i);
  return { chars: squeezed(text), at };
}

/**
 * The readable quotes of the highlights of one article, by its plain text (`Clipping.text`: blocks apart by blank
 * lines, spaces collapsed, table cells apart). The quote is found in the text with whitespace ignored, with its stored
 * context where that is still there, nearest its stored position; one the text does not hold (an edited or link-only
 * clipping, an import's quote) is its stored quote. The text's skeleton is made once for all the highlights.
 */
export function quoteReader(text: string): (highlight: Pick<Highlight, 'quote' | 'position'>) => string {
  let skeleton: Skeleton | null = null;
  return ({ quote, position }) => {
    const exact = squeezed(quote.exact);
    if (!exact || !text) return quote.exact;
    skeleton ??= skeletonOf(text);
    const { chars, at } = skeleton;
    const prefix = squeezed(quote.prefix);
    const withContext = occurrences(chars, prefix + exact + squeezed(quote.suffix)).map((start) => start + prefix.length);
    const starts = withContext.length ? withContext : occurrences(chars, exact);
    if (!starts.length) return quote.exact;
    // the plain text has less whitespace than the rendered body's text: the stored position is a hint, not an offset here
    const nearest = starts.reduce((a, b) => (Math.abs(at[b]! - position.start) < Math.abs(at[a]! - position.start) ? b : a));
    return text.slice(at[nearest]!, at[nearest + exact.length - 1]! + 1);
  };
}

/** The readable text of a placed highlight's Range in the rendered article: blocks apart by blank lines, as `Clipping.text`. */
export function rangeReadable(range: Range): string {
  return plainText(range.cloneContents());
}
