// parplan check <files|folders|globs> [--format text|json|github|sarif] [--strict]: is each .docx
// laid out as Nghị định 30 requires? Reads each file as anyone's document (src/check), reports through
// the same reporters as validate, and turns the outcome into an exit code: 0 no error (warnings
// allowed), 1 a document has an error (or a warning under --strict), 2 usage error, a file that
// cannot be read as a .docx, or nothing matched.
//
// --fix [-o file|folder] [--force]: each document rebuilt in the decree's layout (src/check/fix.ts)
// into a new file, <name>-nd30.docx beside it unless -o says otherwise; never one of the inputs,
// never over an existing file without --force (the same guard and atomic write as render and batch).
// The report then holds what each rebuild could not carry, and the check of each new file.
import { stat } from 'node:fs/promises';
import { basename, dirname, extname, relative, resolve } from 'node:path';
import { Chalk } from 'chalk';
import { Option } from 'commander';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Lang } from '../../diagnostics/messages.js';
import { guardInputs, InputClashError, type InputGuard } from '../../batch/guard-outputs.js';
import { checkDocx } from '../../check/check-docx.js';
import { checkDocumentFiles } from '../../check/check-files.js';
import { fixDocx } from '../../check/fix.js';
import { readOrConvert } from '../../convert/read-converted.js';
import { writeFileAtomically } from '../../output/write-atomic.js';
import { writeProblem } from '../../output/write-problem.js';
import { fileProblem, openRegularFile } from '../../parse/read-plan-file.js';
import { VERSION } from '../../version.js';
import { collectFiles, DOCUMENT_GLOB } from '../collect-files.js';
import { useColor, type Io } from '../io.js';
import { FORMAT_NAMES, REPORTERS, type FormatName } from '../report/formats.js';
import type { FileReport } from '../report/reporter.js';
import { help, placeholder, ui } from '../ui-text.js';
import type { RegisterCommand } from './index.js';
import { applyRuleLevels } from '../../diagnostics/rule-levels.js';
import { configForRun, withoutIgnored } from '../config.js';
import { parseMaxWarnings } from '../max-warnings.js';
import { outputNameProblem } from '../output-name.js';
import { loadReferenceDoc, referenceOf } from '../reference-doc.js';
import type { StyleSheet } from '../../docx/named-styles.js';

export interface CheckCommandOptions {
  format: FormatName;
  strict: boolean;
  lang: Lang;
  /** --config FILE instead of the config found upward (its rule levels apply to PP6xx). */
  configPath?: string;
  /** --max-warnings N: more warnings than N fail the run (exit 1). */
  maxWarnings?: string;
  fix?: boolean;
  output?: string;
  force?: boolean;
}

export async function runCheck(args: readonly string[], options: CheckCommandOptions, io: Io): Promise<number> {
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  if (maxWarnings === null) {
    io.stderr(ui(options.lang, 'badMaxWarnings')(String(options.maxWarnings)) + '\n');
    return 2;
  }
  if (!options.fix && (options.output !== undefined || options.force)) {
    io.stderr(ui(options.lang, 'fixOutputNeedsFix')() + '\n');
    return 2;
  }
  const config = await configForRun(args, options.configPath, io, options.lang);
  if (config === 'failed') return 2;
  const collected = await collectFiles(args, io.cwd, DOCUMENT_GLOB);
  const { unmatched, outside } = collected;
  for (const file of outside) io.stderr(ui(options.lang, 'skippedOutside')(file) + '\n');
  const files = await withoutIgnored(collected.files, args, config, io.cwd);
  if (options.fix && files.length > 1 && options.output !== undefined && /\.docx$/i.test(options.output)) {
    io.stderr(ui(options.lang, 'fixOutputIsFile')(options.output) + '\n');
    return 2;
  }
  // --fix -o ke-hoach.pdf would have been made a folder holding the .docx.
  const badName = await outputNameProblem(options.output, io.cwd, options.lang, { writes: 'docx', pdfFlag: false });
  if (badName !== undefined) {
    io.stderr(badName + '\n');
    return 2;
  }
  const guard = options.fix ? await guardInputs(files.map((f) => resolve(io.cwd, f))) : undefined;
  // --fix renders as render does: the config's templates folder and reference document.
  const styleSheet = options.fix ? await loadReferenceDoc(referenceOf(config.config), options.lang, io) : undefined;
  if (styleSheet === 'failed') return 2;
  const rebuild: Rebuild = { templateDir: config.config.templates, styleSheet };
  const levels = (diagnostics: Diagnostic[]) => applyRuleLevels(diagnostics, config.config.rules);
  const reports: FileReport[] = [];
  let unreadable = 0;
  for (const arg of unmatched) {
    const problem = await explainMissing(arg, io.cwd);
    if (problem) {
      reports.push({ file: arg, diagnostics: [problem] });
      unreadable++;
    } else io.stderr(ui(options.lang, 'noDocuments')(arg) + '\n');
  }
  if (!options.fix) {
    // Many documents: shared with worker threads (src/check/check-files.ts).
    const checked = await checkDocumentFiles(files.map((file) => ({ file, path: resolve(io.cwd, file) })), { env: io.env });
    checked.forEach((result, i) => {
      if (!result.readable) unreadable++;
      reports.push({ file: files[i]!, diagnostics: levels(result.diagnostics) });
    });
  }
  for (const file of options.fix ? files : []) {
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
    const fixed = await fixOne(file, bytes, files.length > 1, options, guard!, io, rebuild);
    if (!fixed.readable) unreadable++;
    reports.push(...fixed.reports.map((r) => ({ ...r, diagnostics: levels(r.diagnostics) })));
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

/** What --fix renders with besides the plan: the config's templates folder and reference document's styles. */
interface Rebuild {
  templateDir: string | undefined;
  styleSheet: StyleSheet | undefined;
}

/** --fix on one document: rebuild, write the new file (guarded, atomically), check it. */
async function fixOne(
  file: string,
  bytes: Uint8Array,
  many: boolean,
  options: CheckCommandOptions,
  guard: InputGuard,
  io: Io,
  rebuild: Rebuild,
): Promise<{ readable: boolean; reports: FileReport[] }> {
  const at = { file, line: 0, column: 0 };
  // A .doc, .odt or .rtf is rebuilt from LibreOffice's .docx, as check reads it.
  const result = await readOrConvert({ file, path: resolve(io.cwd, file) }, bytes, (from) => fixDocx(from, { file, ...rebuild }), io.env);
  if (!result.bytes) return { readable: !result.diagnostics.some((d) => /^PP5(0[1-6]|12)$/.test(d.code)), reports: [{ file, diagnostics: result.diagnostics }] };
  const target = fixTarget(file, options.output, many, io.cwd);
  const near = relative(io.cwd, target);
  const shown = near === '' || near.startsWith('..') ? target : near;
  const refuse = async (): Promise<Diagnostic | undefined> => {
    if (await guard.isInput(target)) return writeProblem(at, shown, new InputClashError(target));
    const exists = await stat(target).then(() => true, () => false);
    if (exists && !options.force) return { code: 'PP522', severity: 'error', ...at, path: '', args: { target: shown } };
    try {
      await writeFileAtomically(target, result.bytes!);
    } catch (e) {
      return writeProblem(at, shown, e);
    }
    return undefined;
  };
  const refused = await refuse();
  if (refused) return { readable: true, reports: [{ file, diagnostics: [...result.diagnostics, refused] }] };
  io.stderr(ui(options.lang, 'fixed')(file, shown) + '\n');
  const check = await checkDocx(result.bytes, { file: shown });
  return { readable: true, reports: [{ file, diagnostics: result.diagnostics }, { file: shown, diagnostics: check.diagnostics }] };
}

/** Where --fix writes: -o file (one document), -o folder/<name>-nd30.docx, or beside the input. */
function fixTarget(file: string, output: string | undefined, many: boolean, cwd: string): string {
  const name = `${basename(file, extname(file))}-nd30.docx`;
  if (output === undefined) return resolve(cwd, dirname(file), name);
  if (!many && /\.docx$/i.test(output)) return resolve(cwd, output);
  return resolve(cwd, output, name);
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
    .option('--fix', help(ctx.lang, 'checkFix'), false)
    .option(`-o, --output ${placeholder(ctx.lang, 'phFile')}`, help(ctx.lang, 'checkOutput'))
    .option('--force', help(ctx.lang, 'checkForce'), false)
    .action(async (files: string[], opts: { format: FormatName; strict: boolean; maxWarnings?: string; fix: boolean; output?: string; force: boolean }) => {
      const options: CheckCommandOptions = { lang: ctx.lang, format: opts.format, strict: opts.strict, fix: opts.fix, force: opts.force };
      if (ctx.configPath !== undefined) options.configPath = ctx.configPath;
      if (opts.maxWarnings !== undefined) options.maxWarnings = opts.maxWarnings;
      if (opts.output !== undefined) options.output = opts.output;
      ctx.setExitCode(await runCheck(files, options, ctx.io));
    });
};
