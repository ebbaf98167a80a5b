// A clipping's word-order signature: which words follow which in its phrase-searchable fields, as a Bloom filter of
// word pairs (pure functions, no database). A quoted phrase is in a field only if each of its words is followed by the
// next there, so a clipping whose signature lacks one of the phrase's pairs cannot hold it, and its text is not read:
// a phrase with no match, or rare matches among hundreds of candidates, read every candidate's text (~20 KB each) to
// say so. A "maybe" is always checked against the text: the results stay exactly those of a plain scan.
import { splitField, UNSPACED, type SplitField } from './search-index';

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
  return pairsOfFields(fields.map(splitField));
}

/** The signature of fields already split (`splitField`: a clipping's index words come from the same split). */
export function pairsOfFields(fields: ReadonlyArray<SplitField | null>): Uint8Array {
  // Sized by the parts (the pairs and a few empty parts): one pass then sets the bits, no list of hashes.
  let parts = 0;
  for (const field of fields) if (field) parts += field.parts.length;
  const bytes = Math.min(MAX_BYTES, Math.ceil((parts * BITS_PER_PAIR) / 8));
  const bits = new Uint8Array(bytes);
  const size = bytes * 8;
  for (const field of fields) {
    if (!field) continue;
    let previous = -1;
    for (const word of field.parts) {
      if (!word) continue;
      const hash = wordHash(word);
      if (previous !== -1) setPair(bits, size, pairHash(previous, hash));
      previous = hash;
    }
  }
  return bits;
}

function setPair(bits: Uint8Array, size: number, hash: number): void {
  const step = stepOf(hash);
  for (let i = 0; i < HASHES; i++) {
    const bit = ((hash + Math.imul(i, step)) >>> 0) % size;
    bits[bit >>> 3]! |= 1 << (bit & 7);
  }
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
      const hash = pairHash(wordHash(phrase[i]!), wordHash(phrase[i + 1]!));
      const step = stepOf(hash);
      for (let k = 0; k < HASHES; k++) {
        const bit = ((hash + Math.imul(k, step)) >>> 0) % size;
        if ((signature[bit >>> 3]! & (1 << (bit & 7))) === 0) return false;
      }
    }
    return true;
  });
}

/** FNV-1a of a word (unsigned: -1 is no word's). */
function wordHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** A pair's hash from its words' (in order: "a b" is not "b a"), mixed as MurmurHash3 finishes. */
function pairHash(first: number, second: number): number {
  let hash = Math.imul(first, 0x01000193) ^ second;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** The step between a pair's HASHES bit positions (double hashing): odd, from the hash's halves mixed. */
function stepOf(hash: number): number {
  const step = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return ((step ^ (step >>> 16)) | 1) >>> 0;
}
