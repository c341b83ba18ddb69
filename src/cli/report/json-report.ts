// Diagnostics → JSON for scripts and editors: one entry per file, each problem with its code,
// level, position, JSON Pointer and dotted field, and the message in the chosen language.
import { pointerToFieldPath } from '../../diagnostics/diagnostic.js';
import { formatMessage } from '../../diagnostics/messages.js';
import { documentFields } from './document-place.js';
import type { Reporter } from './reporter.js';

export const jsonReporter: Reporter = (files, { lang }) =>
  JSON.stringify(
    files.map(({ file, diagnostics }) => ({
      file,
      valid: !diagnostics.some((d) => d.severity === 'error'),
      errorCount: diagnostics.filter((d) => d.severity === 'error').length,
      warningCount: diagnostics.filter((d) => d.severity === 'warning').length,
      diagnostics: diagnostics.map((d) => ({
        code: d.code,
        severity: d.severity,
        line: d.line,
        column: d.column,
        path: d.path,
        field: pointerToFieldPath(d.path),
        message: formatMessage(d.code, d.args, lang),
        // A problem in a .docx (parplan check): the part, the clause, what was found and what is required.
        ...documentFields(d, lang),
      })),
    })),
    null,
    2,
  );
