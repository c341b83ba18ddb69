// A whole export: plan files and units files → jobs → documents (run-batch.ts) → PDFs in one
// LibreOffice run → a manifest beside each units file's documents → a zip. `parplan batch` and
// `parplan render` both come here; they differ only in what they print.
import { rm } from 'node:fs/promises';
import { onExit } from 'signal-exit';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Lang } from '../diagnostics/messages.js';
import { writeFileAtomically } from '../output/write-atomic.js';
import { convertToPdf } from '../pdf/convert-to-pdf.js';
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
  pdf?: { soffice: string; pdfinfo?: string | undefined; env?: Record<string, string | undefined> };
  /** An archive of every output and manifest (absolute path). */
  zip?: string;
  /** Called once the jobs are known (with the texts of the units files and their bases, for code
   * frames), then as each job settles. */
  onStart?(jobs: readonly BatchJob[], sources: ReadonlyMap<string, string>): void;
  onSettled?(result: JobResult): void;
  writeFile?: (target: string, bytes: Uint8Array) => Promise<void>;
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
}

export function displayPath(target: string, cwd: string): string {
  const inside = relative(cwd, target);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? inside : target;
}

export async function runExport(sources: readonly ExportSource[], options: ExportOptions): Promise<ExportReport> {
  // write-file-atomic listens for signals only while a write is in flight, hundreds of times a
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
  for (const source of sources) {
    if (source.kind === 'plan') {
      jobs.push({
        label: source.file,
        task: { kind: 'plan', file: source.file, absolute: resolve(options.cwd, source.file) },
        target: source.target,
        targetLabel: display(source.target),
        at: { file: source.file, line: 0, column: 0 },
        notes: [],
        problems: [],
      });
      continue;
    }
    const units = await readUnits(source.file, options.cwd);
    for (const [file, text] of units.sources) texts.set(file, text);
    const report: UnitsReport = { source, units, indexes: [] };
    unitsFiles.push(report);
    if (units.fileProblems.length > 0) continue;
    // An interrupted run must not leave the manifest of an earlier run beside new documents.
    // (One open in Excel cannot be removed: writing the new one reports that at the end.)
    await rm(join(source.outDir, 'manifest.json'), { force: true }).catch(() => undefined);
    await rm(join(source.outDir, 'manifest.csv'), { force: true }).catch(() => undefined);
    const key = `${unitsFiles.length - 1}:${source.file}`;
    unitsTexts[key] = units.texts;
    for (const job of planUnitJobs(units, { key, outDir: source.outDir, display })) {
      report.indexes.push(jobs.length);
      jobs.push(job);
    }
  }

  options.onStart?.(jobs, texts);
  const results = await runBatch(jobs, {
    jobs: options.jobs,
    units: unitsTexts,
    ...(options.onSettled ? { onSettled: options.onSettled } : {}),
    ...(options.writeFile ? { writeFile: options.writeFile } : {}),
  });
  for (const r of results) if (r.source) texts.set(r.source.file, r.source.text);

  const report: ExportReport = { results, unitsFiles, sources: texts, writeProblems: [] };
  const write = async (target: string, bytes: Uint8Array | (() => Promise<Uint8Array>), about: string): Promise<boolean> => {
    try {
      await writeFileAtomically(target, typeof bytes === 'function' ? await bytes() : bytes);
      return true;
    } catch (e) {
      report.writeProblems.push(batchWriteProblem(about, display(target), e));
      return false;
    }
  };
  if (options.pdf) report.pdfs = await convertResults(results, options.pdf, display);

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
async function convertResults(results: JobResult[], pdf: NonNullable<ExportOptions['pdf']>, display: (p: string) => string): Promise<Map<number, PdfInfo>> {
  const written = results.filter((r) => r.ok);
  const infos = new Map<number, PdfInfo>();
  if (written.length === 0) return infos;
  const converted = await convertToPdf(
    pdf.soffice,
    written.map((r) => r.job.target),
    { stagingParent: commonFolder(written.map((r) => dirname(r.job.target))), pdfinfo: pdf.pdfinfo, ...(pdf.env ? { env: pdf.env } : {}) },
  );
  converted.forEach((c, i) => {
    const result = written[i]!;
    infos.set(result.index, { file: c.pdf === undefined ? null : relative(dirname(result.job.target), c.pdf).split(sep).join('/'), pages: c.pages ?? null });
    if (c.problem) {
      result.ok = false;
      const args: Record<string, string> =
        c.problem.code === 'PP404' ? { file: display(c.docx), detail: c.problem.detail } : { target: display(c.docx.replace(/\.docx$/i, '.pdf')), reason: c.problem.detail };
      const diagnostic: Diagnostic = { code: c.problem.code, severity: 'error', ...result.job.at, path: '', args };
      result.diagnostics.push(diagnostic);
    }
  });
  return infos;
}

function batchWriteProblem(about: string, target: string, e: unknown): Diagnostic {
  const error = e as NodeJS.ErrnoException;
  const at = { severity: 'error' as const, file: about, line: 0, column: 0, path: '' };
  if (error.code === 'EBUSY' || error.code === 'EPERM') return { ...at, code: 'PP403', args: { target } };
  return { ...at, code: 'PP301', args: { target, reason: error.message ?? String(e) } };
}

function commonFolder(folders: string[]): string {
  return folders.reduce((common, folder) => {
    let c = common;
    while (c !== folder && !folder.startsWith(c.endsWith(sep) ? c : c + sep)) c = dirname(c);
    return c;
  });
}

function zipEntries(report: ExportReport, zipPath: string): ZipEntry[] {
  const written = report.results.filter((r) => r.ok);
  const root = commonFolder([...written.map((r) => dirname(r.job.target)), ...report.unitsFiles.filter((u) => u.manifest).map((u) => u.source.outDir)]);
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

