// Rules beyond the schema (the decree's and the indexes'): each rule is a function in rules/,
// returning Diagnostic values; this module runs them all in order.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Plan } from '../plan/plan.js';
import type { Position } from '../parse/read-yaml.js';

export type Locate = (pointer: string, which?: 'key' | 'value') => Position;
export type Rule = (plan: Plan, file: string, locate: Locate) => Diagnostic[];

const RULES: Rule[] = [];

export function checkRules(plan: Plan, file: string, locate: Locate): Diagnostic[] {
  return RULES.flatMap((rule) => rule(plan, file, locate));
}
