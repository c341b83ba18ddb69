// parplan check <files|folders|globs> [--format text|json|github|sarif] [--strict]: is each .docx
// laid out as Nghị định 30 requires? Reads each file as anyone's document (src/check), reports through
// the same reporters as validate, and turns the outcome into an exit code: 0 no error (warnings
// allowed), 1 a document has an error (or a warning under --strict), 2 usage error, a file that
// cannot be read as a .docx, or nothing matched.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Chalk } from 'chalk';
import { Option } from 'commander';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Lang } from '../../diagnostics/messages.js';
import { checkDocx } from '../../check/check-docx.js';
import { fileProblem, openRegularFile } from '../../parse/read-plan-file.js';
import { VERSION } from '../../version.js';
import { collectFiles, DOCX_GLOB } from '../collect-files.js';
import { useColor, type Io } from '../io.js';
import { FORMAT_NAMES, REPORTERS, type FormatName } from '../report/formats.js';
import type { FileReport } from '../report/reporter.js';
import { help, placeholder, ui } from '../ui-text.js';
import type { RegisterCommand } from './index.js';
import { applyRuleLevels } from '../../diagnostics/rule-levels.js';
import { configForRun, withoutIgnored } from '../config.js';
import { parseMaxWarnings } from '../max-warnings.js';

export interface CheckCommandOptions {
  format: FormatName;
  strict: boolean;
  lang: Lang;
  /** --config FILE instead of the config found upward (its rule levels apply to PP6xx). */
  configPath?: string;
  /** --max-warnings N: more warnings than N fail the run (exit 1). */
  maxWarnings?: string;
}

export async function runCheck(args: readonly string[], options: CheckCommandOptions, io: Io): Promise<number> {
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  if (maxWarnings === null) {
    io.stderr(ui(options.lang, 'badMaxWarnings')(String(options.maxWarnings)) + '\n');
    return 2;
  }
  const config = await configForRun(args, options.configPath, io, options.lang);
  if (config === 'failed') return 2;
  const collected = await collectFiles(args, io.cwd, DOCX_GLOB);
  const { unmatched, outside } = collected;
  for (const file of outside) io.stderr(ui(options.lang, 'skippedOutside')(file) + '\n');
  const files = await withoutIgnored(collected.files, args, config, io.cwd);
  const reports: FileReport[] = [];
  let unreadable = 0;
  for (const arg of unmatched) {
    const problem = await explainMissing(arg, io.cwd);
    if (problem) {
      reports.push({ file: arg, diagnostics: [problem] });
      unreadable++;
    } else io.stderr(ui(options.lang, 'noDocx')(arg) + '\n');
  }
  for (const file of files) {
    // Only a regular file is opened: a FIFO named as a .docx would wait for a writer forever (issue 9).
    const opened = await openRegularFile(resolve(io.cwd, file));
    let bytes: Uint8Array;
    try {
      if (!opened.ok) throw Object.assign(new Error(opened.detail), { code: opened.errno });
      bytes = await opened.handle.readFile();
    } catch (e) {
      const error = e as NodeJS.ErrnoException;
      reports.push({ file, diagnostics: [fileProblem(file, error.code ?? '', error.message)] });
      unreadable++;
      continue;
    } finally {
      if (opened.ok) await opened.handle.close().catch(() => undefined);
    }
    const result = await checkDocx(bytes, { file });
    if (!result.readable) unreadable++;
    reports.push({ file, diagnostics: applyRuleLevels(result.diagnostics, config.config.rules) });
  }

  const color = new Chalk({ level: options.format === 'text' && useColor(io) ? 1 : 0 });
  const output = REPORTERS[options.format](reports, { lang: options.lang, color, sources: new Map(), version: VERSION });
  if (output !== '') io.stdout(output.endsWith('\n') ? output : output + '\n');

  const all = reports.flatMap((r) => r.diagnostics);
  const failed = reports.filter((r) => r.diagnostics.some((d) => d.severity === 'error' || (options.strict && d.severity === 'warning'))).length;
  const counts = { files: reports.length, failed, errors: all.filter((d) => d.severity === 'error').length, warnings: all.filter((d) => d.severity === 'warning').length };
  if (reports.length > 0) io.stderr(ui(options.lang, 'checkSummary')(counts.files, counts.files - failed, failed, counts.errors, counts.warnings, options.strict && counts.warnings > 0) + '\n');
  const tooManyWarnings = maxWarnings !== undefined && counts.warnings > maxWarnings;
  if (tooManyWarnings) io.stderr(ui(options.lang, 'tooManyWarnings')(counts.warnings, maxWarnings) + '\n');
  if (unmatched.length > 0 || collected.files.length === 0 || unreadable > 0) return 2;
  return failed > 0 || tooManyWarnings ? 1 : 0;
}

/** Why an argument matched no document, when the reason is the path itself (missing, unreadable). */
async function explainMissing(arg: string, cwd: string): Promise<Diagnostic | undefined> {
  try {
    await stat(resolve(cwd, arg));
    return undefined; // a folder without .docx: a note
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (code === 'ENOENT' && /[*?[\]{}]/.test(arg)) return undefined;
    return fileProblem(arg, code, (e as Error).message);
  }
}

export const registerCheck: RegisterCommand = (program, ctx) => {
  program
    .command('check')
    .description(help(ctx.lang, 'checkDesc'))
    .argument(`<${help(ctx.lang, 'phFiles')}>`, help(ctx.lang, 'argDocx'))
    .addOption(new Option(`-f, --format ${placeholder(ctx.lang, 'phFormat')}`, help(ctx.lang, 'checkFormat')).choices(FORMAT_NAMES).default('text'))
    .option('--strict', help(ctx.lang, 'checkStrict'), false)
    .option(`--max-warnings ${placeholder(ctx.lang, 'phN')}`, help(ctx.lang, 'optMaxWarnings'))
    .action(async (files: string[], opts: { format: FormatName; strict: boolean; maxWarnings?: string }) => {
      const options: CheckCommandOptions = { lang: ctx.lang, format: opts.format, strict: opts.strict };
      if (ctx.configPath !== undefined) options.configPath = ctx.configPath;
      if (opts.maxWarnings !== undefined) options.maxWarnings = opts.maxWarnings;
      ctx.setExitCode(await runCheck(files, options, ctx.io));
    });
};
