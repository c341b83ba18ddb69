// README's "Validation" section documents every rule with a failing and a passing example: each
// example, applied to the base plan, must do what the README says.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { RULES } from '../../src/validate/check-rules.js';
import { checkPlan } from './plan-fixture.js';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('\n## Validation'));
const documented = [...section.matchAll(/^#### (PP\d{3}) · (error|warning) · .*\n([\s\S]*?)(?=^#### |^## |(?![\s\S]))/gm)].map((m) => {
  const blocks = [...m[3]!.matchAll(/```yaml\n([\s\S]*?)```/g)].map((b) => b[1]!);
  return { code: m[1]!, level: m[2]!, fails: blocks[0], passes: blocks[1] };
});

describe('README rule examples', () => {
  it('document every rule, with its level', () => {
    expect(documented.map((d) => d.code)).toEqual(RULES.map((r) => r.code));
    for (const rule of RULES) expect(documented.find((d) => d.code === rule.code)?.level, rule.code).toBe(rule.severity);
  });

  for (const { code, level, fails, passes } of documented) {
    it(`${code}: the failing example raises it as ${level}, the passing one raises nothing`, () => {
      expect(fails, `${code} has no failing example`).toBeDefined();
      expect(passes, `${code} has no passing example`).toBeDefined();
      const failing = checkPlan(parse(fails!) as Record<string, unknown>).diagnostics;
      expect(failing.filter((d) => d.code === code).map((d) => d.severity)).toContain(level);
      expect(checkPlan(parse(passes!) as Record<string, unknown>).diagnostics).toEqual([]);
    });
  }
});
