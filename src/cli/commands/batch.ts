// parplan batch units.yaml [-o dir] [--jobs N] [--pdf] [--zip file] [--quiet]: the plan of every
// unit in a units file (a base plan + a list of units), rendered in parallel, with a manifest.
import { availableParallelism } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { hasErrors, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { formatMessage, type Lang } from '../../diagnostics/messages.js';
import { runExport, type ExportReport } from '../../batch/export.js';
import { displayPath } from '../../output/display-path.js';
import { createProgress, progressMode } from '../../batch/progress.js';
import { readYamlText } from '../../batch/read-yaml-file.js';
import { isUnitsData } from '../../batch/units-file.js';
import type { JobResult } from '../../batch/run-batch.js';
import { parseYaml } from '../../parse/read-yaml.js';
import { sofficeInstallHint } from '../../pdf/find-soffice.js';
import { findPdfTools, parsePdfTimeout } from '../pdf-options.js';
import { loadReferenceDoc, referenceOf } from '../reference-doc.js';
import type { Io } from '../io.js';
import { printDiagnostics } from '../report/print.js';
import { help, placeholder, ui } from '../ui-text.js';
import type { RegisterCommand } from './index.js';
import { collectPlanFiles, defaultPlanTargets } from '../collect-files.js';
import { blockingPredicate, checkFinal } from '../final-check.js';
import { configForRun } from '../config.js';
import type { RenderSettings } from '../../batch/render-task.js';
import { outputNameProblem } from '../output-name.js';

export interface BatchOptions {
  lang: Lang;
  output?: string;
  jobs?: string;
  pdf?: boolean;
  zip?: string;
  quiet?: boolean;
  /** Refuse (exit 1, nothing written) while a TODO is left. */
  final?: boolean;
  /** Seconds LibreOffice may take for the whole conversion (default: grows with the documents). */
  pdfTimeout?: string;
  /** A folder besides the units file's own where its base plan may be. */
  plansDir?: string;
  referenceDoc?: string;
  referenceDocWins?: boolean;
  /** --config FILE instead of the config found upward. */
  configPath?: string;
}

export async function runBatchCommand(file: string, options: BatchOptions, io: Io): Promise<number> {
  const jobs = parseJobs(options.jobs);
  if (jobs === undefined) {
    io.stderr(ui(options.lang, 'badJobs')(String(options.jobs)) + '\n');
    return 2;
  }
  const usage = await checkUnitsFile(file, options.lang, io);
  if (usage !== undefined) {
    io.stderr(usage + '\n');
    return 2;
  }
  // -o is the folder of the units' documents: -o ket-qua.docx made a folder of that name.
  const badName = await outputNameProblem(options.output, io.cwd, options.lang, { writes: 'folder' });
  if (badName !== undefined) {
    io.stderr(badName + '\n');
    return 2;
  }
  const pdfTimeout = parsePdfTimeout(options.pdfTimeout);
  if (pdfTimeout === null) {
    io.stderr(ui(options.lang, 'badPdfTimeout')(String(options.pdfTimeout)) + '\n');
    return 2;
  }
  const config = await configForRun([file], options.configPath, io, options.lang);
  if (config === 'failed') return 2;
  const levels = config.config.rules;
  if (options.final && (await checkFinal([file], io, options.lang, { levels, blocking: config.config.blocking })) !== 0) return 1;
  const pdf = options.pdf ? findPdfTools(io, pdfTimeout) : undefined;
  if (options.pdf && pdf === undefined) {
    io.stderr(ui(options.lang, 'needSoffice')(sofficeInstallHint()[options.lang === 'vi' ? 'vi' : 'en']) + '\n');
    return 2;
  }
  // Command-line options win over the config.
  const styleSheet = await loadReferenceDoc(referenceOf(config.config, options), options.lang, io);
  if (styleSheet === 'failed') return 2;
  const settings: RenderSettings = { ...(styleSheet ? { styleSheet } : {}), ...(config.config.templates ? { templateDir: config.config.templates } : {}), ...(levels ? { levels } : {}) };
  // The config's output folder holds one folder per units file, named after it, as -o does not.
  const outDir = resolve(io.cwd, options.output ?? (config.config.output ? join(config.config.output, basename(file, extname(file))) : join(dirname(file), basename(file, extname(file)))));
  const mode = progressMode(io, options.quiet);
  let progress: ReturnType<typeof createProgress> | undefined;
  const report = await runExport([{ kind: 'units', file, outDir }], {
    cwd: io.cwd,
    lang: options.lang,
    jobs,
    settings,
    ...(pdf ? { pdf } : {}),
    ...(options.zip ? { zip: resolve(io.cwd, options.zip) } : {}),
    ...(options.plansDir ? { plansDirs: [options.plansDir] } : {}),
    onStart: (list) => (progress = createProgress(io, mode, list.length, options.lang, (r, color) => unitLine(r, list.length, options.lang, io, color))),
    onSettled: (result) => progress?.settled(result),
  });
  progress?.stop();
  if (report.refused) {
    io.stderr(formatMessage(report.refused.code, report.refused.args, options.lang) + '\n');
    return 2;
  }
  return printBatchReport(report, options.lang, io, options.quiet ?? false, blockingPredicate(config.config.blocking));
}

async function findUnitsFiles(cwd: string): Promise<string[]> {
  const { files } = await collectPlanFiles(await defaultPlanTargets(cwd), cwd);
  const units: string[] = [];
  for (const file of files) {
    const read = await readYamlText(resolve(cwd, file));
    if (read.ok && /^["']?don_vi["']?\s*:/m.test(read.text) && isUnitsData(parseYaml(read.text, file).data)) units.push(file);
  }
  return units;
}

function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return availableParallelism();
  return /^\d+$/.test(value) && Number(value) >= 1 ? Number(value) : undefined;
}

/** A missing file or a plan given for a units file is a usage error (2), not a problem in a plan. */
async function checkUnitsFile(file: string, lang: Lang, io: Io): Promise<string | undefined> {
  const read = await readYamlText(resolve(io.cwd, file));
  if (!read.ok) return read.diagnostic.code === 'PP001' ? `${file}: ${formatMessage('PP001', read.diagnostic.args, lang)}` : undefined;
  const data = parseYaml(read.text, file).data;
  return data !== undefined && !isUnitsData(data) ? ui(lang, 'notUnitsFile')(file) : undefined;
}

function unitLine(result: JobResult, total: number, lang: Lang, io: Io, color: { green(s: string): string; red(s: string): string }): string {
  const n = `[${result.index + 1}/${total}]`;
  if (result.ok) return color.green(ui(lang, 'unitDone')(n, displayPath(result.job.target, io.cwd), result.job.label));
  const first = result.diagnostics.find((d) => d.severity === 'error');
  const why = first ? `${first.line > 0 ? `${first.file}:${first.line}:${first.column} ` : ''}${formatMessage(first.code, first.args, lang)}` : '';
  return color.red(ui(lang, 'unitFailed')(n, result.job.label, why));
}

/** The summary after a batch: each failure with its reasons and positions, then counts; the exit code. */
export function printBatchReport(report: ExportReport, lang: Lang, io: Io, quiet: boolean, isBlocking = blockingPredicate()): number {
  const printer = printDiagnostics(io, lang);
  let failed = false;
  for (const file of report.unitsFiles) {
    if (file.units.fileProblems.length === 0) continue;
    failed = true;
    printer(file.units.fileProblems, report.sources);
    io.stderr(ui(lang, 'unitsFileBroken')(file.source.file) + '\n');
  }
  const failures = report.results.filter((r) => !r.ok);
  if (failures.length > 0) {
    failed = true;
    io.stderr(ui(lang, 'batchFailures')(failures.length) + '\n');
    for (const r of failures) {
      io.stderr(ui(lang, 'batchUnitHeader')(r.job.label, `${r.job.at.file}${r.job.at.line > 0 ? `:${r.job.at.line}:${r.job.at.column}` : ''}`) + '\n');
      printer(r.diagnostics, report.sources);
    }
  }
  // A manifest open in Excel, an unwritable zip: the documents are there, the record is not.
  if (report.writeProblems.length > 0) {
    failed = true;
    printer(report.writeProblems, report.sources);
  }
  // Warnings of units that were rendered; one in the base plan is shared by every unit: print it once.
  const warnings = dedupe(report.results.filter((r) => r.ok).flatMap((r) => r.diagnostics));
  // --quiet still shows the warnings that block a final document (TODO left, the config's `blocking`).
  printer(quiet ? warnings.filter(isBlocking) : warnings, report.sources);
  if (!quiet) {
    for (const file of report.unitsFiles) {
      const rows = file.indexes.map((i) => report.results[i]!);
      if (rows.length === 0) continue;
      const ok = rows.filter((r) => r.ok).length;
      io.stderr(ui(lang, 'batchSummary')(rows.length, ok, rows.length - ok, displayPath(file.source.outDir, io.cwd)) + '\n');
      if (file.manifest) io.stderr(ui(lang, 'manifestWritten')(displayPath(file.manifest.json, io.cwd), displayPath(file.manifest.csv, io.cwd)) + '\n');
    }
    if (report.zip) io.stderr(ui(lang, 'zipWritten')(displayPath(report.zip, io.cwd)) + '\n');
  }
  return failed || hasErrors(failures.flatMap((r) => r.diagnostics)) ? 1 : 0;
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = JSON.stringify([d.file, d.line, d.column, d.code, d.args]);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

export const registerBatch: RegisterCommand = (program, ctx) => {
  program
    .command('batch')
    .description(help(ctx.lang, 'batchDesc'))
    .argument(`[${help(ctx.lang, 'phUnits')}]`, help(ctx.lang, 'batchUnits'))
    .option(`-o, --output ${placeholder(ctx.lang, 'phDir')}`, help(ctx.lang, 'batchOutput'))
    .option(`-j, --jobs ${placeholder(ctx.lang, 'phN')}`, help(ctx.lang, 'batchJobs'))
    .option('--pdf', help(ctx.lang, 'batchPdf'))
    .option(`--pdf-timeout ${placeholder(ctx.lang, 'phSeconds')}`, help(ctx.lang, 'pdfTimeout'))
    .option(`--zip ${placeholder(ctx.lang, 'phFile')}`, help(ctx.lang, 'batchZip'))
    .option('--final', help(ctx.lang, 'optFinal'))
    .option('-q, --quiet', help(ctx.lang, 'batchQuiet'))
    .option(`--plans-dir ${placeholder(ctx.lang, 'phDir')}`, help(ctx.lang, 'plansDir'))
    .option(`--reference-doc ${placeholder(ctx.lang, 'phFile')}`, help(ctx.lang, 'referenceDoc'))
    .option('--reference-doc-wins', help(ctx.lang, 'referenceDocWins'))
    .action(async (file: string | undefined, opts: Omit<BatchOptions, 'lang'>) => {
      const options: BatchOptions = { lang: ctx.lang, ...opts, ...(ctx.configPath !== undefined ? { configPath: ctx.configPath } : {}) };
      if (file !== undefined) return ctx.setExitCode(await runBatchCommand(file, options, ctx.io));
      // No file named: every units file among the folder's plans (plans/, else *.yaml here).
      const found = await findUnitsFiles(ctx.io.cwd);
      if (found.length === 0) {
        ctx.io.stderr(ui(ctx.lang, 'noUnitsFile')() + '\n');
        return ctx.setExitCode(2);
      }
      let code = 0;
      for (const units of found) code = Math.max(code, await runBatchCommand(units, options, ctx.io));
      ctx.setExitCode(code);
    });
};

