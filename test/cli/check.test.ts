// parplan check through the real CLI (spawned bin/parplan.js) and in-process main(): exit codes,
// formats, --strict, report on stdout and tally on stderr, folders and globs, unreadable files.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import type { Paragraph } from '../../src/docx-read/index.js';
import { readFormatted } from '../support/docx-format.js';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/render-plan.js';
import { runCli } from '../support/run-cli.js';
import { runMain } from './run-main.js';

const CORPUS = 'test/fixtures/check';
const dir = mkdtempSync(path.join(tmpdir(), 'parplan-check-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parplan check (spawned)', () => {
  it('exit 0 for a conforming document: nothing on stdout, the tally on stderr', async () => {
    const r = await runCli(['check', `${CORPUS}/lo-odt.docx`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('Đã kiểm tra 1 văn bản: 1 đạt, 0 không đạt (0 lỗi, 0 cảnh báo).\n');
  });

  it('exit 1 with each problem, where and which clause', async () => {
    const r = await runCli(['check', `${CORPUS}/fault-margins.docx`]);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[2]).toBe(
      `${CORPUS}/fault-margins.docx, phần (section) 1: lỗi PP602 [le]: Lề trái 25,4 mm, cần 30–35 mm. (NĐ 30/2020, Phụ lục I, Phần I, mục II.3 (định lề trang văn bản))`,
    );
    expect(r.stderr).toContain('1 không đạt (4 lỗi, 0 cảnh báo)');
  });

  it('warnings pass, unless --strict', async () => {
    const plain = await runCli(['check', `${CORPUS}/fault-no-luu.docx`]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('cảnh báo PP618 [noi_nhan]');
    const strict = await runCli(['check', `${CORPUS}/fault-no-luu.docx`, '--strict']);
    expect(strict.code).toBe(1);
  });

  it('exit 2 for an unreadable file, named with why, never a stack trace', async () => {
    const bad = path.join(dir, 'ke-hoach.docx');
    writeFileSync(bad, 'not a zip');
    const r = await runCli(['--lang', 'en', 'check', bad, `${CORPUS}/lo-odt.docx`]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`${bad}: error PP501`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const missing = await runCli(['check', 'no-such.docx']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('no-such.docx: lỗi PP001');
  });

  it('exit 2 for a usage error: no file named, a glob matching nothing, a bad --format', async () => {
    expect((await runCli(['check'])).code).toBe(2);
    const glob = await runCli(['check', 'nop-ve/**/*.docx']);
    expect(glob.code).toBe(2);
    expect(glob.stderr).toContain('Không tìm thấy văn bản nào (.docx, .doc, .odt, .rtf) khớp với: nop-ve/**/*.docx');
    expect((await runCli(['check', `${CORPUS}/lo-odt.docx`, '--format', 'xml'])).code).toBe(2);
  });
});

describe('parplan check (in-process)', () => {
  it('checks a folder and a glob, skipping Word lock files (~$…)', async () => {
    const folder = path.join(dir, 'nop-ve', 'so-noi-vu');
    rmSync(folder, { recursive: true, force: true });
    writeFileSync(path.join(dir, 'placeholder'), '');
    await import('node:fs').then((fs) => fs.mkdirSync(folder, { recursive: true }));
    copyFileSync(path.join(REPO_ROOT, CORPUS, 'word-styles.docx'), path.join(folder, 'ke-hoach.docx'));
    copyFileSync(path.join(REPO_ROOT, CORPUS, 'fault-fonts.docx'), path.join(folder, 'ke-hoach-2.docx'));
    writeFileSync(path.join(folder, '~$ke-hoach.docx'), 'lock');
    const byFolder = await runMain(['check', 'nop-ve', '--format', 'json'], dir);
    expect(byFolder.code).toBe(1);
    const report = JSON.parse(byFolder.stdout) as { file: string; valid: boolean; diagnostics: { part: string; found: string; expected: string }[] }[];
    expect(report.map((r) => [r.file, r.valid])).toEqual([
      ['nop-ve/so-noi-vu/ke-hoach-2.docx', false],
      ['nop-ve/so-noi-vu/ke-hoach.docx', true],
    ]);
    expect(report[0]!.diagnostics[0]).toMatchObject({ part: 'phong_chu', found: 'phông Calibri', expected: 'Times New Roman' });
    const byGlob = await runMain(['check', 'nop-ve/**/*.docx', '--format', 'github'], dir);
    expect(byGlob.stdout).toMatch(/^::error file=nop-ve\/so-noi-vu\/ke-hoach-2\.docx,title=PP603 phong_chu::đoạn 24/m);
    const sarif = await runMain(['check', 'nop-ve', '--format', 'sarif'], dir);
    expect(JSON.parse(sarif.stdout).runs[0].results[0].properties).toMatchObject({ part: 'phong_chu', clause: 'Phụ lục I, Phần I, mục II.4 (phông chữ)' });
  });

  it('finds a document in a folder whatever the case of its extension (KE-HOACH.DOCX from Windows)', async () => {
    const folder = path.join(dir, 'hoa');
    rmSync(folder, { recursive: true, force: true });
    await import('node:fs').then((fs) => fs.mkdirSync(folder, { recursive: true }));
    copyFileSync(path.join(REPO_ROOT, CORPUS, 'fault-fonts.docx'), path.join(folder, 'KE-HOACH.DOCX'));
    const r = await runMain(['check', 'hoa', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { file: string }[]).map((x) => x.file)).toEqual(['hoa/KE-HOACH.DOCX']);
  });

  it("--fix renders with the config's reference document, as render does; a reference it cannot read stops it (exit 2)", async () => {
    const folder = path.join(dir, 'tinh');
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    copyFileSync(path.join(REPO_ROOT, 'test/fixtures/reference-doc/mau-13pt.docx'), path.join(folder, 'mau.docx'));
    writeFileSync(path.join(folder, 'parplan.config.yaml'), 'reference_doc: mau.docx\n');
    copyFileSync(path.join(REPO_ROOT, CORPUS, 'word-styles.docx'), path.join(folder, 'ke-hoach.docx'));
    const r = await runMain(['check', 'ke-hoach.docx', '--fix'], folder);
    expect(r.stderr).toContain('ke-hoach.docx → ke-hoach-nd30.docx');
    const read = await readFormatted(new Uint8Array(readFileSync(path.join(folder, 'ke-hoach-nd30.docx'))));
    const body = read.body.filter((b): b is Paragraph => b.kind === 'paragraph' && b.styleId === 'Normal' && b.text.length > 40);
    expect(body.length).toBeGreaterThanOrEqual(3);
    for (const p of body) expect(p.markFormat.sizePt).toBe(13);
    writeFileSync(path.join(folder, 'mau.docx'), 'not a docx');
    const bad = await runMain(['check', 'ke-hoach.docx', '--fix', '--force'], folder);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('PP501');
  });

  it('speaks English under --lang en', async () => {
    const r = await runMain(['--lang', 'en', 'check', `${CORPUS}/fault-page-numbers-foot.docx`], REPO_ROOT);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('error PP614 [so_trang]: Page numbers sit in the footer; page numbers must be centred in the top margin.');
    expect(r.stderr).toBe('1 document(s) checked: 0 pass, 1 fail (2 error(s), 0 warning(s)).\n');
  });
});
