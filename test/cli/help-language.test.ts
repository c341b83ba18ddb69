// Everything --help and a usage error show is in the user's language: Vietnamese by default, English
// under --lang en, including commander's own words (Usage, Options, choices, default, its errors)
// and every subcommand's help. Option and command names are identifiers (the naming rule in
// src/cli/ui-text.ts) and are not counted as words.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { loadCommands } from '../../src/cli/commands/index.js';
import { Command } from 'commander';
import type { Io } from '../../src/cli/io.js';
import { keysHelpTip } from '../../src/cli/commands/init.js';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), isTTY: false, env: {}, cwd: process.cwd() };
  const code = await main(args, io);
  return { code, out, err };
}

/** The subcommands, as the program registers them (a new command is checked without editing this). */
async function subcommands(): Promise<string[]> {
  const program = new Command();
  const ctx = { io: { stdout: () => undefined, stderr: () => undefined, isTTY: false, env: {}, cwd: '.' }, lang: 'vi' as const, setExitCode: () => undefined };
  for (const register of await loadCommands()) register(program, ctx);
  return [...program.commands.map((c) => c.name()), 'help'];
}

/** Identifiers and names that are the same in both languages. */
const IDENTIFIERS = new Set(['parplan', 'glob', 'yaml', 'yml', 'docx', 'pdf', 'json', 'zip', 'text', 'github', 'sarif', 'vi', 'en', 'libreoffice', 'cpu', 'ctrl', 'schema', 'todo']);

/** The words a text is written in, leaving out option names, paths, field names and quoted examples. */
function words(text: string, commands: readonly string[]): string[] {
  return text
    .replace(/"[^"]*"/g, ' ')
    // Names of Vietnamese things English text names as they are (the document type, the decree).
    .replace(/Kế hoạch|Nghị định|ký hiệu/g, ' ')
    .replace(/(^|\s)-{1,2}[a-z][a-z-]*/g, ' ')
    .replace(/\S*[/.*_]\S*/g, ' ') // paths, globs, file names, field names (plans/**/*.yaml, ke_hoach)
    .replace(/\S+-\S+/g, ' ') // names such as par-index-so, KH-SKHCN, Ctrl-C
    .replace(/\b[A-ZĐ]{2,}\b/g, ' ') // abbreviations: SKHCN, UBND, PDF
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 1 && !IDENTIFIERS.has(w) && !commands.includes(w));
}

const VIETNAMESE_LETTER = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/u;

const commands = await subcommands();

describe('help and usage errors in the user language', () => {

  it('lists every subcommand', () => {
    expect(commands).toEqual(expect.arrayContaining(['help', 'render', 'batch', 'validate', 'schema', 'init', 'presets']));
  });

  it('has no English word in Vietnamese (the default), and no Vietnamese in English', async () => {
    const helps: [string[], string][] = [];
    for (const args of [[], ...commands.map((c) => [c]), ['help']]) {
      const vi = await run([...args, '--help']);
      const en = await run(['--lang', 'en', ...args, '--help']);
      expect(vi.code, args.join(' ')).toBe(0);
      helps.push([args, vi.out]);
      // The English help's words are the vocabulary that must not show in the Vietnamese one.
      const english = new Set(words(en.out, commands).filter((w) => !VIETNAMESE_LETTER.test(w)));
      const leaked = words(vi.out, commands).filter((w) => english.has(w) && !VIETNAMESE_LETTER.test(w) && !VIETNAMESE_ONLY_ASCII.has(w));
      expect(leaked, `parplan ${args.join(' ')} --help:\n${vi.out}`).toEqual([]);
      expect(vi.out).toMatch(/^Cách dùng: parplan/);
      expect(en.out).toMatch(/^Usage: parplan/);
      const vietnamese = words(en.out, commands).filter((w) => VIETNAMESE_LETTER.test(w));
      expect(vietnamese, `parplan --lang en ${args.join(' ')} --help:\n${en.out}`).toEqual([]);
      // A placeholder is bracketed once: "<tệp>", not "<<tệp>>" (check's -o was).
      expect(`${vi.out}\n${en.out}`, args.join(' ')).not.toMatch(/<<|>>/);
    }
    // And the words commander adds by itself.
    const all = helps.map(([, out]) => out).join('\n').replace(/\s+/g, ' ');
    expect(all).not.toMatch(/Usage|Options|Arguments|Commands|display help|choices|default:/);
    expect(all).toContain('(chọn một trong: text, json, github, sarif; mặc định: text)');
  });

  it('words commander usage errors in Vietnamese, or English under --lang en', async () => {
    const bad = await run(['validate', '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("lỗi: tùy chọn '-f, --format <định-dạng>' không nhận giá trị 'xml'. Các giá trị được dùng: text, json, github, sarif.");
    expect(bad.err).toContain('(Xem hướng dẫn: thêm --help vào lệnh)');
    expect((await run(['--lang', 'en', 'validate', '--format', 'xml'])).err).toContain("error: option '-f, --format <format>' argument 'xml' is invalid.");
    expect((await run(['render', '--outptu', 'x'])).err).toMatch(/^lỗi: không có tùy chọn '--outptu'\n\(Có phải là --output\?\)/);
    expect((await run(['rendr'])).err).toMatch(/^lỗi: không có lệnh 'rendr'\n\(Có phải là render\?\)/);
    expect((await run(['check'])).err).toMatch(/^lỗi: thiếu tham số bắt buộc 'tệp'/);
    // init's plan file is optional (init --config writes a config instead), so its own message asks for it.
    expect((await run(['init'])).err).toMatch(/^Cần tên tệp kế hoạch mới/);
    expect((await run(['batch', '-j'])).err).toMatch(/^lỗi: tùy chọn '-j, --jobs <số>' cần một giá trị/);
    expect((await run(['schema', 'x'])).err).toMatch(/^lỗi: lệnh 'schema' nhận 0 tham số, nhưng được ghi 1\./);
  });

  it("words the prompt library's key hints", () => {
    const keys: [string, string][] = [
      ['↑↓', 'navigate'],
      ['⏎', 'select'],
    ];
    expect(keysHelpTip('vi')(keys)).toBe('↑↓ di chuyển • ⏎ chọn');
    expect(keysHelpTip('en')(keys)).toBe('↑↓ navigate • ⏎ select');
  });

  it('keeps the option names of earlier versions as aliases', async () => {
    const help = (await run(['init', '--help'])).out;
    expect(help).toContain('--abbreviation <viết-tắt>');
    expect(help).toContain('--year <năm>');
    expect(help).not.toContain('--viet-tat');
  });
});

/** Vietnamese words written without marks that are also English words. */
const VIETNAMESE_ONLY_ASCII = new Set<string>(['in']);
