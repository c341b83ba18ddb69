// parplan batch, end to end: the real CLI (node bin/parplan.js, built), on the Lào Cai units file of
// plans/units/ and on small fixtures. Writes, exit codes, messages, manifest, zip, parallel = serial.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { PLANS_DIR } from '../support/render-plan.js';
import { runCli } from '../support/run-cli.js';

const UNITS_DIR = path.join(PLANS_DIR, 'units');
const FIXTURES = path.join(import.meta.dirname, '..', 'batch', 'fixtures');
const SO = [
  'so-noi-vu', 'so-tu-phap', 'so-ke-hoach-va-dau-tu', 'so-tai-chinh', 'so-cong-thuong', 'so-nong-nghiep-va-phat-trien-nong-thon',
  'so-giao-thong-van-tai', 'so-xay-dung', 'so-tai-nguyen-va-moi-truong', 'so-thong-tin-va-truyen-thong', 'so-lao-dong-thuong-binh-va-xa-hoi',
  'so-van-hoa-va-the-thao', 'so-khoa-hoc-va-cong-nghe', 'so-giao-duc-va-dao-tao', 'so-y-te', 'thanh-tra-tinh',
];
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'parplan-batch-'));
  cpSync(UNITS_DIR, dir, { recursive: true });
});

describe('parplan batch', () => {
  it('-o ket-qua.docx (or .pdf) is refused: -o names the folder of the units\' documents', async () => {
    for (const [output, folder] of [['ket-qua.docx', 'ket-qua'], ['nam-2025/ban.PDF', 'nam-2025/ban']] as const) {
      const r = await runCli(['batch', 'cac-so-lao-cai-2022.yaml', '-o', output], { cwd: dir });
      expect(r.code, output).toBe(2);
      expect(r.stderr, output).toContain(`-o ${output}: batch ghi văn bản của từng đơn vị vào một thư mục, nên -o là tên thư mục (ví dụ -o ${folder})`);
      expect(existsSync(path.join(dir, output)), output).toBe(false);
    }
  });

  it('renders every Sở of the Lào Cai units file, with one plain line per file and a manifest', async () => {
    const r = await runCli(['batch', 'cac-so-lao-cai-2022.yaml', '-o', 'out/'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/\u001b\[/); // not a terminal: no bar, no colour
    expect(r.stderr.split('\n').filter((l) => /^\[\d+\/16\] Đã tạo/.test(l))).toHaveLength(16);
    expect(r.stderr).toContain('[9/16] Đã tạo out/so-tai-nguyen-va-moi-truong.docx (Sở Tài nguyên và Môi trường)');
    expect(r.stderr).toContain('16 đơn vị: 16 đã tạo, 0 lỗi.');
    const files = readdirSync(path.join(dir, 'out')).sort();
    expect(files).toEqual([...SO.map((s) => `${s}.docx`), 'manifest.csv', 'manifest.json'].sort());

    const manifest = JSON.parse(readFileSync(path.join(dir, 'out', 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ source: 'cac-so-lao-cai-2022.yaml', base: 'ke-hoach-par-index-2022-so.yaml', ok: 16, failed: 0 });
    expect(manifest.items.map((i: { file: string }) => i.file)).toEqual(SO.map((s) => `${s}.docx`));
    for (const item of manifest.items) expect(item.sha256).toBe(sha(path.join(dir, 'out', item.file)));

    const csv = readFileSync(path.join(dir, 'out', 'manifest.csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('unit,file,status,message,sha256');
    expect(lines[1]).toMatch(/^Sở Nội vụ,so-noi-vu\.docx,ok,/);
    expect(lines).toHaveLength(18); // header, 16 rows, the empty string after the last CRLF
  });

  it('writes the same bytes in parallel (--jobs 2) as serially (--jobs 1)', async () => {
    const [serial, parallel] = await Promise.all([
      runCli(['batch', 'cac-so-lao-cai-2022.yaml', '-o', 'serial', '--jobs', '1', '-q'], { cwd: dir }),
      runCli(['batch', 'cac-so-lao-cai-2022.yaml', '-o', 'parallel', '--jobs', '2', '-q'], { cwd: dir }),
    ]);
    expect([serial.code, parallel.code]).toEqual([0, 0]);
    // -q prints only what blocks a final document: the base plan's TODO (PP290), once.
    expect(serial.stderr.match(/cảnh báo PP\d+/g)).toEqual(['cảnh báo PP290']);
    const names = readdirSync(path.join(dir, 'serial')).sort();
    expect(readdirSync(path.join(dir, 'parallel')).sort()).toEqual(names);
    expect(names).toHaveLength(18);
    for (const name of names) expect(sha(path.join(dir, 'parallel', name)), name).toBe(sha(path.join(dir, 'serial', name)));
  });

  it('renders the good units when one is bad, lists the failure with its position, and exits 1', async () => {
    // The base plan sits beside the units file: a base outside its folder is refused (PP408).
    cpSync(path.join(FIXTURES, 'isolation'), path.join(dir, 'iso'), { recursive: true });
    const r = await runCli(['batch', 'iso/units.yaml', '-o', 'out', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['manifest.csv', 'manifest.json', 'so-ba.docx', 'so-bon.docx', 'so-mot.docx']);
    expect(r.stderr).toContain('[2/4] Failed: Sở Hai: iso/units.yaml:9:15');
    expect(r.stderr).toMatch(/1 unit\(s\) failed:\n• Sở Hai \(iso\/units\.yaml:7:5\)\niso\/units\.yaml:9:15: error PP102( \[\S*\])?: Field 'dia_danh' must be text/);
    expect(r.stderr).toContain('4 unit(s): 3 rendered, 1 failed.');
  });

  it('makes clashing names unique and says so; refuses a name that leaves the output folder', async () => {
    writeFileSync(
      path.join(dir, 'clash.yaml'),
      [
        'ke_hoach: ke-hoach-par-index-2022-so.yaml',
        'don_vi:',
        '  - co_quan_ban_hanh: { ten: SỞ Y TẾ, ten_day_du: Sở Y tế, viet_tat: SYT }',
        '  - co_quan_ban_hanh: { ten: SỞ Y TẾ, ten_day_du: Sở Y tế, viet_tat: SYT }',
        '  - co_quan_ban_hanh: { ten: SỞ TƯ PHÁP, ten_day_du: Sở Tư pháp, viet_tat: STP }',
        '    tep: ../../tu-phap',
        '  - co_quan_ban_hanh: { ten: SỞ XÂY DỰNG, ten_day_du: Sở Xây dựng, viet_tat: SXD }',
        '    tep: CON',
        '',
      ].join('\n'),
    );
    const r = await runCli(['batch', 'clash.yaml', '-o', 'deep/out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(readdirSync(path.join(dir, 'deep', 'out')).sort()).toEqual(['manifest.csv', 'manifest.json', 'so-y-te-2.docx', 'so-y-te.docx']);
    expect(readdirSync(dir).filter((f) => f.includes('tu-phap'))).toEqual([]);
    expect(readdirSync(path.join(dir, 'deep')).sort()).toEqual(['out']);
    expect(r.stderr).toMatch(/clash\.yaml:4:5: cảnh báo PP402( \[\S*\])?: Tên tệp 'so-y-te\.docx' trùng với tệp của Sở Y tế: đơn vị này được ghi vào 'so-y-te-2\.docx'\./);
    expect(r.stderr).toMatch(/clash\.yaml:6:10: lỗi PP401( \[\S*\])?: Tên tệp '\.\.\/\.\.\/tu-phap' không dùng được/);
    expect(r.stderr).toMatch(/clash\.yaml:8:10: lỗi PP401( \[\S*\])?: Tên tệp 'CON' không dùng được: là tên dành riêng của Windows/);
    // The advice fits the reason: no folder for a path, another name for CON.
    expect(r.stderr).toMatch(/Tên tệp '\.\.\/\.\.\/tu-phap' không dùng được: [^\n]*Chỉ ghi tên tệp, không ghi thư mục\./);
    expect(r.stderr).toMatch(/Tên tệp 'CON' không dùng được: [^\n]*\(CON, PRN, AUX, NUL, COM1…, LPT1…\)\. Hãy đổi tên ở trường tep\./);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'deep', 'out', 'manifest.json'), 'utf8'));
    expect(manifest.items[1]).toMatchObject({ file: 'so-y-te-2.docx', status: 'ok', message: expect.stringContaining('PP402') });
    expect(manifest.items[2]).toMatchObject({ unit: 'Sở Tư pháp', status: 'error', sha256: '' });
  });

  it('bundles the documents and the manifests with --zip', async () => {
    const r = await runCli(['batch', 'cac-so-lao-cai-2022.yaml', '-o', 'out', '--zip', 'ke-hoach.zip', '-q'], { cwd: dir });
    expect(r.code).toBe(0);
    const entries = unzipSync(readFileSync(path.join(dir, 'ke-hoach.zip')));
    expect(Object.keys(entries).sort()).toEqual([...SO.map((s) => `${s}.docx`), 'manifest.csv', 'manifest.json'].sort());
    expect(Buffer.from(entries['so-y-te.docx']!)).toEqual(readFileSync(path.join(dir, 'out', 'so-y-te.docx')));
    expect(Buffer.from(entries['manifest.json']!)).toEqual(readFileSync(path.join(dir, 'out', 'manifest.json')));
  });

  it('exits 2 on usage errors: no such file, a plan instead of a units file, a bad --jobs, --pdf without LibreOffice', async () => {
    const missing = await runCli(['batch', 'khong-co.yaml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('khong-co.yaml: Không đọc được tệp: không tìm thấy tệp.');
    const plan = await runCli(['batch', 'ke-hoach-par-index-2022-so.yaml'], { cwd: dir });
    expect(plan.code).toBe(2);
    expect(plan.stderr).toContain('không phải danh sách đơn vị (thiếu trường don_vi)');
    expect(plan.stderr).toContain('parplan render ke-hoach-par-index-2022-so.yaml');
    for (const jobs of ['0', 'two', '-1', '1.5']) expect((await runCli(['batch', 'cac-so-lao-cai-2022.yaml', '--jobs', jobs], { cwd: dir })).code).toBe(2);
    const pdf = await runCli(['batch', 'cac-so-lao-cai-2022.yaml', '--pdf'], { cwd: dir, env: { PARPLAN_SOFFICE: path.join(dir, 'no-soffice') } });
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toMatch(/--pdf cần LibreOffice \(soffice\).*không tìm thấy.*Cài LibreOffice/);
    expect(existsSync(path.join(dir, 'cac-so-lao-cai-2022'))).toBe(false);
    const empty = mkdtempSync(path.join(tmpdir(), 'parplan-batch-none-'));
    const none = await runCli(['batch'], { cwd: empty });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Không tìm thấy danh sách đơn vị nào');
  });

  it('without -o writes into a folder named after the units file, beside it', async () => {
    const r = await runCli(['batch', 'cac-so-lao-cai-2022.yaml', '-q'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readdirSync(path.join(dir, 'cac-so-lao-cai-2022'))).toHaveLength(18);
  });
});

describe('parplan render with a units file', () => {
  it('renders a folder holding a units file and its base: the base as a plan, the units as a batch', async () => {
    const r = await runCli(['render', '.', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['cac-so-lao-cai-2022', 'ke-hoach-par-index-2022-so.docx']);
    expect(readdirSync(path.join(dir, 'out', 'cac-so-lao-cai-2022')).sort()).toEqual([...SO.map((s) => `${s}.docx`), 'manifest.csv', 'manifest.json'].sort());
    expect(r.stderr).toContain('Đã tạo out/cac-so-lao-cai-2022/so-y-te.docx từ ./cac-so-lao-cai-2022.yaml [Sở Y tế]');
    expect(r.stderr).toContain('17 kế hoạch đã tạo, 0 lỗi.');
    // The TODO left in the base is shared by the 16 units: it is printed once.
    expect(r.stderr.match(/PP290/g)).toHaveLength(2);
  });
});
