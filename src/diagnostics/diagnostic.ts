// A problem in a plan is a value, never an exception: parse, schema, rules and templates
// all return these, and src/cli/report/ prints them in one place.
import type { MessageCode } from './messages.js';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  code: MessageCode;
  severity: Severity;
  /** Path of the file as the user named it. */
  file: string;
  /** 1-based line and column of the offending YAML node (0 when the file itself is the problem). */
  line: number;
  column: number;
  /** JSON Pointer of the field in the plan ("" for the whole file). */
  path: string;
  /** Values the message table fills in. */
  args: Record<string, string | number>;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Document order: by line, then column, then code. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}

/** A JSON Pointer as a readable dotted path: /nguoi_ky/ho_ten → nguoi_ky.ho_ten, /a/0/b → a[0].b */
export function pointerToFieldPath(pointer: string): string {
  if (pointer === '') return '';
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, seg) => (/^\d+$/.test(seg) ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
}
