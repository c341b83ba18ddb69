// A preset + answers → the text of a new plan: filled in, commented, valid, renderable.
import path from 'node:path';
import { isMap, isPair, isScalar, parseDocument, type YAMLMap } from 'yaml';
import { describe, expect, it } from 'vitest';
import { hasErrors } from '../../src/diagnostics/diagnostic.js';
import { loadPlanText } from '../../src/pipeline/load-plan.js';
import { renderPlanToDocx } from '../../src/pipeline/render-plan.js';
import { buildPlanYaml, type InitAnswers } from '../../src/presets/build-plan.js';
import { listPresets, type Preset } from '../../src/presets/registry.js';
import { SCHEMA_FILE } from '../../src/presets/schema-ref.js';
import { FIELD_NOTES } from '../../src/presets/field-notes.js';

const TODAY = new Date(2024, 0, 20);
const PLAN_FILE = path.join(path.dirname(SCHEMA_FILE), '..', 'plans', 'new', 'ke-hoach-2024.yaml');
const UNIT: Record<Preset['level'], { unit: string; abbreviation: string }> = {
  so: { unit: 'Sở Khoa học và Công nghệ', abbreviation: 'SKHCN' },
  huyen: { unit: 'UBND huyện Bảo Thắng', abbreviation: 'UBND' },
  tinh: { unit: 'Ủy ban nhân dân tỉnh Lào Cai', abbreviation: 'UBND' },
};

function build(preset: Preset, overrides: Partial<InitAnswers> = {}) {
  const answers: InitAnswers = { preset, ...UNIT[preset.level], year: 2024, ...overrides };
  const text = buildPlanYaml(answers, { planFile: PLAN_FILE, today: TODAY });
  const loaded = loadPlanText('ke-hoach-2024.yaml', text);
  return { text, loaded, data: parseDocument(text).toJS() as Record<string, any> };
}

describe.each(listPresets().map((p) => [p.name, p] as const))('buildPlanYaml: %s', (_name, preset) => {
  const { text, loaded, data } = build(preset);

  it('starts with the schema line, relative to the new file', () => {
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/plan.schema.json');
  });

  it('validates: no error, and one warning counting the TODO markers', () => {
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(hasErrors(loaded.diagnostics)).toBe(false);
    const todo = loaded.diagnostics.filter((d) => d.code === 'PP290');
    expect(todo).toHaveLength(1);
    expect(todo[0]!.args.count).toBe((text.replace(/^\s*#.*$/gm, '').match(/\bTODO\b/g) ?? []).length);
    expect(Number(todo[0]!.args.count)).toBeGreaterThan(5);
  });

  it('renders to a .docx', async () => {
    const rendered = await renderPlanToDocx(loaded.plan!, 'ke-hoach-2024.yaml');
    expect(rendered.ok).toBe(true);
  });

  it('fills in the unit, the abbreviation and the year; leaves no placeholder', () => {
    expect(text).not.toMatch(/\{[A-Za-z_]+\}/);
    expect(data.co_quan_ban_hanh.viet_tat).toBe(UNIT[preset.level].abbreviation);
    expect(data.ky_hieu).toBe(`KH-${UNIT[preset.level].abbreviation}`);
    expect(data.chi_so.nam).toBe(2024);
    expect(data.trich_yeu).toMatch(/ năm 2024$/);
    expect(data.ngay_ban_hanh).toBe('2024-01'); // month only: the day is the văn thư's
    expect(text).toContain('ngay_ban_hanh: "2024-01"');
    expect(text).toMatch(/năm 2023/); // last year's results are asked for by year
    if (preset.level === 'so') {
      expect(data.co_quan_ban_hanh.ten).toBe('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
      expect(data.co_quan_ban_hanh.ten_day_du).toBe('Sở Khoa học và Công nghệ');
      expect(data.trich_yeu).toContain('của Sở Khoa học và Công nghệ');
      expect(data.co_quan_chu_quan).toMatch(/^UBND TỈNH /);
    } else {
      const area = preset.level === 'huyen' ? 'HUYỆN BẢO THẮNG' : 'TỈNH LÀO CAI';
      expect(data.co_quan_ban_hanh.ten).toEqual(['ỦY BAN NHÂN DÂN', area]);
      expect(data.co_quan_chu_quan).toBeUndefined();
      expect(data.dia_danh).toBe(preset.level === 'huyen' ? 'Bảo Thắng' : 'Lào Cai');
      expect(data.trich_yeu.toLowerCase()).toContain(area.toLowerCase());
      expect(data.nguoi_ky.tham_quyen[0]).toEqual({ quyen: 'TM.', cho: 'ỦY BAN NHÂN DÂN' });
    }
  });

  it('explains every top-level field, and the first component, in a Vietnamese comment', () => {
    const doc = parseDocument(text);
    const map = doc.contents as YAMLMap;
    expect(isMap(map)).toBe(true);
    for (const [i, pair] of map.items.entries()) {
      if (!isPair(pair) || !isScalar(pair.key)) throw new Error('not a pair');
      const comment = i === 0 ? `${map.commentBefore ?? ''}\n${pair.key.commentBefore ?? ''}` : pair.key.commentBefore ?? '';
      const note = FIELD_NOTES[String(pair.key.value)];
      expect(note, `a note for ${String(pair.key.value)}`).toBeDefined();
      expect(comment).toContain(note!.split('\n')[0]);
    }
    expect(text).toContain(`# ${FIELD_NOTES['chi_so.thanh_phan[0].nhiem_vu']}`);
    if (data.chi_so.thanh_phan[0].chu_tri !== undefined) expect(text).toContain(`# ${FIELD_NOTES['chi_so.thanh_phan[0].chu_tri']}`);
  });
});

describe('buildPlanYaml', () => {
  it('keeps a preset file comment inside the plan (written for the clerk)', () => {
    const preset = listPresets().find((p) => p.name === 'par-index-so')!;
    expect(build(preset).text).toContain('# "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC" khi Phó Giám đốc ký thay');
  });

  it('names the area of a thị xã in the sentences that name its bodies', () => {
    const preset = listPresets().find((p) => p.name === 'par-index-huyen')!;
    const { data } = build(preset, { unit: 'UBND thị xã Sa Pa' });
    expect(data.noi_nhan.danh_sach).toContain('Thường trực Thị ủy, Thường trực Hội đồng nhân dân thị xã (b/c)');
    expect(data.dia_danh).toBe('Sa Pa');
  });
});
