// Rule levels from a config file (`rules: { PP215: off, PP206: error }`, as eslint does): the one
// place a diagnostic's severity is changed or the diagnostic dropped. Every path a plan's or a
// document's problems take (validate, render, batch, watch, edit, check) passes through here, so a
// level means the same everywhere; a rule turned to error stops render like any error.
import type { Diagnostic } from './diagnostic.js';
import { isMessageCode } from './messages.js';

export type RuleLevel = 'off' | 'warning' | 'error';
export const RULE_LEVELS: readonly RuleLevel[] = ['off', 'warning', 'error'];

/** Code → level. Only configurable codes (see `ruleConfigurable`) ever get here. */
export type RuleLevels = Readonly<Record<string, RuleLevel>>;

/** Why a code's level cannot be set, or undefined when it can: the plan's rules (PP2xx), the
 * layout checks of a .docx (PP6xx) and PP513 (a .doc checked through LibreOffice: an office that
 * accepts .doc turns it off, one that wants .docx makes it an error) can; reading, YAML, the schema,
 * rendering and batch cannot (a plan that does not parse or fit the schema cannot be rendered
 * whatever a config says). A TODO left (PP290) can become an error but not be turned off: `--final`
 * must still see it. */
export function ruleConfigurable(code: string, level: RuleLevel): 'unknown' | 'fixed' | 'todo' | undefined {
  if (!isMessageCode(code)) return 'unknown';
  if (!/^PP[26]\d\d$/.test(code) && code !== 'PP513') return 'fixed';
  if (code === 'PP290' && level === 'off') return 'todo';
  return undefined;
}

export function applyRuleLevels(diagnostics: Diagnostic[], levels: RuleLevels | undefined): Diagnostic[] {
  if (levels === undefined || Object.keys(levels).length === 0) return diagnostics;
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const level = Object.hasOwn(levels, d.code) ? levels[d.code] : undefined;
    if (level === undefined) out.push(d);
    else if (level !== 'off') out.push(level === d.severity ? d : { ...d, severity: level });
  }
  return out;
}
