// A plan file → a checked Plan, or the problems that stop it. Never throws for a bad plan.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { decodePlanBytes, decodeProblem } from '../parse/decode-text.js';
import { parseYaml, type ParsedYaml } from '../parse/read-yaml.js';
import { readPlanBytesSync } from '../parse/read-plan-file.js';
import { toPlan, type Plan, type PlanInput } from '../plan/plan.js';
import { checkSchema } from '../validate/schema.js';
import { checkRules, RULES } from '../validate/check-rules.js';
import type { RuleMemo } from '../validate/rule-memo.js';
import type { SchemaMemo } from '../validate/schema-memo.js';
import { applyRuleLevels, type RuleLevels } from '../diagnostics/rule-levels.js';
import type { SourceOf } from '../validate/explain-mistakes.js';
import { fillPlaceholders } from '../plan/placeholders.js';
import { reachStage, STAGE } from './stages-reached.js';

export interface LoadedPlan {
  file: string;
  /** The decoded source text (for code frames in reports); undefined when unreadable. */
  source: string | undefined;
  plan: Plan | undefined;
  diagnostics: Diagnostic[];
}

/** Reads and checks a plan; `plan` is set when it has no errors (warnings allowed). `levels`: the
 * config's rule levels (a rule turned to error stops the plan, one turned off is not reported).
 * The file is read synchronously (the same steps and results as readPlanBytes): a plan is read
 * whole before anything else is done with it, and the asynchronous read's five trips through
 * libuv's thread pool were time a cold render waited. */
export async function loadPlanFile(file: string, levels?: RuleLevels): Promise<LoadedPlan> {
  const read = readPlanBytesSync(file);
  if (!read.ok) return { file, source: undefined, plan: undefined, diagnostics: [read.diagnostic] };
  return loadPlanBytes(file, read.bytes, levels);
}

export function loadPlanBytes(file: string, bytes: Uint8Array, levels?: RuleLevels): LoadedPlan {
  const decoded = decodePlanBytes(bytes);
  if (!decoded.ok) return { file, source: undefined, plan: undefined, diagnostics: [decodeProblem(file, decoded)] };
  return loadPlanText(file, decoded.text, levels);
}

export function loadPlanText(file: string, text: string, levels?: RuleLevels): LoadedPlan {
  const parsed = parseYaml(text, file);
  const checked = checkPlanData(parsed, file, levels, () => text);
  return { file, source: text, ...checked };
}

/** Schema, then rules, on parsed data: shared by plain plans and merged batch plans. */
/** `sourceOf`: the text a pointer's node is in, for messages that show a corrected line. `memo`: what
 * the schema and the rules found in another unit of the same units file (a batch's units share their
 * base): rule-memo.ts, schema-memo.ts. */
export function checkPlanData(
  parsed: Pick<ParsedYaml, 'data' | 'diagnostics' | 'locate'>,
  file: string,
  levels?: RuleLevels,
  sourceOf?: SourceOf,
  memo?: { rules: RuleMemo; schema: SchemaMemo },
): { plan: Plan | undefined; diagnostics: Diagnostic[] } {
  if (parsed.data === undefined || hasErrors(parsed.diagnostics)) return { plan: undefined, diagnostics: parsed.diagnostics };
  // ${ten_day_du}, ${don_vi_luu}…: the unit's own fields, filled in before anything checks the text.
  const filled = fillPlaceholders(parsed.data, file, parsed.locate);
  const whole = () => checkSchema(filled.data, file, parsed.locate, sourceOf);
  const schemaProblems = [...filled.diagnostics, ...(memo ? memo.schema.check(filled.data, whole) : whole())];
  if (hasErrors(schemaProblems)) return { plan: undefined, diagnostics: [...parsed.diagnostics, ...schemaProblems] };
  const plan = toPlan(filled.data as PlanInput);
  const diagnostics = applyRuleLevels([...parsed.diagnostics, ...schemaProblems, ...checkRules(plan, file, parsed.locate, RULES, memo?.rules)], levels);
  reachStage(STAGE.checked);
  return { plan: hasErrors(diagnostics) ? undefined : plan, diagnostics };
}
