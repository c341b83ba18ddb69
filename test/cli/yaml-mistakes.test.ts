// What YAML reads otherwise than a clerk meant, through the real CLI (issue 9 item 17, issue 13 item 6):
// each mistake has its own code, its position and a message that says what to do, with the corrected
// line, in Vietnamese and in English. The files are in test/fixtures/invalid/ (validate-exec checks
// every file's codes and positions); this test checks the words.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '..', '..');
const BIN = join(REPO, 'bin', 'parplan.js');
const CORPUS = join(REPO, 'test', 'fixtures', 'invalid');

function cli(args: string[], cwd = REPO) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 30_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Problem {
  code: string;
  line: number;
  column: number;
  message: string;
}

const FILES = [
  'complex-key.yaml', 'null-key.yaml', 'empty-key.yaml', 'blank-key.yaml', 'number-infinite.yaml', 'cr-line-endings.yaml', 'binary-tag.yaml',
  'timestamp-tag.yaml', 'yaml11-date.yaml', 'units-tep-leading.yaml', 'text-colon.yaml', 'text-special-start.yaml',
  'text-hash-dash.yaml', 'local-tag.yaml', 'decimal-comma-braces.yaml', 'typo-nested.yaml', 'text-colon-near-field.yaml',
];
const reports = new Map<string, Problem[]>();

/** One run of the CLI per language over every file here (spawning one per file costs ~1 s each). */
function validateAll(files: string[], lang: 'vi' | 'en'): void {
  const r = cli(['--lang', lang, 'validate', '--format', 'json', ...files]);
  expect(r.code).toBe(1);
  expect(r.stderr).not.toMatch(/Warning|\n\s+at /);
  for (const f of JSON.parse(r.stdout) as { file: string; diagnostics: Problem[] }[]) reports.set(`${lang} ${f.file}`, f.diagnostics);
}

/** Each problem of one file. */
function problems(file: string, lang: 'vi' | 'en' = 'vi'): Problem[] {
  const found = reports.get(`${lang} ${file}`);
  if (!found) throw new Error(`not validated: ${file}`);
  return found;
}

beforeAll(() => {
  for (const lang of ['vi', 'en'] as const) validateAll(FILES.map((f) => join(CORPUS, f)), lang);
});

const fixture = (name: string) => join(CORPUS, name);

describe('YAML oddities (issue 9, item 17)', () => {
  it('a complex key is located at its own line, with no Node runtime warning', () => {
    const r = cli(['validate', fixture('complex-key.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('Warning');
    expect(r.stderr).not.toContain('mapAsMap');
    expect(r.stdout).toContain('complex-key.yaml:3:3: lỗi PP015');
    expect(r.stdout).toContain('là một danh sách hoặc một bảng (dấu "?" ở đầu dòng mở một tên trường phức hợp)');
  });

  it('a null key is named as YAML\'s empty value, at its own position', () => {
    const [p] = problems(fixture('null-key.yaml'));
    expect(p).toMatchObject({ code: 'PP015', line: 4, column: 1 });
    expect(p!.message).toContain('là giá trị rỗng của YAML (~ hoặc null), không phải một tên');
    expect(problems(fixture('null-key.yaml'), 'en')[0]!.message).toContain("is YAML's empty value (~ or null), not a name");
    expect(problems(fixture('empty-key.yaml'))[0]!.message).toContain('bị thiếu: dòng bắt đầu bằng dấu hai chấm');
    expect(problems(fixture('blank-key.yaml'))[0]!.message).toContain('là một chuỗi rỗng ("")');
  });

  it('1e400 and .nan are not "a number, but a number": infinite, or not a number', () => {
    const [inf, nan] = problems(fixture('number-infinite.yaml'));
    expect(inf).toMatchObject({ code: 'PP019', line: 3, column: 32 });
    expect(inf!.message).toBe("Số '1e400' không dùng được: quá lớn, YAML đọc nó là vô cực. Hãy ghi một số thật (ví dụ 84.5); nếu là văn bản, đặt trong dấu ngoặc kép.");
    expect(nan!.message).toContain('"không phải số" (NaN)');
    expect(problems(fixture('number-infinite.yaml'), 'en')[0]!.message).toContain('it is too large, and YAML reads it as infinity');
    for (const p of [inf, nan]) expect(p!.message).not.toMatch(/phải là một số, nhưng đang là một số/);
  });

  it('CR-only line ends parse, with positions counted at each CR', () => {
    const [p] = problems(fixture('cr-line-endings.yaml'));
    expect(p).toMatchObject({ code: 'PP101', line: 8, column: 1 });
    expect(p!.message).toContain("có phải là 'dia_danh'?");
    const dir = mkdtempSync(join(tmpdir(), 'parplan-cr-'));
    try {
      const plan = join(dir, 'mac.yaml');
      writeFileSync(plan, readFileSync(join(REPO, 'test', 'fixtures', 'base-plan.yaml'), 'utf8').replace(/\n/g, '\r'));
      expect(cli(['validate', plan]).code).toBe(0);
      const r = cli(['render', plan, '-o', dir]);
      expect(r.code).toBe(0);
      expect(existsSync(join(dir, 'mac.docx'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('!!binary, !!timestamp and a YAML 1.1 date say what they are and how to quote them', () => {
    const [binary] = problems(fixture('binary-tag.yaml'));
    expect(binary).toMatchObject({ code: 'PP018', line: 3, column: 11 });
    expect(binary!.message).toContain('Giá trị này là dữ liệu nhị phân (thẻ YAML !!binary)');
    expect(binary!.message).toContain('Sửa thành: ho_ten: "!!binary aGVsbG8="');
    const [stamp] = problems(fixture('timestamp-tag.yaml'));
    expect(stamp!.message).toContain('mốc thời gian (ngày giờ), không phải văn bản (thẻ YAML !!timestamp)');
    const [date] = problems(fixture('yaml11-date.yaml'));
    expect(date).toMatchObject({ code: 'PP018', line: 5, column: 16 });
    expect(date!.message).toContain('(YAML 1.1)');
    expect(date!.message).toContain('Sửa thành: ngay_ban_hanh: "2024-03-05"');
    expect(problems(fixture('yaml11-date.yaml'), 'en')[0]!.message).toContain('This value was read as a timestamp, not as text (YAML 1.1)');
    for (const p of [binary, stamp, date]) expect(p!.message).not.toContain('bảng các trường, nhưng');
  });

  it('-o "" is a usage error (exit 2), and nothing is written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parplan-empty-o-'));
    try {
      writeFileSync(join(dir, 'plan.yaml'), readFileSync(join(REPO, 'test', 'fixtures', 'base-plan.yaml')));
      const r = cli(['render', 'plan.yaml', '-o', ''], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--output cần một giá trị, không được để trống ("").');
      expect(existsSync(join(dir, 'plan.docx'))).toBe(false);
      const en = cli(['--lang', 'en', 'batch', 'plan.yaml', '--output='], dir);
      expect(en.code).toBe(2);
      expect(en.stderr).toContain('--output needs a value; it cannot be empty ("").');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a unit file name with a leading space is said to start with a space', () => {
    const [p] = problems(fixture('units-tep-leading.yaml'));
    expect(p).toMatchObject({ code: 'PP401', line: 4, column: 10 });
    expect(p!.message).toContain('bắt đầu bằng dấu cách');
    expect(p!.message).not.toContain('kết thúc');
    expect(problems(fixture('units-tep-leading.yaml'), 'en')[0]!.message).toContain('it starts with a space');
  });
});

describe('messages that teach YAML (issue 13, item 6)', () => {
  it('text holding ": " is one problem with the corrected line, not a missing y plus an unknown field', () => {
    const all = problems(fixture('text-colon.yaml'));
    expect(all.map((p) => `${p.code} ${p.line}:${p.column}`)).toEqual(['PP016 37:13']);
    expect(all[0]!.message).toBe(
      'Văn bản có dấu ": " (hai chấm rồi dấu cách), nên YAML đọc phần trước dấu hai chấm thành tên một trường. Hãy đặt cả giá trị trong dấu ngoặc kép "…" (hoặc ngoặc đơn \'…\' khi văn bản có dấu ngoặc kép), hoặc viết dạng khối >- với chữ ở dòng dưới. Sửa thành: - "Thời gian thực hiện: trong tháng 3 năm 2024"',
    );
    expect(problems(fixture('text-colon.yaml'), 'en')[0]!.message).toContain('Corrected line: - "Thời gian thực hiện: trong tháng 3 năm 2024"');
  });

  it('a sentence whose first word is near a field name ("- Tổng: 5", "cong") is still text, not a typo', () => {
    const all = problems(fixture('text-colon-near-field.yaml'));
    expect(all.map((p) => `${p.code} ${p.line}:${p.column}`)).toEqual(['PP016 37:13']);
    expect(all[0]!.message).toContain('Sửa thành: - "Tổng: 5 nhiệm vụ trọng tâm"');
    expect(all[0]!.message).not.toContain('cong');
  });

  it('a value starting with "* ", "- ", "# ", "&", "!", "%", "@", "`", a bracket or a quote names the character and shows the fix', () => {
    const special = problems(fixture('text-special-start.yaml'));
    const fixes = special.map((p) => p.message.slice(p.message.indexOf('Sửa thành: ') + 'Sửa thành: '.length));
    expect(fixes).toEqual([
      '- "* Lưu ý: làm ngay"',
      '- "& Ý một"',
      '- "% Ý hai"',
      '- "@ Ý ba"',
      '- "`Ý bốn`"',
      `- '"Một" là số'`,
      '- "[Tên đơn vị] báo cáo"',
      'ket_thuc: "Trên đây: là Kế hoạch./."',
      'trich_yeu: "- Cải cách hành chính"',
    ]);
    expect(special[0]!.message).toMatch(/^Văn bản bắt đầu bằng "\*", mà YAML đọc là một tham chiếu/);
    expect(special[0]!.message).not.toContain('không hợp lệ');
    const [hash, dash] = problems(fixture('text-hash-dash.yaml'));
    expect(hash).toMatchObject({ code: 'PP016', line: 36, column: 9 });
    expect(hash!.message).toContain('mà YAML đọc là chú thích, nên giá trị bị bỏ trống');
    expect(hash!.message).toContain('Sửa thành: - "# Ý một"');
    expect(dash!.message).toContain('bắt đầu bằng "- ", mà YAML đọc là một danh sách');
    expect(dash!.message).toContain('Sửa thành: - "- Ý hai"');
    const [bang, local] = problems(fixture('local-tag.yaml'));
    expect(bang!.message).toContain('Sửa thành: ket_thuc: "! Trên đây là Kế hoạch./."');
    expect(local!.message).toContain('Sửa thành: - "!Quan trọng: làm ngay"');
    expect(problems(fixture('text-special-start.yaml'), 'en')[0]!.message).toMatch(/^The text starts with "\*", which YAML reads as an alias \(\*name\)\./);
  });

  it('a decimal comma inside braces is said as such, with the number written with a point', () => {
    const [p] = problems(fixture('decimal-comma-braces.yaml'));
    expect(p).toMatchObject({ code: 'PP017', line: 3, column: 32 });
    expect(p!.message).toContain("nên '84,5' bị đọc thành số 84 và một trường tên '5'");
    expect(p!.message).toContain('Sửa thành: ket_qua: { nam: 2023, ty_le: 84.5, xep_hang: 20 }');
    expect(p!.message).not.toContain('Trường không hợp lệ');
  });

  it('a one-letter typo in a field name inside a block gets "did you mean", once', () => {
    const all = problems(fixture('typo-nested.yaml'));
    expect(all.map((p) => p.code)).toEqual(['PP101']);
    expect(all[0]!.message).toBe("Trường không hợp lệ 'gach_dau_dongg'; có phải là 'gach_dau_dong'?");
    expect(problems(fixture('typo-nested.yaml'), 'en')[0]!.message).toBe("Unknown field 'gach_dau_dongg'; did you mean 'gach_dau_dong'?");
  });

  describe('a missing field says what it is and shows an example', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'parplan-missing-'));
      writeFileSync(join(dir, 'plan.yaml'), readFileSync(join(REPO, 'test', 'fixtures', 'base-plan.yaml'), 'utf8').replace('dia_danh: Lào Cai\n', ''));
      for (const lang of ['vi', 'en'] as const) validateAll([join(dir, 'plan.yaml')], lang);
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    it('from the schema\'s description, in both languages', () => {
      const [p] = problems(join(dir, 'plan.yaml'));
      expect(p).toMatchObject({ code: 'PP100', line: 2, column: 1 });
      expect(p!.message).toBe("Thiếu trường bắt buộc 'dia_danh': Ô 4: địa danh nơi ban hành. Ví dụ: dia_danh: Lào Cai");
      expect(problems(join(dir, 'plan.yaml'), 'en')[0]!.message).toBe(`Missing required field 'dia_danh' (the schema says: "Ô 4: địa danh nơi ban hành"). For example: dia_danh: Lào Cai`);
    });
  });
});
