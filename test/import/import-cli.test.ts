// parplan import through the real CLI: what a clerk runs, and every bad input of the issue — each a
// clear message with a code, nothing written, no stack trace, the documented exit code.
import { existsSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/render-plan.js';
import { runCli } from '../support/run-cli.js';
import { describeWithTools } from '../support/external-tools.js';
import { makeDocx, p, r } from '../docx-read/make-docx.js';

const FIXTURE = path.join(REPO_ROOT, 'test/fixtures/docx/word-lao-cai-2022-par-index.docx');
const tmp = () => mkdtempSync(path.join(tmpdir(), 'parplan-import-'));

describe('parplan import', () => {
  it('writes the .yaml beside the document (schema line first), refuses to overwrite without --force, --year makes a draft', async () => {
    const dir = tmp();
    copyFileSync(FIXTURE, path.join(dir, 'ke-hoach-2022.docx'));
    const first = await runCli(['import', 'ke-hoach-2022.docx'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('Đã nhập ke-hoach-2022.docx → ke-hoach-2022.yaml');
    const yaml = readFileSync(path.join(dir, 'ke-hoach-2022.yaml'), 'utf8');
    // As init: the schema line names a copy beside the plan, never the install folder (which moves
    // with every install, and is on another drive on Windows).
    expect(yaml.split('\n')[0]).toBe('# yaml-language-server: $schema=./plan.schema.json');
    for (const name of ['plan.schema.json', 'units.schema.json', 'config.schema.json']) {
      expect(readFileSync(path.join(dir, name), 'utf8')).toBe(readFileSync(path.join(REPO_ROOT, 'schemas', name), 'utf8'));
    }
    expect(JSON.parse(readFileSync(path.join(dir, '.vscode', 'settings.json'), 'utf8'))['yaml.schemas']).toHaveProperty(['./plan.schema.json']);
    const again = await runCli(['import', 'ke-hoach-2022.docx'], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('PP522');
    expect(readFileSync(path.join(dir, 'ke-hoach-2022.yaml'), 'utf8')).toBe(yaml);
    const draft = await runCli(['import', 'ke-hoach-2022.docx', '-o', '2023.yaml', '--year', '2023', '--lang', 'en'], { cwd: dir });
    expect(draft.code).toBe(0);
    expect(draft.stderr).toContain('Imported ke-hoach-2022.docx → 2023.yaml');
    const text = readFileSync(path.join(dir, '2023.yaml'), 'utf8');
    expect(text).toContain('ngay_ban_hanh: "2023-07"');
    expect(text).toContain('cấp tỉnh (PAR INDEX) năm 2023');
    expect(text).toContain('TODO');
    const rendered = await runCli(['render', '2023.yaml'], { cwd: dir });
    expect(rendered.code).toBe(0);
  });

  it('many at once into a folder, with a glob', async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'cu'));
    copyFileSync(FIXTURE, path.join(dir, 'cu', 'a.docx'));
    copyFileSync(path.join(REPO_ROOT, 'test/fixtures/docx/word-lang-son-2020-ddci.docx'), path.join(dir, 'cu', 'b.docx'));
    const result = await runCli(['import', 'cu/*.docx', '-o', 'plans'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(existsSync(path.join(dir, 'plans', 'a.yaml')) && existsSync(path.join(dir, 'plans', 'b.yaml'))).toBe(true);
    expect(readFileSync(path.join(dir, 'plans', 'b.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=./plan.schema.json');
    expect(existsSync(path.join(dir, 'plans', 'plan.schema.json'))).toBe(true);
  });

  const bad: [string, string, Uint8Array][] = [
    ['not a zip', 'PP501', strToU8('Đây là văn bản thường, không phải .docx')],
    ['a zip without word/document.xml', 'PP503', zipSync({ 'a.txt': strToU8('x') })],
    ['malformed XML', 'PP506', makeDocx({ body: '', documentXml: '<w:document xmlns:w="x"><w:body><w:p></w:body>' })],
    ['a password-protected file', 'PP504', new Uint8Array(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('EncryptedPackage', 'utf16le')]))],
    ['a zip bomb', 'PP505', makeDocx({ body: p(r('a'.repeat(8 * 1024 * 1024))) })],
  ];
  it('bad inputs, all in one run: each its code, exit 1, nothing written, no stack trace', async () => {
    const dir = tmp();
    bad.forEach(([, , bytes], i) => writeFileSync(path.join(dir, `x${i}.docx`), bytes));
    const result = await runCli(['import', ...bad.map((_, i) => `x${i}.docx`)], { cwd: dir });
    expect(result.code).toBe(1);
    bad.forEach(([, code], i) => {
      expect(result.stderr).toContain(`x${i}.docx: lỗi ${code}`);
      expect(existsSync(path.join(dir, `x${i}.yaml`))).toBe(false);
    });
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('a .docm is imported with its macros ignored (PP507); a Quyết định says it is not a plan (PP520)', async () => {
    const dir = tmp();
    writeFileSync(
      path.join(dir, 'm.docm'),
      makeDocx({ body: p(r('QUYẾT ĐỊNH')) + p(r('Về việc x')), mainContentType: 'application/vnd.ms-word.document.macroEnabled.main+xml', extra: { 'word/vbaProject.bin': new Uint8Array([1]) } }),
    );
    const result = await runCli(['import', 'm.docm'], { cwd: dir });
    expect(result.stderr).toContain('PP507');
    expect(result.stderr).toContain('PP520');
    expect(existsSync(path.join(dir, 'm.yaml'))).toBe(true);
  });

  it('usage errors exit 2: no such file, a bad --year, many files into one .yaml', async () => {
    expect((await runCli(['import', 'khong-co.docx'])).code).toBe(1);
    expect((await runCli(['import', FIXTURE, '--year', 'abc'])).code).toBe(2);
    expect((await runCli(['import', FIXTURE, FIXTURE.replace('lao-cai-2022-par-index', 'lang-son-2020-ddci'), '-o', 'x.yaml'])).code).toBe(2);
    expect((await runCli(['import', 'cu/*.docx'], { cwd: tmp() })).code).toBe(2);
  });
});

describe('parplan import of a folder', () => {
  it("takes its documents whatever the case of their extension, and leaves Word's lock files (~$…) alone", async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'cu'));
    copyFileSync(FIXTURE, path.join(dir, 'cu', 'KE-HOACH-2022.DOCX'));
    // Word writes this beside a document it has open: it is no document.
    writeFileSync(path.join(dir, 'cu', '~$-HOACH-2022.DOCX'), 'lock');
    const r = await runCli(['import', 'cu', '-o', 'moi'], { cwd: dir });
    expect(r.stderr).not.toContain('PP501');
    expect(r.code).toBe(0);
    expect(existsSync(path.join(dir, 'moi', 'KE-HOACH-2022.yaml'))).toBe(true);
    const none = await runCli(['import', 'khong-co/*.docx'], { cwd: dir });
    expect([none.code, none.stderr]).toEqual([2, 'Không tìm thấy văn bản nào (.docx, .doc, .odt, .rtf) khớp với: khong-co/*.docx\n']);
  });
});

describeWithTools(['soffice'], 'parplan import of .odt / .doc / .rtf through LibreOffice', (_tools) => {
  it('converts them in one run and imports them; without LibreOffice says how to convert (PP502)', async () => {
    const dir = tmp();
    copyFileSync(path.join(REPO_ROOT, 'test/fixtures/docx/libreoffice-plan.odt'), path.join(dir, 'a.odt'));
    const result = await runCli(['import', 'a.odt', '-o', 'out'], { cwd: dir });
    expect(result.stderr).not.toContain('PP502');
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(dir, 'out', 'a.yaml'), 'utf8')).toContain('Triển khai công tác cải cách hành chính năm 2024');
    writeFileSync(path.join(dir, 'b.rtf'), '{\\rtf1\\ansi KẾ HOẠCH}');
    const none = await runCli(['import', 'b.rtf', '-o', 'none', '--force'], { cwd: dir, env: { PATH: '/nonexistent' } });
    if (none.code === 1) expect(none.stderr).toContain('PP502');
  }, 240_000);
});
