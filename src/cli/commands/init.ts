// parplan init <file> [--preset] [--unit] [--abbreviation] [--year] [--force]: a new plan from a preset,
// with the unit, abbreviation and year filled in (issue 6). On a terminal it asks for what was not
// given; otherwise (CI, a pipe) a missing --preset or --unit is a usage error. Never overwrites a file
// without --force. Exit codes: 0 written, 2 usage error, existing file, or cancelled (nothing written).
import { stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { input, select } from '@inquirer/prompts';
import { formatMessage, type Lang } from '../../diagnostics/messages.js';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { loadPlanText } from '../../pipeline/load-plan.js';
import { writeFileAtomically } from '../../output/write-atomic.js';
import { ensureFolder } from '../../output/ensure-folder.js';
import { writeProblem } from '../../output/write-problem.js';
import { buildPlanYaml } from '../../presets/build-plan.js';
import type { Preset } from '../../presets/registry.js';
import { presetsForRun } from '../presets-for-run.js';
import { displayPath } from '../../output/display-path.js';
import { describeUnit } from '../../presets/unit.js';
import {
  abbreviationQuestion,
  checkAbbreviation,
  checkUnit,
  checkYear,
  normalizeAbbreviation,
  parseYear,
  presetQuestion,
  unitQuestion,
  yearQuestion,
} from '../../presets/questions.js';
import type { Io } from '../io.js';
import type { RegisterCommand } from './index.js';
import { Option, type Command } from 'commander';
import { help, placeholder, PROMPT_KEYS, ui } from '../ui-text.js';
import { CONFIG_TEMPLATE } from '../../config/config-template.js';
import { planSchemaBeside, writeEditorSetup } from '../editor-setup.js';
import { shellQuote } from '../shell-quote.js';
import { CONFIG_FILE_NAMES, loadConfig } from '../../config/read-config.js';
import { configForRun } from '../config.js';
import { printDiagnostics } from '../report/print.js';

export interface InitOptions {
  preset?: string;
  unit?: string;
  vietTat?: string;
  nam?: string;
  force?: boolean;
  lang: Lang;
  /** --config FILE instead of the config found upward (its presets folder). */
  configPath?: string;
}

/** The two kinds of question init asks; @inquirer/prompts on a terminal, scripted in tests. */
export interface Asker {
  select(config: ReturnType<typeof presetQuestion>): Promise<string>;
  input(config: { message: string; default?: string; validate: (value: string) => string | true }): Promise<string>;
}

export async function runInit(file: string, options: InitOptions, io: Io, asker?: Asker): Promise<number> {
  const { lang } = options;
  const say = (message: string) => io.stderr(message + '\n');
  const fail = (message: string): number => {
    say(message);
    return 2;
  };
  const target = resolve(io.cwd, file);
  const shown = displayPath(target, io.cwd);
  if (!options.force && (await exists(target))) return fail(text(lang, 'exists')(shown));
  // --force replaces a file, never a folder (issue 9: this reached the crash path).
  if ((await stat(target).catch(() => undefined))?.isDirectory()) return fail(text(lang, 'folder')(shown));

  const config = await configForRun([dirname(target)], options.configPath, io, lang);
  if (config === 'failed') return 2;
  const { presets } = presetsForRun(config.config.presets, io, lang);
  if (presets.length === 0 && config.config.presets !== undefined) return fail(ui(lang, 'noPresets')(displayPath(config.config.presets, io.cwd)));
  const names = presets.map((p) => p.name).join(', ');
  if (options.preset !== undefined && !presets.some((p) => p.name === options.preset)) return fail(text(lang, 'unknownPreset')(options.preset, names));
  const problem =
    (options.unit === undefined ? undefined : checkUnit(options.unit, lang)) ??
    (options.vietTat === undefined ? undefined : checkAbbreviation(options.vietTat, lang)) ??
    (options.nam === undefined ? undefined : checkYear(options.nam, lang));
  if (problem !== undefined) return fail(problem);

  const ask = asker ?? (io.stdinIsTTY && io.stdin && io.promptOutput ? inquirerAsker(io.stdin, io.promptOutput, lang) : undefined);
  const thisYear = (io.now?.() ?? new Date()).getFullYear();
  let answers: { preset: Preset; unit: string; abbreviation: string; year: number };
  try {
    if (!ask) {
      if (options.preset === undefined) return fail(text(lang, 'missing')('--preset', shown, names));
      if (options.unit === undefined) return fail(text(lang, 'missing')('--unit', shown, names));
    }
    const presetName = options.preset ?? (await ask!.select(presetQuestion(presets, lang)));
    const preset = presets.find((p) => p.name === presetName)!;
    const unit = options.unit ?? (await ask!.input(unitQuestion(preset.level, lang)));
    const suggested = describeUnit(preset.level, unit).defaultAbbreviation;
    let abbreviation = options.vietTat;
    if (abbreviation === undefined && ask) abbreviation = await ask.input(abbreviationQuestion(suggested, lang));
    abbreviation ??= suggested;
    if (abbreviation === undefined) return fail(text(lang, 'noAbbreviation')(unit));
    const year = options.nam ?? (ask ? await ask.input(yearQuestion(thisYear, lang)) : String(thisYear));
    answers = { preset, unit: unit.trim(), abbreviation: normalizeAbbreviation(abbreviation), year: parseYear(year)! };
  } catch (e) {
    // Ctrl-C or Escape at a question (@inquirer/prompts' ExitPromptError): stop, write nothing.
    if (e instanceof Error && e.name === 'ExitPromptError') return fail(text(lang, 'cancelled')());
    throw e;
  }

  // The editor's schema: inside parplan's own folder, its schemas/; anywhere else a copy beside the plan.
  const schemaFile = planSchemaBeside(target);
  const yaml = buildPlanYaml(answers, { planFile: target, today: io.now?.() ?? new Date(), ...(schemaFile ? { schemaFile } : {}) });
  // The plan a preset makes must validate: if one of parplan's own does not, that is our bug; if a
  // preset of the config's folder does not, the folder's keeper is told what it made, and nothing is written.
  const checked = loadPlanText(shown, yaml);
  if (hasErrors(checked.diagnostics)) {
    if (config.config.presets === undefined) {
      throw new Error(`preset ${answers.preset.name} made an invalid plan: ${checked.diagnostics.map((d) => `${d.code} ${d.path}`).join(', ')}`);
    }
    printDiagnostics(io, lang)(checked.diagnostics.filter((d) => d.severity === 'error'), new Map([[shown, yaml]]));
    say(ui(lang, 'presetMadeInvalidPlan')(answers.preset.name, displayPath(join(config.config.presets, `${answers.preset.name}.yaml`), io.cwd), shown));
    return 1;
  }
  try {
    await ensureFolder(dirname(target));
    if (options.force) await writeFileAtomically(target, new TextEncoder().encode(yaml));
    // 'wx' fails if the file appeared since the check above: still never overwrite.
    else await writeFile(target, yaml, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return fail(text(lang, 'exists')(shown));
    const problem = writeProblem({ file: shown, line: 0, column: 0 }, shown, e);
    return fail(formatMessage(problem.code, problem.args, lang));
  }
  // The schemas and VS Code's yaml.schemas beside the plan: completion without a path into the install.
  if (schemaFile) await writeEditorSetup(dirname(target));
  const todos = Number(checked.diagnostics.find((d) => d.code === 'PP290')?.args.count ?? 0);
  say(text(lang, 'created')(shellQuote(shown), answers.preset.name, todos));
  return 0;
}

function inquirerAsker(input_: NodeJS.ReadableStream, output: NodeJS.WritableStream, lang: Lang): Asker {
  const context = { input: input_, output, clearPromptOnDone: false };
  return {
    select: (config) => select({ ...config, theme: { style: { keysHelpTip: keysHelpTip(lang) } } }, context),
    input: (config) => input(config, context),
  };
}

/** The select prompt's key hints ("↑↓ navigate • ⏎ select") in the user's language. */
export function keysHelpTip(lang: Lang): (keys: [key: string, action: string][]) => string {
  return (keys) => keys.map(([key, action]) => `${key} ${PROMPT_KEYS[action]?.[lang === 'vi' ? 0 : 1] ?? action}`).join(' • ');
}

export { shellQuote } from '../shell-quote.js';

/** `parplan init --config [file]`: a commented config file (parplan.config.yaml here by default). Never overwrites. */
export async function runInitConfig(file: string | undefined, lang: Lang, io: Io): Promise<number> {
  const target = resolve(io.cwd, file ?? CONFIG_FILE_NAMES[0]);
  const shown = displayPath(target, io.cwd);
  // Only these names are found upward; a config by another name would never be read.
  if (!(CONFIG_FILE_NAMES as readonly string[]).includes(basename(target))) {
    io.stderr(ui(lang, 'configInitName')(shown) + '\n');
    return 2;
  }
  try {
    await ensureFolder(dirname(target));
    await writeFile(target, CONFIG_TEMPLATE, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
      io.stderr(ui(lang, 'configInitExists')(shown) + '\n');
      return 2;
    }
    const problem = writeProblem({ file: shown, line: 0, column: 0 }, shown, e);
    io.stderr(formatMessage(problem.code, problem.args, lang) + '\n');
    return 2;
  }
  // Its first line names ./config.schema.json: written beside it, with VS Code's setting.
  await writeEditorSetup(dirname(target));
  // What was written must read back as a valid config: if not, that is our bug.
  const check = loadConfig(dirname(target), io.cwd, target);
  if (check.diagnostics.length > 0) printDiagnostics(io, lang)(check.diagnostics, new Map());
  io.stderr(ui(lang, 'configInitWritten')(shown) + '\n');
  return 0;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

const TEXT = {
  exists: {
    vi: (f: string) => `Tệp ${f} đã có: parplan không ghi đè. Thêm --force để ghi đè, hoặc đặt tên tệp khác.`,
    en: (f: string) => `${f} already exists: parplan does not overwrite it. Add --force to overwrite, or choose another name.`,
  },
  unknownPreset: {
    vi: (name: string, names: string) => `Không có mẫu "${name}". Các mẫu: ${names} (xem: parplan presets).`,
    en: (name: string, names: string) => `There is no preset "${name}". Presets: ${names} (see: parplan presets).`,
  },
  missing: {
    vi: (option: string, f: string, names: string) =>
      `Thiếu ${option}. parplan chỉ hỏi khi chạy trong cửa sổ dòng lệnh (terminal); ở đây hãy ghi đủ tùy chọn, ví dụ:\n` +
      `  parplan init ${f} --preset par-index-so --unit "Sở Khoa học và Công nghệ" --abbreviation SKHCN --year 2024\n` +
      `Các mẫu: ${names}.`,
    en: (option: string, f: string, names: string) =>
      `Missing ${option}. parplan asks only on a terminal; here, give every option, for example:\n` +
      `  parplan init ${f} --preset par-index-so --unit "Sở Khoa học và Công nghệ" --abbreviation SKHCN --year 2024\n` +
      `Presets: ${names}.`,
  },
  noAbbreviation: {
    vi: (unit: string) => `Không tự tạo được chữ viết tắt từ "${unit}": thêm --abbreviation (ví dụ --abbreviation SKHCN).`,
    en: (unit: string) => `Cannot make an abbreviation from "${unit}": add --abbreviation (e.g. --abbreviation SKHCN).`,
  },
  folder: {
    vi: (f: string) => `${f} là một thư mục: parplan không ghi đè thư mục. Hãy đặt tên tệp, ví dụ ${f}/ke-hoach.yaml.`,
    en: (f: string) => `${f} is a folder: parplan does not replace a folder. Name a file, e.g. ${f}/plan.yaml.`,
  },
  cancelled: { vi: () => 'Đã hủy: chưa tạo tệp nào.', en: () => 'Cancelled: no file written.' },
  created: {
    vi: (f: string, preset: string, todos: number) =>
      `Đã tạo ${f} từ mẫu ${preset}: còn ${todos} chỗ TODO cần điền. Điền xong, chạy: parplan render ${f}`,
    en: (f: string, preset: string, todos: number) =>
      `Created ${f} from the preset ${preset}: ${todos} TODO marker(s) to fill in. Then run: parplan render ${f}`,
  },
} as const;

function text<K extends keyof typeof TEXT>(lang: Lang, key: K): (typeof TEXT)[K]['vi'] {
  return TEXT[key][lang] as (typeof TEXT)[K]['vi'];
}

export const registerInit: RegisterCommand = (program, ctx) => {
  program
    .command('init')
    .description(help(ctx.lang, 'initDesc'))
    .argument(`[${help(ctx.lang, 'phFile')}]`, help(ctx.lang, 'initFile'))
    .option(`--preset ${placeholder(ctx.lang, 'phName')}`, help(ctx.lang, 'initPreset'))
    .option(`--unit ${placeholder(ctx.lang, 'phName')}`, help(ctx.lang, 'initUnit'))
    .option(`--abbreviation ${placeholder(ctx.lang, 'phAbbr')}`, help(ctx.lang, 'initAbbreviation'))
    .option(`--year ${placeholder(ctx.lang, 'phYear')}`, help(ctx.lang, 'initYear'))
    .option('--force', help(ctx.lang, 'initForce'))
    // The names of earlier versions, kept working (the option-naming rule: ui-text.ts).
    .addOption(new Option('--viet-tat <abbr>').hideHelp())
    .addOption(new Option('--nam <year>').hideHelp())
    .action(async (file: string | undefined, opts: { preset?: string; unit?: string; abbreviation?: string; year?: string; vietTat?: string; nam?: string; force?: boolean }, command: Command) => {
      // `init --config [file]` (the global --config, without a plan file): a commented config file.
      const configOption = (command.optsWithGlobals() as { config?: string | true }).config;
      if (configOption !== undefined && file === undefined) {
        return ctx.setExitCode(await runInitConfig(configOption === true ? undefined : configOption, ctx.lang, ctx.io));
      }
      if (file === undefined) {
        ctx.io.stderr(ui(ctx.lang, 'initNeedFile')() + '\n');
        return ctx.setExitCode(2);
      }
      const { abbreviation, year, vietTat, nam, ...rest } = opts;
      const options: InitOptions = { lang: ctx.lang, ...rest };
      if (ctx.configPath !== undefined) options.configPath = ctx.configPath;
      const abbr = abbreviation ?? vietTat;
      const y = year ?? nam;
      if (abbr !== undefined) options.vietTat = abbr;
      if (y !== undefined) options.nam = y;
      ctx.setExitCode(await runInit(file, options, ctx.io));
    });
};
