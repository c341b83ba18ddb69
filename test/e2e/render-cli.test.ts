// The real CLI, spawned as a user runs it: files written, exit codes, messages, no stack traces.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { PLANS_DIR } from '../support/render-plan.js';
import { runCli } from '../support/run-cli.js';

const LAO_CAI = 'so-tnmt-lao-cai-2022-par-index';
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'parplan-e2e-'));
});

describe('parplan render', () => {
  it('renders the folder\'s own plans with no file named: plans/ if there is one, else the .yaml files here', async () => {
    const here = mkdtempSync(path.join(tmpdir(), 'parplan-here-'));
    cpSync(path.join(PLANS_DIR, `${LAO_CAI}.yaml`), path.join(here, 'ke hoach.yaml'));
    writeFileSync(path.join(here, 'parplan.config.yaml'), 'lang: vi\n');
    const flat = await runCli(['render'], { cwd: here });
    expect(flat.code, flat.stderr).toBe(0);
    expect(readdirSync(here).sort()).toEqual(['ke hoach.docx', 'ke hoach.yaml', 'parplan.config.yaml']);
    mkdirSync(path.join(here, 'plans'));
    cpSync(path.join(PLANS_DIR, `${LAO_CAI}.yaml`), path.join(here, 'plans', 'a.yaml'));
    expect((await runCli(['render'], { cwd: here })).code).toBe(0);
    expect(readdirSync(path.join(here, 'plans')).sort()).toEqual(['a.docx', 'a.yaml']);
    expect(existsSync(path.join(here, 'out'))).toBe(false);
    const empty = mkdtempSync(path.join(tmpdir(), 'parplan-empty-'));
    const none = await runCli(['render'], { cwd: empty });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('parplan render --examples');
  });

  it('-o name.docx names the document of one plan, and is a usage error for several', async () => {
    cpSync(path.join(PLANS_DIR, `${LAO_CAI}.yaml`), path.join(dir, 'one.yaml'));
    expect((await runCli(['render', 'one.yaml', '-o', 'ke-hoach-so-noi-vu.docx'], { cwd: dir })).code).toBe(0);
    expect(statSync(path.join(dir, 'ke-hoach-so-noi-vu.docx')).isFile()).toBe(true);
    cpSync(path.join(PLANS_DIR, `${LAO_CAI}.yaml`), path.join(dir, 'two.yaml'));
    const two = await runCli(['render', 'one.yaml', 'two.yaml', '-o', 'x.docx'], { cwd: dir });
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('chỉ dùng cho một kế hoạch');
    expect(existsSync(path.join(dir, 'x.docx'))).toBe(false);
  });

  it('-o ke-hoach.pdf (or .doc, .odt) is refused with what to write instead, and makes no folder of that name', async () => {
    cpSync(path.join(PLANS_DIR, `${LAO_CAI}.yaml`), path.join(dir, 'one.yaml'));
    const pdf = await runCli(['render', 'one.yaml', '-o', 'ke-hoach.pdf'], { cwd: dir });
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain('-o ke-hoach.pdf: parplan ghi văn bản .docx; muốn có cả bản PDF thì thêm --pdf, ví dụ -o ke-hoach.docx --pdf');
    const doc = await runCli(['render', 'one.yaml', '-o', 'nam-2025/ke-hoach.DOC'], { cwd: dir });
    expect(doc.code).toBe(2);
    expect(doc.stderr).toContain('Cho -o một tên .docx (ví dụ nam-2025/ke-hoach.docx) hoặc một thư mục.');
    expect(readdirSync(dir).sort()).toEqual(['one.yaml']);
    // A folder that is really named so is still a folder.
    mkdirSync(path.join(dir, 'ban.pdf'));
    expect((await runCli(['render', 'one.yaml', '-o', 'ban.pdf'], { cwd: dir })).code).toBe(0);
    expect(readdirSync(path.join(dir, 'ban.pdf'))).toEqual(['one.docx']);
  });

  it('with --examples renders every example plan of the package into out/', async () => {
    const r = await runCli(['render', '--examples'], { cwd: dir });
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(r.code).toBe(0);
    const made = readdirSync(path.join(dir, 'out')).filter((f) => f.endsWith('.docx'));
    for (const plan of readdirSync(PLANS_DIR).filter((f) => f.endsWith('.yaml'))) expect(made).toContain(plan.replace(/\.yaml$/, '.docx'));
  });

  it('writes plan.docx beside the plan, the same bytes every time', async () => {
    cpSync(path.join(PLANS_DIR, `${LAO_CAI}.yaml`), path.join(dir, 'plan.yaml'));
    expect((await runCli(['render', 'plan.yaml'], { cwd: dir })).code).toBe(0);
    const first = sha(path.join(dir, 'plan.docx'));
    expect((await runCli(['render', 'plan.yaml'], { cwd: dir })).code).toBe(0);
    expect(sha(path.join(dir, 'plan.docx'))).toBe(first);
  });

  it('renders several files and folders into -o, in Vietnamese', async () => {
    cpSync(PLANS_DIR, path.join(dir, 'plans'), { recursive: true, filter: (src) => !src.includes(`${path.sep}units`) });
    const r = await runCli(['render', `plans/${LAO_CAI}.yaml`, 'plans/', '-o', 'ra'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(path.join(dir, 'ra', `${LAO_CAI}.docx`))).toBe(true);
    expect(r.stderr).toContain('Đã tạo');
  });

  it('exits 1 on an invalid plan, with file:line:column, and leaves the older .docx untouched', async () => {
    cpSync(path.join(PLANS_DIR, `${LAO_CAI}.yaml`), path.join(dir, 'plan.yaml'));
    expect((await runCli(['render', 'plan.yaml'], { cwd: dir })).code).toBe(0);
    const before = sha(path.join(dir, 'plan.docx'));
    const broken = readFileSync(path.join(dir, 'plan.yaml'), 'utf8').replace('ho_ten: Phạm Bình Minh', 'ho_tenn: Phạm Bình Minh');
    writeFileSync(path.join(dir, 'plan.yaml'), broken);
    const line = broken.split('\n').findIndex((l) => l.includes('ho_tenn')) + 1;
    const r = await runCli(['render', 'plan.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`plan.yaml:${line}:`);
    expect(r.stderr).toMatch(/ho_tenn/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(sha(path.join(dir, 'plan.docx'))).toBe(before);
    expect(readdirSync(dir).filter((f) => !['plan.yaml', 'plan.docx'].includes(f))).toEqual([]);
  });

  it('speaks English with --lang en', async () => {
    writeFileSync(path.join(dir, 'bad.yaml'), 'co_quan_ban_hanh: {ten: SỞ NỘI VỤ, viet_tat: SNV}\n');
    const r = await runCli(['render', 'bad.yaml', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Missing required field 'dia_danh'/);
    expect(existsSync(path.join(dir, 'bad.docx'))).toBe(false);
  });

  it('exits 2 when nothing matches or on a usage error', async () => {
    expect((await runCli(['render', 'none.yaml'], { cwd: dir })).code).toBe(2);
    expect((await runCli(['render', '*.yaml'], { cwd: dir })).code).toBe(2);
    expect((await runCli(['render', '--no-such-option'], { cwd: dir })).code).toBe(2);
  });

  it('--help and --version exit 0', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('render');
    const version = await runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
