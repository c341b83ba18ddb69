// `parplan init` in-process: what it asks and when, usage errors, never overwriting without --force.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { runInit, type Asker } from '../../src/cli/commands/init.js';
import { buildPlanYaml } from '../../src/presets/build-plan.js';
import { findPreset } from '../../src/presets/registry.js';

const NOW = new Date(2024, 4, 2); // 2 May 2024

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'parplan-init-'));
});

function makeIo(tty: boolean) {
  const out = { stdout: '', stderr: '' };
  const io: Io = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    isTTY: false,
    env: {},
    cwd: dir,
    stdinIsTTY: tty,
    now: () => NOW,
  };
  return { io, out };
}

/** Answers questions from a script, and records what was asked (after checking the answer is valid). */
function scriptedAsker(answers: string[]): Asker & { asked: string[] } {
  const asked: string[] = [];
  const next = (message: string) => {
    asked.push(message);
    const answer = answers.shift();
    if (answer === undefined) throw new Error(`unexpected question: ${message}`);
    return answer;
  };
  return {
    asked,
    select: async (config) => next(config.message),
    input: async (config) => {
      const answer = next(config.message) || config.default || '';
      expect(config.validate(answer)).toBe(true);
      return answer;
    },
  };
}

const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');

describe('parplan init, without a terminal', () => {
  it('writes the plan the preset makes, with the options given', async () => {
    const { io, out } = makeIo(false);
    const code = await main(['init', 'ke-hoach.yaml', '--preset', 'par-index-so', '--unit', 'Sở Khoa học và Công nghệ', '--abbreviation', 'SKHCN', '--year', '2024'], io);
    expect(code).toBe(0);
    const expected = buildPlanYaml(
      { preset: findPreset('par-index-so')!, unit: 'Sở Khoa học và Công nghệ', abbreviation: 'SKHCN', year: 2024 },
      { planFile: path.join(dir, 'ke-hoach.yaml'), today: NOW, schemaFile: path.join(dir, 'plan.schema.json') },
    );
    expect(read('ke-hoach.yaml')).toBe(expected);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/^Đã tạo ke-hoach\.yaml từ mẫu par-index-so: còn \d+ chỗ TODO cần điền\. Điền xong, chạy: parplan render ke-hoach\.yaml\n$/);
  });

  it('derives the abbreviation and takes this year when they are not given; upper-cases a typed abbreviation', async () => {
    const { io } = makeIo(false);
    expect(await main(['init', 'a.yaml', '--preset', 'ddci-so', '--unit', 'Sở Tài nguyên và Môi trường'], io)).toBe(0);
    expect(read('a.yaml')).toContain('ky_hieu: KH-STNMT');
    expect(read('a.yaml')).toContain('nam: 2024');
    expect(read('a.yaml')).toContain('ngay_ban_hanh: "2024-05"');
    expect(await main(['init', 'b.yaml', '--preset', 'par-index-huyen', '--unit', 'UBND huyện Bảo Thắng', '--viet-tat', 'ubnd'], io)).toBe(0);
    expect(read('b.yaml')).toContain('ky_hieu: KH-UBND');
  });

  it.each([
    [['--unit', 'Sở Nội vụ'], '--preset'],
    [['--preset', 'par-index-so'], '--unit'],
  ])('is a usage error (2) when a required option is missing: %j', async (args, missing) => {
    const { io, out } = makeIo(false);
    expect(await main(['init', 'plan.yaml', ...args], io)).toBe(2);
    expect(out.stderr).toContain(`Thiếu ${missing}`);
    expect(out.stderr).toContain('par-index-so');
    expect(existsSync(path.join(dir, 'plan.yaml'))).toBe(false);
  });

  it.each([
    [['--preset', 'pci'], 'Không có mẫu "pci"'],
    [['--preset', 'par-index-so', '--unit', ' '], 'Hãy nhập tên cơ quan ban hành.'],
    [['--preset', 'par-index-so', '--unit', 'Sở Nội vụ', '--viet-tat', 'S NV'], 'Chữ viết tắt gồm 1 đến 12'],
    [['--preset', 'par-index-so', '--unit', 'Sở Nội vụ', '--nam', '24'], 'Năm phải là số có 4 chữ số'],
    [['--preset', 'par-index-so', '--unit', 'Ban quản lý các khu công nghiệp và khu kinh tế cửa khẩu tỉnh'], 'thêm --abbreviation'],
  ])('is a usage error (2) for a bad option: %j', async (args, message) => {
    const { io, out } = makeIo(false);
    expect(await main(['init', 'plan.yaml', ...args], io)).toBe(2);
    expect(out.stderr).toContain(message);
    expect(existsSync(path.join(dir, 'plan.yaml'))).toBe(false);
  });

  it('never overwrites an existing file without --force (exit 2), and does with it', async () => {
    writeFileSync(path.join(dir, 'plan.yaml'), 'my work\n');
    const { io, out } = makeIo(false);
    const args = ['init', 'plan.yaml', '--preset', 'sipas-tinh', '--unit', 'UBND tỉnh Lào Cai', '--nam', '2024'];
    expect(await main(args, io)).toBe(2);
    expect(out.stderr).toContain('Tệp plan.yaml đã có: parplan không ghi đè. Thêm --force');
    expect(read('plan.yaml')).toBe('my work\n');
    expect(await main([...args, '--force'], io)).toBe(0);
    expect(read('plan.yaml')).toContain('trich_yeu: Nâng cao Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) của tỉnh Lào Cai năm 2024');
  });

  it('creates missing folders, and speaks English with --lang en', async () => {
    const { io, out } = makeIo(false);
    expect(await main(['--lang', 'en', 'init', 'plans/2024/so.yaml', '--preset', 'par-index-so', '--unit', 'Sở Nội vụ'], io)).toBe(0);
    // Outside parplan's folder the schema is copied beside the plan: the line survives a move.
    expect(read('plans/2024/so.yaml').split('\n')[0]).toBe('# yaml-language-server: $schema=./plan.schema.json');
    expect(JSON.parse(read('plans/2024/plan.schema.json')).title).toBe('Kế hoạch (parplan)');
    expect(out.stderr).toContain('Created plans/2024/so.yaml from the preset par-index-so');
  });

  it('quotes the file name in its closing hint, so that it can be pasted', async () => {
    const { io, out } = makeIo(false);
    expect(await main(['init', 'Kế hoạch mới 2025.yaml', '--preset', 'par-index-so', '--unit', 'Sở Nội vụ'], io)).toBe(0);
    expect(out.stderr).toContain('chạy: parplan render "Kế hoạch mới 2025.yaml"');
  });
});

describe('parplan init, on a terminal', () => {
  const init = (options: Parameters<typeof runInit>[1], asker: Asker) => runInit('plan.yaml', options, makeIo(true).io, asker);

  it('asks for the preset, the unit, the abbreviation and the year when none is given', async () => {
    const asker = scriptedAsker(['par-index-huyen', 'UBND huyện Bát Xát', '', '2025']);
    expect(await init({ lang: 'vi' }, asker)).toBe(0);
    expect(asker.asked).toEqual(['Chọn mẫu kế hoạch', 'Tên cơ quan ban hành (ví dụ: Ủy ban nhân dân huyện Bảo Thắng)', 'Chữ viết tắt tên cơ quan, dùng trong ký hiệu KH-…', 'Năm kế hoạch']);
    const text = read('plan.yaml');
    expect(text).toContain('- HUYỆN BÁT XÁT');
    expect(text).toContain('ky_hieu: KH-UBND'); // the suggested abbreviation, accepted with Enter
    expect(text).toContain('nam: 2025');
  });

  it('asks only for what was not given', async () => {
    const asker = scriptedAsker(['skhcn']);
    expect(await init({ lang: 'vi', preset: 'par-index-so', unit: 'Sở Khoa học và Công nghệ', nam: '2024' }, asker)).toBe(0);
    expect(asker.asked).toEqual(['Chữ viết tắt tên cơ quan, dùng trong ký hiệu KH-…']);
    expect(read('plan.yaml')).toContain('ky_hieu: KH-SKHCN');

    const none = scriptedAsker([]);
    expect(await runInit('b.yaml', { lang: 'vi', preset: 'par-index-so', unit: 'Sở Nội vụ', vietTat: 'SNV', nam: '2024' }, makeIo(true).io, none)).toBe(0);
    expect(none.asked).toEqual([]);
  });

  it('checks the file before asking anything', async () => {
    writeFileSync(path.join(dir, 'plan.yaml'), 'x');
    const asker = scriptedAsker([]);
    expect(await init({ lang: 'vi' }, asker)).toBe(2);
    expect(asker.asked).toEqual([]);
  });

  it('writes nothing when a question is cancelled (Ctrl-C): exit 2', async () => {
    const cancelled = Object.assign(new Error('User force closed the prompt with SIGINT'), { name: 'ExitPromptError' });
    const { io, out } = makeIo(true);
    const asker: Asker = { select: () => Promise.reject(cancelled), input: () => Promise.reject(cancelled) };
    expect(await runInit('plan.yaml', { lang: 'vi' }, io, asker)).toBe(2);
    expect(out.stderr).toBe('Đã hủy: chưa tạo tệp nào.\n');
    expect(existsSync(path.join(dir, 'plan.yaml'))).toBe(false);
  });
});
