// The real CLI (node bin/parplan.js, as built by `npm run build`) over the bad-input corpus in
// test/fixtures/invalid/: each file's expected diagnostics are its "# expect: CODE line:column"
// comments, or manifest.json for files that cannot hold a comment. Never a crash, a hang or a stack trace.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PLAN_BYTES } from '../../src/parse/read-plan-file.js';
import { MIN_FILES_FOR_WORKERS } from '../../src/validate/check-files.js';
import { planText } from '../validate/plan-fixture.js';

const REPO = join(import.meta.dirname, '..', '..');
const CORPUS = join(REPO, 'test', 'fixtures', 'invalid');
const BIN = join(REPO, 'bin', 'parplan.js');
const BUNDLE = join(REPO, 'dist', 'parplan.cjs');

function newestSource(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** `npm test` builds first; a bare `vitest run` after editing src/ would test a stale dist/. */
function ensureBuilt(): void {
  let built = 0;
  try {
    built = statSync(BUNDLE).mtimeMs;
  } catch {
    built = 0;
  }
  if (built < newestSource(join(REPO, 'src'))) execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'ignore' });
}

function cli(args: string[], options: { cwd?: string; user?: string } = {}) {
  const command = options.user ? ['runuser', '-u', options.user, '--', process.execPath, BIN, ...args] : [process.execPath, BIN, ...args];
  const r = spawnSync(command[0]!, command.slice(1), { cwd: options.cwd ?? REPO, encoding: 'utf8', timeout: 30_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

interface JsonFile {
  file: string;
  diagnostics: { code: string; line: number; column: number; message: string }[];
}

function expectations(): Map<string, string[]> {
  const manifest = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')) as { files: Record<string, string[]> };
  const expected = new Map<string, string[]>();
  for (const name of readdirSync(CORPUS).filter((f) => f.endsWith('.yaml'))) {
    const listed = manifest.files[name];
    if (listed) expected.set(name, listed);
    else expected.set(name, [...readFileSync(join(CORPUS, name), 'latin1').matchAll(/^# expect: (PP\d{3} \d+:\d+)$/gm)].map((m) => m[1]!));
  }
  return expected;
}

beforeAll(ensureBuilt, 180_000);

describe('the real CLI over the bad-input corpus', () => {
  const expected = expectations();

  it('has a case for every kind of bad input the issue lists', () => {
    expect(expected.size).toBeGreaterThanOrEqual(30);
    for (const [name, codes] of expected) expect(codes.length, `${name} states no expectation`).toBeGreaterThan(0);
    const codes = new Set([...expected.values()].flat().map((e) => e.slice(0, 5)));
    for (const code of ['PP002', 'PP003', 'PP004', 'PP005', 'PP006', 'PP007', 'PP008', 'PP009', 'PP010', 'PP011', 'PP013', 'PP014', 'PP100', 'PP101', 'PP102', 'PP106', 'PP201']) {
      expect(codes, code).toContain(code);
    }
  });

  it('reports each file exactly as its expectations say, at the right line and column', () => {
    const r = cli(['validate', '--format', 'json', 'test/fixtures/invalid']);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    const files = JSON.parse(r.stdout) as JsonFile[];
    const actual = new Map(files.map((f) => [f.file.split('/').pop()!, f.diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`)]));
    expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(expected));
  });

  it('says which encoding a non-UTF-8 file is in, and how to convert it', () => {
    const r = cli(['validate', '--format', 'json', 'test/fixtures/invalid/utf16le-bom.yaml', 'test/fixtures/invalid/windows-1258.yaml', 'test/fixtures/invalid/tcvn3.yaml']);
    const [utf16, cp1258, tcvn] = (JSON.parse(r.stdout) as JsonFile[]).map((f) => f.diagnostics[0]!.message);
    expect(utf16).toContain('UTF-16');
    expect(utf16).toContain('Save As');
    expect(cp1258).toContain('Windows-1258');
    expect(cp1258).toContain('iconv -f CP1258');
    expect(tcvn).toContain('TCVN3');
    expect(tcvn).toContain('Unikey');
  });

  it('prints every file name and no stack trace in the text format, in both languages', () => {
    for (const lang of ['vi', 'en']) {
      const r = cli(['--lang', lang, 'validate', 'test/fixtures/invalid']);
      expect(r.code).toBe(1);
      for (const name of expected.keys()) expect(r.stdout).toContain(`test/fixtures/invalid/${name}`);
      expect(`${r.stdout}\n${r.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
      expect(r.stderr).not.toMatch(/Error:|TypeError|RangeError/);
    }
  });
});

describe('the real CLI on paths', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'parplan-exec-'));
    chmodSync(dir, 0o755);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a file larger than any plan without reading it whole', () => {
    const big = join(dir, 'big.yaml');
    writeFileSync(big, `ho_ten: "${'a'.repeat(MAX_PLAN_BYTES)}"\n`);
    const r = cli(['validate', '--format', 'json', big]);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as JsonFile[])[0]!.diagnostics.map((d) => d.code)).toEqual(['PP012']);
  });

  it('checks many files on worker threads with the same results, in the order of the files', () => {
    const many = join(dir, 'many');
    execFileSync('mkdir', ['-p', many]);
    // More files than MIN_FILES_FOR_WORKERS; every third one invalid, so diagnostics and sources cross threads.
    const count = MIN_FILES_FOR_WORKERS + 12;
    const name = (i: number) => `p${String(i).padStart(3, '0')}.yaml`;
    for (let i = 0; i < count; i++) writeFileSync(join(many, name(i)), i % 3 === 0 ? planText({ nguoi_ky: { ho_ten: null } }) : planText());
    const r = cli(['validate', '--format', 'json', many]);
    expect(r.code).toBe(1);
    const files = JSON.parse(r.stdout) as JsonFile[];
    expect(files.map((f) => f.file.split('/').pop())).toEqual(Array.from({ length: count }, (_, i) => name(i)));
    files.forEach((f, i) => expect(f.diagnostics.map((d) => d.code), f.file).toEqual(i % 3 === 0 ? ['PP100'] : []));
    const text = cli(['validate', many]);
    expect(text.stdout.match(/PP100/g)).toHaveLength(Math.ceil(count / 3));
    expect(text.stdout).toContain('^');
  });

  it('names a path that does not exist (exit 2)', () => {
    const r = cli(['validate', join(dir, 'nowhere.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('nowhere.yaml: lỗi PP001: Không đọc được tệp: không tìm thấy tệp.');
  });

  // chmod 000 does not stop root: as root the case runs as the unprivileged user "nobody"
  // (runuser), and is skipped where neither is possible.
  const asRoot = process.getuid?.() === 0;
  const canDrop = asRoot && spawnSync('runuser', ['-u', 'nobody', '--', 'true']).status === 0;
  it.skipIf(asRoot && !canDrop)('names a folder it may not read (exit 2), and a file it may not read (exit 1)', () => {
    const locked = join(dir, 'locked');
    execFileSync('mkdir', ['-p', locked]);
    writeFileSync(join(locked, 'p.yaml'), planText());
    writeFileSync(join(dir, 'secret.yaml'), planText());
    chmodSync(locked, 0o000);
    chmodSync(join(dir, 'secret.yaml'), 0o000);
    try {
      const user = asRoot ? 'nobody' : undefined;
      const folder = cli(['validate', 'locked'], { cwd: dir, ...(user ? { user } : {}) });
      expect(folder.code).toBe(2);
      expect(folder.stdout).toContain('locked: lỗi PP001: Không đọc được tệp: không có quyền đọc.');
      const file = cli(['validate', 'secret.yaml'], { cwd: dir, ...(user ? { user } : {}) });
      expect(file.code).toBe(1);
      expect(file.stdout).toContain('secret.yaml: lỗi PP001: Không đọc được tệp: không có quyền đọc.');
    } finally {
      chmodSync(locked, 0o755);
      chmodSync(join(dir, 'secret.yaml'), 0o644);
    }
  });
});
