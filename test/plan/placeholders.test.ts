// Placeholders (issue 13): a base plan names each unit it is rendered for through ${…}, filled from
// the unit's co_quan_ban_hanh; an unknown placeholder or a missing value is a located error.
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { fillPlaceholders } from '../../src/plan/placeholders.js';
import { parseYaml } from '../../src/parse/read-yaml.js';
import { PLANS_DIR } from '../support/render-plan.js';

async function run(args: string[], cwd: string) {
  let out = '';
  let err = '';
  const io: Io = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), isTTY: false, env: {}, cwd };
  return { code: await main(args, io), out, err };
}

const fill = (yaml: string) => {
  const parsed = parseYaml(yaml, 'p.yaml');
  return fillPlaceholders(parsed.data, 'p.yaml', parsed.locate);
};

describe('fillPlaceholders', () => {
  const issuer = 'co_quan_ban_hanh: { ten: [SỞ TƯ PHÁP], ten_day_du: Sở Tư pháp, viet_tat: STP, don_vi_luu: VP }\n';
  it("fills the issuer's fields in any text, and leaves the issuer and data without ${ as they are", () => {
    const { data, diagnostics } = fill(`${issuer}trich_yeu:\n  - Kế hoạch của \${ten_day_du} (\${ viet_tat })\nnoi_nhan:\n  danh_sach:\n    - "Lưu: VT, \${don_vi_luu}"\n    - \${ten_ngan}\nso: 3\n`);
    expect(diagnostics).toEqual([]);
    expect(data).toMatchObject({ trich_yeu: ['Kế hoạch của Sở Tư pháp (STP)'], noi_nhan: { danh_sach: ['Lưu: VT, VP', 'Sở Tư pháp'] }, so: 3 });
  });

  it('writes $${ as a literal ${', () => {
    expect(fill(`${issuer}ket_thuc: "giá $\${x}"\n`).data).toMatchObject({ ket_thuc: 'giá ${x}' });
  });

  it('an unknown placeholder is an error at its line, with the nearest name; a missing value names the field to add', () => {
    const { diagnostics } = fill('co_quan_ban_hanh: { ten: SỞ NỘI VỤ, viet_tat: SNV }\nket_thuc: Trên đây là kế hoạch của ${ten_day_duu}.\nnoi_nhan:\n  danh_sach: ["Lưu: VT, ${don_vi_luu}"]\n');
    expect(diagnostics.map((d) => [d.code, d.line, d.column, d.path, d.args.suggestion ?? d.args.name])).toEqual([
      ['PP710', 2, 11, '/ket_thuc', 'ten_day_du'],
      ['PP711', 4, 15, '/noi_nhan/danh_sach/0', 'don_vi_luu'],
    ]);
  });
});

describe('the example units file names each unit in its own plan', () => {
  it('every unit\'s .docx carries its name, its own "Lưu: VT, …" line and no "cơ quan" standing for it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parplan-placeholders-'));
    cpSync(path.join(PLANS_DIR, 'units'), dir, { recursive: true });
    const r = await run(['batch', 'cac-so-lao-cai-2022.yaml', '-o', 'out', '--jobs', '2'], dir);
    expect(r.code, r.err).toBe(0);
    const units = (parse(readFileSync(path.join(dir, 'cac-so-lao-cai-2022.yaml'), 'utf8')) as { don_vi: { co_quan_ban_hanh: { ten_day_du: string; viet_tat: string; don_vi_luu?: string } }[] }).don_vi;
    // The manifest lists the units in the order of the units file, each with its .docx.
    const items = (JSON.parse(readFileSync(path.join(dir, 'out', 'manifest.json'), 'utf8')) as { items: { file: string; status: string }[] }).items;
    expect(items).toHaveLength(units.length);
    expect(readdirSync(path.join(dir, 'out')).filter((f) => f.endsWith('.docx'))).toHaveLength(units.length);
    const base = parse(readFileSync(path.join(dir, 'ke-hoach-par-index-2022-so.yaml'), 'utf8')) as { co_quan_ban_hanh: { don_vi_luu?: string } };
    const luuLines = new Set<string>();
    for (const [i, unit] of units.entries()) {
      const own = unit.co_quan_ban_hanh;
      const text = strFromU8(unzipSync(readFileSync(path.join(dir, 'out', items[i]!.file)))['word/document.xml']!)
        .replace(/<w:tab\/>/g, '\t')
        .replace(/<[^>]+>/g, '');
      expect(text, own.ten_day_du).toContain(`${own.ten_day_du} xây dựng Kế hoạch`);
      expect(text).toContain(`Các phòng, đơn vị thuộc Sở`);
      expect(text).not.toMatch(/thuộc cơ quan|Lãnh đạo cơ quan|của cơ quan[ .;]|\$\{/);
      const luu = `Lưu: VT, ${own.don_vi_luu ?? base.co_quan_ban_hanh.don_vi_luu}`;
      expect(text).toContain(luu);
      luuLines.add(luu);
    }
    // Not one line shared by all: the unit that keeps the file differs between units.
    expect(luuLines.size).toBeGreaterThan(1);
  });

  it('validate of a units file points an unknown placeholder at the base plan\'s line', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parplan-placeholders-'));
    cpSync(path.join(PLANS_DIR, 'units'), dir, { recursive: true });
    const basePath = path.join(dir, 'ke-hoach-par-index-2022-so.yaml');
    const text = readFileSync(basePath, 'utf8');
    writeFileSync(basePath, text.replace('- "Lưu: VT, ${don_vi_luu}"', '- "Lưu: VT, ${don_vi_lu}"'));
    const line = text.split('\n').findIndex((l) => l.includes('- "Lưu: VT, ${don_vi_luu}"')) + 1;
    const r = await run(['validate', 'cac-so-lao-cai-2022.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`ke-hoach-par-index-2022-so.yaml:${line}:`);
    expect(r.out).toContain('lỗi PP710');
    expect(r.out).toContain('Có phải ý bạn là ${don_vi_luu}?');
  });
});
