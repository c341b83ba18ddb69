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
import type { Table } from '../../src/plan/plan.js';
import { docxParagraphs, normalizeText } from '../support/docx-text.js';
import { all, parseXml, part, readParts, textOf, type XmlElement } from '../support/docx-xml.js';
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
    // Word's automatic bullets (List Bullet, List Bullet 2) come back as the decree's "-" and "+".
    expect(plan.ky_hieu_gach).toEqual(['-', '+']);
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

/** Footnotes' paragraphs (separators have no text). */
function footnoteTexts(bytes: Uint8Array): string[] {
  const parts = readParts(bytes);
  if (!parts['word/footnotes.xml']) return [];
  return all(parseXml(part(parts, 'word/footnotes.xml')), 'w:p').map(textOf);
}

/** A paragraph's own text: the text of a text box anchored in it belongs to the box's paragraphs. */
function ownText(p: XmlElement): string {
  const nearest = (t: XmlElement) => {
    let n = t.parent;
    while (n && !('name' in n && n.name === 'w:p')) n = n.parent;
    return n;
  };
  return all(p, 'w:t')
    .filter((t) => nearest(t) === p)
    .map((t) => t.children.map((c) => ('data' in c ? String(c.data) : '')).join(''))
    .join('');
}

/** Words of a document in reading order: body (text boxes where anchored), tables, then footnotes. */
const documentWords = (bytes: Uint8Array) => {
  const body = all(parseXml(part(readParts(bytes), 'word/document.xml')), 'w:p').map((p) => ownText(p));
  return words([...body, ...footnoteTexts(bytes)].join(' '));
};

async function importWordConstructs(name: string) {
  const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, name)));
  const result = await importDocx(bytes, { file: name });
  expect(result.imported).toBeDefined();
  const yaml = planToYaml(result.imported!, ['yaml-language-server: $schema=../../../schemas/plan.schema.json']);
  const loaded = loadPlanText(name.replace('.docx', '.yaml'), yaml);
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const rendered = await renderPlanToDocx(loaded.plan!, name);
  if (!rendered.ok) throw new Error('does not render');
  // The header's two columns are read in another order (boxes one after the other, or the header
  // table row by row): every header word is kept; from the tên loại on, 99% of the words in order.
  const split = (list: string[]) => {
    const at = list.indexOf('KẾ');
    return [list.slice(0, at).sort(), list.slice(at)] as const;
  };
  const [sourceHead, source] = split(documentWords(bytes));
  const [renderedHead, renderedBody] = split(documentWords(rendered.bytes));
  expect(renderedHead).toEqual(expect.arrayContaining(sourceHead));
  expect(lcs(source, renderedBody) / source.length).toBeGreaterThanOrEqual(0.99);
  return { plan: loaded.plan!, input: result.imported!.plan, rendered: rendered.bytes };
}

describe('Word constructs python-docx has no API for (test/fixtures/docx/make-word-constructs.py)', () => {
  it('real footnotes (căn cứ, body, a table header cell) and a table with a merged two-row header', async () => {
    const { input, rendered } = await importWordConstructs('word-footnotes-table.docx');
    expect(input).toMatchObject({ co_quan_chu_quan: 'UBND HUYỆN SA PA', co_quan_ban_hanh: { ten: 'PHÒNG NỘI VỤ', viet_tat: 'PNV' }, so: 21, ngay_ban_hanh: '2024-03-12' });
    expect(input.can_cu?.van_ban).toEqual([
      { loai: 'Kế hoạch', so: 40, ky_hieu: 'KH-UBND', ngay: '10/01/2024', co_quan: 'UBND huyện Sa Pa', trich_yeu: 'cải cách hành chính năm 2024^[Kế hoạch đã được gửi các cơ quan qua hệ thống quản lý văn bản.]' },
    ]);
    expect(input.noi_dung.map((s) => s.tieu_de)).toEqual(['MỤC ĐÍCH, YÊU CẦU', 'NỘI DUNG VÀ LỊCH KIỂM TRA', 'TỔ CHỨC THỰC HIỆN']);
    expect(input.noi_dung[0]!.noi_dung).toEqual(['Đánh giá đúng kết quả thực hiện nhiệm vụ cải cách hành chính của các xã, thị trấn^[Gồm 16 xã và 01 thị trấn.]; kịp thời chấn chỉnh những tồn tại, hạn chế.']);
    const table = input.noi_dung[1]!.noi_dung![1] as { bang: Table };
    expect(table.bang.tieu_de).toEqual([
      [{ o: 'STT', gop_dong: 2 }, { o: 'Đơn vị được kiểm tra', gop_dong: 2 }, { o: 'Thời gian^[Thời gian có thể thay đổi, Phòng Nội vụ sẽ thông báo trước 03 ngày.]', gop_cot: 2 }],
      ['Bắt đầu', 'Kết thúc'],
    ]);
    expect(table.bang.so_thu_tu).toBe(true);
    expect(table.bang.dong[0]).toMatchObject({ o: [{ o: 'Đợt 1', gop_cot: 4 }], so_thu_tu: false, kieu: 'nhom' });
    expect(table.bang.dong.slice(1)).toEqual([
      ['UBND xã Tả Phìn', '15/4/2024', '16/4/2024'],
      ['UBND xã Mường Hoa', '18/4/2024', '19/4/2024'],
      ['UBND thị trấn Sa Pa', '22/4/2024', '23/4/2024'],
    ]);
    // Rendered again: three real footnotes.
    expect(footnoteTexts(rendered).filter((t) => t.trim() !== '')).toHaveLength(3);
    expect(input.nguoi_ky).toEqual({ chuc_vu: 'TRƯỞNG PHÒNG', ho_ten: 'Lò Văn Minh' });
  });

  it('the header in two text boxes', async () => {
    const { input } = await importWordConstructs('word-textbox-header.docx');
    expect(input).toMatchObject({ co_quan_chu_quan: 'UBND HUYỆN BÁT XÁT', co_quan_ban_hanh: { ten: 'PHÒNG TƯ PHÁP', viet_tat: 'PTP' }, so: 8, dia_danh: 'Bát Xát', ngay_ban_hanh: '2024-02-05' });
    expect(input.trich_yeu).toBe('Tuyên truyền, phổ biến pháp luật năm 2024');
    expect(input.can_cu?.van_ban[0]).toMatchObject({ loai: 'Kế hoạch', so: 15, ky_hieu: 'KH-UBND' });
    expect(input.noi_dung.map((s) => s.tieu_de)).toEqual(['MỤC ĐÍCH, YÊU CẦU', 'NỘI DUNG', 'TỔ CHỨC THỰC HIỆN']);
    expect(input.noi_nhan.danh_sach).toEqual(['UBND huyện', 'Lưu: VT']);
    expect(input.nguoi_ky).toEqual({ chuc_vu: 'TRƯỞNG PHÒNG', ho_ten: 'Vàng A Sử' });
  });

  it('I. / 1. / 1.1. numbered by Word on the Heading styles', async () => {
    const { input } = await importWordConstructs('word-heading-numbering.docx');
    expect(input.noi_dung.map((s) => s.tieu_de)).toEqual(['MỤC ĐÍCH, YÊU CẦU', 'NHIỆM VỤ', 'TỔ CHỨC THỰC HIỆN']);
    expect(input.noi_dung[0]!.noi_dung).toEqual([
      { muc: 'Mục đích:', noi_dung: ['Xây dựng đội ngũ công chức chuyên nghiệp, trách nhiệm, năng động.'] },
      { muc: 'Yêu cầu:', noi_dung: ['Gắn trách nhiệm người đứng đầu với kết quả thực hiện.'] },
    ]);
    expect(input.noi_dung[1]!.noi_dung).toEqual([
      { muc: 'Tuyển dụng và sử dụng công chức:', noi_dung: [{ muc: 'Tổ chức tuyển dụng công chức theo vị trí việc làm.' }, { muc: 'Đánh giá, xếp loại công chức theo kết quả công việc.' }] },
      { muc: 'Kỷ luật, kỷ cương hành chính:', noi_dung: [{ gach_dau_dong: ['Kiểm tra đột xuất việc chấp hành giờ giấc làm việc.', 'Xử lý nghiêm công chức vi phạm.'] }] },
    ]);
    expect(input.nguoi_ky).toEqual({ tham_quyen: [{ quyen: 'KT.', cho: 'GIÁM ĐỐC' }], chuc_vu: 'PHÓ GIÁM ĐỐC', ho_ten: 'Trần Thị Hoa' });
  });
});
