// Documents parplan did not make: the two real plans of ../shared/examples typed as Word documents
// with python-docx (test/fixtures/docx/make-fixtures.py). Imported and rendered again, they carry
// at least 99% of the source's words in order, and their header, căn cứ, sections, Nơi nhận and
// signer are recognised as structure.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../src/import/import-docx.js';
import { planToYaml } from '../../src/import/plan-yaml.js';
import { loadPlanText } from '../../src/pipeline/load-plan.js';
import { renderPlanToDocx } from '../../src/pipeline/render-plan.js';
import { docxParagraphs, normalizeText } from '../support/docx-text.js';
import { REPO_ROOT } from '../support/render-plan.js';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/docx');
const EXAMPLES = [path.join(REPO_ROOT, '../shared/examples'), '/work/shared/examples'].find((d) => existsSync(d));

const words = (text: string) => normalizeText(text).replace(/[“”"]/g, '"').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** Length of the longest common subsequence of two word lists. */
function lcs(a: string[], b: string[]): number {
  let prev = new Uint16Array(b.length + 1);
  let row = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) row[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    [prev, row] = [row, prev];
  }
  return prev[b.length]!;
}

async function importFixture(name: string) {
  const result = await importDocx(new Uint8Array(readFileSync(path.join(FIXTURES, name))), { file: name });
  expect(result.imported).toBeDefined();
  const yaml = planToYaml(result.imported!, ['yaml-language-server: $schema=../../../schemas/plan.schema.json']);
  const loaded = loadPlanText(name.replace('.docx', '.yaml'), yaml);
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const rendered = await renderPlanToDocx(loaded.plan!, name);
  if (!rendered.ok) throw new Error('does not render');
  return { plan: loaded.plan!, diagnostics: result.diagnostics, text: docxParagraphs(rendered.bytes).join(' ') };
}

describe.skipIf(!EXAMPLES && process.env['CI'] !== 'true')('Word documents typed from the real plans', () => {
  it('Lào Cai 2022 (header table, Heading 1, automatic bullets, manual break, tracked changes, signer in a table)', async () => {
    const { plan, diagnostics, text } = await importFixture('word-lao-cai-2022-par-index.docx');
    const source = words(readFileSync(path.join(EXAMPLES!, 'so-tnmt-lao-cai-2022-par-index.txt'), 'utf8'));
    expect(lcs(source, words(text)) / source.length).toBeGreaterThanOrEqual(0.99);
    expect(diagnostics.map((d) => d.code)).toContain('PP508');
    expect(plan).toMatchObject({ co_quan_chu_quan: 'UBND TỈNH LÀO CAI', co_quan_ban_hanh: { ten: ['SỞ TÀI NGUYÊN', 'VÀ MÔI TRƯỜNG'], viet_tat: 'STNMT' }, so: null, dia_danh: 'Lào Cai', ngay_ban_hanh: '2022-07' });
    expect(plan.trich_yeu).toEqual(['Duy trì, cải thiện và nâng cao Chỉ số cải cách hành chính', 'cấp tỉnh (PAR INDEX) năm 2022']);
    expect(plan.can_cu?.van_ban[0]).toMatchObject({ loai: 'Kế hoạch', so: 240, ky_hieu: 'KH-UBND', ngay: '30/6/2022', co_quan: 'UBND tỉnh Lào Cai' });
    expect(plan.noi_dung.map((s) => s.tieu_de)).toEqual(['MỤC ĐÍCH, YÊU CẦU', 'NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN', 'TỔ CHỨC THỰC HIỆN']);
    expect(plan.noi_nhan).toMatchObject({ nhan_de: 'Nơi nhận :', danh_sach: ['Sở Nội vụ', 'Lãnh đạo Sở', 'Các phòng, đơn vị thuộc Sở', 'Lưu: VT, VP'] });
    expect(plan.nguoi_ky).toEqual({ tham_quyen: [{ quyen: 'KT.', cho: 'GIÁM ĐỐC' }], chuc_vu: 'PHÓ GIÁM ĐỐC', ho_ten: 'Phạm Bình Minh' });
  });

  it('Lạng Sơn 2020 (typed numbers, Nơi nhận and signer by tabs, landscape appendix with merged cells)', async () => {
    const { plan, text } = await importFixture('word-lang-son-2020-ddci.docx');
    const source = words(readFileSync(path.join(EXAMPLES!, 'so-tnmt-lang-son-2020-ddci.txt'), 'utf8'));
    expect(lcs(source, words(text)) / source.length).toBeGreaterThanOrEqual(0.99);
    expect(plan).toMatchObject({ co_quan_chu_quan: 'UBND TỈNH LẠNG SƠN', so: 60, dia_danh: 'Lạng Sơn', ngay_ban_hanh: '2020-06-11' });
    expect(plan.can_cu).toMatchObject({ loi_dan: 'Thực hiện', trinh_bay: 'mot_doan' });
    expect(plan.can_cu!.van_ban).toHaveLength(3);
    expect(plan.noi_dung.map((s) => s.tieu_de)).toEqual(['MỤC ĐÍCH, YÊU CẦU', 'NỘI DUNG VÀ PHÂN CÔNG NHIỆM VỤ TỔ CHỨC THỰC HIỆN NÂNG CAO CÁC CHỈ SỐ THÀNH PHẦN DDCI', 'TỔ CHỨC THỰC HIỆN']);
    expect(plan.noi_nhan.danh_sach).toEqual(['UBND tỉnh (B/c)', 'Sở Kế hoạch và Đầu tư', 'Hiệp hội Doanh nghiệp tỉnh Lạng Sơn', 'Lãnh đạo Sở', 'Các phòng, đơn vị trực thuộc (Thực hiện)', 'Lưu VT (NDN)']);
    expect(plan.nguoi_ky).toEqual({ chuc_vu: 'GIÁM ĐỐC', ho_ten: 'Bùi Văn Côi' });
    expect(plan.phu_luc?.[0]).toMatchObject({ huong: 'ngang', ten: 'PHÂN CÔNG NHIỆM VỤ NÂNG CAO CÁC CHỈ SỐ THÀNH PHẦN DDCI NĂM 2020' });
    expect(plan.phu_luc![0]!.nhiem_vu[0]).toMatchObject({ nhom: 'Chỉ số “Tính minh bạch và tiếp cận thông tin”' });
  });
});

describe('a .docx LibreOffice wrote from hand-written HTML (test/fixtures/docx/libreoffice-plan.html)', () => {
  it('header table with line breaks in cells, bold headings, signer in a table', async () => {
    const { plan } = await importFixture('libreoffice-plan.docx');
    expect(plan).toMatchObject({ co_quan_ban_hanh: { ten: 'PHÒNG NỘI VỤ', viet_tat: 'PNV' }, so: 12, dia_danh: 'Sa Pa', ngay_ban_hanh: '2024-03-05' });
    expect(plan.can_cu?.van_ban).toEqual([{ loai: 'Kế hoạch', so: 40, ky_hieu: 'KH-UBND', ngay: '10/01/2024', co_quan: 'UBND huyện Sa Pa', trich_yeu: 'cải cách hành chính năm 2024' }]);
    expect(plan.noi_dung.map((s) => s.tieu_de)).toEqual(['MỤC ĐÍCH, YÊU CẦU', 'TỔ CHỨC THỰC HIỆN']);
    expect(plan.noi_dung[1]!.noi_dung).toEqual(['Các bộ phận triển khai **trước ngày 30/6/2024**.']);
    expect(plan.noi_nhan.danh_sach).toEqual(['UBND huyện', 'Lưu: VT']);
    expect(plan.nguoi_ky).toEqual({ chuc_vu: 'TRƯỞNG PHÒNG', ho_ten: 'Nguyễn Văn An' });
  });
});
