// Nothing lost, nothing written outside (issue 9), through the real CLI: a full disk (a 64 KB tmpfs)
// keeps the older .docx byte-identical and says "ổ đĩa đầy"; a symlink planted at the target is
// replaced, never followed; an input is never written over; two plans with one output name get
// `-2`; a --zip that is an input or an output is refused (exit 2); an output folder that cannot be
// made fails at once (`-o /proc/1/x` used to hang); leftovers of a killed run are removed; a legal
// long name is not broken by the temporary suffix.
import { execFileSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const PLAN = path.join(import.meta.dirname, '..', 'fixtures', 'base-plan.yaml');
const FIXTURES = path.join(import.meta.dirname, '..', 'batch', 'fixtures');

function workdir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'parplan-write-'));
  cpSync(PLAN, path.join(dir, 'plan.yaml'));
  return dir;
}

function batchDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'parplan-write-batch-'));
  cpSync(path.join(FIXTURES, 'isolation'), path.join(dir, 'isolation'), { recursive: true });
  return dir;
}

function isWholeDocx(file: string): boolean {
  try {
    return strFromU8(unzipSync(readFileSync(file))['word/document.xml']!).trimEnd().endsWith('</w:document>');
  } catch {
    return false;
  }
}

/** A 64 KB tmpfs (root only); undefined where mounting is refused, and the test says so. */
function mountSmallDisk(dir: string): string | undefined {
  const mount = path.join(dir, 'disk');
  mkdirSync(mount);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mount], { stdio: 'ignore' });
    mounted.push(mount);
    return mount;
  } catch {
    return undefined;
  }
}
const mounted: string[] = [];
afterAll(() => {
  for (const m of mounted) execFileSync('umount', [m], { stdio: 'ignore' });
});

/** Fills the disk to the last byte, then frees `free` bytes (whatever df says, the disk decides). */
function fillDisk(mount: string, free: number): void {
  const filler = path.join(mount, 'filler');
  const fd = openSync(filler, 'w');
  const chunk = Buffer.alloc(1024);
  try {
    for (;;) writeSync(fd, chunk);
  } catch {
    // ENOSPC: full
  } finally {
    closeSync(fd);
  }
  truncateSync(filler, Math.max(0, statSync(filler).size - free));
}

describe('a full disk', () => {
  it('render: exit 1, PP301 "ổ đĩa đầy", the older .docx byte-identical, no temporary file', async (ctx) => {
    const dir = workdir();
    const disk = mountSmallDisk(dir);
    if (!disk) {
      console.warn('skipped: cannot mount a tmpfs here (needs root); the full-disk case is untested');
      return ctx.skip();
    }
    expect((await runCli(['render', 'plan.yaml', '-o', 'disk'], { cwd: dir })).code).toBe(0);
    const before = readFileSync(path.join(disk, 'plan.docx'));
    fillDisk(disk, 8192);
    const second = await runCli(['render', 'plan.yaml', '-o', 'disk'], { cwd: dir });
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/PP301.*disk\/plan\.docx: ổ đĩa đầy/);
    expect(readFileSync(path.join(disk, 'plan.docx')).equals(before)).toBe(true);
    expect(readdirSync(disk).sort()).toEqual(['filler', 'plan.docx']);
  });

  it('batch: the units that do not fit fail, are not counted as written, and their older files stay', async (ctx) => {
    const dir = batchDir();
    const disk = mountSmallDisk(dir);
    if (!disk) return ctx.skip();
    const first = await runCli(['batch', 'isolation/units.yaml', '-o', 'disk', '--jobs', '1'], { cwd: dir });
    expect(first.code).toBe(1); // one unit of the fixture is invalid on purpose
    const docs = readdirSync(disk).filter((f) => f.endsWith('.docx'));
    expect(docs).toHaveLength(3);
    const before = new Map(docs.map((f) => [f, readFileSync(path.join(disk, f))]));
    fillDisk(disk, 4096);
    const second = await runCli(['--lang', 'en', 'batch', 'isolation/units.yaml', '-o', 'disk', '--jobs', '1'], { cwd: dir });
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/PP301.*the disk is full/);
    for (const [f, bytes] of before) expect(readFileSync(path.join(disk, f)).equals(bytes), f).toBe(true);
    expect(readdirSync(disk).filter((f) => f.includes('parplan-tmp'))).toEqual([]);
  });
});

describe('symlinks in the output folder', () => {
  it('render and batch replace a link at the target and leave its destination alone', async () => {
    const dir = workdir();
    mkdirSync(path.join(dir, 'out'));
    mkdirSync(path.join(dir, 'outside'));
    writeFileSync(path.join(dir, 'outside', 'victim.txt'), 'secret\n');
    symlinkSync('../outside/victim.txt', path.join(dir, 'out', 'plan.docx'));
    expect((await runCli(['render', 'plan.yaml', '-o', 'out'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(path.join(dir, 'outside', 'victim.txt'), 'utf8')).toBe('secret\n');
    expect(readdirSync(path.join(dir, 'outside'))).toEqual(['victim.txt']);
    expect(lstatSync(path.join(dir, 'out', 'plan.docx')).isFile()).toBe(true);
    expect(isWholeDocx(path.join(dir, 'out', 'plan.docx'))).toBe(true);

    const batch = batchDir();
    mkdirSync(path.join(batch, 'out'));
    writeFileSync(path.join(batch, 'victim.txt'), 'secret\n');
    symlinkSync('../victim.txt', path.join(batch, 'out', 'so-mot.docx'));
    symlinkSync('../victim.txt', path.join(batch, 'out', 'manifest.json'));
    await runCli(['batch', 'isolation/units.yaml', '-o', 'out', '--jobs', '1'], { cwd: batch });
    expect(readFileSync(path.join(batch, 'victim.txt'), 'utf8')).toBe('secret\n');
    expect(lstatSync(path.join(batch, 'out', 'so-mot.docx')).isFile()).toBe(true);
    expect(JSON.parse(readFileSync(path.join(batch, 'out', 'manifest.json'), 'utf8')).items).toHaveLength(4);
  });
});

describe('inputs and outputs of one run', () => {
  it('never writes over an input: a plan saved as notes.docx', async () => {
    const dir = workdir();
    cpSync(path.join(dir, 'plan.yaml'), path.join(dir, 'notes.docx'));
    const run = await runCli(['render', 'notes.docx'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/PP301.*notes\.docx: đây là tệp đầu vào/);
    expect(readFileSync(path.join(dir, 'notes.docx')).equals(readFileSync(path.join(dir, 'plan.yaml')))).toBe(true);
  });

  it('gives two plans with one output name plan.docx and plan-2.docx, with a warning naming both', async () => {
    const dir = workdir();
    for (const sub of ['a', 'b']) {
      mkdirSync(path.join(dir, sub));
      cpSync(path.join(dir, 'plan.yaml'), path.join(dir, sub, 'plan.yaml'));
    }
    cpSync(path.join(dir, 'plan.yaml'), path.join(dir, 'a', 'PLAN.yml'));
    const run = await runCli(['render', 'a/plan.yaml', 'b/plan.yaml', 'a/PLAN.yml', '-o', 'same'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readdirSync(path.join(dir, 'same')).sort()).toEqual(['PLAN-3.docx', 'plan-2.docx', 'plan.docx']);
    expect(run.stderr).toMatch(/b\/plan\.yaml: cảnh báo PP402: .*same\/plan\.docx.*a\/plan\.yaml.*same\/plan-2\.docx/);
  });

  it('refuses a --zip that is an input or an output of the run (exit 2), writing nothing', async () => {
    const dir = batchDir();
    const units = path.join(dir, 'isolation', 'units.yaml');
    const original = readFileSync(units);
    for (const zip of ['isolation/units.yaml', 'isolation/base.yaml', 'out/manifest.json', 'out/so-mot.docx', 'out/Manifest.CSV']) {
      const run = await runCli(['batch', 'isolation/units.yaml', '-o', 'out', '--zip', zip], { cwd: dir });
      expect(run.code, zip).toBe(2);
      expect(run.stderr, zip).toMatch(/--zip/);
      expect(existsSync(path.join(dir, 'out')), zip).toBe(false);
    }
    expect(readFileSync(units).equals(original)).toBe(true);
  });

  it('refuses a --zip whose name does not end in .zip (exit 2), and takes .ZIP', async () => {
    const dir = batchDir();
    for (const [zip, suggestion] of [['ket-qua.docx', 'ket-qua.zip'], ['ket-qua', 'ket-qua.zip'], ['nen/ket-qua.zip.bak', 'nen/ket-qua.zip.zip']] as const) {
      const run = await runCli(['batch', 'isolation/units.yaml', '-o', 'out', '--zip', zip], { cwd: dir });
      expect(run.code, zip).toBe(2);
      expect(run.stderr, zip).toContain(`Tệp nén --zip ${zip} phải có đuôi .zip (ví dụ ${suggestion})`);
      expect(existsSync(path.join(dir, 'out')), zip).toBe(false);
      expect(existsSync(path.join(dir, zip)), zip).toBe(false);
    }
    // The fixture's second unit fails by design (exit 1); the others go into the zip.
    const run = await runCli(['batch', 'isolation/units.yaml', '-o', 'out', '--zip', 'KET-QUA.ZIP'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Tệp nén: KET-QUA.ZIP');
    expect(Object.keys(unzipSync(readFileSync(path.join(dir, 'KET-QUA.ZIP')))).some((name) => name.endsWith('.docx'))).toBe(true);
  });
});

describe('the output folder', () => {
  it('fails at once with PP301 when it cannot be made (-o /proc/1/x used to hang)', async () => {
    const dir = workdir();
    const started = Date.now();
    const render = await runCli(['render', 'plan.yaml', '-o', '/proc/1/x'], { cwd: dir });
    expect(render.code).toBe(1);
    expect(render.stderr).toMatch(/PP301.*không tạo được thư mục \/proc\/1\/x/);
    const batch = batchDir();
    const run = await runCli(['batch', 'isolation/units.yaml', '-o', '/proc/1/x', '--jobs', '1'], { cwd: batch });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/PP301/);
    expect(Date.now() - started).toBeLessThan(20_000);
    // A file where a folder should be.
    writeFileSync(path.join(dir, 'afile'), '');
    const under = await runCli(['--lang', 'en', 'render', 'plan.yaml', '-o', 'afile/out'], { cwd: dir });
    expect(under.code).toBe(1);
    expect(under.stderr).toMatch(/PP301.*part of the path is not a folder/);
  });

  it('removes the temporary files of a killed run (a dead pid), keeps a live one', async () => {
    const dir = workdir();
    mkdirSync(path.join(dir, 'out'));
    const dead = '.plan.docx.parplan-tmp-999999999-1';
    const deadFolder = '.parplan-pdf.parplan-tmp-999999999-2-pdf';
    const live = `.plan.docx.parplan-tmp-${process.pid}-1`;
    writeFileSync(path.join(dir, 'out', dead), 'half');
    mkdirSync(path.join(dir, 'out', deadFolder));
    writeFileSync(path.join(dir, 'out', live), 'in use');
    writeFileSync(path.join(dir, 'out', '.notes.parplan-tmp-x'), 'not ours');
    expect((await runCli(['render', 'plan.yaml', '-o', 'out'], { cwd: dir })).code).toBe(0);
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual([live, '.notes.parplan-tmp-x', 'plan.docx'].sort());
  });

  it('writes a legal 248-byte name (the temporary suffix stays within 255 bytes)', async () => {
    const dir = workdir();
    const stem = 'ệ'.repeat(81); // 243 bytes: stem.docx is 248, stem.yaml too
    cpSync(path.join(dir, 'plan.yaml'), path.join(dir, `${stem}.yaml`));
    const run = await runCli(['render', `${stem}.yaml`, '-o', 'out'], { cwd: dir });
    expect(run.stderr).not.toMatch(/PP301/);
    expect(run.code).toBe(0);
    expect(readdirSync(path.join(dir, 'out'))).toEqual([`${stem}.docx`]);
    rmSync(dir, { recursive: true, force: true });
  });
});
