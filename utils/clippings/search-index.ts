// The full-text search index: pure functions, no database. A clipping's searchable text (title, byline,
// site, text, note) becomes a set of normalised tokens stored in a multi-entry IndexedDB index; a query
// becomes exact tokens, one as-you-type prefix, and phrases checked against the text of the candidates.

/** Scripts written without spaces: indexed as overlapping character pairs. */
export const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
// Word separators as plain ranges (a Unicode-property split was 4x slower on imports): ASCII punctuation and
// spaces, Latin-1 symbols, general punctuation, currency, arrows, maths, shapes, CJK punctuation, full-width
// punctuation, and emoji (high surrogates; the low half left alone is shorter than a word).
const SEP = '\\s!-\\/:-@\\[-`{-~\\u00a0-\\u00bf\\u00d7\\u00f7\\u2000-\\u2bff\\u3000-\\u303f\\ufe30-\\ufe4f\\uff01-\\uff0f\\uff1a-\\uff20\\ud83c-\\ud83e';
const TOKEN = new RegExp(`[^${SEP}]+`, 'g');
/** Characters NFKD may change (accents, ligatures, full-width forms); general punctuation (’ “ —) cannot. */
const DECOMPOSABLE = /[^\x00-\x7f\u2000-\u206f]/;
const SEPARATORS = new RegExp(`[${SEP}]+`);
const MIN_TOKEN = 2;
const MAX_TOKEN = 40;
/** A bound on index entries per clipping (a long book is ~15,000 distinct words). */
export const MAX_WORDS = 20_000;
/** The shortest as-you-type prefix searched as a range; shorter ones match whole words only. */
export const MIN_PREFIX = 3;

/** Lower case without accents: "Économie" and "economie" are the same word. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  return DECOMPOSABLE.test(lower) ? lower.normalize('NFKD').replace(/\p{M}+/gu, '') : lower;
}

/** Expands a folded token into what the index holds: itself, or its character pairs for unspaced scripts. */
function indexForms(token: string, out: (form: string) => void): void {
  if (!UNSPACED.test(token)) {
    if (token.length >= MIN_TOKEN && token.length <= MAX_TOKEN) out(token);
    return;
  }
  const chars = [...token];
  if (chars.length === 1) out(token);
  for (let i = 0; i + 1 < chars.length; i++) out(chars[i]! + chars[i + 1]!);
}

/** The folded tokens of a text, in order (duplicates kept): what phrases are checked against. */
export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const match of fold(text).matchAll(TOKEN)) indexForms(match[0], (form) => out.push(form));
  return out;
}

/** A field folded, and its parts between separators (empty ones at its ends included). */
export interface SplitField {
  folded: string;
  parts: string[];
}

/** Folds and splits a field once, for its index words and its word pairs (the hot path of imports: split, no match objects). */
export function splitField(field: string | null | undefined): SplitField | null {
  if (!field) return null;
  const folded = fold(field);
  return { folded, parts: folded.split(SEPARATORS) };
}

/** The distinct index words of a clipping's searchable fields. */
export function indexWords(...fields: Array<string | null | undefined>): string[] {
  return wordsOfFields(fields.map(splitField));
}

/** The distinct index words of fields already split (`splitField`). */
export function wordsOfFields(fields: ReadonlyArray<SplitField | null>): string[] {
  const words = new Set<string>();
  const add = (form: string) => void words.add(form);
  for (const field of fields) {
    if (!field) continue;
    const { folded, parts } = field;
    const unspaced = UNSPACED.test(folded);
    for (const token of parts) {
      if (unspaced && UNSPACED.test(token)) indexForms(token, add);
      else if (token.length >= MIN_TOKEN && token.length <= MAX_TOKEN) words.add(token);
      if (words.size >= MAX_WORDS) return [...words];
    }
  }
  return [...words];
}

export interface ParsedQuery {
  /** Words every match must contain exactly. */
  terms: string[];
  /** The word being typed (the query does not end in a space): matched as the start of a word. */
  prefix: string | null;
  /** Quoted phrases, as token sequences: their words must follow each other in the text. */
  phrases: string[][];
}

/** Splits what the reader typed: `"exact phrase"`, plain words, and a last word still being typed. */
export function parseQuery(query: string): ParsedQuery {
  const phrases: string[][] = [];
  const rest = query.replace(/"([^"]*)"?/g, (_, phrase: string) => {
    const words = tokens(phrase);
    if (words.length > 1) phrases.push(words);
    else if (words.length === 1) phrases.push(words);
    return ' ';
  });
  const plain = tokens(rest);
  const terms = new Set(phrases.flat());
  let prefix: string | null = null;
  const typing = new RegExp(`[^${SEP}"]$`).test(query) && !/"[^"]*$/.test(query.replace(/"[^"]*"/g, ''));
  if (typing && plain.length > 0) {
    const last = plain[plain.length - 1]!;
    if (last.length >= MIN_PREFIX && !UNSPACED.test(last)) {
      prefix = last;
      plain.pop();
    }
  }
  for (const word of plain) terms.add(word);
  if (prefix && terms.has(prefix)) prefix = null;
  return { terms: [...terms], prefix, phrases: phrases.filter((p) => p.length > 1) };
}

export function isEmptyQuery(q: ParsedQuery): boolean {
  return q.terms.length === 0 && q.prefix === null && q.phrases.length === 0;
}

/**
 * A finished search with nothing in it to search for ("C++", "C#", "$", "a "): its words are all shorter
 * than the index's, so the whole library is listed, and the reader is told why. A word still being typed
 * (the search ends in a letter or digit) is not told: "c" is about to become "cat".
 */
export function searchesForNothing(search: string): boolean {
  return /[^\s"]/u.test(search) && !/[\p{L}\p{N}]$/u.test(search) && isEmptyQuery(parseQuery(search));
}

/** True when the token sequence `phrase` occurs in `haystack` (both folded tokens). */
export function containsPhrase(haystack: string[], phrase: string[]): boolean {
  if (phrase.length === 0) return true;
  outer: for (let i = 0; i + phrase.length <= haystack.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (haystack[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

/** True when a clipping's text and title hold every phrase of the query (a regex on the folded text). */
export function matchesPhrases(q: ParsedQuery, ...fields: string[]): boolean {
  if (q.phrases.length === 0) return true;
  const folded = fields.map(fold);
  return q.phrases.every((phrase) => {
    if (phrase.some((word) => UNSPACED.test(word))) return folded.some((f) => containsPhrase(tokens(f), phrase));
    const pattern = phrasePattern(phrase);
    return folded.some((f) => pattern.test(f));
  });
}

/**
 * True when `field` holds `word` (an index word) as the index would find it: a whole word of its folded text, or for
 * an unspaced script one of its character pairs. One search of the folded text rules most fields out unsplit.
 */
export function holdsWord(field: string, word: string): boolean {
  const folded = fold(field);
  if (!folded.includes(word)) return false;
  return UNSPACED.test(word) ? wordsOfFields([{ folded, parts: folded.split(SEPARATORS) }]).includes(word) : phrasePattern([word]).test(folded);
}

/** A phrase's words in a row in folded text, whole words only; a match's index is where its first word starts. */
const phrasePattern = (phrase: string[]) => new RegExp(`(?<![^${SEP}])${phrase.map(escapeRegExp).join(`[${SEP}]+`)}(?![^${SEP}])`);

/**
 * Where the query's first phrase starts in `text`, or -1: only in a text that folds character for character (others
 * show the first of the phrase's words found, as a word search does), so that a card found by "debt and equity" shows
 * that passage and not the first "debt".
 */
function phraseStart(text: string, q: ParsedQuery): number {
  const phrase = q.phrases.find((p) => !p.some((word) => UNSPACED.test(word)));
  const lower = text.toLowerCase();
  if (!phrase || DECOMPOSABLE.test(lower)) return -1;
  return phrasePattern(phrase).exec(lower)?.index ?? -1;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface Segment {
  text: string;
  mark: boolean;
}

/** Cuts text into plain and matching runs, for rendering matches as <mark> elements (text, never HTML). */
export function highlightSegments(text: string, q: ParsedQuery): Segment[] {
  const exact = new Set([...q.terms, ...q.phrases.flat()]);
  if (exact.size === 0 && !q.prefix) return text ? [{ text, mark: false }] : [];
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const word = fold(match[0]);
    const hit = exact.has(word) || (q.prefix !== null && word.startsWith(q.prefix)) || unspacedHit(word, exact);
    if (!hit) continue;
    const start = match.index!;
    if (start > last) segments.push({ text: text.slice(last, start), mark: false });
    segments.push({ text: match[0], mark: true });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false });
  return segments;
}

function unspacedHit(word: string, exact: Set<string>): boolean {
  if (!UNSPACED.test(word)) return false;
  for (const form of exact) if (UNSPACED.test(form) && word.includes(form)) return true;
  return false;
}

const SEPARATOR = new RegExp(`[${SEP}]`);
/** Lower-casing a whole text gives a final sigma where the word alone may have none (before an apostrophe): ς as σ. */
const sigma = (text: string) => (text.includes('ς') ? text.replace(/ς/g, 'σ') : text);

/**
 * Where the first word matching the query starts in `text`, or -1 (stops at the first match). A matching word
 * occurs in the folded text, so one search of it rules most texts out (a card matched by its title or tags) and,
 * in a text that folds character for character (ASCII and general punctuation), says where to start reading words:
 * word by word from the start was ~0.2–0.4 ms a card, most of a search's rendering in Chromium.
 */
export function firstMatch(text: string, q: ParsedQuery): number {
  const exact = new Set([...q.terms, ...q.phrases.flat()]);
  if (exact.size === 0 && !q.prefix) return -1;
  const lower = text.toLowerCase();
  const aligned = !DECOMPOSABLE.test(lower);
  const folded = aligned ? lower : sigma(fold(text));
  const at = Math.min(...[...exact, q.prefix ?? ''].filter(Boolean).map((w) => folded.indexOf(sigma(w))).filter((i) => i >= 0));
  if (at === Infinity) return -1;
  let start = aligned ? at : 0;
  while (start > 0 && !SEPARATOR.test(text[start - 1]!)) start--;
  const unspaced = [...exact].some((w) => UNSPACED.test(w));
  const token = new RegExp(TOKEN);
  token.lastIndex = start;
  for (let match = token.exec(text); match; match = token.exec(text)) {
    const word = fold(match[0]);
    if (exact.has(word) || (q.prefix !== null && word.startsWith(q.prefix)) || (unspaced && unspacedHit(word, exact))) return match.index;
  }
  return -1;
}

/** About `max` characters of text around the first phrase or match (or its start), cut at spaces. */
export function snippet(text: string, q: ParsedQuery, max = 260): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const phrase = phraseStart(flat, q);
  const first = phrase >= 0 ? phrase : firstMatch(flat, q);
  let start = first > 0 ? Math.max(0, first - Math.floor(max / 3)) : 0;
  let end = Math.min(flat.length, start + max);
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    if (space > 0 && space < start + 30) start = space + 1;
  }
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > start + max / 2) end = space;
  }
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}
