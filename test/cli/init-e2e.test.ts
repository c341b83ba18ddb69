// The real CLI (node bin/parplan.js, built by `npm run build`): every preset initialises without a
// terminal, validates and renders to a .docx with the decree's basics; `presets` lists them; the
// questions work on a real terminal (a pseudo-terminal made by `script`, from util-linux).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadPlanFile } from '../../src/pipeline/load-plan.js';
import { listPresets } from '../../src/presets/registry.js';
import { docxParagraphs } from '../support/docx-text.js';
import { part, readParts } from '../support/docx-xml.js';
import { BIN, runCli } from '../support/run-cli.js';

const UNIT: Record<string, string[]> = {
  so: ['--unit', 'Sở Khoa học và Công nghệ', '--viet-tat', 'SKHCN'],
  huyen: ['--unit', 'UBND huyện Bảo Thắng'],
  tinh: ['--unit', 'Ủy ban nhân dân tỉnh Lào Cai'],
};

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'parplan-init-e2e-'));
});

/** The decree's basics (shared/ND30.md §1, §2): A4, Times New Roman, the header's parts, page numbers
 * in the header but not on the first page. */
function expectNd30Basics(docx: Uint8Array, header: { issuer: string; kyHieu: string; title: string }) {
  const parts = readParts(docx);
  const document = part(parts, 'word/document.xml');
  expect(document).toContain('w:w="11906" w:h="16838"');
  expect(part(parts, 'word/styles.xml')).toContain('w:ascii="Times New Roman"');
  expect(document).not.toMatch(/w:ascii="(?!Times New Roman")/);
  expect(document).toContain('<w:titlePg/>');
  const headers = Object.keys(parts).filter((p) => /^word\/header\d+\.xml$/.test(p));
  expect(headers.some((h) => parts[h]!.includes('PAGE'))).toBe(true);
  const text = docxParagraphs(docx);
  for (const line of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', header.issuer, 'KẾ HOẠCH', 'Nơi nhận:']) expect(text).toContain(line);
  expect(text.find((p) => p.startsWith('Số:'))).toMatch(new RegExp(`^Số:\\s+/${header.kyHieu}$`));
  expect(text.find((p) => / năm 2024$/.test(p) && p.includes('ngày'))).toBeDefined();
  expect(text.join(' ')).toContain(header.title);
}

describe('parplan init → render, every preset, without a terminal', () => {
  it.each(listPresets().map((p) => [p.name, p.level] as const))('%s', async (name, level) => {
    const init = await runCli(['init', 'plan.yaml', '--preset', name, ...UNIT[level]!, '--nam', '2024'], { cwd: dir });
    expect(init.stderr).toContain('Đã tạo plan.yaml');
    expect(init.code).toBe(0);
    expect(init.stdout).toBe('');

    const loaded = await loadPlanFile(path.join(dir, 'plan.yaml'));
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);

    const render = await runCli(['render', 'plan.yaml'], { cwd: dir });
    expect(render.code).toBe(0);
    expect(render.stderr).toContain('PP290');
    expect(render.stderr).toContain('Đã tạo plan.docx từ plan.yaml');
    const docx = new Uint8Array(readFileSync(path.join(dir, 'plan.docx')));
    expectNd30Basics(docx, {
      issuer: level === 'so' ? 'SỞ KHOA HỌC VÀ CÔNG NGHỆ' : 'ỦY BAN NHÂN DÂN',
      kyHieu: level === 'so' ? 'KH-SKHCN' : 'KH-UBND',
      title: 'năm 2024',
    });
  });
});

describe('parplan presets', () => {
  it('lists the presets as JSON on stdout', async () => {
    const r = await runCli(['presets', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(listPresets().map((p) => ({ name: p.name, description: p.description })));
  });

  it('lists them as text by default, and refuses an unknown format (2)', async () => {
    const r = await runCli(['presets'], { cwd: dir });
    expect(r.code).toBe(0);
    for (const p of listPresets()) expect(r.stdout).toContain(p.name);
    expect((await runCli(['presets', '--format', 'xml'], { cwd: dir })).code).toBe(2);
  });
});

describe('a presets folder of ones own (the config’s presets)', () => {
  it('lists the presets that are presets; a file copied and renamed without its ten is PP708 at that line, exit 1', async () => {
    const shipped = path.join(path.dirname(BIN), '..', 'templates', 'presets', 'par-index-so.yaml');
    const text = readFileSync(shipped, 'utf8');
    mkdirSync(path.join(dir, 'mau'));
    writeFileSync(path.join(dir, 'mau', 'so-rieng.yaml'), text.replace(/^ten: par-index-so$/m, 'ten: so-rieng'));
    writeFileSync(path.join(dir, 'mau', 'ban-sao.yaml'), text);
    writeFileSync(path.join(dir, 'parplan.config.yaml'), 'presets: mau\n');
    const r = await runCli(['presets'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('so-rieng');
    expect(r.stdout).not.toContain('par-index-so');
    const line = text.split('\n').findIndex((l) => l === 'ten: par-index-so') + 1;
    expect(r.stderr).toContain(`${path.join('mau', 'ban-sao.yaml')}:${line}:6: lỗi PP708 [ten]`);
    expect(r.stderr).toContain("trường ten là 'par-index-so' mà tên tệp là 'ban-sao'");
    expect(r.stderr).not.toMatch(/không mong đợi|at .*\.js:\d+/);
    const init = await runCli(['init', 'k.yaml', '--preset', 'so-rieng', '--unit', 'Sở Tư pháp'], { cwd: dir });
    expect(init.code).toBe(0);
    expect(existsSync(path.join(dir, 'k.yaml'))).toBe(true);
  });

  it('a preset of the folder that makes an invalid plan is said so, with the plan’s errors, and nothing is written (exit 1)', async () => {
    const shipped = path.join(path.dirname(BIN), '..', 'templates', 'presets', 'par-index-so.yaml');
    mkdirSync(path.join(dir, 'mau'));
    const text = readFileSync(shipped, 'utf8').replace(/^ten: par-index-so$/m, 'ten: hong').replace(/^ke_hoach:\n/m, 'ke_hoach:\n  truong_la: 1\n');
    writeFileSync(path.join(dir, 'mau', 'hong.yaml'), text);
    writeFileSync(path.join(dir, 'parplan.config.yaml'), 'presets: mau\n');
    const r = await runCli(['init', 'k.yaml', '--preset', 'hong', '--unit', 'Sở Tư pháp'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/k\.yaml:\d+:1: lỗi PP101 \[truong_la\]/);
    expect(r.stderr).toContain(`Mẫu kế hoạch "hong" (${path.join('mau', 'hong.yaml')}) tạo ra kế hoạch có lỗi`);
    expect(r.stderr).not.toContain('không mong đợi');
    expect(existsSync(path.join(dir, 'k.yaml'))).toBe(false);
  });

  it('a folder with no usable preset is said so by init (2), not an empty list to choose from', async () => {
    mkdirSync(path.join(dir, 'mau'));
    writeFileSync(path.join(dir, 'mau', 'ghi-chu.yaml'), 'ten: khac\n');
    writeFileSync(path.join(dir, 'parplan.config.yaml'), 'presets: mau\n');
    const r = await runCli(['init', 'k.yaml', '--preset', 'khac', '--unit', 'Sở Tư pháp'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('PP708');
    expect(r.stderr).toContain('Thư mục mẫu kế hoạch mau (khóa presets của cấu hình) không có mẫu nào dùng được');
  });
});

describe('parplan init, usage', () => {
  it('without a terminal, a missing --preset is a usage error (2) and nothing is asked or written', async () => {
    const r = await runCli(['init', 'plan.yaml', '--unit', 'Sở Nội vụ'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Thiếu --preset');
    expect(r.stderr).not.toContain('Chọn mẫu');
    expect(existsSync(path.join(dir, 'plan.yaml'))).toBe(false);
  });

  it('never overwrites without --force', async () => {
    writeFileSync(path.join(dir, 'plan.yaml'), 'keep me\n');
    const args = ['init', 'plan.yaml', '--preset', 'par-index-so', '--unit', 'Sở Nội vụ'];
    const refused = await runCli(args, { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(path.join(dir, 'plan.yaml'), 'utf8')).toBe('keep me\n');
    expect((await runCli([...args, '--force'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(path.join(dir, 'plan.yaml'), 'utf8')).toContain('SỞ NỘI VỤ');
  });
});

/** The CLI on a pseudo-terminal: `script -qfec <command> /dev/null` gives it a terminal for stdin and
 * stderr, and passes our keystrokes on. `expect(text)` waits until the screen shows `text`. */
function onTerminal(args: string[], cwd: string) {
  const command = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd, env: { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8', TERM: 'xterm', COLUMNS: '200' } });
  let screen = '';
  child.stdout.on('data', (d: Buffer) => (screen += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    exited,
    screen: () => screen,
    async waitFor(text: string, timeoutMs = 15_000) {
      const start = Date.now();
      while (!screen.includes(text)) {
        if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${JSON.stringify(text)}; screen:\n${screen}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    type: (keys: string) => child.stdin.write(keys),
  };
}

describe.skipIf(process.platform === 'win32')('parplan init on a terminal', () => {
  it('asks for the preset, the unit, the abbreviation and the year, then writes the plan', async () => {
    const term = onTerminal(['init', 'plan.yaml'], dir);
    await term.waitFor('Chọn mẫu kế hoạch');
    const names = listPresets().map((p) => p.name);
    term.type('\x1b[B'.repeat(names.indexOf('par-index-so')) + '\r');
    await term.waitFor('Tên cơ quan ban hành');
    term.type('Sở Khoa học và Công nghệ\r');
    await term.waitFor('Chữ viết tắt');
    await term.waitFor('SKHCN'); // suggested
    term.type('\r');
    await term.waitFor('Năm kế hoạch');
    term.type('2024\r');
    expect(await term.exited).toBe(0);
    expect(term.screen()).toContain('Đã tạo plan.yaml từ mẫu par-index-so');
    const text = readFileSync(path.join(dir, 'plan.yaml'), 'utf8');
    expect(text).toContain('ten: SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(text).toContain('ky_hieu: KH-SKHCN');
    expect(text).toContain('năm 2024');
  });

  it('asks only what was not given, and Ctrl-C cancels without writing (2)', async () => {
    const term = onTerminal(['init', 'plan.yaml', '--preset', 'ddci-so', '--unit', 'Sở Công Thương'], dir);
    await term.waitFor('Chữ viết tắt');
    expect(term.screen()).not.toContain('Chọn mẫu');
    expect(term.screen()).not.toContain('Tên cơ quan');
    term.type('\x03');
    expect(await term.exited).toBe(2);
    expect(term.screen()).toContain('Đã hủy: chưa tạo tệp nào.');
    expect(existsSync(path.join(dir, 'plan.yaml'))).toBe(false);
  });
});
