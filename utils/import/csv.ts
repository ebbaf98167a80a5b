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
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    // Only lines with nothing on them: a row of blank or whitespace-only fields is reported, not silently dropped.
    skipEmptyLines: true,
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const columns = parsed.meta.fields ?? [];
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length) {
    throw new ImportError(
      `${file} has the columns ${list(columns)}; a ${formatName} has ${list(required)} (missing: ${list(missing)}).`,
    );
  }
  const rejected: ImportProblem[] = [];
  const bad = new Set<number>();
  for (const error of parsed.errors) {
    if (error.row === undefined || error.row === null) continue;
    // Papa Parse (5.5) counts the header among the rows in its quote errors only: one bad row was named twice, the
    // second time as the row after it (often past the file's end), and counted twice among those left out.
    const row = error.type === 'Quotes' ? error.row - 1 : error.row;
    if (bad.has(row)) continue;
    bad.add(row);
    rejected.push({ where: `${file}, row ${row + 2}`, reason: csvReason(error, columns.length) });
  }
  const rows = parsed.data.flatMap((fields, i) => (bad.has(i) ? [] : [{ row: i + 2, fields }]));
  return { rows, rejected, columns };
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
