// The shipped presets as data: the ones issue 6 asks for, their component names checked against the
// sources (shared/INDEXES.md, the example plans: their copies in test/fixtures/sources, so a fresh
// clone checks the same facts), and no number that no source gives.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPresets, type Preset } from '../../src/presets/registry.js';
import { REPO_ROOT } from '../support/render-plan.js';

const SHARED = path.join(REPO_ROOT, 'test/fixtures/sources');
const presets = listPresets();
const byName = (name: string): Preset => {
  const preset = presets.find((p) => p.name === name);
  if (!preset) throw new Error(`no preset ${name}`);
  return preset;
};
const skeleton = (p: Preset) => (p.document.toJS() as { ke_hoach: Record<string, unknown> }).ke_hoach;
const componentNames = (p: Preset) => (skeleton(p).chi_so as { thanh_phan: { ten: string }[] }).thanh_phan.map((c) => c.ten);

/** The numbered lines of the PAR INDEX list in INDEXES.md: "2. Xây dựng … (tại tỉnh)". */
function parComponents(): string[] {
  const text = readFileSync(path.join(SHARED, 'INDEXES.md'), 'utf8');
  const section = text.slice(text.indexOf('## PAR INDEX'), text.indexOf('## SIPAS'));
  return [...section.matchAll(/^\d\. (.+)$/gm)].map((m) => m[1]!);
}

/** "… pháp luật (tại tỉnh)" may be written with the words in brackets, or without them. */
function acceptedForms(indexName: string): string[] {
  const withWords = indexName.replace(/\(([^)]*)\)/g, '$1').replace(/\s+/g, ' ').trim();
  const without = indexName.replace(/\s*\([^)]*\)/g, '').trim();
  return [withWords, without];
}

describe('presets', () => {
  it('ships at least PAR INDEX for a Sở, a UBND huyện and a UBND tỉnh, SIPAS, DDCI and PCI', () => {
    expect(presets.map((p) => p.name)).toEqual(expect.arrayContaining(['par-index-so', 'par-index-huyen', 'par-index-tinh', 'sipas-tinh', 'ddci-so', 'pci-tinh']));
    expect(byName('pci-tinh').level).toBe('tinh');
    expect(byName('par-index-so').level).toBe('so');
    expect(byName('par-index-huyen').level).toBe('huyen');
    expect(byName('par-index-tinh').level).toBe('tinh');
  });

  it.each(presets.map((p) => [p.name, p] as const))('%s names its methodology and sources that exist', (_name, preset) => {
    expect(preset.description.length).toBeGreaterThan(20);
    // Which set of components, and how many: "giai đoạn 2021–2030 (8 lĩnh vực)".
    expect(preset.methodology).toMatch(/\d+ (lĩnh vực|chỉ số thành phần|nội dung)/);
    expect(preset.methodology.split(/\d+ (?:lĩnh vực|chỉ số thành phần|nội dung)/)[0]).not.toBe('');
    for (const source of preset.sources) {
      const file = source.split(' ')[0]!;
      const where = file.startsWith('shared/') ? path.join(SHARED, file.slice('shared/'.length)) : path.join(REPO_ROOT, file);
      expect(existsSync(where), `${preset.name}: source ${file}`).toBe(true);
    }
  });

  it.each(['par-index-so', 'par-index-huyen', 'par-index-tinh'])('%s lists the 8 PAR INDEX components of the 2021–2030 methodology, in order', (name) => {
    const official = parComponents();
    expect(official).toHaveLength(8);
    const names = componentNames(byName(name));
    expect(names).toHaveLength(8);
    names.forEach((n, i) => expect(acceptedForms(official[i]!)).toContain(n));
  });

  it('keeps the province qualifiers for the tỉnh and drops them for the huyện', () => {
    expect(componentNames(byName('par-index-tinh'))[1]).toMatch(/tại tỉnh$/);
    expect(componentNames(byName('par-index-tinh'))[7]).toMatch(/của tỉnh$/);
    expect(componentNames(byName('par-index-huyen')).join(' ')).not.toMatch(/tỉnh/);
  });

  it('DDCI lists the eight components of Lạng Sơn 2020, as INDEXES.md and the example plan write them', () => {
    const names = componentNames(byName('ddci-so'));
    const indexes = readFileSync(path.join(SHARED, 'INDEXES.md'), 'utf8').replace(/\s+/g, ' ').toLowerCase();
    const example = readFileSync(path.join(SHARED, 'examples', 'so-tnmt-lang-son-2020-ddci.txt'), 'utf8');
    expect(names).toHaveLength(8);
    for (const n of names) {
      expect(indexes).toContain(n.toLowerCase());
      expect(example).toContain(n.slice(1)); // the example capitalises some first letters and not others
    }
  });

  it('SIPAS lists the five aspects the survey measures', () => {
    const indexes = readFileSync(path.join(SHARED, 'INDEXES.md'), 'utf8').replace(/\s+/g, ' ');
    const aspects = /It surveys five aspects: ([^.]+)\./.exec(indexes)![1]!.split('; ');
    expect(componentNames(byName('sipas-tinh')).map((n) => n.toLowerCase())).toEqual(aspects.map((a) => a.toLowerCase()));
  });

  it('PCI lists its ten components, as INDEXES.md writes them, in that order', () => {
    const indexes = readFileSync(path.join(SHARED, 'INDEXES.md'), 'utf8').replace(/\s+/g, ' ');
    const components = /## PCI [^\n]*? Ten components: ([^.]+)\./.exec(indexes)![1]!.split('; ');
    expect(components).toHaveLength(10);
    expect(componentNames(byName('pci-tinh')).map((n) => n.toLowerCase())).toEqual(components.map((c) => c.toLowerCase()));
  });

  it.each(presets.map((p) => [p.name, p] as const))('%s has the usual sections and Nơi nhận ending with Lưu', (_name, preset) => {
    const plan = skeleton(preset) as { noi_dung: { tieu_de: string }[]; noi_nhan: { danh_sach: string[] } };
    const titles = plan.noi_dung.map((s) => s.tieu_de);
    expect(titles[0]).toBe('MỤC ĐÍCH, YÊU CẦU');
    expect(titles[1]).toMatch(/^NHIỆM VỤ VÀ GIẢI PHÁP/);
    expect(titles.at(-1)).toBe('TỔ CHỨC THỰC HIỆN');
    expect(plan.noi_nhan.danh_sach.length).toBeGreaterThanOrEqual(4);
    expect(plan.noi_nhan.danh_sach.at(-1)).toMatch(/^Lưu: VT, /);
  });

  it.each(presets.map((p) => [p.name, p] as const))('%s writes no score, rank, maximum or target: only TODO', (_name, preset) => {
    const plan = skeleton(preset);
    const { can_cu: _cited, ...rest } = plan;
    // Numbers come only from the sources cited in căn cứ (document numbers and dates) and the year tokens.
    const json = JSON.stringify(rest);
    expect(json).not.toMatch(/"(diem|diem_toi_da|ty_le|xep_hang|xep_hang_tu|xep_hang_den|tong_so)"/);
    expect(json.replace(/\{nam(_truoc)?\}/g, '')).not.toMatch(/\d/);
  });
});
