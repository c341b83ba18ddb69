// --nam N: next year's draft clears last year's figures (results and targets) into TODO, moves the
// plan's years on, leaves số and the day blank; the draft validates and renders with the TODOs shown.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../src/import/import-docx.js';
import { nextYearDraft } from '../../src/import/next-year.js';
import { planToYaml } from '../../src/import/plan-yaml.js';
import type { Index } from '../../src/plan/plan.js';
import { loadPlanText } from '../../src/pipeline/load-plan.js';
import { planToModel, renderPlanToDocx } from '../../src/pipeline/render-plan.js';
import { modelAsText } from '../support/model-as-text.js';

const PLANS = path.join(import.meta.dirname, '..', '..', 'plans');

async function draftOf(name: string, year: number) {
  const loaded = loadPlanText(name, readFileSync(path.join(PLANS, name), 'utf8'));
  const docx = await renderPlanToDocx(loaded.plan!, name);
  if (!docx.ok) throw new Error('render');
  const imported = await importDocx(docx.bytes, { file: 'x.docx' });
  return nextYearDraft(imported.imported!, year);
}

const numbersOf = (i: Index) =>
  [i.ket_qua, i.chi_tieu, ...(i.thanh_phan ?? []).flatMap((c) => [c.ket_qua, c.chi_tieu])].flatMap((v) =>
    v ? Object.entries(v).filter(([k]) => ['diem', 'diem_toi_da', 'ty_le', 'xep_hang', 'tong_so', 'xep_hang_tu', 'xep_hang_den'].includes(k)) : [],
  );

describe('import --nam: next year’s draft', () => {
  it('clears every result and target figure into TODO, in the data and in the targets table', async () => {
    const draft = await draftOf('ubnd-huyen-bao-thang-2024-par-index-sipas.yaml', 2025);
    const index = (Array.isArray(draft.plan.chi_so) ? draft.plan.chi_so[0] : draft.plan.chi_so)!;
    expect(index.nam).toBe(2025);
    expect(numbersOf(index)).toEqual([]);
    const c = index.thanh_phan![0]!;
    expect(c.ket_qua).toEqual({ nam: 2024, van_ban: 'TODO: kết quả năm 2024' });
    expect(c.chi_tieu).toEqual({ van_ban: 'TODO: chỉ tiêu năm 2025' });
    expect(c.o_bang).toMatchObject({ ket_qua: 'TODO', hang: 'TODO', chi_tieu: 'TODO', hang_muc_tieu: 'TODO' });
    expect(draft.plan.so).toBeNull();
    expect(draft.plan.ngay_ban_hanh).toMatch(/^2025-\d\d$/);
    expect(JSON.stringify(draft.plan.trich_yeu)).toContain('năm 2025');

    const yaml = planToYaml(draft, []);
    expect(yaml).toContain('# ô của bảng chỉ tiêu: xóa o_bang');
    const again = loadPlanText('draft.yaml', yaml);
    expect(again.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(again.diagnostics.map((d) => d.code)).toContain('PP290');
    const model = planToModel(again.plan!, 'draft.yaml');
    if (!model.ok) throw new Error('the draft does not render');
    const table = model.model.body.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no targets table');
    const firstRow = table.rows.find((r) => !r.header)!;
    expect(firstRow.cells.map((cell) => cell.paragraphs.map((l) => l.map((run) => run.text).join('')).join(''))).toEqual(['1', c.ten, 'TODO', 'TODO', 'TODO', 'TODO', expect.any(String)]);
    // Last year's figures written in a sentence stay, flagged: the clerk replaces them.
    const withFigures = modelAsText(model.model).split('\n').filter((l) => /84,12|92,31/.test(l));
    expect(withFigures.length).toBeGreaterThan(0);
    for (const l of withFigures) expect(l).toMatch(/TODO: cập nhật số liệu\./);
  });

  it('a plan with two indexes and a targets table of its own labels: both cleared', async () => {
    const draft = await draftOf('ubnd-tinh-lao-cai-2023-par-index-sipas.yaml', 2024);
    const indexes = Array.isArray(draft.plan.chi_so) ? draft.plan.chi_so : [draft.plan.chi_so!];
    for (const index of indexes) {
      expect(index.nam).toBe(2024);
      expect(numbersOf(index)).toEqual([]);
    }
    const again = loadPlanText('draft.yaml', planToYaml(draft, []));
    expect(again.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('moves the appendix on too: its title, its tasks and their deadlines (no PP211 in the draft)', async () => {
    const draft = await draftOf('so-tnmt-lang-son-2020-ddci.yaml', 2021);
    const appendix = draft.plan.phu_luc![0]!;
    expect(appendix.ten).toMatch(/DDCI NĂM 2021$/);
    const tasks = appendix.nhiem_vu.flatMap((row) => ('nhom' in row ? row.nhiem_vu : [row]));
    const deadlines = tasks.map((t) => t.thoi_han ?? '');
    expect(deadlines).toContain('Năm 2021');
    expect(deadlines.filter((d) => /2020/.test(d))).toEqual([]);
    const again = loadPlanText('draft.yaml', planToYaml(draft, []));
    expect(again.diagnostics.filter((d) => d.code === 'PP211')).toEqual([]);
    expect(again.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('moves a deadline written in the text to the new year, and leaves a cited document\'s date', async () => {
    const draft = await draftOf('so-tnmt-lao-cai-2022-par-index.yaml', 2023);
    const text = JSON.stringify(draft.plan.noi_dung);
    expect(text).toContain('trước ngày 30/11/2023');
    expect(text).not.toContain('30/11/2022');
    expect(JSON.stringify(draft.plan.can_cu)).toContain('"ngay":"30/6/2022"');
  });
});

