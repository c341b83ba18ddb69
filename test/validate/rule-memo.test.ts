// A batch's units give each rule's reports on the first unit again where the fields the rule read
// hold the same values (rule-memo.ts, issue 12), and skip the schema check where only fields that pass
// their own schemas differ from a unit that passed (schema-memo.ts). The diagnostics must be exactly those of running
// every rule on every unit: checked against a units file opened afresh for each unit (its memo then
// runs every rule on that unit), for the example units file, the test fixtures, and units that
// change what the rules read one field at a time.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkUnit } from '../../src/batch/unit-plan.js';
import { openUnits, readUnits, type Units } from '../../src/batch/units-file.js';
import type { Plan } from '../../src/plan/plan.js';
import { sameValue } from '../../src/cache/same-value.js';
import { RuleMemo } from '../../src/validate/rule-memo.js';
import { checkSchema } from '../../src/validate/schema.js';
import { SCHEMA_IS_FIELD_BY_FIELD, SchemaMemo } from '../../src/validate/schema-memo.js';
import type { Report, RuleDefinition } from '../../src/validate/rules/rule.js';
import { PLANS_DIR } from '../support/render-plan.js';

const ROOT = path.resolve(PLANS_DIR, '..');

/** Every unit's diagnostics, checked in `order` through one Units (one memo). */
function memoized(units: Units, order: number[]): Map<number, unknown> {
  return new Map(order.map((i) => [i, checkUnit(units, i).diagnostics]));
}

/** Unit i checked through a Units of its own: it is the memo's first plan, so every rule runs on it. */
const alone = (units: Units, i: number) => checkUnit(openUnits(units.texts), i).diagnostics;

async function expectSameAsAlone(file: string): Promise<Units> {
  const units = await readUnits(file, ROOT, [path.join(PLANS_DIR, 'units')]);
  expect(units.fileProblems).toEqual([]);
  const checkable = units.entries.map((_, i) => i).filter((i) => !units.entryProblems.has(i));
  expect(checkable.length).toBeGreaterThan(1);
  for (const order of [checkable, [...checkable].reverse()]) {
    const diagnostics = memoized(units.texts.unitsText === undefined ? units : openUnits(units.texts), order);
    for (const i of checkable) expect(diagnostics.get(i), `unit ${i}`).toEqual(alone(units, i));
  }
  return units;
}

describe('the rules of a batch’s units', () => {
  it.each([
    'plans/units/cac-so-lao-cai-2022.yaml',
    'test/batch/fixtures/isolation/units.yaml',
    'test/batch/fixtures/positions/units.yaml',
  ])('give every unit of %s the diagnostics running every rule gives', async (file) => {
    await expectSameAsAlone(file);
  });

  it('follow a unit that changes what a rule reads: each changed field, its own diagnostics', async () => {
    // Units over the example base, each changing one field a rule reads (and one changing nothing).
    const dir = path.join(ROOT, 'test', 'validate', 'fixtures', 'rule-memo');
    const units = await expectSameAsAlone(path.relative(ROOT, path.join(dir, 'units.yaml')));
    const codes = (i: number) => (checkUnit(units, i).diagnostics as { code: string }[]).map((d) => d.code).sort();
    const plain = codes(0);
    // Each unit has the problem it was written to have, beyond those every unit shares.
    expect(codes(1)).toEqual([...plain, 'PP215'].sort());
    expect(codes(2)).toEqual([...plain, 'PP202'].sort());
    expect(codes(3)).toEqual([...plain, 'PP214'].sort());
    expect(codes(4)).toEqual([...plain, 'PP217'].sort());
    expect(codes(5)).toEqual(plain);
    // The unit written the same as the first reports at the same places.
    expect(checkUnit(units, 5).diagnostics).toEqual(checkUnit(units, 0).diagnostics.map((d) => d));
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toContain('units.yaml');
  });
});

describe('RuleMemo', () => {
  const plan = (fields: Record<string, unknown>) => fields as unknown as Plan;
  const counting = (read: (p: Record<string, unknown>) => unknown): RuleDefinition & { runs: number } => {
    const rule = {
      code: 'PP201',
      name: 'thu',
      severity: 'warning',
      clause: '',
      runs: 0,
      check(p: Plan, report: Report) {
        rule.runs += 1;
        report('/so', { value: String(read(p as unknown as Record<string, unknown>)) }, { offset: 1 });
      },
    } as RuleDefinition & { runs: number };
    return rule;
  };
  const reports = (memo: RuleMemo, rule: RuleDefinition, p: Plan) => {
    const out: unknown[] = [];
    memo.check(rule, p, (...args) => out.push(args));
    return out;
  };

  it('runs a rule again when a field it read changed, deep inside, and not when another did', () => {
    const memo = new RuleMemo();
    const rule = counting((p) => JSON.stringify((p.noi_dung as unknown[])[0]));
    const first = plan({ noi_dung: [{ a: [1, 'x'] }], co_quan_ban_hanh: { ten: 'A' } });
    expect(reports(memo, rule, first)).toEqual([['/so', { value: '{"a":[1,"x"]}' }, { offset: 1 }]]);
    expect(reports(memo, rule, plan({ noi_dung: [{ a: [1, 'x'] }], co_quan_ban_hanh: { ten: 'B' } }))).toEqual([['/so', { value: '{"a":[1,"x"]}' }, { offset: 1 }]]);
    expect(rule.runs).toBe(1);
    expect(reports(memo, rule, plan({ noi_dung: [{ a: [1, 'y'] }], co_quan_ban_hanh: { ten: 'A' } }))).toEqual([['/so', { value: '{"a":[1,"y"]}' }, { offset: 1 }]]);
    expect(rule.runs).toBe(2);
  });

  it('counts a field asked for with `in` or hasOwn, and one that is missing, as read', () => {
    const memo = new RuleMemo();
    const rule = counting((p) => ('so' in p ? 'có' : 'không') + String(Object.hasOwn(p, 'khan')));
    reports(memo, rule, plan({ ten: 1 }));
    expect(reports(memo, rule, plan({ ten: 2 }))).toEqual([['/so', { value: 'khôngfalse' }, { offset: 1 }]]);
    expect(rule.runs).toBe(1);
    expect(reports(memo, rule, plan({ ten: 1, so: 3 }))).toEqual([['/so', { value: 'cófalse' }, { offset: 1 }]]);
    expect(reports(memo, rule, plan({ ten: 1, khan: 'KHẨN' }))).toEqual([['/so', { value: 'khôngtrue' }, { offset: 1 }]]);
    expect(rule.runs).toBe(3);
  });

  it('runs a rule that lists the fields whenever any field differs', () => {
    const memo = new RuleMemo();
    const rule = counting((p) => Object.keys(p).length);
    reports(memo, rule, plan({ a: 1, b: 2 }));
    reports(memo, rule, plan({ a: 1, b: 2 }));
    expect(rule.runs).toBe(1);
    expect(reports(memo, rule, plan({ a: 1, b: 3 }))).toEqual([['/so', { value: '2' }, { offset: 1 }]]);
    expect(reports(memo, rule, plan({ a: 1, b: 2, c: 0 }))).toEqual([['/so', { value: '3' }, { offset: 1 }]]);
    expect(rule.runs).toBe(3);
  });

  it('gives each plan args of its own', () => {
    const memo = new RuleMemo();
    const rule = counting(() => 'x');
    const [first] = reports(memo, rule, plan({})) as [string, object][];
    const [again] = reports(memo, rule, plan({})) as [string, object][];
    expect(again).toEqual(first);
    expect(again![1]).not.toBe(first![1]);
  });
});

describe('sameValue', () => {
  it.each([
    [1, 1, true],
    ['a', 'a', true],
    [null, null, true],
    [[1, [2]], [1, [2]], true],
    [{ a: 1, b: { c: 'x' } }, { a: 1, b: { c: 'x' } }, true],
    [{ a: 1, b: 2 }, { b: 2, a: 1 }, false],
    [[1, 2], [1, 2, 3], false],
    [{ a: undefined }, {}, false],
    [[1], { 0: 1 }, false],
    [Number.NaN, Number.NaN, false],
    [{ a: 1 }, Object.assign(Object.create(null), { a: 1 }), false],
    [new Date(0), new Date(0), false],
    [0, '0', false],
    [null, undefined, false],
  ])('%j and %j: %s', (a, b, same) => {
    expect(sameValue(a, b)).toBe(same);
  });
});

describe('SchemaMemo', () => {
  const base = async () => {
    const units = await readUnits('plans/units/cac-so-lao-cai-2022.yaml', ROOT);
    return structuredClone(units.base!.data) as Record<string, unknown>;
  };
  const counted = (data: unknown) => {
    let wholes = 0;
    return { data, wholes: () => wholes, whole: () => (wholes++, checkSchema(data, 'k.yaml', () => ({ line: 1, column: 1 }))) };
  };

  it('is on: the plan schema ties no field to another', () => {
    expect(SCHEMA_IS_FIELD_BY_FIELD).toBe(true);
  });

  it('skips the whole check of a plan that differs from a passing one only in fields that pass', async () => {
    const memo = new SchemaMemo();
    const first = counted(await base());
    expect(memo.check(first.data, first.whole)).toEqual([]);
    const data = await base();
    data.co_quan_ban_hanh = { ten: 'SỞ HAI', ten_day_du: 'Sở Hai', viet_tat: 'SHAI' };
    data.so = 12;
    const second = counted(data);
    expect(memo.check(second.data, second.whole)).toEqual([]);
    expect(second.wholes()).toBe(0);
  });

  it.each([
    ['a field that fails its schema', (d: Record<string, unknown>) => void (d.co_quan_ban_hanh = { ten: 'SỞ HAI', viet_tat: 'sở' })],
    ['a field the schema does not have', (d: Record<string, unknown>) => void (d.ghi_chu_them = 'x')],
    ['a required field removed', (d: Record<string, unknown>) => void delete d.dia_danh],
    ['a body whose one text became a number', (d: Record<string, unknown>) => void ((d.noi_dung as { tieu_de: unknown }[])[0]!.tieu_de = 5)],
  ])('checks whole, with its problems, %s', async (_what, change) => {
    const memo = new SchemaMemo();
    const first = counted(await base());
    memo.check(first.data, first.whole);
    const data = await base();
    change(data);
    const second = counted(data);
    const problems = memo.check(second.data, second.whole);
    expect(second.wholes()).toBe(1);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems).toEqual(checkSchema(data, 'k.yaml', () => ({ line: 1, column: 1 })));
  });

  it('keeps no plan with problems as the one to compare with', async () => {
    const memo = new SchemaMemo();
    const bad = await base();
    bad.so = 'mười';
    const first = counted(bad);
    expect(memo.check(first.data, first.whole).length).toBeGreaterThan(0);
    const again = counted(structuredClone(bad));
    expect(memo.check(again.data, again.whole).length).toBeGreaterThan(0);
    expect(again.wholes()).toBe(1);
  });
});
