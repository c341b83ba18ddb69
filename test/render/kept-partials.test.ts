// Pure partials render each context object once, and the view's lists of blocks are the same
// objects for the plans that share them (issue 12: a batch's units and their base plan). The
// markup must be exactly what rendering everything every time gives: for every example plan, every
// unit of the example units file, and units whose placeholders sit at every depth of the body.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Handlebars from 'handlebars';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkUnit } from '../../src/batch/unit-plan.js';
import { openUnits, readUnits, type Units } from '../../src/batch/units-file.js';
import { loadPlanFile } from '../../src/pipeline/load-plan.js';
import { planToModel } from '../../src/pipeline/render-plan.js';
import type { Plan } from '../../src/plan/plan.js';
import { keptByContext, purePartials } from '../../src/render/pure-partials.js';
import { buildView } from '../../src/render/view.js';
import { DEFAULT_TEMPLATE_DIR, loadTemplate } from '../../src/render/templates.js';
import { PLANS_DIR } from '../support/render-plan.js';

const pureOf = (partials: Record<string, string>): string[] =>
  [...purePartials(Object.fromEntries(Object.entries(partials).map(([name, source]) => [name, Handlebars.parse(source)])))].sort();

describe('purePartials', () => {
  it('takes a partial that reads only its context, through helpers, blocks and pure partials', () => {
    const partials = {
      khoi: '{{#if (eq loai "muc")}}<h2>{{so}} {{{md text}}}</h2>{{/if}}{{#each khoi}}{{> khoi}}{{/each}}{{> bang bang}}',
      bang: '{{#each dong}}<tr>{{#each o}}<td>{{text}}</td>{{/each}}</tr>{{/each}}{{lookup this "ten"}}{{this}}',
    };
    expect(pureOf(partials)).toEqual(['bang', 'khoi']);
  });

  it.each([
    ['an outer context', '{{#each dong}}{{../ten}}{{/each}}'],
    ['the outer context itself', '{{lookup ../this "kieu"}}'],
    ['the root', '{{@root.so}}'],
    ['a loop index', '{{#each dong}}{{@index}}{{/each}}'],
    ['the first item mark', '{{#each dong}}{{#if @first}}x{{/if}}{{/each}}'],
    ['a partial chosen at run time', '{{> (lookup this "kieu")}}'],
    ['a partial block', '{{#> khung}}x{{/khung}}'],
    ['an inline partial', '{{#*inline "x"}}y{{/inline}}{{> x}}'],
    ['the log helper', '{{log text}}'],
    ['a partial the folder lacks', '{{> khong-co}}'],
  ])('refuses a partial that reads %s', (_what, source) => {
    expect(pureOf({ p: source, khung: '{{> @partial-block}}' })).not.toContain('p');
  });

  it('refuses a partial that calls an impure one, even through a chain', () => {
    expect(pureOf({ a: '{{> b}}', b: '{{> c}}', c: '{{@root.x}}', d: 'x' })).toEqual(['d']);
  });

  it('leaves out a partial that does not parse: rendering it is the template problem it was (PP302), not a crash', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parplan-partials-'));
    try {
      cpSync(DEFAULT_TEMPLATE_DIR, dir, { recursive: true });
      writeFileSync(path.join(dir, 'partials', 'khoi.hbs'), '{{#if loai}}never closed');
      const loaded = await loadPlanFile(path.join(PLANS_DIR, 'so-tnmt-lang-son-2020-ddci.yaml'));
      const result = planToModel(loaded.plan!, 'p.yaml', dir);
      expect(result.ok).toBe(false);
      expect(result.ok ? [] : result.diagnostics).toMatchObject([
        // Handlebars shows the text before the error, cut to its last 20 characters.
        { code: 'PP302', args: { template: 'partials/khoi.hbs', detail: expect.stringMatching(/^Parse error on line 1: .*never closed$/) } },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds the shipped templates’ block partials pure and the ones reading the root or outer contexts not', () => {
    const dir = path.join(DEFAULT_TEMPLATE_DIR, 'partials');
    const partials = Object.fromEntries(readdirSync(dir).map((f) => [path.basename(f, '.hbs'), readFileSync(path.join(dir, f), 'utf8')]));
    const pure = pureOf(partials);
    expect(pure).toEqual(expect.arrayContaining(['khoi', 'bang', 'bang-chi-tieu', 'noi-nhan', 'nguoi-ky']));
    // phu-luc prints @root's number and issuer; cac_muc and can-cu read ../ .
    for (const impure of ['phu-luc', 'cac_muc', 'can-cu']) expect(pure).not.toContain(impure);
  });
});

describe('keptByContext', () => {
  it('renders a context object once and anything else each time', () => {
    let calls = 0;
    const partial = keptByContext((context) => `${++calls}:${JSON.stringify(context)}`);
    const context = { text: 'a' };
    expect(partial(context)).toBe('1:{"text":"a"}');
    expect(partial(context)).toBe('1:{"text":"a"}');
    expect(partial({ text: 'a' })).toBe('2:{"text":"a"}');
    expect(partial('a')).toBe('3:"a"');
    expect(partial('a')).toBe('4:"a"');
  });
});

/** The markup of each plan with kept outputs, against every partial rendered every time on a copy
 * of the plan that shares no object with any other. */
function expectSameMarkup(plans: Plan[]): void {
  const kept = loadTemplate();
  const everyTime = loadTemplate(DEFAULT_TEMPLATE_DIR, { keepPure: false });
  for (const plan of plans) {
    // Through JSON: a copy in which no object appears twice (structuredClone keeps a YAML alias one object).
    const reference = everyTime(buildView(JSON.parse(JSON.stringify(plan)) as Plan));
    expect(kept(buildView(plan))).toBe(reference);
  }
}

function unitPlans(units: Units): Plan[] {
  return units.entries.map((_, i) => {
    const checked = checkUnit(units, i);
    if (!checked.plan) throw new Error(`unit ${i}: ${JSON.stringify(checked.diagnostics)}`);
    return checked.plan;
  });
}

/** Every non-empty list of block views in a view, by where it is. */
function blockLists(view: unknown, where = '', found = new Map<string, readonly unknown[]>()): Map<string, readonly unknown[]> {
  if (Array.isArray(view)) view.forEach((item, i) => blockLists(item, `${where}/${i}`, found));
  else if (typeof view === 'object' && view !== null) {
    for (const [key, value] of Object.entries(view)) {
      if ((key === 'khoi' || key === 'nhiem_vu') && Array.isArray(value) && value.length > 0) found.set(`${where}/${key}`, value);
      blockLists(value, `${where}/${key}`, found);
    }
  }
  return found;
}

describe('kept outputs give the markup rendering everything gives', () => {
  it('for every example plan, twice over', async () => {
    const plans: Plan[] = [];
    for (const file of readdirSync(PLANS_DIR).filter((f) => f.endsWith('.yaml'))) {
      const loaded = await loadPlanFile(path.join(PLANS_DIR, file));
      if (!loaded.plan) throw new Error(file);
      plans.push(loaded.plan);
    }
    expect(plans.length).toBeGreaterThanOrEqual(6);
    expectSameMarkup([...plans, ...plans]);
  });

  it('for every unit of the example units file, whose placeholders change the body', async () => {
    const units = await readUnits(path.join('units', 'cac-so-lao-cai-2022.yaml'), PLANS_DIR);
    const plans = unitPlans(units);
    expect(plans.length).toBeGreaterThan(10);
    expectSameMarkup([...plans, ...plans.reverse()]);
    // The lists no unit changes are one object for all: their views are built once.
    const [first, second] = plans.map((plan) => blockLists(buildView(plan)));
    const shared = [...first!].filter(([where, list]) => second!.get(where) === list);
    expect(shared.length).toBeGreaterThan(0);
    expect(shared.every(([, list]) => Object.isFrozen(list) && Object.isFrozen(list[0]))).toBe(true);
    // …and the ones a placeholder changed are each unit's own.
    expect([...first!].some(([where, list]) => second!.get(where) !== list)).toBe(true);
  });

  it('for units that override a section, the numbering or the bullets, or put a placeholder deep in the body', () => {
    const baseText = readFileSync(path.join(PLANS_DIR, 'units', 'ke-hoach-par-index-2022-so.yaml'), 'utf8');
    const unitsText = [
      'ke_hoach: base.yaml',
      'don_vi:',
      '  - co_quan_ban_hanh: { ten: SỞ A, ten_day_du: Sở A, viet_tat: SA }',
      '  - co_quan_ban_hanh: { ten: SỞ B, ten_day_du: Sở B, viet_tat: SB }',
      '    danh_so: ["I", "1", "a", "-"]',
      '  - co_quan_ban_hanh: { ten: SỞ C, ten_day_du: Sở C, viet_tat: SC }',
      '    ky_hieu_gach: ["+", "-"]',
      '  - co_quan_ban_hanh: { ten: SỞ D, ten_day_du: Sở D, viet_tat: SD }',
      '    mo_dau: ["${ten_day_du} mở đầu."]',
      '  - co_quan_ban_hanh: { ten: SỞ E, ten_day_du: Sở E, viet_tat: SE }',
      // One list in two places (a YAML alias is the same object twice): numbered under each parent.
      '  - co_quan_ban_hanh: { ten: SỞ F, ten_day_du: Sở F, viet_tat: SF }',
      '    danh_so: ["I", "1.1", "1.1"]',
      '    noi_dung:',
      '      - tieu_de: MỘT',
      '        noi_dung: &chung',
      '          - muc: Việc chung',
      '            noi_dung: ["Nội dung chung."]',
      '      - tieu_de: HAI',
      '        noi_dung: *chung',
    ].join('\n');
    // A placeholder in the deepest text of every section: each unit's copy of that path is new.
    const deep = baseText.replace(/(\n {10,}- )([^\n"':#]+)\n/g, (_, lead: string, text: string) => `${lead}${text} (\${ten_ngan})\n`);
    expect(deep).not.toBe(baseText);
    for (const base of [baseText, deep]) {
      const units = openUnits({ unitsFile: 'units.yaml', unitsText, baseFile: 'base.yaml', baseText: base, readProblems: [] });
      const plans = unitPlans(units);
      expectSameMarkup([...plans, ...plans]);
    }
  });

  it('for units whose index results differ under the base plan’s target table', () => {
    const baseText = readFileSync(path.join(PLANS_DIR, 'ubnd-tinh-lao-cai-2023-par-index-sipas.yaml'), 'utf8');
    const indexes = (parseYaml(baseText) as { chi_so: { ket_qua: { ty_le: string } }[] }).chi_so;
    const changed = structuredClone(indexes);
    changed[0]!.ket_qua.ty_le = '80,01';
    const issuer = (n: number) => ({ ten: ['ỦY BAN NHÂN DÂN', `TỈNH SỐ ${n}`], ten_day_du: `Ủy ban nhân dân tỉnh số ${n}`, viet_tat: `UBND${n}` });
    // JSON is YAML: the units file written from data.
    const entries = [{ co_quan_ban_hanh: issuer(1) }, { co_quan_ban_hanh: issuer(2), chi_so: changed }, { co_quan_ban_hanh: issuer(3) }];
    const units = openUnits({ unitsFile: 'units.yaml', unitsText: `ke_hoach: base.yaml\ndon_vi: ${JSON.stringify(entries)}\n`, baseFile: 'base.yaml', baseText, readProblems: [] });
    const plans = unitPlans(units);
    expect(loadTemplate()(buildView(plans[1]!))).toContain('80,01');
    expectSameMarkup([...plans, ...plans]);
  });
});
