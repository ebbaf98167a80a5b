// A clipping's word-order signature: which words follow which in its phrase-searchable fields, as a Bloom filter of
// word pairs (pure functions, no database). A quoted phrase is in a field only if each of its words is followed by the
// next there, so a clipping whose signature lacks one of the phrase's pairs cannot hold it, and its text is not read:
// a phrase with no match, or rare matches among hundreds of candidates, read every candidate's text (~20 KB each) to
// say so. A "maybe" is always checked against the text: the results stay exactly those of a plain scan.
import { fold, SEPARATORS, UNSPACED } from './search-index';

/** Bits a pair of words in a row (counted with repeats: ~10 bits a distinct pair in articles): ~2–3 % false "maybe" a pair. */
const BITS_PER_PAIR = 6;
/** Bit positions a pair sets. */
const HASHES = 3;
/** A bound on a signature (a book's ~100,000 pairs): its false "maybe"s grow past it, never a false "no". */
const MAX_BYTES = 65_536;

/**
 * The signature of a clipping's phrase-searchable fields (what `matchesPhrases` checks: title, text, notes): each pair
 * of words in a row within one field, the words as the folded field splits into them (one-letter words included: a
 * phrase's words must be next to each other there).
 */
export function pairSignature(fields: ReadonlyArray<string | null | undefined>): Uint8Array {
  const hashes: number[] = [];
  for (const field of fields) {
    if (!field) continue;
    let previous = '';
    for (const word of fold(field).split(SEPARATORS)) {
      if (!word) continue;
      if (previous) hashes.push(pairHash(previous, word));
      previous = word;
    }
  }
  const bytes = Math.min(MAX_BYTES, Math.ceil((hashes.length * BITS_PER_PAIR) / 8));
  const bits = new Uint8Array(bytes);
  for (const hash of hashes) forEachBit(hash, bytes * 8, (bit) => void (bits[bit >>> 3]! |= 1 << (bit & 7)));
  return bits;
}

/**
 * False when the clipping of `signature` cannot hold every phrase (each a list of folded words, as `parseQuery` gives
 * them); true when it may (its text then says). A phrase with a word of an unspaced script is matched on character
 * pairs, not on these words: always "maybe".
 */
export function mayHoldPhrases(signature: Uint8Array, phrases: readonly string[][]): boolean {
  const size = signature.length * 8;
  return phrases.every((phrase) => {
    if (phrase.some((word) => UNSPACED.test(word))) return true;
    for (let i = 0; i + 1 < phrase.length; i++) {
      if (size === 0) return false;
      let all = true;
      forEachBit(pairHash(phrase[i]!, phrase[i + 1]!), size, (bit) => void (all &&= (signature[bit >>> 3]! & (1 << (bit & 7))) !== 0));
      if (!all) return false;
    }
    return true;
  });
}

/** FNV-1a over both words and a separator no word holds. */
function pairHash(first: string, second: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < first.length; i++) hash = Math.imul(hash ^ first.charCodeAt(i), 0x01000193);
  hash = Math.imul(hash ^ 0x20, 0x01000193);
  for (let i = 0; i < second.length; i++) hash = Math.imul(hash ^ second.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The HASHES bit positions of a pair's hash in `size` bits (double hashing: the hash and its mixed halves). */
function forEachBit(hash: number, size: number, use: (bit: number) => void): void {
  let step = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  step = ((step ^ (step >>> 16)) | 1) >>> 0;
  for (let i = 0; i < HASHES; i++) use(((hash + Math.imul(i, step)) >>> 0) % size);
}
