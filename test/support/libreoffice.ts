// Converting a .docx to PDF with LibreOffice, as a user's machine would show it.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Converts `docxPath` into `outDir`, returning the PDF's path. Each call gets a private profile
 * (-env:UserInstallation) so test files running in parallel don't fight over one; a fresh profile
 * sometimes makes soffice restart itself and drop the conversion, so it is tried twice.
 */
export async function convertToPdf(soffice: string, docxPath: string, outDir: string): Promise<string> {
  const profile = mkdtempSync(path.join(tmpdir(), 'parplan-lo-profile-'));
  const pdf = path.join(outDir, `${path.basename(docxPath, path.extname(docxPath))}.pdf`);
  const args = [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, docxPath];
  let output = '';
  for (let attempt = 0; attempt < 2 && !existsSync(pdf); attempt++) {
    const result = await run(soffice, args, { timeout: 120_000 }).catch((error: { stdout?: string; stderr?: string }) => ({
      stdout: error.stdout ?? '',
      stderr: error.stderr ?? String(error),
    }));
    output += result.stdout + result.stderr;
  }
  if (!existsSync(pdf)) throw new Error(`LibreOffice did not convert ${docxPath}:\n${output}`);
  return pdf;
}

/** The text of a PDF's pages (pdftotext), one string per page. */
export async function readPdfPages(pdftotext: string, pdf: string): Promise<string[]> {
  const { stdout } = await run(pdftotext, ['-enc', 'UTF-8', pdf, '-'], { maxBuffer: 16 * 1024 * 1024 });
  const pages = stdout.split('\f');
  if (pages[pages.length - 1]?.trim() === '') pages.pop();
  return pages;
}

/** Page sizes in points from pdftotext's bounding-box output. */
export async function readPdfPageSizes(pdftotext: string, pdf: string): Promise<{ width: number; height: number }[]> {
  const { stdout } = await run(pdftotext, ['-bbox', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return [...stdout.matchAll(/<page width="([\d.]+)" height="([\d.]+)">/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}
