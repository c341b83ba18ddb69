// PP609: a solid line under the Tiêu ngữ, under the issuer's name and under the trích yếu. Any way of
// drawing it counts (a line shape, a paragraph border, the text underlined); underscores are PP611.
import { ISSUER_RULE, MOTTO_RULE, SUBJECT_RULE } from '../../nd30/index.js';
import type { DocumentPart } from '../../diagnostics/diagnostic.js';
import type { LineFinding } from '../find-lines.js';
import type { CheckRule, CheckContext } from './rule.js';

export interface CheckedLine {
  element: string;
  part: DocumentPart;
  ratio: 'full' | 'part';
  rule: typeof MOTTO_RULE;
  finding: LineFinding | undefined;
}

export function checkedLines(ctx: CheckContext): CheckedLine[] {
  return [
    { element: 'motto', part: 'tieu_ngu', ratio: 'full', rule: MOTTO_RULE, finding: ctx.lines.motto },
    { element: 'issuer', part: 'co_quan', ratio: 'part', rule: ISSUER_RULE, finding: ctx.lines.issuer },
    { element: 'subject', part: 'trich_yeu', ratio: 'part', rule: SUBJECT_RULE, finding: ctx.lines.subject },
  ];
}

export const linePresent: CheckRule = {
  code: 'PP609',
  name: 'line-present',
  severity: 'error',
  clause: MOTTO_RULE.clause,
  check(ctx, report) {
    for (const { element, part, ratio, rule, finding } of checkedLines(ctx)) {
      if (finding?.kind === 'none') report({ part, entry: finding.at.entry, clause: rule.clause }, { element, ratio });
    }
  },
};
