// The batch engine: jobs in, one result per job out. Tasks run on the runner (worker threads or the
// main thread); the main thread writes each .docx atomically as it arrives, so memory holds only the
// documents in flight, and a file that cannot be written fails that job alone.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { writeFileAtomically } from '../output/write-atomic.js';
import { writeProblem } from '../output/write-problem.js';
import type { BatchTask, RenderSettings } from './render-task.js';
import { createRunner, type Runner } from './runner.js';
import type { UnitsTexts } from './units-file.js';

export interface BatchJob {
  /** What the user sees: a unit's name, or a plan file's path. */
  label: string;
  /** What to render; undefined when `problems` already stop the job (an unusable file name). */
  task: BatchTask | undefined;
  /** Absolute path of the .docx, and how to show it. */
  target: string;
  targetLabel: string;
  /** Where a problem of the job as a whole is reported (the unit's entry, or the plan file). */
  at: { file: string; line: number; column: number };
  /** Notes found while planning (a renamed file), and problems that stop the job before rendering. */
  notes: Diagnostic[];
  problems: Diagnostic[];
}

export interface JobResult {
  index: number;
  job: BatchJob;
  ok: boolean;
  diagnostics: Diagnostic[];
  /** SHA-256 of the written .docx (a unit's, for the manifest). */
  sha256?: string;
  /** The source text of a plan file, for code frames. */
  source?: { file: string; text: string };
}

export interface RunOptions {
  /** Worker threads; 1 renders in the main thread. */
  jobs: number;
  units: Record<string, UnitsTexts>;
  /** --reference-doc's named styles, the templates folder, the config's rule levels. */
  settings?: RenderSettings;
  /** Called as each job settles, in the order they settle. */
  onSettled?: (result: JobResult) => void;
  /** The atomic writer; tests replace it to play a locked file. */
  writeFile?: (target: string, bytes: Uint8Array) => Promise<void>;
}

export async function runBatch(jobs: readonly BatchJob[], options: RunOptions): Promise<JobResult[]> {
  const results: JobResult[] = new Array(jobs.length);
  const settle = (result: JobResult) => {
    results[result.index] = result;
    options.onSettled?.(result);
  };
  const pending = jobs.map((job, index) => ({ job, index })).filter(({ job, index }) => {
    if (job.task !== undefined && job.problems.length === 0) return true;
    settle({ index, job, ok: false, diagnostics: [...job.notes, ...job.problems] });
    return false;
  });
  if (pending.length === 0) return results;

  const runner = await createRunner(Math.min(options.jobs, pending.length), pending.length, options.units, options.settings);
  const write = options.writeFile ?? writeFileAtomically;
  // A few tasks per thread keep every thread busy while the main thread writes: each lane waits
  // for its document's atomic write (with its fsync: 1.6 ms median, 9 ms at the 90th percentile on
  // this machine, against ~8 ms to render a unit) before it takes the next task, and with two lanes
  // a thread the threads waited for work ~8% of the time (issue 12's profile). More would only hold
  // finished documents (~30 KB each) in memory.
  const window = runner.threads * 4;
  let next = 0;
  const work = async (): Promise<void> => {
    while (next < pending.length) {
      const { job, index } = pending[next++]!;
      settle(await runJob(job, index, runner.run.bind(runner), write));
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(window, pending.length) }, work));
  } finally {
    await runner.close();
  }
  return results;
}

async function runJob(job: BatchJob, index: number, run: Runner['run'], write: (target: string, bytes: Uint8Array) => Promise<void>): Promise<JobResult> {
  let outcome: Awaited<ReturnType<Runner['run']>>;
  try {
    outcome = await run(job.task!);
  } catch (e) {
    // Our bug, or a thread out of memory: this unit fails, the pool replaces the thread, the rest go on.
    const detail = e instanceof Error ? e.message : String(e);
    return { index, job, ok: false, diagnostics: [...job.notes, { code: 'PP406', severity: 'error', ...job.at, path: '', args: { detail } }] };
  }
  const source = outcome.source === undefined ? {} : { source: outcome.source };
  const diagnostics = [...job.notes, ...outcome.diagnostics];
  if (!outcome.ok) return { index, job, ok: false, diagnostics, ...source };
  try {
    await write(job.target, outcome.bytes);
  } catch (e) {
    return { index, job, ok: false, diagnostics: [...diagnostics, jobWriteProblem(job, e)], ...source };
  }
  // A unit's hash goes into its manifest; a plan file has none, and render need not start node:crypto
  // for it (~3-6 ms of a cold start, issue 12).
  const sha256 = job.task?.kind === 'unit' ? process.getBuiltinModule('node:crypto').createHash('sha256').update(outcome.bytes).digest('hex') : undefined;
  return { index, job, ok: true, diagnostics, ...(sha256 === undefined ? {} : { sha256 }), ...source };
}

/** A file Word holds open on Windows is PP403 by name; anything else PP301 with its reason. */
export function jobWriteProblem(job: BatchJob, e: unknown): Diagnostic {
  return writeProblem(job.at, job.targetLabel, e);
}
