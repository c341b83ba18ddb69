// The text rules that keep their per-text work by the text (issue 12: PP201, PP215, PP216, PP219's
// figures; src/validate/rules/by-text.ts) and PP290 (its walk without arrays) against the same rules as they were before it
// (test/validate/rules-before/, copied unchanged from the commit before): on every plan of the
// repository and on seeded copies whose texts are changed, swapped and repeated, each rule reports the
// same problems, with the same arguments, at the same places, in the same order. The plans are checked
// in one process one after the other, in two orders and twice, so that what one plan left in the
// memo cannot change another's result.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/parse/read-yaml.js';
import { fillPlaceholders } from '../../src/plan/placeholders.js';
import { toPlan, type Plan, type PlanInput } from '../../src/plan/plan.js';
import { checkSchema } from '../../src/validate/schema.js';
import type { RuleDefinition, RuleArgs } from '../../src/validate/rules/rule.js';
import { factsOf, forgetTexts, memoByText } from '../../src/validate/rules/by-text.js';
import { abbreviationDefined } from '../../src/validate/rules/abbreviation-defined.js';
import { dateExists } from '../../src/validate/rules/date-exists.js';
import { referenceInFullOnce } from '../../src/validate/rules/reference-in-full-once.js';
import { fieldNotPrinted } from '../../src/validate/rules/field-not-printed.js';
import { abbreviationDefined as abbreviationBefore } from './rules-before/abbreviation-defined.js';
import { dateExists as dateBefore } from './rules-before/date-exists.js';
import { referenceInFullOnce as referenceBefore } from './rules-before/reference-in-full-once.js';
import { fieldNotPrinted as fieldBefore } from './rules-before/field-not-printed.js';
import { hasTodo, todoLeft } from '../../src/validate/rules/todo-left.js';
import { todoLeft as todoBefore, hasTodo as hasTodoBefore } from './rules-before/todo-left.js';
import { yamlFiles } from '../support/yaml-files.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const PAIRS: [RuleDefinition, RuleDefinition][] = [
  [dateExists, dateBefore],
  [abbreviationDefined, abbreviationBefore],
  [referenceInFullOnce, referenceBefore],
  [fieldNotPrinted, fieldBefore],
  [todoLeft, todoBefore],
];

type Data = Record<string, unknown>;

/** The plan data of a file that is a plan the rules would run on (parsed, filled, no schema error). */
function planData(text: string): Data | undefined {
  const parsed = parseYaml(text, 'p.yaml');
  if (parsed.data === undefined || parsed.diagnostics.some((d) => d.severity === 'error')) return undefined;
  const filled = fillPlaceholders(parsed.data, 'p.yaml', parsed.locate);
  if (filled.diagnostics.some((d) => d.severity === 'error')) return undefined;
  if (checkSchema(filled.data, 'p.yaml', parsed.locate).some((d) => d.severity === 'error')) return undefined;
  return filled.data as Data;
}

const BASES = [...yamlFiles(path.join(ROOT, 'plans')), ...yamlFiles(path.join(ROOT, 'templates')), ...yamlFiles(path.join(ROOT, 'test'))]
  .sort()
  .map((file) => ({ file, data: planData(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) }))
  .filter((p): p is { file: string; data: Data } => p.data !== undefined);

/** A seeded generator (mulberry32): the same copies on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces the four rules read: abbreviations used and defined, real and impossible dates, full and
 * short citations, figures, capitals that are not abbreviations. */
const PIECES = [
  'CCHC', 'cải cách hành chính (CCHC)', 'PCI (Chỉ số năng lực cạnh tranh cấp tỉnh)', 'PCI', 'KT-XH', 'KT-XH-', 'UBND', 'HĐND tỉnh', 'ĐDCI',
  'PAR INDEX', 'SIPAS', '(SIPAS)', 'CNTT (công nghệ thông tin)', 'XIV', 'A1', 'TODO', 'TODO/KH-UBND', 'ISO 9001', 'B2B', 'C-D',
  '31/11/2022', '30/02/2021', '29/2/2024', '29/02/2023', '15/12/2020', '0/5/2022', '12/13/2022', '1/1/2022/', '/1/1/2022', '11/2022',
  '240/KH-UBND ngày 30/6/2022', '59/2012/NĐ-CP ngày 1/1/2012', '240/kh-ubnd ngày 3/7/2022', 'số 240/KH-UBND', 'Kế hoạch 12/KH-STNMT  ngày 2/2/2022',
  '84,35', '84.35', '100', '2022', '5,5%', '1.234,5', '(', ')', '((CCHC))', '(chỉ số (CCHC))', 'Đ', 'ĐĐ', 'AB', 'a', ' ', '\n', '-',
];

/** A copy of a plan's data with some of its texts changed: a piece inserted, a text replaced by
 * another text of the plan (so that the same text appears twice), a text cut. Keys, numbers and
 * short strings (dates, codes, names) are kept, so that the copy stays a plan. */
function mutate(data: Data, rand: () => number): Data {
  const texts: string[] = [];
  const collect = (v: unknown): void => {
    if (typeof v === 'string') texts.push(v);
    else if (Array.isArray(v)) v.forEach(collect);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(collect);
  };
  collect(data);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const change = (text: string): string => {
    const r = rand();
    if (r < 0.5) {
      const at = Math.floor(rand() * (text.length + 1));
      const piece = pick(PIECES);
      const glue = rand() < 0.5 ? ' ' : '';
      return text.slice(0, at) + glue + piece + glue + text.slice(at);
    }
    if (r < 0.75) return pick(texts);
    if (r < 0.9) return text.slice(0, Math.floor(rand() * text.length)) || text;
    return `${pick(PIECES)} ${pick(PIECES)} ${text}`;
  };
  const rate = 0.05 + rand() * 0.3;
  const walk = (v: unknown, key: string): unknown => {
    if (typeof v === 'string') return v.length >= 12 && v.includes(' ') && key !== 'ngay_ban_hanh' && rand() < rate ? change(v) : v;
    if (Array.isArray(v)) return v.map((item) => walk(item, key));
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, walk(item, k)]));
    return v;
  };
  return walk(data, '') as Data;
}

type Call = [pointer: string, args: RuleArgs | undefined, at: unknown];
function run(rule: RuleDefinition, plan: Plan): Call[] {
  const calls: Call[] = [];
  rule.check(plan, (pointer, args, at) => calls.push([pointer, args === undefined ? undefined : { ...args }, at]));
  return calls;
}

/** Checks every pair on a plan; the number of problems the rules reported. */
function compare(data: Data, label: string): number {
  let reported = 0;
  for (const [now, before] of PAIRS) {
    // A fresh Plan for each (readingOrder keeps its texts by the Plan object).
    const expected = run(before, toPlan(structuredClone(data) as unknown as PlanInput));
    const actual = run(now, toPlan(structuredClone(data) as unknown as PlanInput));
    expect(actual, `${now.code} on ${label}`).toEqual(expected);
    reported += expected.length;
  }
  return reported;
}

describe('text rules kept by the text (issue 12) against the rules before', () => {
  it('report the same on every plan of the repository, in two orders, twice', () => {
    expect(BASES.length).toBeGreaterThanOrEqual(8);
    let reported = 0;
    for (const round of [0, 1]) {
      const order = round === 0 ? BASES : [...BASES].reverse();
      for (const { file, data } of order) reported += compare(data, path.relative(ROOT, file));
    }
    expect(reported).toBeGreaterThan(0);
  });

  it('report the same on 1,500 seeded copies with changed, repeated and cut texts', () => {
    const rand = random(12);
    const codes = new Map<string, number>();
    for (let i = 0; i < 1500; i++) {
      const base = BASES[i % BASES.length]!;
      const copy = mutate(base.data, rand);
      let plan: Plan;
      try {
        plan = toPlan(structuredClone(copy) as unknown as PlanInput);
      } catch {
        continue;
      }
      expect(hasTodo(plan)).toBe(hasTodoBefore(plan));
      for (const [now] of PAIRS) codes.set(now.code, (codes.get(now.code) ?? 0) + run(now, plan).length);
      compare(copy, `copy ${i} of ${path.relative(ROOT, base.file)}`);
    }
    // Every rule reported problems on the copies: the comparison saw their reports, not only silence.
    for (const [rule] of PAIRS) expect(codes.get(rule.code) ?? 0, rule.code).toBeGreaterThan(20);
  });
});

describe('memoByText', () => {
  it('computes once per distinct text, each function in its own slot, and stays right past the bound', () => {
    let computed = 0;
    const length = memoByText((text: string) => {
      computed += 1;
      return [text.length];
    });
    const upper = memoByText((text: string) => text.toUpperCase());
    expect(length('ab')).toEqual([2]);
    expect(length('ab')).toEqual([2]);
    expect(length('ab', { facts: factsOf('ab') })).toEqual([2]);
    expect(upper('ab')).toBe('AB');
    expect(computed).toBe(1);
    // Past 20,000 texts the table starts again: still the right results.
    for (let i = 0; i < 20_010; i++) expect(length(`t${i}`)).toEqual([`t${i}`.length]);
    expect(length('ab')).toEqual([2]);
    expect(upper('ab')).toBe('AB');
    expect(computed).toBe(20_012);
    forgetTexts();
    expect(length('ab')).toEqual([2]);
    expect(computed).toBe(20_013);
  });
});
