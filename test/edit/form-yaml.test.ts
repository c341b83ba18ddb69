// The form writes through yaml's Document API: the field changes, and the rest of the file (comments,
// key order, quoting, flow collections with their spacing, line ends) stays as the clerk wrote it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addItem, editYaml, readYaml, removeItem, setLines, setValue } from '../../src/edit/web/form-yaml.js';
import { REPO_ROOT } from '../support/render-plan.js';

const PLAN = `# yaml-language-server: $schema=../schemas/plan.schema.json
# Kế hoạch thử

co_quan_ban_hanh:
  ten: [SỞ TÀI NGUYÊN, VÀ MÔI TRƯỜNG] # hai dòng
  viet_tat: STNMT
so: null # chờ văn thư cấp số
ngay_ban_hanh: "2022-07"
chi_so:
  ket_qua: { nam: 2023, ty_le: 84.5 }
noi_nhan:
  danh_sach:
    - Sở Nội vụ # gửi bản giấy
    - "Lưu: VT, VP"
`;

const changedLines = (a: string, b: string) => {
  const x = a.split('\n');
  const y = b.split('\n');
  return x.map((line, i) => (line === y[i] ? undefined : i + 1)).filter((n) => n !== undefined);
};

describe('form writes through the Document API', () => {
  it('changes a scalar in place: its comment, the other lines and their spacing stay', () => {
    const next = editYaml(PLAN, setValue(['so'], 60))!;
    expect(next).toBe(PLAN.replace('so: null # chờ văn thư cấp số', 'so: 60 # chờ văn thư cấp số'));
    const date = editYaml(PLAN, setValue(['ngay_ban_hanh'], '2022-07-15'))!;
    expect(date).toContain('ngay_ban_hanh: "2022-07-15"');
    expect(changedLines(PLAN, date)).toEqual([8]);
  });

  it('adds a missing field where yaml puts it, removes one when emptied', () => {
    const added = editYaml(PLAN, setValue(['nguoi_ky', 'ho_ten'], 'Phạm Bình Minh'))!;
    expect(readYaml(added)).toMatchObject({ nguoi_ky: { ho_ten: 'Phạm Bình Minh' }, so: null });
    expect(added.startsWith(PLAN.trimEnd())).toBe(true);
    const removed = editYaml(PLAN, setValue(['ngay_ban_hanh'], undefined))!;
    expect(removed).not.toContain('ngay_ban_hanh');
    expect(removed).toContain('# chờ văn thư cấp số');
  });

  it('edits a list of lines item by item: comments on kept items survive', () => {
    const next = editYaml(PLAN, setLines(['noi_nhan', 'danh_sach'], ['Sở Nội vụ', 'UBND tỉnh (b/c)', 'Lưu: VT, VP'], false))!;
    expect(next).toContain('- Sở Nội vụ # gửi bản giấy\n    - UBND tỉnh (b/c)\n    - "Lưu: VT, VP"');
    const flow = editYaml(PLAN, setLines(['co_quan_ban_hanh', 'ten'], ['SỞ TÀI NGUYÊN', 'VÀ MÔI TRƯỜNG TỈNH'], true))!;
    expect(flow).toContain('ten: [SỞ TÀI NGUYÊN, VÀ MÔI TRƯỜNG TỈNH] # hai dòng');
    // The flow map elsewhere keeps its "{ … }" spacing although yaml would print it "{…}".
    expect(flow).toContain('ket_qua: { nam: 2023, ty_le: 84.5 }');
    expect(changedLines(PLAN, flow)).toEqual([5]);
  });

  it('adds and removes list items', () => {
    const added = editYaml(PLAN, addItem(['can_cu', 'van_ban'], { tu_do: 'ý kiến chỉ đạo' }))!;
    expect(readYaml(added)).toMatchObject({ can_cu: { van_ban: [{ tu_do: 'ý kiến chỉ đạo' }] } });
    const removed = editYaml(PLAN, removeItem(['noi_nhan', 'danh_sach'], 0))!;
    expect((readYaml(removed) as { noi_nhan: { danh_sach: string[] } }).noi_nhan.danh_sach).toEqual(['Lưu: VT, VP']);
  });

  it('keeps Windows line ends', () => {
    const crlf = PLAN.replace(/\n/g, '\r\n');
    const next = editYaml(crlf, setValue(['co_quan_ban_hanh', 'viet_tat'], 'SKHCN'))!;
    expect(next).toBe(crlf.replace('viet_tat: STNMT', 'viet_tat: SKHCN'));
  });

  it('refuses to write while the YAML cannot be read', () => {
    expect(editYaml('a: [1, 2\nb: 3\n', setValue(['b'], 4))).toBeUndefined();
  });

  it('leaves every example plan byte for byte as it was but the edited line', () => {
    for (const name of ['so-tnmt-lang-son-2020-ddci.yaml', 'so-tnmt-lao-cai-2022-par-index.yaml', 'ubnd-huyen-bao-thang-2024-par-index-sipas.yaml']) {
      const text = readFileSync(path.join(REPO_ROOT, 'plans', name), 'utf8');
      const next = editYaml(text, setValue(['dia_danh'], 'Hà Giang'))!;
      expect(changedLines(text, next).length, name).toBe(1);
      expect(next).toContain('dia_danh: Hà Giang');
    }
  });
});
