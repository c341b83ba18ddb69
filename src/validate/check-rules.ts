// Rules beyond the schema (the decree's and the indexes'): each rule is one file in rules/ with a
// stable code, a level and the clause it enforces; this module runs them all on a checked Plan.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Plan } from '../plan/plan.js';
import type { Locate } from '../parse/locate.js';
import type { Report, RuleDefinition } from './rules/rule.js';
import type { RuleMemo } from './rule-memo.js';
import { dateExists } from './rules/date-exists.js';
import { referenceBeforePlan } from './rules/reference-before-plan.js';
import { kyHieu } from './rules/ky-hieu.js';
import { rankRange } from './rules/rank-range.js';
import { scoreRange } from './rules/score-range.js';
import { targetBelowResult } from './rules/target-below-result.js';
import { rankTargetOrder } from './rules/rank-target-order.js';
import { luuVanThu } from './rules/luu-van-thu.js';
import { noiNhanHeading } from './rules/noi-nhan-heading.js';
import { signerAuthority } from './rules/signer-authority.js';
import { deadlineYear } from './rules/deadline-year.js';
import { duplicateComponent } from './rules/duplicate-component.js';
import { duplicateUnit } from './rules/duplicate-unit.js';
import { duplicateRecipient } from './rules/duplicate-recipient.js';
import { abbreviationDefined } from './rules/abbreviation-defined.js';
import { referenceInFullOnce } from './rules/reference-in-full-once.js';
import { closingMark } from './rules/closing-mark.js';
import { todoLeft } from './rules/todo-left.js';
import { tableCells } from './rules/table-cells.js';
import { fieldNotPrinted } from './rules/field-not-printed.js';
import { collectiveSigner } from './rules/collective-signer.js';

export type { Locate } from '../parse/locate.js';
export type { RuleDefinition } from './rules/rule.js';

/** In code order; README's "Validation" section documents each (a test keeps the two in step). */
export const RULES: readonly RuleDefinition[] = [
  dateExists,
  referenceBeforePlan,
  kyHieu,
  rankRange,
  scoreRange,
  targetBelowResult,
  rankTargetOrder,
  luuVanThu,
  noiNhanHeading,
  signerAuthority,
  deadlineYear,
  duplicateComponent,
  duplicateUnit,
  duplicateRecipient,
  abbreviationDefined,
  referenceInFullOnce,
  closingMark,
  tableCells,
  fieldNotPrinted,
  collectiveSigner,
  todoLeft,
];

/** `memo`: the rules' reports on an earlier plan of the same batch, given again where a rule's fields
 * hold the same values (rule-memo.ts); the diagnostics are those running every rule gives. */
export function checkRules(plan: Plan, file: string, locate: Locate, rules: readonly RuleDefinition[] = RULES, memo?: RuleMemo): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    const report: Report = (pointer, args = {}, at = {}) => {
      diagnostics.push({ code: rule.code, severity: rule.severity, file, ...locate(pointer, at.which, at.offset), path: pointer, args });
    };
    if (memo) memo.check(rule, plan, report);
    else rule.check(plan, report);
  }
  return diagnostics;
}
