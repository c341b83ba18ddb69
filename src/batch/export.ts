// A whole export: plan files and units files → jobs → documents (run-batch.ts) → PDFs in one
// LibreOffice run → a manifest beside each units file's documents → a zip. `parplan batch` and
// `parplan render` both come here; they differ only in what they print.
import type { RenderSettings } from './render-task.js';
import { rm } from 'node:fs/promises';
import { onExit } from 'signal-exit';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { displayPath } from '../output/display-path.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Lang } from '../diagnostics/messages.js';
import { writeFileAtomically } from '../output/write-atomic.js';
import { ensureFolder } from '../output/ensure-folder.js';
import { writeProblem } from '../output/write-problem.js';
import { canonicalPath, foldName, guardInputs, InputClashError, uniquePaths, type InputGuard } from './guard-outputs.js';
import { convertToPdf, pdfPathOf } from '../pdf/convert-to-pdf.js';
import { manifestCsv, manifestJson, manifestRows, type PdfInfo } from './manifest.js';
import { planUnitJobs } from './plan-jobs.js';
import { runBatch, type BatchJob, type JobResult } from './run-batch.js';
import { readUnits, type Units, type UnitsTexts } from './units-file.js';
import { zipBytes, type ZipEntry } from './zip-outputs.js';

export type ExportSource =
  /** A plan file, written to `target` (absolute). */
  | { kind: 'plan'; file: string; target: string }
  /** A units file, its units written into `outDir` (absolute) with a manifest. */
  | { kind: 'units'; file: string; outDir: string };

export interface ExportOptions {
  cwd: string;
  lang: Lang;
  jobs: number;
  /** LibreOffice (and poppler's pdfinfo, if any) when PDFs are wanted. */
  pdf?: { soffice: string; pdfinfo?: string | undefined; env?: Record<string, string | undefined>; timeoutMs?: number | undefined };
  /** Folders besides a units file's own where its base plan may be (--plans-dir). */
  plansDirs?: readonly string[];
  /** An archive of every output and manifest (absolute path). */
  zip?: string;
  /** Called once the jobs are known (with the texts of the units files and their bases, for code
   * frames), then as each job settles. */
  onStart?(jobs: readonly BatchJob[], sources: ReadonlyMap<string, string>): void;
  onSettled?(result: JobResult): void;
  writeFile?: (target: string, bytes: Uint8Array) => Promise<void>;
  /** The named styles with a province's reference document applied (--reference-doc), the templates folder, the config's rule levels. */
  settings?: RenderSettings;
}

export interface UnitsReport {
  source: Extract<ExportSource, { kind: 'units' }>;
  units: Units;
  /** Indexes into ExportReport.results of this file's units. */
  indexes: number[];
  manifest?: { json: string; csv: string };
}

export interface ExportReport {
  results: JobResult[];
  /** Problems that stopped a whole units file (it then has no jobs). */
  unitsFiles: UnitsReport[];
  /** PDF per job index, with --pdf. */
  pdfs?: Map<number, PdfInfo>;
  zip?: string;
  /** Files of the batch itself that could not be written (a manifest.csv open in Excel, the zip). */
  writeProblems: Diagnostic[];
  /** file → text, for code frames. */
  sources: Map<string, string>;
  /** PDF problems, found after their documents were reported as written (render prints them). */
  pdfProblems: Diagnostic[];
  /** Set when the run was refused before writing anything (a --zip that is an input or an output). */
  refused?: Diagnostic;
}


export async function runExport(sources: readonly ExportSource[], options: ExportOptions): Promise<ExportReport> {
  // An exit listener that comes and goes with each write (as write-file-atomic's did), hundreds of times a
  // second: a Ctrl-C or kill that lands as its listener goes away reaches no listener and is lost
  // (the batch then runs to its end). One exit handler held for the whole run keeps a listener in
  // place, so every signal ends the run, after the temporary files are removed.
  const release = onExit(() => undefined);
  try {
    return await exportAll(sources, options);
  } finally {
    release();
  }
}

async function exportAll(sources: readonly ExportSource[], options: ExportOptions): Promise<ExportReport> {
  const display = (p: string) => displayPath(p, options.cwd);
  const jobs: BatchJob[] = [];
  const unitsTexts: Record<string, UnitsTexts> = {};
  const unitsFiles: UnitsReport[] = [];
  const texts = new Map<string, string>();
  const inputs: string[] = [];
  // Two plans (or two units files) that want one output get `-2`, `-3`, … and a warning, as units do.
  const planTargets = uniquePaths(sources.map((s) => (s.kind === 'plan' ? s.target : join(s.outDir, '\0units'))), '.docx');
  const unitDirs = uniquePaths(sources.map((s, i) => (s.kind === 'units' ? s.outDir : join(`\0plan${i}`))), '');
  for (const [i, given] of sources.entries()) {
    inputs.push(resolve(options.cwd, given.file));
    const renamed = given.kind === 'plan' ? planTargets[i]! : unitDirs[i]!;
    const at = { file: given.file, line: 0, column: 0 };
    const notes: Diagnostic[] =
      renamed.clashWith === undefined
        ? []
        : [{ code: 'PP402', severity: 'warning', ...at, path: '', args: { name: display(given.kind === 'plan' ? given.target : given.outDir), other: sources[renamed.clashWith]!.file, renamed: display(renamed.path), kind: 'plan' } }];
    const source: ExportSource = given.kind === 'plan' ? { ...given, target: renamed.path } : { ...given, outDir: renamed.path };
    if (source.kind === 'plan') {
      jobs.push({
        label: source.file,
        task: { kind: 'plan', file: source.file, absolute: resolve(options.cwd, source.file) },
        target: source.target,
        targetLabel: display(source.target),
        at,
        notes,
        problems: [],
      });
      continue;
    }
    const units = await readUnits(source.file, options.cwd, options.plansDirs ?? []);
    if (units.texts.baseFile !== undefined) inputs.push(resolve(options.cwd, units.texts.baseFile));
    for (const [file, text] of units.sources) texts.set(file, text);
    const report: UnitsReport = { source, units, indexes: [] };
    unitsFiles.push(report);
    if (units.fileProblems.length > 0) continue;
    const key = `${unitsFiles.length - 1}:${source.file}`;
    unitsTexts[key] = units.texts;
    for (const job of planUnitJobs(units, { key, outDir: source.outDir, display })) {
      report.indexes.push(jobs.length);
      jobs.push(notes.length > 0 ? { ...job, notes: [...notes, ...job.notes] } : job);
    }
  }

  // Nothing is written over an input of the run, and a folder that cannot be made fails its jobs now,
  // before anything is rendered (issue 9).
  const guard = await guardInputs(inputs);
  const manifests = unitsFiles.filter((u) => u.units.fileProblems.length === 0).flatMap((u) => [join(u.source.outDir, 'manifest.json'), join(u.source.outDir, 'manifest.csv')]);
  if (options.zip) {
    const outputs = [...jobs.flatMap((j) => (options.pdf ? [j.target, pdfPathOf(j.target)] : [j.target])), ...manifests];
    const refused = await checkZipPath(options.zip, guard, outputs, display, sources[0]?.file ?? '');
    if (refused) return { results: [], unitsFiles, sources: texts, writeProblems: [], pdfProblems: [], refused };
  }
  const folders = new Map<string, unknown>();
  for (const job of jobs) {
    if (job.task === undefined || job.problems.length > 0) continue;
    for (const target of options.pdf ? [job.target, pdfPathOf(job.target)] : [job.target]) {
      if (await guard.isInput(target)) job.problems.push(writeProblem(job.at, display(target), new InputClashError(target)));
    }
    const folder = dirname(job.target);
    if (!folders.has(folder)) folders.set(folder, await ensureFolder(folder).then(() => undefined, (e: unknown) => e ?? new Error('mkdir')));
    const failure = folders.get(folder);
    if (failure !== undefined && job.problems.length === 0) job.problems.push(writeProblem(job.at, job.targetLabel, failure));
  }
  // An interrupted run must not leave the manifest of an earlier run beside new documents.
  // (One open in Excel cannot be removed: writing the new one reports that at the end.)
  for (const manifest of manifests) if (!(await guard.isInput(manifest))) await rm(manifest, { force: true }).catch(() => undefined);

  options.onStart?.(jobs, texts);
  const results = await runBatch(jobs, {
    jobs: options.jobs,
    units: unitsTexts,
    ...(options.settings ? { settings: options.settings } : {}),
    ...(options.onSettled ? { onSettled: options.onSettled } : {}),
    ...(options.writeFile ? { writeFile: options.writeFile } : {}),
  });
  for (const r of results) if (r.source) texts.set(r.source.file, r.source.text);

  const report: ExportReport = { results, unitsFiles, sources: texts, writeProblems: [], pdfProblems: [] };
  const write = async (target: string, bytes: Uint8Array | (() => Promise<Uint8Array>), about: string): Promise<boolean> => {
    try {
      await guard.check(target);
      await writeFileAtomically(target, typeof bytes === 'function' ? await bytes() : bytes);
      return true;
    } catch (e) {
      report.writeProblems.push(batchWriteProblem(about, display(target), e));
      return false;
    }
  };
  if (options.pdf) report.pdfs = await convertResults(results, options.pdf, display, report.pdfProblems);

  for (const file of unitsFiles) {
    if (file.indexes.length === 0) continue;
    const outDir = file.source.outDir;
    const rows = manifestRows(
      file.indexes.map((i) => results[i]!),
      (target) => relative(outDir, target).split(sep).join('/'),
      options.lang,
      report.pdfs,
    );
    const header = { source: file.source.file, ...(file.units.texts.baseFile ? { base: file.units.texts.baseFile } : {}) };
    const json = join(outDir, 'manifest.json');
    const csv = join(outDir, 'manifest.csv');
    const wroteJson = await write(json, new TextEncoder().encode(manifestJson(header, rows)), file.source.file);
    const wroteCsv = await write(csv, new TextEncoder().encode(manifestCsv(rows)), file.source.file);
    if (wroteJson && wroteCsv) file.manifest = { json, csv };
  }

  if (options.zip) {
    const zip = options.zip;
    if (await write(zip, () => zipBytes(zipEntries(report, zip)), display(zip))) report.zip = zip;
  }
  return report;
}

/** One LibreOffice run for every document written; a document without its PDF fails its job. */
async function convertResults(results: JobResult[], pdf: NonNullable<ExportOptions['pdf']>, display: (p: string) => string, problems: Diagnostic[]): Promise<Map<number, PdfInfo>> {
  const written = results.filter((r) => r.ok);
  const infos = new Map<number, PdfInfo>();
  if (written.length === 0) return infos;
  const converted = await convertToPdf(
    pdf.soffice,
    written.map((r) => r.job.target),
    { stagingParent: commonFolder(written.map((r) => dirname(r.job.target))), pdfinfo: pdf.pdfinfo, ...(pdf.env ? { env: pdf.env } : {}), ...(pdf.timeoutMs ? { timeoutMs: pdf.timeoutMs } : {}) },
  );
  converted.forEach((c, i) => {
    const result = written[i]!;
    infos.set(result.index, { file: c.pdf === undefined ? null : relative(dirname(result.job.target), c.pdf).split(sep).join('/'), pages: c.pages ?? null });
    if (c.problem) {
      result.ok = false;
      const diagnostic: Diagnostic =
        c.problem.code === 'PP404'
          ? { code: 'PP404', severity: 'error', ...result.job.at, path: '', args: { file: display(c.docx), detail: c.problem.detail } }
          : writeProblem(result.job.at, display(pdfPathOf(c.docx)), c.problem.error);
      result.diagnostics.push(diagnostic);
      problems.push(diagnostic);
    }
  });
  return infos;
}

/** A --zip that is an input or an output of the run would replace it: refused before anything is written. */
async function checkZipPath(zip: string, guard: InputGuard, outputs: readonly string[], display: (p: string) => string, about: string): Promise<Diagnostic | undefined> {
  const at = { severity: 'error' as const, file: about, line: 0, column: 0, path: '' };
  if (await guard.isInput(zip)) return { ...at, code: 'PP407', args: { zip: display(zip), what: 'input', other: display(zip) } };
  const key = await canonicalPath(zip);
  for (const output of outputs) {
    if ((await canonicalPath(output)) === key || foldName(resolve(output)).toLowerCase() === foldName(resolve(zip)).toLowerCase()) {
      return { ...at, code: 'PP407', args: { zip: display(zip), what: 'output', other: display(output) } };
    }
  }
  // Word, Windows and a mail program take a file for what its name ends in: an archive called
  // ket-qua.docx would open in Word as a broken document.
  if (extname(zip).toLowerCase() !== '.zip') {
    const suggestion = join(dirname(zip), `${basename(zip, extname(zip))}.zip`);
    return { ...at, code: 'PP407', args: { zip: display(zip), what: 'extension', other: display(suggestion) } };
  }
  return undefined;
}

function batchWriteProblem(about: string, target: string, e: unknown): Diagnostic {
  return writeProblem({ file: about, line: 0, column: 0 }, target, e);
}

function commonFolder(folders: string[], fallback = '.'): string {
  if (folders.length === 0) return resolve(fallback);
  return folders.reduce((common, folder) => {
    let c = common;
    while (c !== folder && !folder.startsWith(c.endsWith(sep) ? c : c + sep)) c = dirname(c);
    return c;
  });
}

function zipEntries(report: ExportReport, zipPath: string): ZipEntry[] {
  const written = report.results.filter((r) => r.ok);
  const root = commonFolder([...written.map((r) => dirname(r.job.target)), ...report.unitsFiles.filter((u) => u.manifest).map((u) => u.source.outDir)], dirname(zipPath));
  const name = (file: string) => relative(root, file).split(sep).join('/');
  const entries: ZipEntry[] = [];
  for (const r of written) {
    entries.push({ name: name(r.job.target), from: r.job.target });
    const pdf = report.pdfs?.get(r.index)?.file;
    if (pdf) entries.push({ name: name(join(dirname(r.job.target), pdf)), from: join(dirname(r.job.target), pdf) });
  }
  for (const u of report.unitsFiles) {
    if (u.manifest) entries.push({ name: name(u.manifest.json), from: u.manifest.json }, { name: name(u.manifest.csv), from: u.manifest.csv });
  }
  return entries.filter((e) => resolve(String(e.from)) !== resolve(zipPath));
}

