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
  /** For a problem in a .docx (`parplan check`): where in the document and which clause it breaks. */
  document?: DocumentPlace;
}

/** The parts of a document a problem can concern: one word each, the same in every format (issue 15). */
export const DOCUMENT_PARTS = [
  'kho_giay',
  'le',
  'phong_chu',
  'quoc_hieu',
  'tieu_ngu',
  'co_quan',
  'so_ky_hieu',
  'dia_danh_ngay',
  'ten_loai',
  'trich_yeu',
  'can_cu',
  'noi_dung',
  'de_muc',
  'so_trang',
  'noi_nhan',
  'chu_ky',
] as const;
export type DocumentPart = (typeof DOCUMENT_PARTS)[number];

export interface DocumentPlace {
  part: DocumentPart;
  /** The clause of Nghị định 30/2020 it breaks, e.g. "Phụ lục I, Phần I, mục II.3 (định lề trang văn bản)". */
  clause: string;
  /** 1-based number of the paragraph in the document's body (table cells and text boxes counted in
   * reading order); 0 when the problem is not about one paragraph. */
  paragraph: number;
  /** The paragraph's first words, as typed. */
  excerpt: string;
  /** 1-based section (page size, margins, page numbers); 0 when not about a section. */
  section: number;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Document order: by line, then column (in a .docx: section, then paragraph), then code. Equal
 * texts are compared without localeCompare: its first call starts ICU's collator, ~10 ms of a cold
 * render whose problems are all in its one plan (the order is the same). */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.document?.section ?? 0) - (b.document?.section ?? 0) ||
      (a.document?.paragraph ?? 0) - (b.document?.paragraph ?? 0) ||
      compareText(a.code, b.code),
  );
}

const compareText = (a: string, b: string): number => (a === b ? 0 : a.localeCompare(b));

/** A JSON Pointer as a readable dotted path: /nguoi_ky/ho_ten → nguoi_ky.ho_ten, /a/0/b → a[0].b */
export function pointerToFieldPath(pointer: string): string {
  if (pointer === '') return '';
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, seg) => (/^\d+$/.test(seg) ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
}
