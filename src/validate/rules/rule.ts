// What a rule beyond the schema is: a stable code, a level, the clause it enforces, and a check
// that reports problems through a callback (src/validate/check-rules.ts turns them into Diagnostics).
import type { Severity } from '../../diagnostics/diagnostic.js';
import type { MessageCode } from '../../diagnostics/messages.js';
import type { Plan } from '../../plan/plan.js';

export type RuleArgs = Record<string, string | number>;

/** A problem at the node of a JSON Pointer; `key` points at a map entry's key, `offset` at a
 * character inside a string value. */
export type Report = (pointer: string, args?: RuleArgs, at?: { which?: 'key' | 'value'; offset?: number }) => void;

export interface RuleDefinition {
  code: MessageCode;
  /** A short name for dashboards (SARIF) and the README. */
  name: string;
  severity: Severity;
  /** The clause of Nghị định 30/2020 or the index rule it enforces, as users read it (check prints it
   * after each problem, SARIF carries it): no reference to the team's notes in shared/, which users do
   * not have (a comment beside it names the note). */
  clause: string;
  check(plan: Plan, report: Report): void;
}
