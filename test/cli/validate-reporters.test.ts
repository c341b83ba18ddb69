// Each report format on diagnostics built by hand.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { REPORTERS } from '../../src/cli/report/formats.js';
import type { FileReport, ReportContext } from '../../src/cli/report/reporter.js';
import { codeFrame } from '../../src/cli/report/text-report.js';

const missing: Diagnostic = { code: 'PP100', severity: 'error', file: 'plans/a, b.yaml', line: 3, column: 3, path: '/nguoi_ky/ho_ten', args: { field: 'nguoi_ky.ho_ten' } };
const luu: Diagnostic = { code: 'PP208', severity: 'warning', file: 'plans/a, b.yaml', line: 5, column: 7, path: '/noi_nhan/danh_sach/1', args: { value: 'Lưu VT', fix: '' } };
const unreadable: Diagnostic = { code: 'PP001', severity: 'error', file: 'gone.yaml', line: 0, column: 0, path: '', args: { errno: 'ENOENT', detail: '' } };
const files: FileReport[] = [
  { file: 'plans/a, b.yaml', diagnostics: [missing, luu] },
  { file: 'gone.yaml', diagnostics: [unreadable] },
  { file: 'ok.yaml', diagnostics: [] },
];
const source = 'dia_danh: Lào Cai\nnguoi_ky:\n  chuc_vu: GIÁM ĐỐC\nnoi_nhan:\n    - Lưu VT\n';
const context = (lang: 'vi' | 'en'): ReportContext => ({ lang, color: new Chalk({ level: 0 }), sources: new Map([['plans/a, b.yaml', source]]), version: '9.9.9' });

describe('text', () => {
  it('prints file:line:col, level, code, field and message, then the line with a caret', () => {
    expect(REPORTERS.text(files, context('vi'))).toBe(
      [
        "plans/a, b.yaml:3:3: lỗi PP100 [nguoi_ky.ho_ten]: Thiếu trường bắt buộc 'nguoi_ky.ho_ten'.",
        '3 |   chuc_vu: GIÁM ĐỐC',
        '      ^',
        `plans/a, b.yaml:5:7: cảnh báo PP208 [noi_nhan.danh_sach[1]]: Dòng cuối nơi nhận phải là "Lưu: VT, <đơn vị soạn thảo>", không phải 'Lưu VT'.`,
        '5 |     - Lưu VT',
        '          ^',
        'gone.yaml: lỗi PP001: Không đọc được tệp: không tìm thấy tệp.',
      ].join('\n'),
    );
    expect(REPORTERS.text(files, context('en'))).toContain("plans/a, b.yaml:3:3: error PP100 [nguoi_ky.ho_ten]: Missing required field 'nguoi_ky.ho_ten'.");
  });

  it('keeps the caret under its column in a long line, and shows control characters as "?"', () => {
    const long = `${'x'.repeat(300)}TTHC${'y'.repeat(300)}`;
    const frame = codeFrame(long, 7, 301)!.split('\n');
    const caret = frame[1]!.indexOf('^');
    expect(frame[0]!.slice(caret, caret + 4)).toBe('TTHC');
    expect(codeFrame('a: b\u0000c', 1, 6)).toBe('1 | a: b?c\n         ^');
  });
});

describe('json', () => {
  it('gives per file: validity, counts and each problem with position, pointer, field and message', () => {
    const out = JSON.parse(REPORTERS.json(files, context('en')));
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ file: 'plans/a, b.yaml', valid: false, errorCount: 1, warningCount: 1 });
    expect(out[0].diagnostics[0]).toEqual({
      code: 'PP100',
      severity: 'error',
      line: 3,
      column: 3,
      path: '/nguoi_ky/ho_ten',
      field: 'nguoi_ky.ho_ten',
      message: "Missing required field 'nguoi_ky.ho_ten'.",
    });
    expect(out[2]).toEqual({ file: 'ok.yaml', valid: true, errorCount: 0, warningCount: 0, diagnostics: [] });
  });
});

describe('github', () => {
  it('writes one workflow command per problem, with properties escaped', () => {
    expect(REPORTERS.github(files, context('en')).split('\n')).toEqual([
      "::error file=plans/a%2C b.yaml,line=3,col=3,title=PP100 nguoi_ky.ho_ten::Missing required field 'nguoi_ky.ho_ten'.",
      `::warning file=plans/a%2C b.yaml,line=5,col=7,title=PP208 noi_nhan.danh_sach[1]::The last recipient line must be "Lưu: VT, <drafting unit>", not 'Lưu VT'.`,
      '::error file=gone.yaml,title=PP001::Cannot read the file: no such file.',
    ]);
  });
});

describe('sarif', () => {
  it('is a SARIF 2.1.0 log: a rule per code used (with the clause for rules beyond the schema), a result per problem', () => {
    const log = JSON.parse(REPORTERS.sarif(files, context('vi')));
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'parplan', version: '9.9.9' });
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['PP001', 'PP100', 'PP208']);
    expect(run.tool.driver.rules[2]).toMatchObject({ id: 'PP208', name: 'luu-van-thu', defaultConfiguration: { level: 'warning' } });
    expect(run.tool.driver.rules[2].fullDescription.text).toContain('ô 9b');
    expect(run.results).toHaveLength(3);
    expect(run.results[0]).toMatchObject({
      ruleId: 'PP100',
      ruleIndex: 1,
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'plans/a%2C%20b.yaml' }, region: { startLine: 3, startColumn: 3 } } }],
    });
    expect(run.results[2].locations[0].physicalLocation.region).toBeUndefined();
  });
});
