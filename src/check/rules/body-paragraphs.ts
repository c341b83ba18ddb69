// PP616: the body's paragraphs (căn cứ and text) indented 1 cm to 1.27 cm on their first line, at
// least 6 pt apart, with line spacing from single to 1.5 lines. One report per property: the first
// paragraph out of range and how many are.
import { BODY_FIRST_LINE_INDENT, BODY_LINE_SPACING, BODY_SPACING_AFTER, TIMES_SINGLE_LINE_EM } from '../../nd30/index.js';
import type { Entry } from '../view.js';
import { inkRuns } from '../view.js';
import { MM_PER_PT } from '../units.js';
import type { CheckRule } from './rule.js';

const INDENT_SLACK_MM = 0.3;
const LINE_SLACK = 0.05;

export function lineSpacingInLines(entry: Entry): number {
  const { line } = entry.paragraph.format.spacing;
  if (line.rule === 'auto') return line.value;
  const size = entry.pieces.flatMap((p) => inkRuns(p.runs))[0]?.format.sizePt ?? entry.paragraph.markFormat.sizePt;
  return line.value / (size * TIMES_SINGLE_LINE_EM);
}

export const bodyParagraphs: CheckRule = {
  code: 'PP616',
  name: 'body-paragraphs',
  severity: 'error',
  clause: BODY_FIRST_LINE_INDENT.clause,
  check({ parts, view }, report) {
    const entries = [...parts.basis, ...parts.body].sort((a, b) => a.number - b.number);
    const next = (e: Entry) => view.entries[e.number];
    const findings: Record<'indent' | 'spacing' | 'line', { entry: Entry; value: number }[]> = { indent: [], spacing: [], line: [] };
    const indentRange = BODY_FIRST_LINE_INDENT.range!;
    for (const entry of entries) {
      const f = entry.paragraph.format;
      const indent = f.indent.firstLinePt * MM_PER_PT;
      if (indent < indentRange.min - INDENT_SLACK_MM || indent > (indentRange.max ?? Infinity) + INDENT_SLACK_MM) findings.indent.push({ entry, value: indent });
      const after = next(entry);
      const gap = f.spacing.afterPt + (after && after.column.key === entry.column.key ? after.paragraph.format.spacing.beforePt : 0);
      if (after && after.column.key === entry.column.key && gap < BODY_SPACING_AFTER.range!.min - 0.05) findings.spacing.push({ entry, value: gap });
      const lines = lineSpacingInLines(entry);
      const range = BODY_LINE_SPACING.range!;
      if (lines < range.min - LINE_SLACK || lines > (range.max ?? Infinity) + LINE_SLACK) findings.line.push({ entry, value: lines });
    }
    const ranges = { indent: indentRange, spacing: BODY_SPACING_AFTER.range!, line: BODY_LINE_SPACING.range! };
    for (const what of ['indent', 'spacing', 'line'] as const) {
      const list = findings[what];
      if (list.length === 0) continue;
      const first = list[0]!;
      const part = parts.basis.includes(first.entry) ? 'can_cu' : 'noi_dung';
      report({ part, entry: first.entry }, { what, element: 'body', value: first.value, min: ranges[what].min, max: ranges[what].max ?? '', count: list.length });
    }
  },
};
