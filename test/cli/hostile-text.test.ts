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

describe('a folder or glob holding a symbolic link to a file outside it', () => {
  it('is skipped with a note, never read, so nothing of the file is printed; named on its own it is read', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parplan-walk-'));
    mkdirSync(path.join(dir, 'plans', 'sub'), { recursive: true });
    mkdirSync(path.join(dir, 'outside'));
    // Invalid YAML as a plan, so a report would quote its first line in a code frame.
    writeFileSync(path.join(dir, 'outside', 'secret.yaml'), 'token hunter2 {\n');
    cpSync(PLAN, path.join(dir, 'plans', 'good.yaml'));
    symlinkSync('../outside/secret.yaml', path.join(dir, 'plans', 'leak.yaml'));
    symlinkSync('../../outside/secret.yaml', path.join(dir, 'plans', 'sub', 'deep.yml'));
    // A link that stays inside the folder is an ordinary plan.
    symlinkSync('good.yaml', path.join(dir, 'plans', 'same.yaml'));
    for (const args of [['validate', 'plans'], ['validate', '--format', 'github', 'plans/'], ['validate', 'plans/**/*.y*ml'], ['render', 'plans', '-o', 'out']]) {
      const r = await runCli(args, { cwd: dir });
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout + r.stderr, args.join(' ')).not.toContain('hunter2');
      expect(r.stderr).toContain('Bỏ qua plans/leak.yaml: đây là liên kết tượng trưng (symlink) trỏ ra ngoài thư mục được kiểm tra');
      expect(r.stderr).toContain('plans/sub/deep.yml');
    }
    expect(existsSync(path.join(dir, 'out', 'same.docx'))).toBe(true);
    expect(existsSync(path.join(dir, 'out', 'leak.docx'))).toBe(false);
    // From inside the folder with no argument (a CI job's default), the same.
    const here = await runCli(['--lang', 'en', 'validate'], { cwd: path.join(dir, 'plans') });
    expect(here.stdout + here.stderr).not.toContain('hunter2');
    expect(here.stderr).toContain('Skipped leak.yaml: it is a symbolic link to a place outside the folder searched');
    // Named as such, the link is the user's own choice: read, and its line quoted (which is what the
    // folder walk would have printed).
    const named = await runCli(['validate', 'plans/leak.yaml'], { cwd: dir });
    expect(named.code).toBe(1);
    expect(named.stdout).toContain('token hunter2');
  });
});

describe('init, given what would have crashed it', () => {
  it('says what is wrong (exit 2): a folder with --force, a 100,000-character or control-character --unit', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parplan-init-'));
    mkdirSync(path.join(dir, 'folder'));
    const cases: [string[], RegExp][] = [
      [['init', 'folder', '--force', '--preset', 'par-index-so', '--unit', 'Sở A'], /là một thư mục/],
      [['init', 'a.yaml', '--preset', 'par-index-so', '--unit', 'a'.repeat(100_000)], /dài quá 200 ký tự/],
      [['init', 'b.yaml', '--preset', 'par-index-so', '--unit', 'Sở\u001b[31mA'], /ký tự điều khiển/],
    ];
    for (const [args, message] of cases) {
      const r = await runCli(args, { cwd: dir });
      expect(r.code, args[1]).toBe(2);
      expect(r.stderr, args[1]).toMatch(message);
      expect(r.stderr, args[1]).not.toMatch(/Unexpected|Lỗi không mong đợi/);
    }
  });
});

describe('a file that is not UTF-8 text', () => {
  it('names the first damaged byte of a UTF-8 file, without legacy-encoding advice; UTF-32 and gzip are named', async () => {
    const r = await runCli(['validate', 'utf8-one-bad-byte.yaml', 'utf32le-bom.yaml', 'gzip-data.yaml'], { cwd: INVALID });
    expect(r.stdout).toMatch(/utf8-one-bad-byte\.yaml:8:13: lỗi PP002: .*0xFF/);
    expect(r.stdout).not.toMatch(/one-bad-byte.*Unikey/);
    expect(r.stdout).toMatch(/utf32le-bom\.yaml: lỗi PP002: .*UTF-32.*iconv -f UTF-32/);
    expect(r.stdout).toMatch(/gzip-data\.yaml: lỗi PP014: .*gzip/);
  });
});
