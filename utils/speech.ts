import { splitSentences } from './keyfacts/sentences';

/** Speech engines stall or cut off long utterances; longer sentences are split at a pause. */
const MAX_UTTERANCE_CHARS = 220;

export interface Utterance {
  text: string;
  /** The sentence it belongs to, for highlighting. */
  sentence: string;
}

/** The article text as utterances in reading order: a sentence each, long ones split at commas. */
export function utterancesOf(text: string): Utterance[] {
  return splitSentences(text)
    .flatMap(({ text: sentence }) => sentence.split(SCRIPT_STOP))
    .flatMap((sentence) => splitLong(sentence).map((part) => ({ text: part, sentence })));
}

/** Sentence ends the shared splitter may leave joined: the Urdu full stop ۔ and the Arabic question mark ؟. */
const SCRIPT_STOP = /(?<=[\u06D4\u061F])\s+/u;

function splitLong(sentence: string): string[] {
  if (sentence.length <= MAX_UTTERANCE_CHARS) return [sentence];
  const parts: string[] = [];
  let current = '';
  for (const piece of sentence.split(/(?<=[,;:–—])\s+/)) {
    if (current && current.length + piece.length + 1 > MAX_UTTERANCE_CHARS) {
      parts.push(current);
      current = piece;
    } else {
      current = current ? `${current} ${piece}` : piece;
    }
  }
  if (current) parts.push(current);
  return parts.flatMap((part) => (part.length > MAX_UTTERANCE_CHARS * 2 ? chunkByWords(part) : [part]));
}

function chunkByWords(text: string): string[] {
  const words = text.split(' ');
  const chunks: string[] = [];
  for (let i = 0; i < words.length; i += 30) chunks.push(words.slice(i, i + 30).join(' '));
  return chunks;
}
