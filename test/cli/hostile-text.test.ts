// Text from a plan never acts on the terminal, never breaks the .docx, and a units file cannot make
// parplan read (and echo) a file outside its folder (issue 9). The real CLI.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const PLAN = path.join(import.meta.dirname, '..', 'fixtures', 'base-plan.yaml');
const INVALID = path.join(import.meta.dirname, '..', 'fixtures', 'invalid');
/** What a terminal would act on: ESC, BEL, other C0/C1 controls but tab and line feed, bidi overrides. */
const ACTIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('terminal escapes in a plan', () => {
  it('are printed inert by the text and github reports, and by render', async () => {
    for (const format of ['text', 'github']) {
      const r = await runCli(['validate', '--format', format, path.join(INVALID, 'escaped-key.yaml')], { env: { FORCE_COLOR: '0' } });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('\\u001b[31mred');
      expect(ACTIVE.test(r.stdout + r.stderr), format).toBe(false);
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'parplan-inert-'));
    // Raw controls and a bidi override in a value, and an ESC in a unit's name (its progress line).
    const plan = readFileSync(PLAN, 'utf8').replace(/^dia_danh: .*$/m, 'dia_danh: "Lào\u001b]0;owned\u0007 Cai \u202eabc"');
    writeFileSync(path.join(dir, 'plan.yaml'), plan);
    const r = await runCli(['render', 'plan.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/PP010/);
    expect(ACTIVE.test(r.stdout + r.stderr)).toBe(false);
    expect(existsSync(path.join(dir, 'plan.docx'))).toBe(false);
  });

  it('an escaped noncharacter or lone surrogate is PP010, in plans and units files alike, and no .docx is written', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parplan-nonchar-'));
    cpSync(path.join(INVALID, 'escaped-noncharacter.yaml'), path.join(dir, 'a.yaml'));
    cpSync(path.join(INVALID, 'escaped-lone-surrogate.yaml'), path.join(dir, 'b.yaml'));
    cpSync(PLAN, path.join(dir, 'base.yaml'));
    writeFileSync(path.join(dir, 'units.yaml'), 'ke_hoach: base.yaml\ndon_vi:\n  - co_quan_ban_hanh: { ten: "SỞ \\uFFFF", viet_tat: SNV }\n');
    const r = await runCli(['render', 'a.yaml', 'b.yaml', 'units.yaml', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/a\.yaml:9:13: lỗi PP010 .*U\+FFFE/);
    expect(r.stderr).toMatch(/b\.yaml:9:19: lỗi PP010 .*U\+D800/);
    expect(r.stderr).toMatch(/units\.yaml:3:34: lỗi PP010 .*U\+FFFF/);
    expect(existsSync(path.join(dir, 'out', 'a.docx'))).toBe(false);
    expect(existsSync(path.join(dir, 'out', 'b.docx'))).toBe(false);
  });
});

describe('a units file naming its base plan', () => {
  it('outside its folder, or a secret, is PP408 at ke_hoach, and nothing of the file is printed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parplan-base-'));
    mkdirSync(path.join(dir, 'units'));
    mkdirSync(path.join(dir, 'outside'));
    writeFileSync(path.join(dir, 'outside', '.git-credentials'), 'https://user:hunter2@example.org\n');
    writeFileSync(path.join(dir, 'outside', 'leak.yaml'), 'hunter2: secret\n');
    symlinkSync('../outside/leak.yaml', path.join(dir, 'units', 'link.yaml'));
    const entry = 'don_vi:\n  - co_quan_ban_hanh: { ten: SỞ NỘI VỤ, viet_tat: SNV }\n';
    const cases = { 'creds.yaml': '../outside/.git-credentials', 'passwd.yaml': '/etc/passwd', 'outside.yaml': '../outside/leak.yaml', 'link-units.yaml': 'link.yaml' };
    for (const [name, base] of Object.entries(cases)) writeFileSync(path.join(dir, 'units', name), `ke_hoach: ${base}\n${entry}`);
    for (const [name] of Object.entries(cases)) {
      for (const command of [['validate'], ['validate', '--format', 'github'], ['batch']]) {
        const r = await runCli([...command, `units/${name}`], { cwd: dir });
        expect(r.code, `${command} ${name}`).toBe(1);
        expect(r.stdout + r.stderr, `${command} ${name}`).toMatch(/PP408/);
        expect(r.stdout + r.stderr, `${command} ${name}`).not.toMatch(/hunter2|root:/);
      }
    }
    // A folder the user names is allowed.
    cpSync(PLAN, path.join(dir, 'outside', 'base.yaml'));
    writeFileSync(path.join(dir, 'units', 'ok.yaml'), `ke_hoach: ../outside/base.yaml\n${entry}`);
    expect((await runCli(['validate', 'units/ok.yaml'], { cwd: dir })).code).toBe(1);
    expect((await runCli(['validate', 'units/ok.yaml', '--plans-dir', 'outside'], { cwd: dir })).code).toBe(0);
  });
});
