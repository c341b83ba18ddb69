// --pdf and --pdf-timeout, shared by render and batch: where LibreOffice and pdfinfo are, and the
// timeout the user gave.
import { findOnPath, findSoffice, SYSTEM } from '../pdf/find-soffice.js';
import type { Io } from './io.js';

export interface PdfTools {
  soffice: string;
  pdfinfo: string | undefined;
  env: Record<string, string | undefined>;
  timeoutMs: number | undefined;
}

/** --pdf-timeout in seconds: undefined when not given, null when not a positive number. */
export function parsePdfTimeout(value: string | undefined): number | undefined | null {
  if (value === undefined) return undefined;
  return /^\d+(\.\d+)?$/.test(value) && Number(value) > 0 ? Math.round(Number(value) * 1000) : null;
}

/** LibreOffice (and pdfinfo, to count pages for the timeout), or undefined when LibreOffice is missing. */
export function findPdfTools(io: Io, timeoutMs?: number): PdfTools | undefined {
  const sys = { ...SYSTEM, env: io.env };
  const soffice = findSoffice(sys);
  return soffice === undefined ? undefined : { soffice, pdfinfo: findOnPath('pdfinfo', sys), env: io.env, timeoutMs };
}
