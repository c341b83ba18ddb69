// What the edit server and its page say to each other: plain JSON shapes, no Node or DOM types,
// imported by both sides (src/edit/server.ts and src/edit/web/).

/** A plan's problem as the page shows it: the CLI's diagnostic with its message already worded. */
export interface EditDiagnostic {
  code: string;
  severity: 'error' | 'warning';
  /** 1-based; 0 when the problem is the whole file. */
  line: number;
  column: number;
  /** JSON Pointer of the field ("" for the whole file). */
  path: string;
  /** The message of src/diagnostics/messages.ts in the page's language. */
  message: string;
}

export interface PlanInfo {
  /** The plan's text as it is on disk. */
  text: string;
  /** The file's version on disk (a hash): sent back with a save, so a change made meanwhile is a conflict. */
  version: string;
  /** The file name, as the clerk named it. */
  name: string;
  /** Whether LibreOffice was found, so that "Tải PDF" can be offered. */
  pdf: boolean;
}

export interface CheckReply {
  diagnostics: EditDiagnostic[];
}

export interface SaveRequest {
  text: string;
  /** The version the page's text started from (PlanInfo.version or the last save's). */
  version: string;
}

export type SaveReply =
  | { ok: true; version: string; diagnostics: EditDiagnostic[] }
  | { ok: false; conflict: true; version: string; text: string };

/** Header that carries the session token on the page's own requests. */
export const TOKEN_HEADER = 'x-parplan-token';
