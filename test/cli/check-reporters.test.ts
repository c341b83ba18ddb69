// Each report format on problems of a .docx built by hand (issue 15): the part, the clause, the
// paragraph and its first words, what was found and what is required.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { formatFacts } from '../../src/diagnostics/messages.js';
import { REPORTERS } from '../../src/cli/report/formats.js';
import type { FileReport, ReportContext } from '../../src/cli/report/reporter.js';

/** A problem of the unit's document, as check reports one. */
const inDocx = (code: Diagnostic['code'], severity: Diagnostic['severity'], args: Diagnostic['args'], document: NonNullable<Diagnostic['document']>): Diagnostic => ({
  code,
  severity,
  file: 'nop-ve/so-noi-vu.docx',
  line: 0,
  column: 0,
  path: '',
  args,
  document,
});

const margin = inDocx('PP602', 'error', { side: 'left', value: 25.4, min: 30, max: 35 }, { part: 'le', clause: 'Phụ lục I, Phần I, mục II.3 (định lề trang văn bản)', paragraph: 0, excerpt: '', section: 1 });
const size = inDocx('PP605', 'error', { element: 'body', value: 12, min: 13, max: 14, count: 15 }, {
  part: 'noi_dung',
  clause: 'Phụ lục I, Phần II, ô 6 (nội dung)',
  paragraph: 14,
  excerpt: 'Sở Nội vụ xây dựng Kế hoạch cải thiện Chỉ số cải cách hành chính (PAR INDEX) năm 2024 như sau:',
  section: 1,
});
const underscores = inDocx('PP611', 'warning', { element: 'motto', text: '________' }, { part: 'tieu_ngu', clause: 'Phụ lục I, Phần II, ô 1 (Quốc hiệu và Tiêu ngữ)', paragraph: 7, excerpt: '________', section: 1 });
/** A plan rule run on the document's content (src/check/content.ts): its clause is its own citation. */
const abbreviation = inDocx('PP215', 'warning', { abbreviation: 'TTHC' }, { part: 'noi_dung', clause: 'NĐ 30/2020, Phụ lục I, nội dung văn bản: chữ viết tắt phải viết đầy đủ lần đầu', paragraph: 47, excerpt: '- Xây dựng Kế hoạch kiểm soát TTHC', section: 1 });
const todo = inDocx('PP290', 'warning', { count: 1, first: 'TODO' }, { part: 'chu_ky', clause: 'parplan init: chỗ đánh dấu TODO là chỗ người soạn thảo phải điền trước khi trình ký', paragraph: 120, excerpt: 'TODO', section: 1 });
/** A layout rule on a value the decree gives no figure for (src/nd30: practice). */
const signatureGap = inDocx('PP620', 'warning', { lines: 1, min: 4 }, { part: 'chu_ky', clause: 'practice: the closing block of shared/examples', paragraph: 42, excerpt: 'TRƯỞNG PHÒNG Nguyễn Văn An', section: 1 });
const files: FileReport[] = [{ file: 'nop-ve/so-noi-vu.docx', diagnostics: [margin, underscores, size] }];
const context = (lang: 'vi' | 'en'): ReportContext => ({ lang, color: new Chalk({ level: 0 }), sources: new Map(), version: '9.9.9' });

describe('found and expected', () => {
  it('say what was found and what the decree asks, in each language', () => {
    expect(formatFacts('PP602', margin.args, 'vi')).toEqual({ found: 'lề trái 25,4 mm', expected: '30–35 mm' });
    expect(formatFacts('PP602', margin.args, 'en')).toEqual({ found: 'left margin 25.4 mm', expected: '30–35 mm' });
    expect(formatFacts('PP605', size.args, 'vi')).toEqual({ found: 'cỡ chữ 12 pt', expected: '13–14 pt' });
    expect(formatFacts('PP208', {}, 'vi')).toBeUndefined();
  });
});

describe('text', () => {
  it('names the section or the paragraph with its first words, the part and the clause', () => {
    const out = REPORTERS.text(files, context('vi')).split('\n');
    expect(out[0]).toBe('nop-ve/so-noi-vu.docx, phần (section) 1: lỗi PP602 [le]: Lề trái 25,4 mm, cần 30–35 mm. (NĐ 30/2020, Phụ lục I, Phần I, mục II.3 (định lề trang văn bản))');
    expect(out[1]).toContain("nop-ve/so-noi-vu.docx, đoạn 7 «________»: cảnh báo PP611 [tieu_ngu]: Đường kẻ dưới Tiêu ngữ được gõ bằng dấu gạch dưới ('________')");
    expect(out[3]).toBe(
      'nop-ve/so-noi-vu.docx, đoạn 14 «Sở Nội vụ xây dựng Kế hoạch cải thiện Chỉ số…»: lỗi PP605 [noi_dung]: Cỡ chữ của nội dung là 12 pt, cần 13–14 pt (15 đoạn, đoạn đầu tiên ở đây). (NĐ 30/2020, Phụ lục I, Phần II, ô 6 (nội dung))',
    );
    expect(out[4]).toBe('14 | Sở Nội vụ xây dựng Kế hoạch cải thiện Chỉ số…');
    expect(REPORTERS.text(files, context('en'))).toContain('nop-ve/so-noi-vu.docx, section 1: error PP602 [le]: Left margin 25.4 mm, needs 30–35 mm.');
  });

  it('cites a plan rule’s clause as it is written: the decree named once, and not at all for a rule that is not the decree’s', () => {
    const out = REPORTERS.text([{ file: 'nop-ve/so-noi-vu.docx', diagnostics: [abbreviation, todo] }], context('vi'));
    expect(out).toContain('(NĐ 30/2020, Phụ lục I, nội dung văn bản: chữ viết tắt phải viết đầy đủ lần đầu)');
    expect(out).not.toContain('NĐ 30/2020, NĐ 30/2020');
    expect(out).toContain('(parplan init: chỗ đánh dấu TODO là chỗ người soạn thảo phải điền trước khi trình ký)');
    expect(out).not.toContain('NĐ 30/2020, parplan init');
  });

  it('cites a value the decree is silent on as practice, in the reader’s language, not parplan’s note on it', () => {
    const vi = REPORTERS.text([{ file: 'nop-ve/so-noi-vu.docx', diagnostics: [signatureGap] }], context('vi'));
    expect(vi).toContain('(theo thông lệ của các văn bản đã ban hành; Nghị định 30/2020 không ghi số đo này)');
    expect(vi).not.toContain('practice');
    const en = REPORTERS.text([{ file: 'nop-ve/so-noi-vu.docx', diagnostics: [signatureGap] }], context('en'));
    expect(en).toContain('(the practice of issued documents; Nghị định 30/2020 gives no figure for this)');
  });
});

describe('json', () => {
  it('carries part, clause, its citation, found, expected and the paragraph', () => {
    const [file] = JSON.parse(REPORTERS.json(files, context('vi'))) as { diagnostics: Record<string, unknown>[] }[];
    expect(file!.diagnostics[2]).toMatchObject({
      code: 'PP605',
      severity: 'error',
      part: 'noi_dung',
      clause: 'Phụ lục I, Phần II, ô 6 (nội dung)',
      citation: 'NĐ 30/2020, Phụ lục I, Phần II, ô 6 (nội dung)',
      found: 'cỡ chữ 12 pt',
      expected: '13–14 pt',
      paragraph: 14,
      section: 1,
    });
    expect(file!.diagnostics[0]).toMatchObject({ part: 'le', found: 'lề trái 25,4 mm', expected: '30–35 mm', paragraph: 0, section: 1 });
    // A practice value and a plan rule are cited as the text report cites them, in the report's language.
    const [cited] = JSON.parse(REPORTERS.json([{ file: 'nop-ve/so-noi-vu.docx', diagnostics: [signatureGap, todo] }], context('en'))) as { diagnostics: Record<string, unknown>[] }[];
    expect(cited!.diagnostics.map((d) => d.citation)).toEqual([
      'the practice of issued documents; Nghị định 30/2020 gives no figure for this',
      'parplan init: chỗ đánh dấu TODO là chỗ người soạn thảo phải điền trước khi trình ký',
    ]);
  });
});

describe('github', () => {
  it('annotates the file, with the part in the title and the paragraph in the message', () => {
    const lines = REPORTERS.github(files, context('vi')).split('\n');
    expect(lines[2]).toMatch(/^::error file=nop-ve\/so-noi-vu\.docx,title=PP605 noi_dung::đoạn 14 «Sở Nội vụ/);
    expect(lines[0]).not.toContain('line=');
  });
});

describe('sarif', () => {
  it('carries part, clause, found and expected as properties, the paragraph as a logical location', () => {
    const log = JSON.parse(REPORTERS.sarif(files, context('vi')));
    const result = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'PP605');
    expect(result.properties).toMatchObject({ part: 'noi_dung', clause: 'Phụ lục I, Phần II, ô 6 (nội dung)', found: 'cỡ chữ 12 pt', expected: '13–14 pt' });
    expect(result.locations[0].logicalLocations[0]).toMatchObject({ name: expect.stringMatching(/^đoạn 14/), kind: 'element' });
    const rule = log.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'PP602');
    expect(rule.fullDescription.text).toBe('NĐ 30/2020, Phụ lục I, Phần I, mục II.3 (định lề trang văn bản)');
  });
});
