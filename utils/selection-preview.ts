import { countWords } from './reading-time';

const PREVIEW_WORDS = 8;

/** How the popup names a selection: its first words (an ellipsis when there are more) and its length in words. */
export interface SelectionPreview {
  start: string;
  words: number;
}

/** The selection's first words on one line (its line breaks and runs of spaces as one space), and how many words it has. */
export function selectionPreview(text: string): SelectionPreview {
  const spaced = text.trim().split(/\s+/u).filter(Boolean);
  const start = spaced.slice(0, PREVIEW_WORDS).join(' ');
  return { start: spaced.length > PREVIEW_WORDS ? `${start}…` : start, words: countWords(text) };
}
