// parplan check --fix through the real CLI, on every document of the check corpus at once: each new
// file has no layout error (the check of it is in the same report) and the content problems of its
// original (a fix keeps the words, so a căn cứ dated after the plan stays so), keeps at least 99% of the
// original's words in order (both read back as text by LibreOffice, not by parplan's reader), and
// opens in LibreOffice (one soffice run converts all of them). Then the guard: never the input,
// never over a file without --force, -o one file only for one document.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { wordsKept, wordsOf } from '../../src/check/document-words.js';
import { describeWithTools } from '../support/external-tools.js';
import { runCli } from '../support/run-cli.js';
import { CORPUS, corpusDocuments } from '../support/check-corpus.js';

const run = promisify(execFile);

interface JsonReport {
  file: string;
  diagnostics: { code: string; severity: string; part?: string; message: string }[];
}

describeWithTools(['soffice'], 'parplan check --fix on the corpus', (tools) => {
  const root = mkdtempSync(path.join(tmpdir(), 'parplan-fix-'));
  const input = path.join(root, 'nop-ve');
  const output = path.join(root, 'da-sua');
  const text = path.join(root, 'text');
  const names = corpusDocuments();
  let reports: JsonReport[] = [];
  let code: number | null = null;
  let stderr = '';

  beforeAll(async () => {
    mkdirSync(input);
    for (const name of names) copyFileSync(path.join(CORPUS, name), path.join(input, name));
    const fixed = await runCli(['check', input, '--fix', '-o', output, '--format', 'json']);
    code = fixed.code;
    stderr = fixed.stderr;
    reports = JSON.parse(fixed.stdout) as JsonReport[];
    // One LibreOffice run reads every original and every new file back as plain text.
    const profile = mkdtempSync(path.join(tmpdir(), 'parplan-lo-profile-'));
    const files = [...names.map((n) => path.join(input, n)), ...readdirSync(output).map((n) => path.join(output, n))];
    await run(tools.soffice, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', text, ...files], {
      timeout: 240_000,
    });
    rmSync(profile, { recursive: true, force: true });
  }, 300_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes one new file per document, beside none of the inputs; exits 1 for the content errors kept', () => {
    expect(reports.flatMap((r) => r.diagnostics).filter((d) => d.code === 'PP632')).toEqual([]);
    expect(readdirSync(output).sort()).toEqual(names.map((n) => n.replace(/\.docx$/, '-nd30.docx')).sort());
    expect(readdirSync(input).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(path.join(input, name))).toEqual(readFileSync(path.join(CORPUS, name)));
    expect(stderr).toContain('Đã sửa thể thức');
    expect(code).toBe(1); // the content faults' errors are kept
  });

  it('lists what it could not carry: the picture (the table is carried)', () => {
    const report = reports.find((r) => path.basename(r.file) === 'word-picture-table.docx');
    const notCarried = report?.diagnostics.filter((d) => d.code === 'PP630').map((d) => d.message) ?? [];
    // The table is carried (import makes it a plan table); the picture is not.
    expect(notCarried).toHaveLength(1);
    expect(notCarried.join('\n')).toMatch(/1 hình ảnh: tệp mới không giữ được/);
  });

  it.each(names)('%s: the new file has no layout error and its original\'s content errors, keeps ≥ 99%% of the words in order, opens in LibreOffice', (name) => {
    const fixedName = name.replace(/\.docx$/, '-nd30.docx');
    const report = reports.find((r) => path.basename(r.file) === fixedName);
    expect(report, `no check of ${fixedName} in the report`).toBeDefined();
    const errors = report!.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.filter((d) => d.code.startsWith('PP6'))).toEqual([]);
    const expected = JSON.parse(readFileSync(path.join(CORPUS, name.replace(/\.docx$/, '.expected.json')), 'utf8')) as { problems: { code: string }[] };
    const contentErrors = expected.problems.map((p) => p.code).filter((c) => ['PP201', 'PP202', 'PP203', 'PP204', 'PP205', 'PP207', 'PP210'].includes(c));
    expect(errors.map((d) => d.code).sort()).toEqual(contentErrors.sort());
    const originalText = path.join(text, name.replace(/\.docx$/, '.txt'));
    const fixedText = path.join(text, fixedName.replace(/\.docx$/, '.txt'));
    expect(existsSync(fixedText), `LibreOffice did not open ${fixedName}`).toBe(true);
    const before = wordsOf(readFileSync(originalText, 'utf8'));
    const after = wordsOf(readFileSync(fixedText, 'utf8'));
    expect(before.length).toBeGreaterThan(100);
    expect(wordsKept(before, after) / before.length).toBeGreaterThanOrEqual(0.99);
  });

  it('never writes over the input, nor over a file without --force; -o one file only for one document', async () => {
    const one = path.join(root, 'mot');
    mkdirSync(one);
    const doc = path.join(one, 'ke-hoach.docx');
    copyFileSync(path.join(CORPUS, 'fault-margins.docx'), doc);
    const original = readFileSync(doc);

    const onInput = await runCli(['check', doc, '--fix', '-o', doc, '--force']);
    expect(onInput.code).toBe(1);
    expect(onInput.stdout).toMatch(/PP301.*tệp đầu vào/);
    expect(readFileSync(doc)).toEqual(original);

    const beside = await runCli(['check', 'ke-hoach.docx', '--fix'], { cwd: one });
    expect(beside.code).toBe(0);
    expect(beside.stderr).toContain('Đã sửa thể thức ke-hoach.docx → ke-hoach-nd30.docx');
    const target = path.join(one, 'ke-hoach-nd30.docx');
    writeFileSync(target, 'giữ nguyên');
    const again = await runCli(['check', 'ke-hoach.docx', '--fix'], { cwd: one });
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(/PP522/);
    expect(readFileSync(target, 'utf8')).toBe('giữ nguyên');
    const forced = await runCli(['check', 'ke-hoach.docx', '--fix', '--force', '--lang', 'en'], { cwd: one });
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('Re-laid out ke-hoach.docx → ke-hoach-nd30.docx');
    expect(statSync(target).size).toBeGreaterThan(5000);

    const many = await runCli(['check', doc, path.join(CORPUS, 'lo-html.docx'), '--fix', '-o', path.join(one, 'x.docx')]);
    expect(many.code).toBe(2);
    const noFix = await runCli(['check', doc, '-o', path.join(one, 'x.docx')]);
    expect(noFix.code).toBe(2);
    expect(existsSync(path.join(one, 'x.docx'))).toBe(false);
  }, 60_000);
});
