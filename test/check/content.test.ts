// The content rules of parplan check: validate's plan rules on the plan import recognises in the
// document, placed by paragraph (number and first words), worded for a document where validate's
// wording names a YAML field, and the rules that only make sense for a plan file left out.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocx as checkBytes } from '../../src/check/check-docx.js';
import { CONTENT_RULES } from '../../src/check/content.js';
import { formatMessage } from '../../src/diagnostics/messages.js';
import { checkDocx } from '../../src/index.js';
import { RULES } from '../../src/validate/check-rules.js';
import { CORPUS } from '../support/check-corpus.js';

const corpus = (name: string) => readFileSync(path.join(CORPUS, `${name}.docx`));

describe('content rules', () => {
  it("run validate's rules that fit a finished document, not the plan file's own", () => {
    const codes = CONTENT_RULES.map((r) => r.code);
    // PP290 (TODO markers left) is among them, read from the document's paragraphs.
    for (const code of ['PP201', 'PP202', 'PP203', 'PP204', 'PP205', 'PP207', 'PP210', 'PP215', 'PP216', 'PP217', 'PP290']) expect(codes).toContain(code);
    // Unprinted fields and the plan file's tables are about YAML; "Lưu: VT" and "Nơi nhận:" are PP618/PP617.
    for (const code of ['PP219', 'PP218', 'PP208', 'PP209']) expect(codes).not.toContain(code);
    expect(RULES.length - CONTENT_RULES.length).toBe(4);
  });

  it('place a problem at the paragraph holding the value, with part, clause and first words (library API)', async () => {
    const result = await checkDocx(corpus('content-basis-after-plan'), { file: 'ke-hoach.docx' });
    expect(result.ok).toBe(false);
    const problem = result.problems.find((p) => p.code === 'PP202')!;
    expect(problem).toMatchObject({ severity: 'error', part: 'can_cu', file: 'ke-hoach.docx', section: 1 });
    expect(problem.paragraph).toBeGreaterThan(0);
    expect(problem.excerpt).toMatch(/^Căn cứ Quyết định số 12\/QĐ-UBND ngày 15\/03\/2024/);
    expect(problem.clause).toMatch(/NĐ 30\/2020|Nghị định|INDEXES/);
    expect(problem.message).toMatch(/sau ngày ban hành kế hoạch \(5\/3\/2024\)/);
  });

  it('word a date and the closing mark for the document, not the plan file', async () => {
    const date = await checkBytes(corpus('content-date-not-real'), { file: 'a.docx' });
    const pp201 = date.diagnostics.find((d) => d.code === 'PP201')!;
    expect(formatMessage(pp201.code, pp201.args, 'vi')).toBe("Ngày '30/02/2024' không có thật (tháng 2 năm 2024 không có ngày 30).");
    expect(pp201.path).toBe('');
    const mark = await checkBytes(corpus('content-no-closing-mark'), { file: 'b.docx' });
    const pp217 = mark.diagnostics.find((d) => d.code === 'PP217')!;
    expect(formatMessage(pp217.code, pp217.args, 'en')).toBe('The body must end with "./." in its last paragraph, before Nơi nhận.');
    expect(formatMessage(pp217.code, pp217.args, 'vi')).not.toMatch(/ket_thuc/);
    expect(formatMessage('PP207', { from: 10, to: 5, docx: 1 }, 'vi')).toBe('Khoảng thứ hạng phấn đấu ngược: từ hạng 10 đến hạng 5 (hạng đầu phải nhỏ hơn hoặc bằng hạng sau).');
  });

  it('say TODO markers left in a document once, with their count, at the first paragraph holding one (PP290)', async () => {
    const result = await checkBytes(corpus('content-todo-left'), { file: 'f.docx' });
    expect(result.diagnostics.map((d) => `${d.code} ${d.severity} ${d.document?.part}`)).toEqual(['PP290 warning noi_dung']);
    const pp290 = result.diagnostics[0]!;
    // The lead-in and a recipient line: two markers, counted in the document's own paragraphs.
    expect(pp290.args.count).toBe(2);
    expect(pp290.document?.excerpt).toMatch(/^TODO: kết quả năm 2023\. Sở Nội vụ/);
    expect(formatMessage(pp290.code, pp290.args, 'vi')).toMatch(/^Còn 2 chỗ đánh dấu TODO cần điền \(tìm chữ TODO trong tệp\); chỗ đầu tiên: 'TODO: kết quả năm 2023\./);
    // Switched off with the other content rules.
    expect((await checkBytes(corpus('content-todo-left'), { file: 'f.docx', content: false })).diagnostics).toEqual([]);
  });

  it('leave out what only a plan file has: a document lacking the signer has no TODO problem', async () => {
    const result = await checkBytes(corpus('fault-no-signer-name'), { file: 'd.docx' });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['PP619']);
  });

  it('can be switched off (layout only)', async () => {
    const result = await checkBytes(corpus('content-ky-hieu'), { file: 'e.docx', content: false });
    expect(result.diagnostics).toEqual([]);
    const withContent = await checkBytes(corpus('content-ky-hieu'), { file: 'e.docx' });
    expect(withContent.diagnostics.map((d) => `${d.code} ${d.document?.part} ${d.document?.excerpt}`)).toEqual(['PP203 so_ky_hieu Số: 45/QĐ-SNV']);
  });
});
