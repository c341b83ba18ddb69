// The record of a batch for the office's files: manifest.json, and manifest.csv for Excel.
// Rows follow the units file, with nothing that changes between runs (no times), so two runs of the
// same input give the same manifests, serial or parallel.
import { formatMessage, type Lang } from '../diagnostics/messages.js';
import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import type { JobResult } from './run-batch.js';

export interface ManifestRow {
  unit: string;
  /** The .docx, relative to the output folder, with forward slashes. */
  file: string;
  status: 'ok' | 'error';
  /** Problems and notes, one per line, each "file:line:column CODE message". */
  message: string;
  sha256: string;
  /** With --pdf: the PDF and its page count (null when the conversion failed). */
  pdf?: string | null;
  pages?: number | null;
}

export interface PdfInfo {
  file: string | null;
  pages: number | null;
}

export function manifestRows(results: readonly JobResult[], relativeName: (target: string) => string, lang: Lang, pdfs?: ReadonlyMap<number, PdfInfo>): ManifestRow[] {
  return results.map((r) => {
    const pdf = pdfs?.get(r.index);
    const row: ManifestRow = {
      unit: r.job.label,
      file: relativeName(r.job.target),
      status: r.ok ? 'ok' : 'error',
      message: sortDiagnostics([...r.diagnostics])
        .map((d) => `${d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file} ${d.code} ${formatMessage(d.code, d.args, lang)}`)
        .join('\n'),
      sha256: r.sha256 ?? '',
    };
    if (pdfs !== undefined) {
      row.pdf = pdf?.file ?? null;
      row.pages = pdf?.pages ?? null;
    }
    return row;
  });
}

export interface ManifestHeader {
  /** The units file or folder the batch came from, and its base plan. */
  source: string;
  base?: string;
}

export function manifestJson(header: ManifestHeader, rows: readonly ManifestRow[]): string {
  const ok = rows.filter((r) => r.status === 'ok').length;
  return JSON.stringify({ ...header, ok, failed: rows.length - ok, items: rows }, null, 2) + '\n';
}

const CSV_COLUMNS = ['unit', 'file', 'status', 'message', 'sha256'] as const;

/**
 * RFC 4180: CRLF between records, a field quoted when it holds a comma, a quote or a line break,
 * quotes doubled. The byte order mark makes Excel read UTF-8 (without it, Vietnamese turns to
 * mojibake); Excel then splits on commas where the list separator is a comma.
 */
export function manifestCsv(rows: readonly ManifestRow[]): string {
  const withPdf = rows.some((r) => r.pdf !== undefined);
  const columns: string[] = [...CSV_COLUMNS, ...(withPdf ? ['pdf', 'pages'] : [])];
  const lines = [columns, ...rows.map((r) => columns.map((c) => cell((r as unknown as Record<string, unknown>)[c])))];
  return '\uFEFF' + lines.map((fields) => fields.map(quote).join(',')).join('\r\n') + '\r\n';
}

function cell(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

function quote(field: string): string {
  return /[",\r\n]|^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
