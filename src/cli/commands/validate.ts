// parplan validate [files|folders|globs] [--format text|json|github|sarif] [--strict]: checks plans
// as render would (same loadPlanFile), reports every problem, and turns the outcome into an exit
// code for CI: 0 all valid (warnings allowed), 1 any invalid, 2 usage error or nothing matched.
import { readdir, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Chalk } from 'chalk';
import { Option } from 'commander';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../../diagnostics/diagnostic.js';
import type { Lang } from '../../diagnostics/messages.js';
import { fileProblem } from '../../parse/read-plan-file.js';
import { checkFiles } from '../../validate/check-files.js';
import { VERSION } from '../../version.js';
import { collectPlanFiles, defaultPlanTargets, HERE_PLANS } from '../collect-files.js';
import { loadPlanBytes } from '../../pipeline/load-plan.js';
import { useColor, type Io } from '../io.js';
import { FORMAT_NAMES, REPORTERS, type FormatName } from '../report/formats.js';
import type { FileReport } from '../report/reporter.js';
import { formatSummary } from '../report/summary.js';
import { help, placeholder, ui } from '../ui-text.js';
import { validateUnitsFile } from '../../batch/validate-units.js';
import type { RegisterCommand } from './index.js';
import { configForRun, withoutIgnored } from '../config.js';
import { parseMaxWarnings } from '../max-warnings.js';

export interface ValidateOptions {
  format: FormatName;
  strict: boolean;
  lang: Lang;
  /** A folder besides a units file's own where its base plan (ke_hoach) may be. */
  plansDir?: string;
  /** The name messages give standard input (`validate -`). */
  stdinFilename?: string;
  /** --config FILE instead of the config found upward. */
  configPath?: string;
  /** --max-warnings N: more warnings than N fail the run (exit 1), as eslint's option does. */
  maxWarnings?: string;
}

export async function runValidate(args: readonly string[], options: ValidateOptions, io: Io): Promise<number> {
  // `-` is standard input (an editor or a script piping a plan in); no file named: the folder's plans.
  const fromStdin = args.includes('-');
  const named = args.filter((a) => a !== '-');
  const targets = named.length > 0 ? named : fromStdin ? [] : await defaultPlanTargets(io.cwd);
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  if (maxWarnings === null) {
    io.stderr(ui(options.lang, 'badMaxWarnings')(String(options.maxWarnings)) + '\n');
    return 2;
  }
  const config = await configForRun(args, options.configPath, io, options.lang);
  if (config === 'failed') return 2;
  const levels = config.config.rules;
  const collected = await collectPlanFiles(targets, io.cwd);
  const { unmatched, outside } = collected;
  for (const file of outside) io.stderr(ui(options.lang, 'skippedOutside')(file) + '\n');
  const files = await withoutIgnored(collected.files, named, config, io.cwd);
  const reports: FileReport[] = [];
  const sources = new Map<string, string>();
  if (fromStdin) {
    const name = options.stdinFilename ?? '<stdin>';
    const loaded = loadPlanBytes(name, await readAll(io.stdin), levels);
    const diagnostics = sortDiagnostics(loaded.diagnostics.map((d): Diagnostic => ({ ...d, file: name })));
    if (diagnostics.length > 0 && loaded.source !== undefined) sources.set(name, loaded.source);
    reports.push({ file: name, diagnostics });
  }
  // A path that does not exist or cannot be opened is reported like a bad file, naming it; a glob
  // or a folder without plans is a note. Either way nothing was checked for it: exit 2.
  for (const arg of unmatched) {
    const problem = await explainUnmatched(arg, io.cwd);
    if (problem) reports.push({ file: arg, diagnostics: [problem] });
    else io.stderr((arg === HERE_PLANS ? ui(options.lang, 'noPlansHere')() : ui(options.lang, 'noFiles')(arg)) + '\n');
  }
  const loaded = await checkFiles(files.map((file) => resolve(io.cwd, file)), levels ? { levels } : {});
  for (const [i, result] of loaded.entries()) {
    const file = files[i]!;
    if (isUnitsFile(result.diagnostics)) {
      // A units file of `parplan batch`: every unit's merged plan is checked as batch would check it,
      // with positions in the units file or in its base plan.
      // One report per file a problem stands in (the units file, or its base plan), so every
      // format names the right file.
      const units = await validateUnitsFile(file, io.cwd, options.plansDir ? [options.plansDir] : [], levels);
      for (const [name, text] of units.sources) sources.set(name, text);
      const byFile = new Map<string, Diagnostic[]>([[file, []]]);
      for (const d of units.diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
      for (const [name, diagnostics] of byFile) reports.push({ file: name, diagnostics });
      continue;
    }
    const diagnostics = sortDiagnostics(result.diagnostics.map((d): Diagnostic => ({ ...d, file })));
    if (diagnostics.length > 0 && result.source !== undefined) sources.set(file, result.source);
    reports.push({ file, diagnostics });
  }

  const color = new Chalk({ level: options.format === 'text' && useColor(io) ? 1 : 0 });
  const output = REPORTERS[options.format](reports, { lang: options.lang, color, sources, version: VERSION });
  if (output !== '') io.stdout(output.endsWith('\n') ? output : output + '\n');

  const all = reports.flatMap((r) => r.diagnostics);
  const invalid = reports.filter((r) => r.diagnostics.some((d) => d.severity === 'error' || (options.strict && d.severity === 'warning'))).length;
  const counts = { files: reports.length, invalid, errors: all.filter((d) => d.severity === 'error').length, warnings: all.filter((d) => d.severity === 'warning').length };
  if (reports.length > 0) io.stderr(formatSummary(counts, options.strict, options.lang) + '\n');
  const tooManyWarnings = maxWarnings !== undefined && counts.warnings > maxWarnings;
  if (tooManyWarnings) io.stderr(ui(options.lang, 'tooManyWarnings')(counts.warnings, maxWarnings) + '\n');
  if (unmatched.length > 0 || (files.length === 0 && !fromStdin && collected.files.length === 0)) return 2;
  return invalid > 0 || tooManyWarnings ? 1 : 0;
}

async function readAll(stream: NodeJS.ReadableStream | undefined): Promise<Uint8Array> {
  if (!stream) return new Uint8Array();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return new Uint8Array(Buffer.concat(chunks));
}

/** A units file of `parplan batch` (ke_hoach + don_vi) lives beside the plans but is not one: checked
 * as a plan, its only schema complaint about don_vi is the sign (its entries' placeholders, PP711,
 * have no issuer to take a value from until merged). */
function isUnitsFile(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.code === 'PP101' && d.path === '/don_vi') && diagnostics.every((d) => d.code === 'PP100' || d.code === 'PP101' || d.code === 'PP710' || d.code === 'PP711');
}

/** Why an argument matched no plan, when the reason is the path itself (missing, unreadable). */
async function explainUnmatched(arg: string, cwd: string): Promise<Diagnostic | undefined> {
  const path = resolve(cwd, arg);
  try {
    const info = await stat(path);
    if (info.isDirectory()) await readdir(path);
    return undefined;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    // A glob that matched nothing is not a missing path.
    if (code === 'ENOENT' && /[*?[\]{}]/.test(arg)) return undefined;
    return fileProblem(arg, code, (e as Error).message);
  }
}

export const registerValidate: RegisterCommand = (program, ctx) => {
  program
    .command('validate')
    .description(help(ctx.lang, 'validateDesc'))
    .argument(`[${help(ctx.lang, 'phFiles')}]`, help(ctx.lang, 'argPlans'))
    .addOption(new Option(`-f, --format ${placeholder(ctx.lang, 'phFormat')}`, help(ctx.lang, 'validateFormat')).choices(FORMAT_NAMES).default('text'))
    .option('--strict', help(ctx.lang, 'validateStrict'), false)
    .option(`--plans-dir ${placeholder(ctx.lang, 'phDir')}`, help(ctx.lang, 'plansDir'))
    .option(`--stdin-filename ${placeholder(ctx.lang, 'phFile')}`, help(ctx.lang, 'validateStdinFilename'))
    .option(`--max-warnings ${placeholder(ctx.lang, 'phN')}`, help(ctx.lang, 'optMaxWarnings'))
    .action(async (files: string[], opts: { format: FormatName; strict: boolean; plansDir?: string; stdinFilename?: string; maxWarnings?: string }) => {
      const options: ValidateOptions = { lang: ctx.lang, format: opts.format, strict: opts.strict };
      if (ctx.configPath !== undefined) options.configPath = ctx.configPath;
      if (opts.maxWarnings !== undefined) options.maxWarnings = opts.maxWarnings;
      if (opts.plansDir) options.plansDir = opts.plansDir;
      if (opts.stdinFilename !== undefined) options.stdinFilename = opts.stdinFilename;
      ctx.setExitCode(await runValidate(files, options, ctx.io));
    });
};
