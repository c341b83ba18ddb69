// The one place diagnostics reach the user during render and batch (stderr, text).
import { Chalk } from 'chalk';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../../diagnostics/diagnostic.js';
import type { Lang } from '../../diagnostics/messages.js';
import { useColor, type Io } from '../io.js';
import { formatTextReport } from './text-report.js';

export type Printer = (diagnostics: Diagnostic[], sources: ReadonlyMap<string, string>) => void;

export function printDiagnostics(io: Io, lang: Lang): Printer {
  const color = new Chalk({ level: useColor(io) ? 1 : 0 });
  return (diagnostics, sources) => {
    if (diagnostics.length === 0) return;
    io.stderr(formatTextReport(sortDiagnostics([...diagnostics]), sources, lang, color) + '\n');
  };
}
