// CSV exports through Papa Parse: the header checked against the columns a format needs, rows that
// do not parse reported by their row number (as a spreadsheet numbers them: the header is row 1).
import Papa from 'papaparse';
import { oneLine, secondsToMs, webAddress, type WebAddress } from './common';
import { ImportError, type ImportProblem } from './types';

export interface CsvRows {
  /** Each row's fields by lower-case column name, with the row's number for messages. */
  rows: Array<{ row: number; fields: Record<string, string> }>;
  rejected: ImportProblem[];
  columns: string[];
}

/** The header's columns, lower case (to tell formats apart before parsing the whole file). */
export function csvColumns(text: string): string[] {
  const first = Papa.parse<string[]>(text, { preview: 1 }).data[0] ?? [];
  return first.map((c) => String(c).trim().toLowerCase());
}

/** Parses a CSV whose header must hold `required` (lower case); rows that do not fit are rejected. */
export function parseCsv(text: string, file: string, required: readonly string[], formatName: string): CsvRows {
  let parsed = parseWithHeader(text);
  const columns = parsed.meta.fields ?? [];
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length) {
    throw new ImportError(
      `${file} has the columns ${list(columns)}; a ${formatName} has ${list(required)} (missing: ${list(missing)}).`,
    );
  }
  const rows: CsvRows['rows'] = [];
  const rejected: ImportProblem[] = [];
  // A quote left open or a stray quote makes Papa Parse read on to the next quote, often the file's end, as one field:
  // the rows after it were lost unsaid (1,100 of a 2,000-row export after one). That row is left out, and the file is
  // read again from the line after the quote, under its header, the rows numbered on.
  const header = text.slice(0, lineEnd(text, 0));
  for (let part = text, before = 0; ; ) {
    const bad = new Map<number, Papa.ParseError>();
    let broken: Papa.ParseError | undefined;
    for (const error of parsed.errors) {
      if (error.row === undefined || error.row === null) continue;
      // Papa Parse (5.5) counts the header among the rows in its quote errors only: one bad row was named twice, the
      // second time as the row after it (often past the file's end), and counted twice among those left out.
      const row = error.type === 'Quotes' ? error.row - 1 : error.row;
      if (error.type === 'Quotes' && (!broken || row < broken.row!)) broken = { ...error, row };
      if (!bad.has(row)) bad.set(row, error);
    }
    const end = broken ? broken.row! : parsed.data.length;
    for (let i = 0; i < end; i++) {
      if (!bad.has(i)) rows.push({ row: before + i + 2, fields: parsed.data[i]! });
      else rejected.push({ where: `${file}, row ${before + i + 2}`, reason: csvReason(bad.get(i)!, columns.length) });
    }
    if (!broken) break;
    rejected.push({ where: `${file}, row ${before + end + 2}`, reason: csvReason(broken, columns.length) });
    const resume = lineEnd(part, broken.index ?? part.length) + 1;
    // nothing after it, or the quote is in the header: no row to read on from
    if (resume >= part.length || resume <= header.length + 1) break;
    part = `${header}\n${part.slice(resume)}`;
    before += end + 1;
    parsed = parseWithHeader(part);
  }
  return { rows, rejected, columns };
}

function parseWithHeader(text: string): Papa.ParseResult<Record<string, string>> {
  return Papa.parse<Record<string, string>>(text, {
    header: true,
    // Only lines with nothing on them: a row of blank or whitespace-only fields is reported, not silently dropped.
    skipEmptyLines: true,
    transformHeader: (h) => h.trim().toLowerCase(),
  });
}

/** Where the line holding `from` ends (its line break, or the text's end). */
function lineEnd(text: string, from: number): number {
  const at = text.indexOf('\n', from);
  return at < 0 ? text.length : at;
}

function csvReason(error: Papa.ParseError, columns: number): string {
  if (error.code === 'TooFewFields' || error.code === 'TooManyFields') {
    const found = /parsed (\d+)/.exec(error.message)?.[1];
    return `${found ?? 'a different number of'} ${found === '1' ? 'field' : 'fields'} where the header has ${columns}`;
  }
  if (error.type === 'Quotes') return 'a quoted field is not closed or has a stray quote';
  return error.message;
}

const list = (names: readonly string[]) => (names.length ? names.map((n) => `“${n}”`).join(', ') : 'none');

/**
 * A row's web address and time (Unix seconds; an empty one is `undefined`), or the problem, naming the
 * column as the file's header spells it.
 */
export function rowLink(fields: Record<string, string>, where: string, url: string, time: string): { address: WebAddress; savedAt: number | undefined } | ImportProblem {
  const raw = fields[url.toLowerCase()];
  const address = webAddress(raw);
  if (!address) return { where: `${where}, column “${url}”`, reason: raw?.trim() ? `not a web address (${oneLine(raw, 60)})` : 'empty' };
  const savedAt = secondsToMs(fields[time.toLowerCase()]);
  if (savedAt === null) return { where: `${where}, column “${time}”`, reason: `not a time in seconds (${oneLine(fields[time.toLowerCase()], 30)})` };
  return { address, savedAt };
}
