// .docx files → PDFs beside them, with ONE LibreOffice run for the whole list: a run per file costs
// LibreOffice's start-up every time (7–9 times slower for a province's batch). soffice works in a
// staging folder inside the output folder, with a private profile (-env:UserInstallation) so that
// it neither waits for nor disturbs a LibreOffice the user has open; each finished PDF is checked
// (whole: its header, its end marker, its size) and then renamed into place, so an interrupted run or
// a full disk leaves no half-written PDF. The staging folder and the soffice process are removed on
// Ctrl-C or kill; after SIGKILL, the next run removes the staging folder (src/output/stale-temps.ts).
// LibreOffice may hang (a dialog it cannot show, a broken profile): the run has a timeout that grows
// with the documents' size, and every file it did not convert is PP404 by name.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureFolder } from '../output/ensure-folder.js';
import { removeStaleTemps, trackTemp } from '../output/stale-temps.js';
import { moveFileAtomically, tempPathFor } from '../output/write-atomic.js';
import { countPdfPages, countPdfPagesWithPdfinfo } from './count-pages.js';

export interface PdfResult {
  docx: string;
  /** The PDF's path, or undefined when LibreOffice did not convert this file. */
  pdf: string | undefined;
  pages: number | undefined;
  /** Why there is no PDF: LibreOffice did not make it (its own words when it gave any), or the PDF
   * could not be moved into place (the error, for writeProblem). */
  problem?: { code: 'PP404'; detail: string } | { code: 'write'; error: unknown };
}

export interface ConvertOptions {
  /** A folder on the same disk as the outputs, for the staging folder (the output folder). */
  stagingParent: string;
  /** poppler's pdfinfo, used only when a page count cannot be read from the PDF itself. */
  pdfinfo?: string | undefined;
  env?: Record<string, string | undefined>;
  /** For the whole run; by default pdfTimeoutMs() of the documents. */
  timeoutMs?: number;
}

export function pdfPathOf(docx: string): string {
  return join(dirname(docx), `${basename(docx, extname(docx))}.pdf`);
}

/** A page of a plan is ~2 KB of .docx (the largest example: 17 KB, 8 pages). */
const BYTES_PER_PAGE = 2048;

/** How long one LibreOffice run may take: a minute to start, then 5 s per document and 1 s per
 * (estimated) page; a 16-unit batch of 8-page plans gets about 3.5 minutes. */
export function pdfTimeoutMs(docxSizes: readonly number[]): number {
  return 60_000 + docxSizes.reduce((sum, size) => sum + 5_000 + 1_000 * Math.max(1, Math.ceil(size / BYTES_PER_PAGE)), 0);
}

export async function convertToPdf(soffice: string, docxFiles: readonly string[], options: ConvertOptions): Promise<PdfResult[]> {
  if (docxFiles.length === 0) return [];
  await ensureFolder(options.stagingParent);
  await removeStaleTemps(options.stagingParent);
  const staging = tempPathFor(join(options.stagingParent, 'parplan-pdf'), '-pdf');
  let child: ChildProcess | undefined;
  // Every soffice run's process group: soffice.bin may outlive the soffice that started it.
  const groups: number[] = [];
  const started = (c: ChildProcess): void => {
    child = c;
    if (c.pid !== undefined) groups.push(c.pid);
  };
  // On Ctrl-C or kill: end soffice and wait until none of its processes runs, and only then remove
  // the folder. Removing it while soffice still wrote into it failed now and then (ENOTEMPTY) and left
  // it behind; and the plain removal of temporary files once ran first and threw, so that soffice was
  // never killed at all (issue 9).
  const untrack = trackTemp(staging, () => {
    if (child) stopTree(child);
    rmSync(staging, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
  });
  await mkdir(staging);
  try {
    const input = join(staging, 'in');
    const output = join(staging, 'out');
    await mkdir(input);
    await mkdir(output);
    // Short, unique names: two units' files may share a name in different folders, and Windows
    // limits a command line to 32,767 characters.
    const staged = docxFiles.map((_, i) => `${i + 1}.docx`);
    await Promise.all(docxFiles.map((docx, i) => link(docx, join(input, staged[i]!)).catch(() => copyFile(docx, join(input, staged[i]!)))));
    const profile = pathToFileURL(join(staging, 'profile')).href;
    const sizes = await Promise.all(docxFiles.map((f) => stat(f).then((i) => i.size, () => 0)));
    const timeout = options.timeoutMs ?? pdfTimeoutMs(sizes);
    const args = [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'pdf', '--outdir', output, ...staged];
    let log = await runSoffice(soffice, args, input, timeout, options.env, started);
    // A fresh profile now and then makes soffice restart itself and drop the files it was given:
    // convert the missing ones once more, with the profile the first run has set up.
    const missing = await missingOutputs(staged, output);
    if (missing.length > 0 && !log.timedOut) {
      log = await runSoffice(soffice, [...args.slice(0, -staged.length), ...missing], input, timeout, options.env, started);
    }
    child = undefined;

    return await Promise.all(
      docxFiles.map(async (docx, i): Promise<PdfResult> => {
        const pdf = pdfPathOf(docx);
        const stagedPdf = join(output, `${i + 1}.pdf`);
        let bytes: Uint8Array;
        try {
          bytes = await readFile(stagedPdf);
        } catch {
          return { docx, pdf: undefined, pages: undefined, problem: { code: 'PP404', detail: log.timedOut ? `soffice timeout (${Math.round(timeout / 1000)} s)` : log.failed ? log.reason : '' } };
        }
        // A full disk or a killed soffice leaves a PDF cut short: never move that over an older one.
        if (!isWholePdf(bytes)) return { docx, pdf: undefined, pages: undefined, problem: { code: 'PP404', detail: log.timedOut ? `soffice timeout (${Math.round(timeout / 1000)} s)` : 'incomplete PDF' } };
        try {
          await moveFileAtomically(stagedPdf, pdf, bytes);
        } catch (error) {
          return { docx, pdf: undefined, pages: undefined, problem: { code: 'write', error } };
        }
        const pages = countPdfPages(bytes) ?? (options.pdfinfo ? await countPdfPagesWithPdfinfo(options.pdfinfo, pdf) : undefined);
        return { docx, pdf, pages };
      }),
    );
  } finally {
    // soffice has exited, but a soffice.bin it started may still write into its profile for a
    // moment: removed before it ends, the folder came back (edit's "Tải PDF" left it behind).
    await settleGroups(groups);
    await rm(staging, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
    untrack();
  }
}

/** A PDF that LibreOffice finished: the header, and the end-of-file marker in its last bytes. */
export function isWholePdf(bytes: Uint8Array): boolean {
  if (bytes.byteLength < 32) return false;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, 5).toString('latin1');
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset + Math.max(0, bytes.byteLength - 1024), Math.min(1024, bytes.byteLength)).toString('latin1');
  return head === '%PDF-' && tail.includes('%%EOF');
}

/** Ends soffice and the soffice.bin it started; synchronous, as it also runs while the process exits. */
function killTree(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    if (process.platform === 'win32') spawnSync('taskkill', ['/pid', String(child.pid), '/T', '/F'], { windowsHide: true });
    else process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

/** Kills soffice's process group and waits (synchronously: this runs while the process exits) until
 * no process of the group runs any more, at most 10 s. A killed process may still be finishing a
 * write for a moment; once it is gone nothing writes into the staging folder. */
function stopTree(child: ChildProcess): void {
  killTree(child);
  if (process.platform === 'win32' || child.pid === undefined) return;
  const pgid = child.pid;
  const deadline = Date.now() + 10_000;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (groupRuns(pgid) && Date.now() < deadline) Atomics.wait(pause, 0, 0, 20);
}

/** Waits until no process of these groups runs (at most 5 s), then kills what is left and waits for it. */
async function settleGroups(groups: readonly number[]): Promise<void> {
  if (process.platform === 'win32' || groups.length === 0) return;
  const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));
  const waitUntil = async (deadline: number) => {
    while (groups.some(groupRuns) && Date.now() < deadline) await pause(25);
  };
  await waitUntil(Date.now() + 5_000);
  for (const group of groups) {
    if (!groupRuns(group)) continue;
    try {
      process.kill(-group, 'SIGKILL');
    } catch {
      // Gone meanwhile.
    }
  }
  await waitUntil(Date.now() + 2_000);
}

/** Whether a process of the group still runs (a zombie, dead but not yet reaped, does not count). */
function groupRuns(pgid: number): boolean {
  if (process.platform === 'linux') {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
      } catch {
        continue;
      }
      // pid (comm) state ppid pgrp …; comm may hold spaces and parentheses: read after the last ")".
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid && fields[0] !== 'Z' && fields[0] !== 'X') return true;
    }
    return false;
  }
  const ps = spawnSync('ps', ['-A', '-o', 'pgid=,stat='], { encoding: 'utf8' });
  if (ps.status !== 0) return false;
  return ps.stdout.split('\n').some((line) => {
    const [group, state] = line.trim().split(/\s+/);
    return Number(group) === pgid && state !== undefined && !state.startsWith('Z');
  });
}

async function missingOutputs(staged: string[], output: string): Promise<string[]> {
  const done = new Set(await readdir(output));
  return staged.filter((name) => !done.has(name.replace(/\.docx$/, '.pdf')));
}

function runSoffice(
  soffice: string,
  args: string[],
  cwd: string,
  timeout: number,
  env: Record<string, string | undefined> | undefined,
  started: (child: ChildProcess) => void,
): Promise<{ failed: boolean; timedOut: boolean; reason: string }> {
  return new Promise((resolve) => {
    let output = '';
    // Its own process group (POSIX), so that killing it also ends soffice.bin, which the soffice
    // launcher (oosplash) starts as a child of its own.
    const child = spawn(soffice, args, { cwd, env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true, detached: process.platform !== 'win32' });
    started(child);
    const keep = (chunk: Buffer) => {
      if (output.length < 8192) output += chunk.toString('utf8');
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killTree(child);
    }, timeout);
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ failed: true, timedOut, reason: e.message });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const lastLine = output.trim().split('\n').filter((l) => !/^convert /.test(l)).pop() ?? '';
      resolve({ failed: code !== 0 || signal !== null, timedOut, reason: signal ? `soffice: ${signal}` : code !== 0 ? `soffice exit ${code}: ${lastLine}` : lastLine });
    });
  });
}
