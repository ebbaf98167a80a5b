// Highlights leave the library two ways: as quotes in the Markdown export, and as a CSV in the column
// layout Readwise imports. Quotes and notes are text: Markdown-escaped in .md, formula-escaped in .csv.
import Papa from 'papaparse';
import { quoteReader } from '../highlights/readable-quote';
import { textFragmentUrl } from '../text-fragment';
import type { Clipping, Highlight } from './types';

/** A link target inside `<…>`: no `<`, `>` or space can end it early (an imported record's URL is not trusted). */
export function linkTarget(url: string): string {
  return url.replace(/[<>\s]/g, (c) => encodeURIComponent(c));
}

/** One highlight as the exports write it: its quote's paragraphs (as read in the text), its note, its passage's link. */
export interface HighlightPassage {
  paragraphs: string[];
  note: string;
  link: string;
}

/** A clipping's highlights as the Markdown and HTML exports write them, quotes trimmed, each with a text-fragment link. */
export function highlightPassages(clipping: Clipping): HighlightPassage[] {
  const readable = quoteReader(clipping.text);
  return clipping.highlights.map((h) => {
    const quote = readable(h).trim();
    return { paragraphs: quote.split(/\n\s*\n/).map((paragraph) => paragraph.trim()), note: h.note.trim(), link: textFragmentUrl(clipping.url, quote) };
  });
}

/**
 * The "## Highlights" section of a clipping's Markdown, in reading order: each quote as a block quote (a quote
 * across paragraphs keeps them apart) with a link to its passage (a text fragment), its note below it. Empty
 * when there are none. `escape` makes text inert.
 */
export function highlightsMarkdown(clipping: Clipping, escape: (text: string) => string): string {
  if (clipping.highlights.length === 0) return '';
  const blocks = highlightPassages(clipping).map(({ paragraphs, note, link }) => {
    const lines = paragraphs.map((paragraph) => paragraph.split(/\n+/).map((line) => `> ${escape(line.trim())}`).join('\n')).join('\n>\n').split('\n');
    lines[lines.length - 1] += ` ([link](<${linkTarget(link)}>))`;
    return lines.join('\n') + (note ? `\n\n${note.split('\n').map((line) => escape(line)).join('  \n')}` : '');
  });
  return `## Highlights\n\n${blocks.join('\n\n')}\n`;
}

/** Readwise's CSV columns, in its order. */
export const READWISE_COLUMNS = ['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date'] as const;

/**
 * CSV rows for the highlights of some clippings (no header: the caller writes `readwiseCsvHeader` once, then a batch's rows at a time).
 * Location is the character offset of the passage (Readwise orders a title's highlights by it).
 * `escapeFormulae`: a cell starting with = + - @ is not run as a formula by a spreadsheet.
 */
export function readwiseCsvRows(clippings: readonly Clipping[]): string {
  const rows = clippings.flatMap((c) => {
    const readable = quoteReader(c.text);
    return c.highlights.map((h) => [readable(h), c.title, c.byline ?? '', c.url, h.note, h.position.start, new Date(h.createdAt).toISOString()]);
  });
  return rows.length ? Papa.unparse(rows, { header: false, escapeFormulae: true, newline: '\r\n' }) + '\r\n' : '';
}

export function readwiseCsvHeader(): string {
  return Papa.unparse([READWISE_COLUMNS as unknown as string[]], { newline: '\r\n' }) + '\r\n';
}
