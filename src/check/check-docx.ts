// parplan check's engine: a .docx's bytes → its layout problems as Diagnostics, each with the part,
// the clause, the paragraph and its first words. Reads the file with src/docx-read (the reader import
// uses), recognises the parts (find-parts.ts) and the lines (find-lines.ts), runs every layout rule,
// then validate's plan rules on the plan import recognises in it (content.ts).
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import { readDocx, type DocxDocument } from '../docx-read/index.js';
import { findLineUnder } from './find-lines.js';
import { checkContent } from './content.js';
import { findParts } from './find-parts.js';
import { CHECK_RULES, type CheckRule } from './rules/index.js';
import type { CheckContext } from './rules/rule.js';
import { buildView } from './view.js';

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** False when the file could not be read as a .docx at all (the diagnostics say why). */
  readable: boolean;
  /** The document as read, for --fix and tests. */
  document?: DocxDocument;
}

export interface CheckOptions {
  /** The file's name as the user gave it, for the diagnostics. */
  file?: string;
  rules?: readonly CheckRule[];
  /** Run the content rules too (default true). */
  content?: boolean;
}

export async function checkDocx(bytes: Uint8Array, options: CheckOptions = {}): Promise<CheckResult> {
  const file = options.file ?? '';
  const read = await readDocx(bytes, { file });
  if (!read.document) return { diagnostics: read.diagnostics.map((d) => ({ ...d, file })), readable: false };
  const diagnostics = [...read.diagnostics.map((d) => ({ ...d, file })), ...checkDocument(read.document, file, options.rules, options.content ?? true)];
  return { diagnostics: sortDiagnostics(diagnostics), readable: true, document: read.document };
}

/** The layout rules (and, unless `content` is false, the content rules) over a document already read. */
export function checkDocument(document: DocxDocument, file: string, rules: readonly CheckRule[] = CHECK_RULES, content = true): Diagnostic[] {
  const view = buildView(document);
  const parts = findParts(view);
  const ctx: CheckContext = {
    view,
    parts,
    lines: {
      ...(parts.motto ? { motto: findLineUnder(view, [parts.motto]) } : {}),
      ...(parts.issuer.length > 0 ? { issuer: findLineUnder(view, parts.issuer) } : {}),
      ...(parts.subject.length > 0 ? { subject: findLineUnder(view, parts.subject) } : {}),
    },
  };
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    rule.check(ctx, (place, args = {}) => {
      diagnostics.push({
        code: rule.code,
        severity: place.severity ?? rule.severity,
        file,
        line: 0,
        column: 0,
        path: '',
        args,
        document: {
          part: place.part,
          clause: place.clause ?? rule.clause,
          paragraph: place.entry?.number ?? 0,
          excerpt: place.entry ? place.entry.paragraph.text.replace(/\s+/g, ' ').trim().slice(0, 120) : '',
          section: place.section !== undefined ? place.section + 1 : place.entry ? place.entry.section + 1 : 0,
        },
      });
    });
  }
  if (content) diagnostics.push(...checkContent(document, view, parts, file));
  return diagnostics;
}
