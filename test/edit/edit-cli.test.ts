// parplan edit through the real CLI, where no browser is needed: what it says and its exit codes when
// it cannot start, and that Ctrl-C stops it cleanly.
import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, runCli } from '../support/run-cli.js';
import type { Paragraph } from '../../src/docx-read/index.js';
import { readFormatted } from '../support/docx-format.js';
import { examplePlanFiles, REPO_ROOT } from '../support/render-plan.js';

const laoCai = examplePlanFiles().find((f) => f.includes('lao-cai'))!;

/** `parplan edit ke-hoach.yaml --no-open` in `cwd`, once it has printed its address; `stderr()`: what it said so far. */
async function startEdit(cwd: string): Promise<{ child: ReturnType<typeof spawn>; url: string; stderr: () => string }> {
  const child = spawn(process.execPath, [BIN, 'edit', 'ke-hoach.yaml', '--no-open'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString();
      const found = /http:\/\/127\.0\.0\.1:\d+\/\?t=\S+/.exec(stderr);
      if (found) resolve(found[0]);
    });
    child.once('exit', () => reject(new Error(stderr)));
  });
  return { child, url, stderr: () => stderr };
}

describe('parplan edit (CLI)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'parplan-edit-cli-'));
    await writeFile(path.join(dir, 'ke-hoach.yaml'), 'co_quan_ban_hanh:\n  ten: SỞ A\n');
    await writeFile(path.join(dir, 'nhi-phan.yaml'), Buffer.from([0, 1, 2, 3, 0, 0, 255]));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('without a file and off a terminal, says what to type (exit 2)', async () => {
    const r = await runCli(['edit'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('parplan edit ke-hoach-2024.yaml');
  });

  it('refuses a missing file, a bad or busy port, and a file that is not text', async () => {
    const missing = await runCli(['edit', 'khong-co.yaml'], { cwd: dir });
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('parplan init khong-co.yaml')]);
    const badPort = await runCli(['edit', 'ke-hoach.yaml', '--port', 'abc', '--no-open'], { cwd: dir });
    expect([badPort.code, badPort.stderr]).toEqual([2, expect.stringContaining("--port phải là một số từ 1 đến 65535, không phải 'abc'")]);
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      const inUse = await runCli(['edit', 'ke-hoach.yaml', '--port', String(port), '--no-open', '--lang', 'en'], { cwd: dir });
      expect([inUse.code, inUse.stderr]).toEqual([2, expect.stringContaining(`Port ${port} is in use`)]);
    } finally {
      busy.close();
    }
    const binary = await runCli(['edit', 'nhi-phan.yaml', '--no-open'], { cwd: dir });
    expect(binary.code).toBe(1);
    expect(binary.stderr).toMatch(/lỗi PP0(02|14)/);
  });

  it("renders with the config's reference document, as render does (a 13 pt body); a reference it cannot read stops it (exit 2)", async () => {
    const own = await mkdtemp(path.join(tmpdir(), 'parplan-edit-refdoc-'));
    try {
      await copyFile(path.join(REPO_ROOT, 'test/fixtures/reference-doc/mau-13pt.docx'), path.join(own, 'mau.docx'));
      await writeFile(path.join(own, 'parplan.config.yaml'), 'reference_doc: mau.docx\n');
      const plan = await readFile(laoCai, 'utf8');
      await writeFile(path.join(own, 'ke-hoach.yaml'), plan);
      const { child, url } = await startEdit(own);
      try {
        const token = new URL(url).searchParams.get('t')!;
        const res = await fetch(new URL('/api/render', url), { method: 'POST', headers: { 'x-parplan-token': token }, body: plan });
        expect(res.status).toBe(200);
        const read = await readFormatted(new Uint8Array(await res.arrayBuffer()));
        const body = read.body.filter((b): b is Paragraph => b.kind === 'paragraph' && b.styleId === 'Normal' && b.text.length > 40);
        expect(body.length).toBeGreaterThanOrEqual(3);
        for (const p of body) expect(p.markFormat.sizePt).toBe(13);
      } finally {
        const exit = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGINT');
        await exit;
      }
      await writeFile(path.join(own, 'mau.docx'), 'not a docx');
      const bad = await runCli(['edit', 'ke-hoach.yaml', '--no-open'], { cwd: own });
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('PP501');
    } finally {
      await rm(own, { recursive: true, force: true });
    }
  }, 60_000);

  it('has its help in both languages', async () => {
    expect((await runCli(['edit', '--help'])).stdout).toContain('Mở trang soạn kế hoạch trong trình duyệt');
    expect((await runCli(['--lang', 'en', 'edit', '--help'])).stdout).toContain('Open the plan editor in the browser');
  });

  it('prints the address, serves the page there, and stops on Ctrl-C (exit 0)', async () => {
    const { child, url, stderr: said } = await startEdit(dir);
    expect(said()).toContain('Đang soạn ke-hoach.yaml tại địa chỉ');
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>ke-hoach.yaml — soạn kế hoạch (parplan)</title>');
    const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    expect(await exit).toBe(0);
    expect(said()).toContain('Đã dừng trang soạn kế hoạch.');
  });
});
