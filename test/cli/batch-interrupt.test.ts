// An interrupted batch (Ctrl-C, kill) leaves no truncated .docx and no temporary file: each file is
// written to a temporary name and renamed (src/output/write-atomic.ts), and the temporary files of
// writes in flight are removed as the process dies (signal-exit). SIGKILL runs no handler: its
// leftovers (`.u12.docx.parplan-tmp-<pid>-<n>`) are removed by the next run that writes into the
// folder. The real CLI, killed in the middle of 300 units.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BIN } from '../support/run-cli.js';

const BASE = path.join(import.meta.dirname, '..', 'batch', 'fixtures', 'positions', 'base.yaml');
const UNITS = 300;

function makeBatch(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'parplan-interrupt-'));
  cpSync(BASE, path.join(dir, 'base.yaml'));
  const lines = ['ke_hoach: base.yaml', 'don_vi:'];
  for (let i = 1; i <= UNITS; i++) lines.push(`  - { tep: u${i}, khan: KHẨN, co_quan_ban_hanh: { ten: SỞ SỐ ${i}, viet_tat: SSO${i} } }`);
  writeFileSync(path.join(dir, 'units.yaml'), lines.join('\n') + '\n');
  return dir;
}

/** Starts a batch, kills it with `signal` once `after` documents exist; resolves when it has died. */
function killMidway(dir: string, signal: NodeJS.Signals, after: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'batch', 'units.yaml', '-o', 'out', '--jobs', '2'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' }, stdio: 'ignore' });
    const out = path.join(dir, 'out');
    const poll = setInterval(() => {
      const made = existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.docx')).length : 0;
      if (made >= after) {
        clearInterval(poll);
        child.kill(signal);
      }
    }, 5);
    child.on('error', reject);
    child.on('exit', (code, sig) => {
      clearInterval(poll);
      resolve({ code, signal: sig });
    });
  });
}

function expectOnlyWholeDocuments(out: string): number {
  const files = readdirSync(out);
  // No temporary file (".u12.docx.parplan-tmp-<pid>-<n>"), no manifest of a run that did not finish.
  expect(files.filter((f) => !/^u\d+\.docx$/.test(f))).toEqual([]);
  for (const f of files) {
    const parts = unzipSync(readFileSync(path.join(out, f)));
    expect(strFromU8(parts['word/document.xml']!).trimEnd().endsWith('</w:document>'), f).toBe(true);
  }
  return files.length;
}

describe('an interrupted batch', () => {
  // Several moments: a signal must end the run wherever it lands, never be lost between two writes.
  for (const [signal, after] of [
    ['SIGTERM', 5],
    ['SIGTERM', 20],
    ['SIGINT', 12],
    ['SIGINT', 40],
  ] as const) {
    it(`killed with ${signal} after ${after} documents leaves only whole documents and no temporary file`, async () => {
      const dir = makeBatch();
      const ended = await killMidway(dir, signal, after);
      expect(ended).toEqual({ code: null, signal });
      const made = expectOnlyWholeDocuments(path.join(dir, 'out'));
      expect(made).toBeGreaterThanOrEqual(after);
      expect(made).toBeLessThan(UNITS); // it really was stopped midway
      expect(readdirSync(dir).sort()).toEqual(['base.yaml', 'out', 'units.yaml']);
    });
  }

  it('killed with SIGKILL leaves whole documents under their names; the next run removes its temporary files', async () => {
    const dir = makeBatch();
    const ended = await killMidway(dir, 'SIGKILL', 10);
    expect(ended).toEqual({ code: null, signal: 'SIGKILL' });
    const out = path.join(dir, 'out');
    const leftovers = readdirSync(out).filter((f) => !f.endsWith('.docx') || f.startsWith('.'));
    expect(leftovers.every((f) => /^\.u\d+\.docx\.parplan-tmp-\d+-\d+$/.test(f)), leftovers.join(' ')).toBe(true);
    for (const f of readdirSync(out).filter((f) => /^u\d+\.docx$/.test(f))) expect(isWhole(path.join(out, f)), f).toBe(true);
    // Another run into the same folder (one unit, so it is quick) sweeps what the killed one left.
    writeFileSync(path.join(dir, 'one.yaml'), 'ke_hoach: base.yaml\ndon_vi:\n  - { tep: u1, co_quan_ban_hanh: { ten: SỞ SỐ 1, viet_tat: SSO1 } }\n');
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, 'batch', 'one.yaml', '-o', 'out', '--quiet'], { cwd: dir, stdio: 'ignore' });
      child.on('error', reject);
      child.on('exit', () => resolve());
    });
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
  });
});

function isWhole(file: string): boolean {
  return strFromU8(unzipSync(readFileSync(file))['word/document.xml']!).trimEnd().endsWith('</w:document>');
}
