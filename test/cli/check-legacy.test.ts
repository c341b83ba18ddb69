// parplan check of the .doc, .odt and .rtf files units still send: read through LibreOffice's
// conversion to .docx (one soffice run for all of them), said so (PP513), found in folders too; and
// without LibreOffice, PP502 says that it is missing rather than leaving the reason to guess.
// The .doc fixtures are LibreOffice's own (test/fixtures/check/make-lo-docs.sh), not parplan's writer.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { formatMessage } from '../../src/diagnostics/messages.js';
import { REPO_ROOT } from '../support/render-plan.js';
import { runCli } from '../support/run-cli.js';
import { describeWithTools } from '../support/external-tools.js';

const CORPUS = path.join(REPO_ROOT, 'test/fixtures/check');
const dir = mkdtempSync(path.join(tmpdir(), 'parplan-check-legacy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Report {
  file: string;
  valid: boolean;
  diagnostics: { code: string; severity: string; part?: string; message: string }[];
}

/** A folder of the test's own holding one fixture of the corpus as ke-hoach.doc. */
function folderWith(name: string, fixture: string): string {
  const folder = path.join(dir, name);
  mkdirSync(folder, { recursive: true });
  copyFileSync(path.join(CORPUS, fixture), path.join(folder, 'ke-hoach.doc'));
  return folder;
}

/** A soffice that is not there: PARPLAN_SOFFICE naming no file finds nothing (no fallback to PATH). */
const NO_SOFFICE = { PARPLAN_SOFFICE: path.join(dir, 'no', 'soffice') };

it('PP502 without a word on LibreOffice claims neither that it is missing nor that it failed', () => {
  const plain = formatMessage('PP502', { format: 'doc', soffice: 'unknown' }, 'vi');
  expect(plain).toContain('cần chuyển sang .docx trước.');
  expect(plain).not.toContain('chưa cài');
  expect(formatMessage('PP502', { format: 'doc', soffice: 'no' }, 'en')).toContain('LibreOffice, which parplan uses to convert it, is not installed');
  expect(formatMessage('PP502', { format: 'doc', soffice: 'yes' }, 'en')).toContain('LibreOffice could not convert it');
});

describeWithTools(['soffice'], 'parplan check of .doc files through LibreOffice', () => {
  it('finds them in a folder beside .docx files, checks each as its conversion reads, and says so (PP513)', async () => {
    const folder = path.join(dir, 'nop-ve');
    mkdirSync(folder, { recursive: true });
    copyFileSync(path.join(CORPUS, 'lo-odt.doc'), path.join(folder, 'huyen-bao-thang.doc'));
    copyFileSync(path.join(CORPUS, 'fault-margins.doc'), path.join(folder, 'so-noi-vu.doc'));
    copyFileSync(path.join(CORPUS, 'lo-odt.docx'), path.join(folder, 'so-tu-phap.docx'));
    const r = await runCli(['check', 'nop-ve', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const reports = JSON.parse(r.stdout) as Report[];
    expect(reports.map((x) => [x.file, x.valid])).toEqual([
      ['nop-ve/huyen-bao-thang.doc', true],
      ['nop-ve/so-noi-vu.doc', false],
      ['nop-ve/so-tu-phap.docx', true],
    ]);
    const [conforming, faulty, docx] = reports;
    // The conforming .doc raises no alarm but the note; the faulty one its four margins, as its .docx does.
    expect(conforming!.diagnostics.map((d) => [d.code, d.severity])).toEqual([['PP513', 'warning']]);
    expect(conforming!.diagnostics[0]!.message).toContain('Tệp Word 97–2003 (.doc) được đọc qua bản .docx do LibreOffice chuyển');
    expect(faulty!.diagnostics.map((d) => d.code)).toEqual(['PP513', 'PP602', 'PP602', 'PP602', 'PP602']);
    expect(docx!.diagnostics).toEqual([]);
    expect(r.stderr).toBe('Đã kiểm tra 3 văn bản: 2 đạt, 1 không đạt (4 lỗi, 2 cảnh báo).\n');
  }, 120_000);

  it("the config's rules set PP513: off where .doc is accepted, error where only .docx is", async () => {
    const folder = folderWith('cau-hinh', 'lo-odt.doc');
    writeFileSync(path.join(folder, 'parplan.config.yaml'), 'rules:\n  PP513: off\n');
    const accepted = await runCli(['check', 'ke-hoach.doc', '--strict'], { cwd: folder });
    expect([accepted.code, accepted.stdout]).toEqual([0, '']);
    writeFileSync(path.join(folder, 'parplan.config.yaml'), 'rules:\n  PP513: error\n');
    const refused = await runCli(['check', 'ke-hoach.doc'], { cwd: folder });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('ke-hoach.doc: lỗi PP513');
  }, 120_000);

  it('--fix rebuilds a .doc into an ND30 .docx, which then checks clean', async () => {
    const folder = folderWith('fix', 'fault-margins.doc');
    const r = await runCli(['check', 'ke-hoach.doc', '--fix', '--format', 'json'], { cwd: folder });
    const reports = JSON.parse(r.stdout) as Report[];
    expect(r.stderr).toContain('Đã sửa thể thức ke-hoach.doc → ke-hoach-nd30.docx');
    expect(reports.map((x) => x.file)).toEqual(['ke-hoach.doc', 'ke-hoach-nd30.docx']);
    expect(reports[0]!.diagnostics[0]!.code).toBe('PP513');
    expect(reports[1]!.diagnostics.filter((d) => d.code === 'PP602')).toEqual([]);
    expect(readFileSync(path.join(folder, 'ke-hoach-nd30.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(path.join(folder, 'ke-hoach.doc'))).toEqual(readFileSync(path.join(CORPUS, 'fault-margins.doc')));
  }, 120_000);

  it('without LibreOffice: PP502 says it is not installed, exit 2; in English too', async () => {
    const vi = await runCli(['check', path.join(CORPUS, 'lo-odt.doc')], { env: NO_SOFFICE });
    expect(vi.code).toBe(2);
    expect(vi.stdout).toContain('lỗi PP502: Tệp Word 97–2003 (.doc) cần chuyển sang .docx trước: chưa cài LibreOffice để parplan tự chuyển.');
    const en = await runCli(['--lang', 'en', 'check', path.join(CORPUS, 'lo-odt.doc'), '--fix', '-o', path.join(dir, 'none.docx')], { env: NO_SOFFICE });
    expect(en.code).toBe(2);
    expect(en.stdout).toContain('LibreOffice, which parplan uses to convert it, is not installed');
  });
});
