// What a running batch shows on stderr, through main() in-process: a progress bar on a terminal,
// plain lines when stderr is not a terminal or under CI, no colour under NO_COLOR, nothing but
// problems with --quiet. Nothing goes to stdout.
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

const UNITS = path.join(import.meta.dirname, '..', 'batch', 'fixtures', 'isolation', 'units.yaml');

async function run(env: Record<string, string>, isTTY: boolean, ...extra: string[]) {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY, env, cwd: process.cwd() };
  const out = mkdtempSync(path.join(tmpdir(), 'parplan-progress-'));
  const code = await main(['batch', path.relative(process.cwd(), UNITS), '-o', out, '--jobs', '1', ...extra], io);
  return { code, stdout, stderr };
}

describe('batch progress', () => {
  it('draws a bar with count, rate and time left on a terminal, and no per-file lines', async () => {
    const r = await run({}, true);
    expect(r.code).toBe(1); // one unit of the fixture is bad
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/█+\s*4\/4 \| [\d.]+ tệp\/giây \| còn \S+/);
    expect(r.stderr).not.toMatch(/\[1\/4\] Đã tạo/);
    expect(r.stderr).toContain('4 đơn vị: 3 đã tạo, 1 lỗi.');
  });

  it('prints one plain line per file, in order, under CI or when stderr is not a terminal', async () => {
    for (const [env, tty] of [
      [{ CI: 'true' }, true],
      [{}, false],
    ] as const) {
      const r = await run(env, tty);
      expect(r.stderr).not.toMatch(/█|\u001b\[/);
      const lines = r.stderr.split('\n').filter((l) => /^\[\d\/4\]/.test(l));
      expect(lines.map((l) => l.slice(0, 5))).toEqual(['[1/4]', '[2/4]', '[3/4]', '[4/4]']);
      expect(lines[1]).toMatch(/^\[2\/4\] Lỗi: Sở Hai: .*units\.yaml:9:15 /);
    }
  });

  it('uses no colour under NO_COLOR, even on a terminal', async () => {
    const colour = await run({}, true);
    expect(colour.stderr).toMatch(/\u001b\[3\dm/); // the problems of the bad unit are coloured
    const plain = await run({ NO_COLOR: '1' }, true);
    expect(plain.stderr).not.toMatch(/\u001b\[3\dm/);
  });

  it('shows only problems with --quiet', async () => {
    const r = await run({ NO_COLOR: '1' }, true, '--quiet');
    expect(r.stderr).not.toMatch(/█|Đã tạo|đơn vị: 3 đã tạo/);
    expect(r.stderr).toMatch(/units\.yaml:9:15: lỗi PP102/);
  });
});
