// parplan render [files|folders|globs] [-o dir] [--pdf]: each plan → a .docx (beside the plan, or in
// -o); a units file → its units' .docx files in a folder named after it (as parplan batch does).
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Lang } from '../../diagnostics/messages.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { availableParallelism } from 'node:os';
import { runExport, type ExportSource } from '../../batch/export.js';
import { displayPath } from '../../output/display-path.js';
import { createProgress, type Progress } from '../../batch/progress.js';
import { isUnitsData } from '../../batch/units-file.js';
import { readYamlText } from '../../batch/read-yaml-file.js';
import { parseYaml } from '../../parse/read-yaml.js';
import { sofficeInstallHint } from '../../pdf/find-soffice.js';
import { findPdfTools, parsePdfTimeout } from '../pdf-options.js';
import { collectPlanFiles, defaultPlanTargets, HERE_PLANS } from '../collect-files.js';
import { checkFinal } from '../final-check.js';
import { loadReferenceDoc, referenceOf, type ReferenceDocMemory } from '../reference-doc.js';
import type { Io } from '../io.js';
import type { RegisterCommand } from './index.js';
import { printDiagnostics, type Printer } from '../report/print.js';
import { help, placeholder, ui } from '../ui-text.js';
import { packagePath } from '../../package-root.js';
import { configForRun, withoutIgnored } from '../config.js';
import { outputNameProblem } from '../output-name.js';
import type { RenderSettings } from '../../batch/render-task.js';

export interface RenderOptions {
  output?: string;
  lang: Lang;
  quiet?: boolean;
  /** Also convert each .docx to PDF, with one LibreOffice run for all of them. */
  pdf?: boolean;
  /** Seconds LibreOffice may take (default: grows with the documents). */
  pdfTimeout?: string;
  /** A province's reference .docx for the named styles (--reference-doc), and whether it wins over the decree. */
  referenceDoc?: string;
  referenceDocWins?: boolean;
  /** A folder besides a units file's own where its base plan may be. */
  plansDir?: string;
  /** Render the package's example plans (into ./out unless -o). */
  examples?: boolean;
  /** Refuse (exit 1, nothing written) while a TODO (or a warning the config marks as blocking) is left. */
  final?: boolean;
  /** --config FILE instead of the config found upward. */
  configPath?: string;
  /** --watch: the reference document kept between renders (read again only when it changes). */
  referenceMemory?: ReferenceDocMemory;
}

/** Where the package's example plans live (render --examples). */
export const EMBEDDED_PLANS_DIR = packagePath('plans');

export async function runRender(args: string[], options: RenderOptions, io: Io): Promise<number> {
  // No file named: the current folder's plans (plans/ or *.yaml here); --examples: the package's.
  const targets = options.examples ? [EMBEDDED_PLANS_DIR, ...args] : args.length > 0 ? args : await defaultPlanTargets(io.cwd);
  const config = await configForRun(args, options.configPath, io, options.lang);
  if (config === 'failed') return 2;
  // Command-line options win over the config.
  let outDir = options.output ?? config.config.output ?? (options.examples ? 'out' : undefined);
  const collected = await collectPlanFiles(targets, io.cwd);
  const { unmatched, outside } = collected;
  for (const file of outside) io.stderr(ui(options.lang, 'skippedOutside')(file) + '\n');
  const files = options.examples ? collected.files : await withoutIgnored(collected.files, args, config, io.cwd);
  for (const arg of unmatched) io.stderr((arg === HERE_PLANS ? ui(options.lang, 'noPlansHere')() : ui(options.lang, 'noFiles')(arg)) + '\n');
  if (files.length === 0) return 2;
  // -o ke-hoach.pdf (or .doc, .odt…) is a document's name, not a folder's: it made a folder of that
  // name with the .docx inside. Refused, saying what to write instead (a folder so named is kept).
  const badName = await outputNameProblem(outDir, io.cwd, options.lang, { writes: 'docx', pdfFlag: true });
  if (badName !== undefined) {
    io.stderr(badName + '\n');
    return 2;
  }
  // -o name.docx names the document of one plan.
  let outFile: string | undefined;
  if (outDir !== undefined && /\.docx$/i.test(outDir)) {
    if (files.length !== 1) {
      io.stderr(ui(options.lang, 'outputFileNeedsOne')(outDir, files.length) + '\n');
      return 2;
    }
    outFile = resolve(io.cwd, outDir);
    outDir = dirname(outFile);
  }
  const levels = config.config.rules;
  if (options.final && (await checkFinal(files, io, options.lang, { levels, blocking: config.config.blocking })) !== 0) return 1;
  const pdfTimeout = parsePdfTimeout(options.pdfTimeout);
  if (pdfTimeout === null) {
    io.stderr(ui(options.lang, 'badPdfTimeout')(String(options.pdfTimeout)) + '\n');
    return 2;
  }
  const pdf = options.pdf ? findPdfTools(io, pdfTimeout) : undefined;
  if (options.pdf && pdf === undefined) {
    io.stderr(ui(options.lang, 'needSoffice')(sofficeInstallHint()[options.lang]) + '\n');
    return 2;
  }

  const styleSheet = await loadReferenceDoc(referenceOf(config.config, options), options.lang, io, options.referenceMemory);
  if (styleSheet === 'failed') return 2;
  const settings: RenderSettings = { ...(styleSheet ? { styleSheet } : {}), ...(config.config.templates ? { templateDir: config.config.templates } : {}), ...(levels ? { levels } : {}) };

  // Plans and units files (a base plan + don_vi) go through the batch engine together: in parallel,
  // each .docx written atomically, PDFs in one LibreOffice run. A plan's .docx goes beside it (or
  // into -o); a units file's go into a folder named after it.
  const sources = await Promise.all(files.map((file) => exportSource(file, outDir, io.cwd, outFile)));
  const printer: Printer = printDiagnostics(io, options.lang);
  const printed = new Set<string>();
  const print = (diagnostics: Diagnostic[], texts: ReadonlyMap<string, string>) => {
    // A problem in a base plan is shared by every unit: print it once.
    const fresh = diagnostics.filter((d) => {
      const key = JSON.stringify([d.file, d.line, d.column, d.code, d.args]);
      return printed.has(key) ? false : (printed.add(key), true);
    });
    printer(fresh, texts);
  };
  let progress: Progress | undefined;
  const report = await runExport(sources, {
    cwd: io.cwd,
    lang: options.lang,
    jobs: availableParallelism(),
    settings,
    ...(options.plansDir ? { plansDirs: [options.plansDir] } : {}),
    ...(pdf ? { pdf } : {}),
    onStart: (jobs, texts) => {
      progress = createProgress(io, 'lines', jobs.length, options.lang, (r) => {
        print(r.diagnostics, r.source ? new Map([...texts, [r.source.file, r.source.text]]) : texts);
        const what = r.job.task?.kind === 'unit' ? `${r.job.at.file} [${r.job.label}]` : r.job.label;
        return r.ok ? (options.quiet ? undefined : ui(options.lang, 'rendered')(what, r.job.targetLabel)) : ui(options.lang, 'failed')(what);
      });
    },
    onSettled: (result) => progress?.settled(result),
  });
  progress?.stop();

  let failed = report.results.filter((r) => !r.ok).length;
  for (const file of report.unitsFiles) {
    if (file.units.fileProblems.length > 0) {
      failed++;
      print(file.units.fileProblems, report.sources);
      io.stderr(ui(options.lang, 'unitsFileBroken')(file.source.file) + '\n');
    } else if (file.manifest && !options.quiet) {
      io.stderr(ui(options.lang, 'manifestWritten')(displayPath(file.manifest.json, io.cwd), displayPath(file.manifest.csv, io.cwd)) + '\n');
    }
  }
  // A PDF that failed after its .docx was reported as written (LibreOffice's own failure, a timeout).
  if (report.pdfProblems.length > 0) print(report.pdfProblems, report.sources);
  if (report.writeProblems.length > 0) {
    failed += report.writeProblems.length;
    print(report.writeProblems, report.sources);
  }
  const total = report.results.length + report.unitsFiles.filter((u) => u.units.fileProblems.length > 0).length;
  if (total > 1 && !options.quiet) io.stderr(ui(options.lang, 'summary')(total - failed, failed) + '\n');
  if (unmatched.length > 0) return 2;
  return failed > 0 ? 1 : 0;
}

/** A units file is recognised by its top-level don_vi (a plan never has it); anything else is a plan. */
async function exportSource(file: string, outDir: string | undefined, cwd: string, outFile?: string): Promise<ExportSource> {
  const absolute = resolve(cwd, file);
  const stem = basename(file, extname(file));
  const folder = outDir === undefined ? dirname(absolute) : resolve(cwd, outDir);
  // Only a regular file is opened (a FIFO would block the watch forever, issue 9); a file that cannot
  // be read is a plan, and its job reports why.
  const read = await readYamlText(absolute);
  const text = read.ok ? read.text : '';
  if (/^["']?don_vi["']?\s*:/m.test(text) && isUnitsData(parseYaml(text.replace(/^\uFEFF/, ''), file).data)) {
    return { kind: 'units', file, outDir: join(folder, stem) };
  }
  return { kind: 'plan', file, target: outFile ?? join(folder, `${stem}.docx`) };
}

export const registerRender: RegisterCommand = (program, ctx) => {
  program
    .command('render')
    .description(help(ctx.lang, 'renderDesc'))
    .argument(`[${help(ctx.lang, 'phFiles')}]`, help(ctx.lang, 'argPlans'))
    .option(`-o, --output ${placeholder(ctx.lang, 'phDir')}`, help(ctx.lang, 'renderOutput'))
    .option('--examples', help(ctx.lang, 'renderExamples'))
    .option('--final', help(ctx.lang, 'optFinal'))
    .option('-q, --quiet', help(ctx.lang, 'renderQuiet'))
    .option('--pdf', help(ctx.lang, 'renderPdf'))
    .option(`--pdf-timeout ${placeholder(ctx.lang, 'phSeconds')}`, help(ctx.lang, 'pdfTimeout'))
    .option(`--plans-dir ${placeholder(ctx.lang, 'phDir')}`, help(ctx.lang, 'plansDir'))
    .option('-w, --watch', help(ctx.lang, 'renderWatch'))
    .option(`--reference-doc ${placeholder(ctx.lang, 'phFile')}`, help(ctx.lang, 'referenceDoc'))
    .option('--reference-doc-wins', help(ctx.lang, 'referenceDocWins'))
    .action(async (files: string[], { watch, ...opts }: { output?: string; quiet?: boolean; pdf?: boolean; pdfTimeout?: string; plansDir?: string; watch?: boolean; examples?: boolean; final?: boolean; referenceDoc?: string; referenceDocWins?: boolean }) => {
      const options: RenderOptions = { lang: ctx.lang, ...opts, ...(ctx.configPath !== undefined ? { configPath: ctx.configPath } : {}) };
      if (!watch) return ctx.setExitCode(await runRender(files, options, ctx.io));
      // The watch also re-renders when a template of the config's templates folder, or the reference document, changes.
      const config = await configForRun(files, options.configPath, ctx.io, ctx.lang);
      if (config === 'failed') return ctx.setExitCode(2);
      // --watch's modules (chokidar, the templates' watcher) start only with it.
      const { runRenderWatch } = await import('../../watch/render-watch.js');
      ctx.setExitCode(await runRenderWatch(files, { ...options, referenceMemory: {} }, ctx.io, runRender, config.config.templates, referenceOf(config.config, options).referenceDoc));
    });
};
