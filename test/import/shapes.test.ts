// Issue 10's plan shapes recognised in small documents built here (not by parplan's writer): a body
// table with a merged two-row header, numbered and group rows; a footnote at its reference point;
// an unnumbered label line; a "-" nested under a "-" by its indent; the căn cứ and the lead-in in one
// paragraph (the căn cứ italic); each imported plan validates.
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../src/import/import-docx.js';
import { planToYaml } from '../../src/import/plan-yaml.js';
import type { Block, PlanInput } from '../../src/plan/plan.js';
import { loadPlanText } from '../../src/pipeline/load-plan.js';
import { makeDocx, p, r } from '../docx-read/make-docx.js';

const bold = '<w:b/>';
const italic = '<w:i/>';
const center = '<w:jc w:val="center"/>';
const tc = (text: string, tcPr = '', pPr = '', rPr = '') => `<w:tc><w:tcPr>${tcPr}</w:tcPr>${p(r(text, rPr), pPr)}</w:tc>`;

/** A plan's frame around `body`: tên loại, trích yếu, one section, Nơi nhận and signer as lines. */
function plan(body: string, basis = '', footnotes?: string) {
  return makeDocx({
    body:
      p(r('KẾ HOẠCH', bold), center) +
      p(r('Nâng cao Chỉ số cải cách hành chính năm 2024', bold), center) +
      basis +
      p(r('I. NHIỆM VỤ', bold)) +
      body +
      p(r('Nơi nhận:', bold + italic)) +
      p(r('- Sở Nội vụ;')) +
      p(r('- Lưu: VT.')) +
      p(r('GIÁM ĐỐC', bold), center) +
      p(r('Nguyễn Văn A', bold), center),
    ...(footnotes ? { footnotes } : {}),
  });
}

async function imported(bytes: Uint8Array): Promise<PlanInput> {
  const result = await importDocx(bytes, { file: 't.docx' });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const yaml = planToYaml(result.imported!, []);
  const again = loadPlanText('t.yaml', yaml);
  expect(again.diagnostics.filter((d) => d.severity === 'error'), yaml).toEqual([]);
  return result.imported!.plan;
}

const blocks = (plan: PlanInput): Block[] => plan.noi_dung[0]!.noi_dung ?? [];

describe('import: issue 10 shapes', () => {
  it('a body table: widths, column alignment, merged two-row header, numbered rows, a group row', async () => {
    const grid = '<w:tblGrid><w:gridCol w:w="1000"/><w:gridCol w:w="5000"/><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>';
    const head =
      `<w:tr><w:trPr><w:tblHeader/></w:trPr>${tc('STT', '<w:vMerge w:val="restart"/>', center, bold)}${tc('Nhiệm vụ', '<w:vMerge w:val="restart"/>', center, bold)}${tc('Thời gian', '<w:gridSpan w:val="2"/>', center, bold)}</w:tr>` +
      `<w:tr><w:trPr><w:tblHeader/></w:trPr>${tc('', '<w:vMerge/>')}${tc('', '<w:vMerge/>')}${tc('Bắt đầu', '', center, bold)}${tc('Kết thúc', '', center, bold)}</w:tr>`;
    const rows =
      `<w:tr>${tc('Nhóm một', '<w:gridSpan w:val="4"/>', '', bold)}</w:tr>` +
      `<w:tr>${tc('1', '', center)}${tc('Tự đánh giá')}${tc('Quý I', '', center)}${tc('Quý II', '', center)}</w:tr>` +
      `<w:tr>${tc('2', '', center)}${tc('Kiểm tra *kỹ*')}${tc('Quý III', '', center)}${tc('Quý IV', '', center)}</w:tr>`;
    const table = `<w:tbl><w:tblPr/>${grid}${head}${rows}</w:tbl>`;
    const got = await imported(plan(table + p(r('(Số liệu minh họa.)', italic))));
    expect(blocks(got)).toEqual([
      {
        bang: {
          cot: [{ rong: 10, can: 'giua' }, { rong: 50 }, { rong: 20, can: 'giua' }, { rong: 20, can: 'giua' }],
          tieu_de: [[{ o: 'STT', gop_dong: 2 }, { o: 'Nhiệm vụ', gop_dong: 2 }, { o: 'Thời gian', gop_cot: 2 }], ['Bắt đầu', 'Kết thúc']],
          so_thu_tu: true,
          dong: [{ o: [{ o: 'Nhóm một', gop_cot: 4, can: 'trai' }], so_thu_tu: false, kieu: 'nhom' }, ['Tự đánh giá', 'Quý I', 'Quý II'], ['Kiểm tra *kỹ*', 'Quý III', 'Quý IV']],
          ghi_chu: ['(Số liệu minh họa.)'],
        },
      },
    ]);
  });

  it('a footnote becomes ^[…] where it is cited, in body text and in a table cell', async () => {
    const footnotes =
      '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
      `<w:footnote w:id="1">${p(`<w:r><w:footnoteRef/></w:r>${r(' Theo Quyết định số 12/QĐ-BNV.')}`)}</w:footnote>` +
      `<w:footnote w:id="2">${p(`<w:r><w:footnoteRef/></w:r>${r(' Số liệu ')}${r('minh họa', italic)}${r('.')}`)}</w:footnote>`;
    const note = (id: number) => `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
    const table = `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid><w:tr>${tc('Chỉ số', '', center, bold)}${tc('Kết quả', '', center, bold)}</w:tr><w:tr><w:tc>${p(r('PAR INDEX') + note(2))}</w:tc>${tc('86,29')}</w:tr></w:tbl>`;
    const got = await imported(plan(p(r('Kết quả năm 2023') + note(1) + r(' được công bố.')) + table, '', footnotes));
    expect(blocks(got)[0]).toBe('Kết quả năm 2023^[Theo Quyết định số 12/QĐ-BNV.] được công bố.');
    const bang = (blocks(got)[1] as { bang: { dong: unknown[] } }).bang;
    expect(bang.dong[0]).toEqual(['PAR INDEX^[Số liệu *minh họa*.]', '86,29']);
  });

  it('an unnumbered label line and a "-" nested under a "-" by its indent', async () => {
    const ind = (left: number) => `<w:ind w:left="${left}" w:firstLine="567"/>`;
    const body =
      p(r('- Hoàn thành kế hoạch, trong đó:'), ind(0)) +
      p(r('- Kiểm tra 30% cơ quan;'), ind(567)) +
      p(r('- Tuyên truyền đủ hình thức.'), ind(567)) +
      p(r('- Báo cáo đúng hạn.'), ind(0)) +
      p(r('* Phân công trách nhiệm:')) +
      p(r('Phòng Nội vụ chủ trì.'));
    const got = await imported(plan(body));
    expect(got.ky_hieu_gach).toEqual(['-', '-']);
    expect(blocks(got)).toEqual([
      { gach_dau_dong: [{ y: 'Hoàn thành kế hoạch, trong đó:', y_con: ['Kiểm tra 30% cơ quan;', 'Tuyên truyền đủ hình thức.'] }, 'Báo cáo đúng hạn.'] },
      { nhan: '* Phân công trách nhiệm:' },
      'Phòng Nội vụ chủ trì.',
    ]);
  });

  it('the căn cứ (italic) and the lead-in sentence in one paragraph', async () => {
    const basis = p(
      r('Thực hiện Kế hoạch số 240/KH-UBND ngày 30/6/2022 của UBND tỉnh Lào Cai về cải cách hành chính năm 2022;', italic) +
        r(' Sở Tư pháp ban hành Kế hoạch như sau:'),
    );
    const got = await imported(plan(p(r('Nội dung.')), basis));
    expect(got.can_cu).toEqual({
      loi_dan: 'Thực hiện',
      cau_dan: 'Sở Tư pháp ban hành Kế hoạch như sau:',
      nghieng: true,
      van_ban: [{ loai: 'Kế hoạch', so: 240, ky_hieu: 'KH-UBND', ngay: '30/6/2022', co_quan: 'UBND tỉnh Lào Cai', trich_yeu: 'cải cách hành chính năm 2022' }],
    });
  });

  it('several references and the lead-in, upright, in one paragraph', async () => {
    const basis = p(
      r(
        'Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ về chương trình tổng thể; Quyết định số 876/QĐ-BNV ngày 10/11/2022 của Bộ Nội vụ về đề án chỉ số; UBND huyện ban hành Kế hoạch như sau:',
      ),
    );
    const got = await imported(plan(p(r('Nội dung.')), basis));
    expect(got.can_cu?.trinh_bay).toBe('mot_doan');
    expect(got.can_cu?.cau_dan).toBe('UBND huyện ban hành Kế hoạch như sau:');
    expect(got.can_cu?.van_ban.map((v) => ('so' in v ? v.so : v.tu_do))).toEqual([76, 876]);
  });

  it('a table before the first section is kept in mo_dau as lines of text, its cells joined by " | ", never as JSON', async () => {
    const grid = '<w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid>';
    const table = `<w:tbl>${grid}<w:tr>${tc('Chỉ số', '', '', bold)}${tc('Năm 2023', '', '', bold)}</w:tr><w:tr>${tc('PAR INDEX')}${tc('84,5%')}</w:tr></w:tbl>`;
    const result = await importDocx(plan(p(r('Sở Nội vụ xây dựng Kế hoạch như sau:')), p(r('Kết quả năm trước:')) + table), { file: 't.docx' });
    const mo_dau = result.imported!.plan.mo_dau ?? [];
    expect(mo_dau).toContain('Chỉ số | Năm 2023');
    expect(mo_dau).toContain('PAR INDEX | 84,5%');
    expect(mo_dau.join('\n')).not.toContain('{');
    const yaml = planToYaml(result.imported!, []);
    expect(yaml).toContain('giữ thành dòng chữ');
    expect(loadPlanText('t.yaml', yaml).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
