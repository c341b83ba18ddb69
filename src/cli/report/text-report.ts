// Diagnostics → human text: "file:line:col: lỗi PP100 [field.path]: message", the offending line
// and a caret under the column.
import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { pointerToFieldPath } from '../../diagnostics/diagnostic.js';
import { formatMessage, type Lang } from '../../diagnostics/messages.js';
import { inert, inertSameWidth } from '../../diagnostics/inert.js';
import { ui } from '../ui-text.js';
import { citedClause } from '../../diagnostics/citation.js';
import { describePlace, shortExcerpt } from './document-place.js';
import type { Reporter } from './reporter.js';

/** Widest source line shown in a frame; the caret stays under its column by showing the part around it. */
const FRAME_WIDTH = 160;

export function formatTextReport(diagnostics: readonly Diagnostic[], sources: ReadonlyMap<string, string>, lang: Lang, color: ChalkInstance): string {
  const lines = new Map<string, string[]>();
  const linesOf = (file: string) => {
    let split = lines.get(file);
    if (split === undefined) {
      split = sources.get(file)?.split(/\r?\n/) ?? [];
      lines.set(file, split);
    }
    return split;
  };
  return diagnostics
    .map((d) => {
      if (d.document !== undefined) return formatDocumentProblem(d, lang, color);
      const where = inert(d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file);
      const level = d.severity === 'error' ? color.red(ui(lang, 'error')()) : color.yellow(ui(lang, 'warning')());
      const field = d.path === '' ? '' : ` ${color.cyan(`[${inert(pointerToFieldPath(d.path))}]`)}`;
      const head = `${color.bold(where)}: ${level} ${color.dim(d.code)}${field}: ${formatMessage(d.code, d.args, lang)}`;
      const frame = codeFrame(linesOf(d.file)[d.line - 1], d.line, d.column);
      return frame ? `${head}\n${color.dim(frame)}` : head;
    })
    .join('\n');
}

/** A problem in a .docx: "file, đoạn 12 «…»: lỗi PP605 [noi_dung]: message (clause)", then the
 * paragraph's first words under it as the excerpt. */
function formatDocumentProblem(d: Diagnostic, lang: Lang, color: ChalkInstance): string {
  const place = d.document!;
  const where = describePlace(d, lang);
  const level = d.severity === 'error' ? color.red(ui(lang, 'error')()) : color.yellow(ui(lang, 'warning')());
  const head = `${color.bold(where ? `${d.file}, ${where}` : d.file)}: ${level} ${color.dim(d.code)} ${color.cyan(`[${place.part}]`)}: ${formatMessage(d.code, d.args, lang)}${place.clause === '' ? '' : ` ${color.dim(`(${citedClause(d, lang)})`)}`}`;
  if (place.paragraph === 0 || place.excerpt.trim() === '') return head;
  return `${head}\n${color.dim(`${place.paragraph} | ${inert(shortExcerpt(place.excerpt))}`)}`;
}

export function codeFrame(text: string | undefined, line: number, column: number): string | undefined {
  if (text === undefined || line < 1) return undefined;
  // Control characters and bidi overrides would garble the terminal: show them as "?".
  const clean = inertSameWidth(text);
  let shown = clean;
  let caret = Math.max(0, column - 1);
  if (clean.length > FRAME_WIDTH) {
    const start = Math.max(0, Math.min(caret - FRAME_WIDTH / 2, clean.length - FRAME_WIDTH));
    shown = `${start > 0 ? '…' : ''}${clean.slice(start, start + FRAME_WIDTH)}${start + FRAME_WIDTH < clean.length ? '…' : ''}`;
    caret = caret - start + (start > 0 ? 1 : 0);
  }
  const gutter = `${line} | `;
  return `${gutter}${shown}\n${' '.repeat(gutter.length + caret)}^`;
}

export const textReporter: Reporter = (files, { lang, color, sources }) =>
  formatTextReport(
    files.flatMap((f) => f.diagnostics),
    sources,
    lang,
    color,
  );
