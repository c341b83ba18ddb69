// Nothing hangs (issue 9), through the real CLI: a FIFO named as a plan is refused without being
// opened by render, validate, batch, import, check and render --watch (which still stops on SIGTERM); an alias
// bomb that stays under the alias count is stopped by its expanded size, in validate and render alike;
// `batch --jobs 1000` starts no more threads than there are cores.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCli } from '../support/run-cli.js';

const INVALID = path.join(import.meta.dirname, '..', 'fixtures', 'invalid');

describe.skipIf(process.platform === 'win32')('a FIFO named as a plan', () => {
  it('is refused at once by render, validate and batch (PP001, not a regular file)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parplan-fifo-'));
    execFileSync('mkfifo', [path.join(dir, 'p.yaml')]);
    const started = Date.now();
    const render = await runCli(['render', 'p.yaml'], { cwd: dir });
    expect(render.code).toBe(1);
    expect(render.stderr).toMatch(/PP001.*không phải tệp thông thường/);
    const validate = await runCli(['validate', 'p.yaml'], { cwd: dir });
    expect(validate.code).toBe(1);
    expect(validate.stdout).toMatch(/PP001/);
    const batch = await runCli(['batch', 'p.yaml'], { cwd: dir });
    expect(batch.code).toBe(2);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('given to import or check as a .docx, is refused at once without being opened (PP001)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parplan-fifo-docx-'));
    execFileSync('mkfifo', [path.join(dir, 'p.docx')]);
    const started = Date.now();
    const imported = await runCli(['import', 'p.docx'], { cwd: dir });
    expect(imported.code).toBe(1);
    expect(imported.stdout + imported.stderr).toMatch(/p\.docx: lỗi PP001: Không đọc được tệp: không phải tệp thông thường/);
    const checked = await runCli(['check', 'p.docx'], { cwd: dir });
    expect(checked.code).toBe(2);
    expect(checked.stdout).toMatch(/p\.docx: lỗi PP001: Không đọc được tệp: không phải tệp thông thường/);
    // Both would wait for a writer forever if they opened it (runCli has no timeout of its own).
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('render --watch on it reports the problem and stops on SIGTERM with exit 0', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parplan-fifo-watch-'));
    execFileSync('mkfifo', [path.join(dir, 'p.yaml')]);
    const child = spawn(process.execPath, [BIN, 'render', 'p.yaml', '--watch'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve, reject) => {
      const poll = setInterval(() => {
        if (/Ctrl-C/.test(stderr)) {
          clearInterval(poll);
          child.kill('SIGTERM');
        }
      }, 50);
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      child.on('error', reject);
      child.on('exit', (c) => (clearInterval(poll), clearTimeout(timer), resolve(c)));
    });
    expect(stderr).toMatch(/PP001/);
    expect(code).toBe(0);
  });
});

describe('an alias bomb under the alias count', () => {
  it('is PP012 at the alias where it grows too large, in validate and render, within seconds', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parplan-amp-'));
    cpSync(path.join(INVALID, 'alias-amplified.yaml'), path.join(dir, 'amp.yaml'));
    const started = Date.now();
    const validate = await runCli(['validate', 'amp.yaml'], { cwd: dir });
    expect(validate.code).toBe(1);
    expect(validate.stdout).toMatch(/amp\.yaml:3:685: lỗi PP012/);
    const render = await runCli(['render', 'amp.yaml'], { cwd: dir });
    expect(render.code).toBe(1);
    expect(render.stderr).toMatch(/amp\.yaml:3:685: lỗi PP012/);
    expect(render.stderr).not.toMatch(/Invalid string length|PP302/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

describe.skipIf(process.platform !== 'linux')('batch --jobs 1000', () => {
  /** Runs a batch and samples its thread count (/proc/<pid>/task) and memory while it runs. */
  async function observe(dir: string, jobs: string): Promise<{ code: number | null; threads: number; rssMb: number }> {
    const child = spawn(process.execPath, [BIN, 'batch', 'units.yaml', '-o', `out-${jobs}`, '-q', '--jobs', jobs], { cwd: dir, env: { ...process.env, NO_COLOR: '1' }, stdio: 'ignore' });
    let threads = 0;
    let rssMb = 0;
    const sample = () => {
      try {
        threads = Math.max(threads, readdirSync(`/proc/${child.pid}/task`).length);
        const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (rss) rssMb = Math.max(rssMb, Number(rss[1]) / 1024);
      } catch {
        // The process has just ended.
      }
    };
    const timer = setInterval(sample, 15);
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    clearInterval(timer);
    return { code, threads, rssMb };
  }

  it('starts no more worker threads than there are cores (capThreads), and says so in the help', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parplan-jobs-'));
    cpSync(path.join(import.meta.dirname, '..', 'fixtures', 'base-plan.yaml'), path.join(dir, 'base.yaml'));
    const units = Array.from({ length: 24 }, (_, i) => `  - co_quan_ban_hanh: { ten: SỞ SỐ ${i}, ten_day_du: Sở số ${i}, viet_tat: SNV }`);
    writeFileSync(path.join(dir, 'units.yaml'), `ke_hoach: base.yaml\ndon_vi:\n${units.join('\n')}\n`);
    // One worker thread (24 units are more than run in-process) against 1000 asked: each worker is one
    // more thread of the process, so without the cap the second would have about a thousand.
    const one = await observe(dir, '1');
    const many = await observe(dir, '1000');
    expect(one.code).toBe(0);
    expect(many.code).toBe(0);
    expect(readdirSync(path.join(dir, 'out-1000')).filter((f) => f.endsWith('.docx'))).toHaveLength(24);
    expect(one.threads).toBeGreaterThan(0);
    expect(many.threads - one.threads).toBeLessThanOrEqual(availableParallelism() - 1 + 2);
    expect(many.rssMb).toBeLessThan(2048);
    const help = await runCli(['batch', '--help']);
    expect(help.stdout.replace(/\s+/g, ' ')).toContain('mặc định và tối đa: số lõi CPU');
  });
});
