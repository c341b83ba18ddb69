// Diagnostics → human text: "file:line:col: lỗi PP100: message", the offending line and a caret.
import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { formatMessage, type Lang } from '../../diagnostics/messages.js';
import { ui } from '../ui-text.js';

export function formatTextReport(diagnostics: readonly Diagnostic[], sources: ReadonlyMap<string, string>, lang: Lang, color: ChalkInstance): string {
  return diagnostics
    .map((d) => {
      const where = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
      const level = d.severity === 'error' ? color.red(ui(lang, 'error')()) : color.yellow(ui(lang, 'warning')());
      const head = `${color.bold(where)}: ${level} ${color.dim(d.code)}: ${formatMessage(d.code, d.args, lang)}`;
      const frame = codeFrame(sources.get(d.file), d.line, d.column);
      return frame ? `${head}\n${color.dim(frame)}` : head;
    })
    .join('\n');
}

function codeFrame(source: string | undefined, line: number, column: number): string | undefined {
  if (!source || line < 1) return undefined;
  const text = source.split(/\r?\n/)[line - 1];
  if (text === undefined) return undefined;
  const shown = text.length > 160 ? text.slice(0, 160) + '…' : text;
  const gutter = `${line} | `;
  return `${gutter}${shown}\n${' '.repeat(gutter.length + Math.max(0, column - 1))}^`;
}
