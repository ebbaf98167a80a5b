/**
 * Which paragraphs are running prose. Pages hand the extractor widgets and tables written one row or cell per
 * paragraph ("Mumbai3029", "24,942 1490Cases"), score tables, tickers, lists of dates, "Popular stories" blocks:
 * names, places and dates read there are cells, and a bare count means nothing without its column. Decided by
 * form alone (a sentence end, words of running text, digits, runs of short lines), so in any language.
 */

import { CASELESS, LETTER, LOWER, re } from './chars';
import { wordCount } from './phrases';

/** A sentence ends with a stop of any script, then perhaps closing quotes or brackets: such a paragraph is prose. */
const SENTENCE_END = /[.!?…。！？۔؟।॥]["'”’»)\]]*$/;
/**
 * A word of running text: three small letters or more opening a word ("rose", "wurde"), or a word of a script
 * without case (where nothing tells a name from a verb, so every word counts). Cells hold names, codes and numbers.
 */
const RUNNING_WORD = re`(?<![${LETTER}\d])[${LOWER}]{3,}|[${CASELESS}]{2,}`;
/** Digits of the Latin, Arabic-Indic, Persian and Devanagari scripts. */
const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9\u0966-\u096F]/;
/** "1. Finland", "2) Norway", "- Memory", "• Pune": the index or bullet of a list item says nothing of its content. */
const LIST_MARKER = /^(?:\d{1,3}[.)]\s|#\d{1,3}\s|[-–•*·]\s)/;
/**
 * A table written one cell or row per paragraph is a run of short lines without a sentence end, a third of them figures
 * or more (the names and headers between are its cells too). Four in a row: three short headings or labels can follow one another in
 * prose ("Rating / Unproven / Origin"), a table runs longer. A ranked list ("1. Finland", "2. Norway") holds no figures.
 */
const RUN_MIN = 4;
const RUN_CELL_SHARE = 1 / 3;
/** A cell or a row of a table has at most this many words ("Maharashtra 24,942 1,490"); a heading may have more. */
const CELL_WORDS_MAX = 6;

const unended = (t: string) => !SENTENCE_END.test(t);
/** A row of a table: figures with at most names or codes beside them, no sentence end, no word of running text. */
const isCellRow = (t: string) => unended(t) && DIGIT.test(t.replace(LIST_MARKER, '')) && !RUNNING_WORD.test(t);

/**
 * A line that points the reader to another story or a gallery: "Related: …", "SEE ALSO: …", "More: …", "PHOTOS: …",
 * and a sentence in brackets of its own, "(See the week's best pictures.)", "(MORE: 13 Best Tweets …)". The headline
 * it quotes is not this story's: its figures ("13 Best Tweets"), names and quotes are not facts of the article.
 */
const POINTER_LABEL = /^\(?\s*(?:(?:see|read|watch)(?: also| more)?|more|related(?: \p{L}+)?|photos?|videos?|gallery)\s*:/iu;
const POINTER_IN_BRACKETS = /^\((?:See|Watch|Read|Listen|MORE|More)\b[^()]*\)$/;
const isStoryPointer = (t: string): boolean => POINTER_LABEL.test(t.trim()) || POINTER_IN_BRACKETS.test(t.trim());

/** Per paragraph (its text, lines joined): whether it is running prose, which facts may be read from. */
export function proseParagraphs(paragraphs: string[]): boolean[] {
  const cell = paragraphs.map((t) => isCellRow(t.trim()));
  const prose = cell.map((x, i) => !x && !isStoryPointer(paragraphs[i]!));
  const short = paragraphs.map((t) => unended(t.trim()) && wordCount(t) <= CELL_WORDS_MAX);
  for (let i = 0; i < paragraphs.length; ) {
    let j = i;
    while (j < paragraphs.length && short[j]) j++;
    const cells = cell.slice(i, j).filter(Boolean).length;
    if (j - i >= RUN_MIN && cells >= (j - i) * RUN_CELL_SHARE) for (let k = i; k < j; k++) prose[k] = false;
    i = Math.max(j, i + 1);
  }
  return prose;
}

type Sentences = ReadonlyArray<{ text: string; para: number }>;
function paragraphsOf(sentences: Sentences): string[] {
  const paragraphs: string[] = [];
  for (const s of sentences) paragraphs[s.para] = paragraphs[s.para] === undefined ? s.text : `${paragraphs[s.para]} ${s.text}`;
  return Array.from(paragraphs, (t) => t ?? '');
}

/** Per sentence: whether its paragraph is running prose. */
export function proseSentences(sentences: Sentences): boolean[] {
  const prose = proseParagraphs(paragraphsOf(sentences));
  return sentences.map((s) => prose[s.para]!);
}

/** Per sentence: whether it or its paragraph points to another story (no fact of any kind is read there). */
export function storyPointerSentences(sentences: Sentences): boolean[] {
  const pointer = paragraphsOf(sentences).map(isStoryPointer);
  return sentences.map((s) => pointer[s.para]! || POINTER_IN_BRACKETS.test(s.text));
}
