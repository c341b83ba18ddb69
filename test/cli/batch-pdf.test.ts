// --pdf: ONE LibreOffice run for the whole batch (a run per file is 7–9 times slower), with a
// private profile; PDFs beside the documents; their page counts in the manifest. A stand-in soffice
// logs each invocation, then hands over to the real one.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeWithTools } from '../support/external-tools.js';
import { PLANS_DIR } from '../support/render-plan.js';
import { BIN, runCli } from '../support/run-cli.js';

const UNITS_DIR = path.join(PLANS_DIR, 'units');

/** A folder with the Lào Cai units and a logging soffice in front of the real one. */
function setUp(realSoffice: string): { dir: string; log: string; env: Record<string, string> } {
  const dir = mkdtempSync(path.join(tmpdir(), 'parplan-pdf-'));
  cpSync(UNITS_DIR, dir, { recursive: true });
  const log = path.join(dir, 'soffice-runs.log');
  const fake = path.join(dir, 'soffice');
  writeFileSync(fake, `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${realSoffice}' "$@"\n`);
  chmodSync(fake, 0o755);
  return { dir, log, env: { PARPLAN_SOFFICE: fake } };
}

const runs = (log: string) => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) : []);

describeWithTools(['soffice'], 'parplan batch --pdf', (tools) => {
  it('converts the 16 documents in one soffice run, with a private profile, and records their pages', async () => {
    const { dir, log, env } = setUp(tools.soffice);
    const r = await runCli(['batch', 'cac-so-lao-cai-2022.yaml', '-o', 'out', '--pdf', '-q'], { cwd: dir, env });
    expect(r.code, r.stderr).toBe(0);
    const invocations = runs(log);
    expect(invocations).toHaveLength(1);
    expect(invocations[0]).toMatch(/-env:UserInstallation=file:\/\/\S+ --headless/);
    expect(invocations[0]).toContain('--convert-to pdf');
    expect(invocations[0]!.match(/\b\d+\.docx\b/g)).toHaveLength(16);

    const out = path.join(dir, 'out');
    const files = readdirSync(out);
    expect(files.filter((f) => f.endsWith('.pdf'))).toHaveLength(16);
    expect(files.filter((f) => f.startsWith('.parplan-pdf'))).toEqual([]);
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    for (const item of manifest.items) {
      expect(item.pdf).toBe(item.file.replace(/\.docx$/, '.pdf'));
      expect(item.pages).toBeGreaterThan(1);
      const pdfinfo = spawnSync('pdfinfo', [path.join(out, item.pdf)], { encoding: 'utf8' });
      if (pdfinfo.status === 0) expect(Number(/^Pages:\s+(\d+)/m.exec(pdfinfo.stdout)![1])).toBe(item.pages);
    }
    expect(readFileSync(path.join(out, 'manifest.csv'), 'utf8').split('\r\n')[0]).toBe('\uFEFFunit,file,status,message,sha256,pdf,pages');
  });

  it('works on render too: a plan and a units file, all in the same single run', async () => {
    const { dir, log, env } = setUp(tools.soffice);
    const r = await runCli(['render', 'ke-hoach-par-index-2022-so.yaml', 'cac-so-lao-cai-2022.yaml', '--pdf', '-q'], { cwd: dir, env });
    expect(r.code, r.stderr).toBe(0);
    expect(runs(log)).toHaveLength(1);
    expect(existsSync(path.join(dir, 'ke-hoach-par-index-2022-so.pdf'))).toBe(true);
    expect(readdirSync(path.join(dir, 'cac-so-lao-cai-2022')).filter((f) => f.endsWith('.pdf'))).toHaveLength(16);
  });

  // A SIGTERM that lands while soffice writes once left the staging folder now and then: the plain
  // removal of temporary files ran before soffice was killed, and threw. Now soffice's process group
  // is killed and waited for before its staging folder is removed (src/pdf/convert-to-pdf.ts).
  it('killed while LibreOffice converts, leaves no PDF half-written, no staging folder and no soffice running', async () => {
    const { dir, env } = setUp(tools.soffice);
    const child = spawn(process.execPath, [BIN, 'batch', 'cac-so-lao-cai-2022.yaml', '-o', 'out', '--pdf'], { cwd: dir, env: { ...process.env, ...env }, stdio: 'ignore' });
    const out = path.join(dir, 'out');
    const staging = () => (existsSync(out) ? readdirSync(out).filter((f) => f.startsWith('.parplan-pdf.parplan-tmp-')) : []);
    await new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => {
        // Wait until soffice has written a PDF into the staging folder, then stop everything.
        const folder = staging()[0];
        if (folder && existsSync(path.join(out, folder, 'out')) && readdirSync(path.join(out, folder, 'out')).length > 0) {
          clearInterval(poll);
          child.kill('SIGTERM');
        }
      }, 20);
      child.on('exit', () => (clearInterval(poll), resolve()));
      child.on('error', reject);
    });
    expect(staging()).toEqual([]);
    expect(readdirSync(out).filter((f) => f.endsWith('.pdf'))).toEqual([]);
    await new Promise((r) => setTimeout(r, 500));
    const ps = spawnSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
    expect(ps.stdout.split('\n').filter((l) => l.includes(dir) && /soffice|oosplash/.test(l))).toEqual([]);
  });
});
