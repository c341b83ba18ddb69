// --pdf when LibreOffice misbehaves (issue 9): one that never returns is stopped after --pdf-timeout
// (its child too) and every document without its PDF is PP404 by name; one that writes a PDF cut
// short never replaces an older PDF. `render --pdf` reports both (it used to exit 1 saying nothing).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const PLAN = path.join(import.meta.dirname, '..', 'fixtures', 'base-plan.yaml');
const SOFFICE = path.join(import.meta.dirname, '..', 'fixtures', 'hostile-soffice');

function workdir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'parplan-pdf-fail-'));
  cpSync(PLAN, path.join(dir, 'plan.yaml'));
  return dir;
}

const sleepers = () => execFileSync('ps', ['-eo', 'args']).toString().split('\n').filter((l) => l.includes('sleep 3600')).length;

describe.skipIf(process.platform === 'win32')('--pdf with a LibreOffice that misbehaves', () => {
  it('stops one that never returns after --pdf-timeout, kills its children, reports PP404 naming the file', async () => {
    const dir = workdir();
    const before = sleepers();
    const started = Date.now();
    const run = await runCli(['render', 'plan.yaml', '-o', 'out', '--pdf', '--pdf-timeout', '2'], { cwd: dir, env: { PARPLAN_SOFFICE: path.join(SOFFICE, 'hang.sh') } });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/PP404.*LibreOffice không chuyển được out\/plan\.docx sang PDF: soffice timeout \(2 s\)/);
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['plan.docx']);
    expect(sleepers()).toBe(before);
  });

  it('never moves a PDF cut short over an older one', async () => {
    const dir = workdir();
    const run0 = await runCli(['render', 'plan.yaml', '-o', 'out'], { cwd: dir });
    expect(run0.code).toBe(0);
    writeFileSync(path.join(dir, 'out', 'plan.pdf'), 'the older PDF');
    const run = await runCli(['--lang', 'en', 'render', 'plan.yaml', '-o', 'out', '--pdf'], { cwd: dir, env: { PARPLAN_SOFFICE: path.join(SOFFICE, 'truncated.sh') } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/PP404.*out\/plan\.docx to PDF: incomplete PDF/);
    expect(readFileSync(path.join(dir, 'out', 'plan.pdf'), 'utf8')).toBe('the older PDF');
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['plan.docx', 'plan.pdf']);
  });

  it('refuses a --pdf-timeout that is not a number of seconds (exit 2)', async () => {
    const run = await runCli(['render', 'plan.yaml', '--pdf', '--pdf-timeout', 'soon'], { cwd: workdir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--pdf-timeout/);
  });
});
