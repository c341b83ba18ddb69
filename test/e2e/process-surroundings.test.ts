// What is around the process, as a shell leaves it. `parplan validate … | head` closes the pipe
// while parplan still writes: parplan must stop writing quietly and end with the exit code of its
// work, never with Node's "Unhandled 'error' event … EPIPE" and a stack trace (seen on validate of
// 1,000 plans piped to head). A folder removed under the terminal made process.cwd() throw.
import { spawnSync } from 'node:child_process';
import { copyFileSync, writeFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'parplan.js');

/** `parplan <args> | head -c 100` in bash, as a clerk or a CI script writes it: parplan's exit code
 * (PIPESTATUS) and what it wrote to stderr. */
function runIntoHead(args: string[], cwd: string): { code: number; stderr: string } {
  const command = `${[process.execPath, BIN, ...args].map((a) => `'${a}'`).join(' ')} | head -c 100 > /dev/null; echo "exit=\${PIPESTATUS[0]}" >&2`;
  const run = spawnSync('bash', ['-c', command], { cwd, env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8' });
  const code = /exit=(\d+)/.exec(run.stderr);
  return { code: Number(code?.[1] ?? -1), stderr: run.stderr };
}

describe('a closed standard output', () => {
  it('validate piped to a reader that stops: no EPIPE, no stack trace, the exit code of the check', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parplan-pipe-'));
    mkdirSync(path.join(dir, 'plans'));
    // 80 copies of the largest example, 4 warnings each: ~300 KB of JSON, far past a pipe's buffer.
    for (let i = 0; i < 80; i++) copyFileSync(path.join(ROOT, 'plans', 'so-tnmt-lang-son-2020-ddci.yaml'), path.join(dir, 'plans', `p${i}.yaml`));
    for (const format of ['json', 'text']) {
      const run = runIntoHead(['validate', 'plans', '--format', format], dir);
      expect(run.stderr, format).not.toMatch(/EPIPE|Unhandled|node:events|\n\s+at /);
      // Warnings only: the check itself succeeds.
      expect(run.code, format).toBe(0);
    }
  });

  it('a full disk under the output: exit 2 and a line saying the output was cut, no stack trace', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parplan-full-'));
    copyFileSync(path.join(ROOT, 'plans', 'so-tnmt-lang-son-2020-ddci.yaml'), path.join(dir, 'plan.yaml'));
    // /dev/full answers every write with ENOSPC.
    const command = `'${process.execPath}' '${BIN}' validate plan.yaml --format json > /dev/full`;
    const run = spawnSync('bash', ['-c', command], { cwd: dir, env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('parplan: không ghi hết được kết quả ra stdout: ENOSPC');
    expect(run.stderr).not.toMatch(/Unhandled|node:events|\n\s+at /);
    // In the config's language, not only --lang's.
    writeFileSync(path.join(dir, 'parplan.config.yaml'), 'lang: en\n');
    const english = spawnSync('bash', ['-c', command], { cwd: dir, env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8' });
    expect(english.status).toBe(2);
    expect(english.stderr).toContain('parplan: could not write all of the output to stdout: ENOSPC');
  });
});

describe('a current folder that no longer exists', () => {
  it('says so in one line, exit 2, no stack trace', () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'parplan-gone-'));
    const command = `mkdir gone && cd gone && rmdir ../gone && '${process.execPath}' '${BIN}' validate`;
    const run = spawnSync('bash', ['-c', command], { cwd: parent, env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('parplan: không đọc được thư mục hiện tại (ENOENT): có thể thư mục đã bị xoá hoặc đổi tên. Hãy chuyển sang một thư mục có thật rồi chạy lại.\n');
  });
});
