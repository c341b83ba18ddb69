// Nothing hangs (issue 9), through the real CLI: a FIFO named as a plan is refused without being
// opened by render, validate, batch and render --watch (which still stops on SIGTERM); an alias
// bomb that stays under the alias count is stopped by its expanded size, in validate and render alike.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
