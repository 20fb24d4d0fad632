// Annotations of one or more articles as JSON (the command-line tool's result objects) or CSV
// (one row per quotation). No `vscode` import.
import { toContract } from '../analysis/contract';
import type { Quote } from '../analysis/types';
import type { VerifiedResult } from '../verification';
import { IndexedFile, lineOf, speakerRoles } from './index-model';
import { VERIFICATION_CSV_COLUMNS, verificationCells, VerifiedContractResult, withVerification } from './verification-export';

export type ExportFormat = 'json' | 'csv';

export const CSV_COLUMNS = ['file', 'line', 'quotation', 'speaker', 'role', 'attribution kind', 'speaker gender', 'gender evidence', 'kind of source', ...VERIFICATION_CSV_COLUMNS] as const;

/** The speaker's gender as the article states it ("not stated" when it states none or both), the
 * spans that state it, and the quotation's kind of source; empty cells when no person is the source. */
function whoCells(f: IndexedFile, q: Quote): string[] {
  const p = q.speaker ? f.result.people.find((x) => x.id === q.speaker) : undefined;
  const gender = p ? p.gender ?? 'not stated' : '';
  const evidence = (p?.genderEvidence ?? []).map((e) => e.text).join(' | ');
  return [gender, evidence, q.sourceCategory ?? ''];
}

/** The fact-checkers' marks of an indexed file (its result is already the corrected one), if known. */
export type VerificationOf = (file: IndexedFile) => VerifiedResult | undefined;

/** The CLI's result objects, with the workspace-relative path as id (and the marks, when any). */
export function toJsonResults(files: readonly IndexedFile[], verificationOf?: VerificationOf): VerifiedContractResult[] {
  return files.map((f) => withVerification({ ...toContract(f.result), id: f.id }, verificationOf?.(f)));
}

export function exportJson(files: readonly IndexedFile[], verificationOf?: VerificationOf): string {
  return `${JSON.stringify(toJsonResults(files, verificationOf), null, 2)}\n`;
}

/**
 * One CSV cell: a value a spreadsheet would run as a formula (starting with = + - @, or a tab or
 * carriage return) gets a leading apostrophe; then RFC 4180 quoting when the cell holds a comma,
 * a double quote or a line break (quotes doubled).
 */
export function csvCell(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: readonly (string | number)[]): string {
  return cells.map(csvCell).join(',');
}

/** One row per quotation, in file then text order; CRLF line ends (RFC 4180), a header first. */
export function exportCsv(files: readonly IndexedFile[], verificationOf?: VerificationOf): string {
  const rows = [csvRow(CSV_COLUMNS)];
  for (const f of files) {
    const verifications = verificationOf?.(f)?.verifications;
    f.result.quotes.forEach((q, i) => {
      const engine = [f.id, lineOf(f.lineStarts, q.start), q.text, q.speakerName ?? '', speakerRoles(f, q), q.attribution, ...whoCells(f, q)];
      rows.push(csvRow([...engine, ...verificationCells(verifications?.[i])]));
    });
  }
  return `${rows.join('\r\n')}\r\n`;
}

export function serialise(files: readonly IndexedFile[], format: ExportFormat, verificationOf?: VerificationOf): string {
  return format === 'csv' ? exportCsv(files, verificationOf) : exportJson(files, verificationOf);
}

/** The format a file name asks for by its extension, or undefined. */
export function formatOfPath(path: string): ExportFormat | undefined {
  const m = /\.(json|csv)$/i.exec(path);
  return m ? (m[1].toLowerCase() as ExportFormat) : undefined;
}

/**
 * Parses CSV text (RFC 4180: quoted cells, doubled quotes, line breaks inside quotes; CRLF or LF
 * row ends) into rows of cells. Used by the tests to read exports back.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else cell += c;
      i++;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else cell += c;
    i++;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
