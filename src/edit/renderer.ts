// Where parplan edit's renders run: in a thread of their own (render-worker.ts in dist/edit-worker.mjs)
// when parplan runs from its bundle, so the server's thread stays free for the page, its script and
// the diagnostics while a document is made; in this thread when running from the TypeScript sources
// (tests) or when the thread cannot start or dies. The thread is started by bin/load-cli.js as the
// process starts (or here, with the server), and the plan on disk is rendered at once, while the
// browser loads the page.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Lang } from '../diagnostics/messages.js';
import type { DocxOutcome, PlanSettings } from './plan-service.js';
import type { RenderJob, RenderReply } from './render-worker.js';

export interface Renderer {
  /** What `parplan render` would write for the text, or the problems that stop it. */
  render(text: string): Promise<DocxOutcome>;
  close(): Promise<void>;
  /** 'thread' or 'here': where the renders run (PARPLAN_EDIT_TIMES prints it). */
  readonly where: 'thread' | 'here';
}

/** dist/edit-worker.mjs beside the bundle (dist/parplan.cjs); none from the TypeScript sources or tsc's output. */
function workerScript(): string | undefined {
  if (import.meta.url.endsWith('.ts')) return undefined;
  const file = fileURLToPath(new URL('./edit-worker.mjs', import.meta.url));
  return existsSync(file) ? file : undefined;
}

/** The render thread bin/load-cli.js started for `parplan edit` before loading the CLI, if it is
 * still running (taken once). */
function takeEarlyThread(): Worker | undefined {
  const key = Symbol.for('parplan.editRenderThread');
  const holder = globalThis as { [key]?: { worker: Worker; gone: boolean } };
  const early = holder[key];
  delete holder[key];
  if (early?.gone) void early.worker.terminate();
  return early && !early.gone ? early.worker : undefined;
}

/** The thread is gone (it could not start, or it died): the render is done here instead. */
class ThreadGone extends Error {}

/** `script`: another thread's script (tests). */
export function startRenderer(name: string, lang: Lang, settings: PlanSettings, options: { script?: string } = {}): Renderer {
  const here = async (text: string) => (await import('./plan-service.js')).renderPlanText(name, text, lang, settings);
  const script = options.script ?? workerScript();
  if (script === undefined) return { render: here, close: async () => undefined, where: 'here' };

  let worker: Worker | undefined = takeEarlyThread() ?? new Worker(script);
  // The server keeps the process running; the thread alone never does (a failed start exits).
  worker.unref();
  let nextId = 0;
  const pending = new Map<number, { resolve: (outcome: DocxOutcome) => void; reject: (e: Error) => void }>();
  // A thread that fails (it cannot start, it crashed) is not used again: the renders it had, and all
  // later ones, run here.
  const fail = (cause: unknown) => {
    if (worker === undefined) return;
    const failed = worker;
    worker = undefined;
    void failed.terminate();
    const jobs = [...pending.values()];
    pending.clear();
    for (const job of jobs) job.reject(new ThreadGone(String(cause)));
  };
  worker.on('message', (reply: RenderReply) => {
    const job = pending.get(reply.id);
    if (job === undefined) return;
    pending.delete(reply.id);
    if ('outcome' in reply) job.resolve(reply.outcome);
    else job.reject(new Error(reply.error));
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the render thread stopped (${code})`)));

  return {
    where: 'thread',
    render: (text) => {
      if (worker === undefined) return here(text);
      const id = nextId++;
      const job: RenderJob = { id, name, text, lang, settings };
      const inThread = new Promise<DocxOutcome>((resolve, reject) => pending.set(id, { resolve, reject }));
      worker.postMessage(job);
      // The thread's own failure falls back to here; a bug in the render (reported by the thread) does not.
      return inThread.catch((e: unknown) => (e instanceof ThreadGone ? here(text) : Promise.reject(e)));
    },
    close: async () => {
      const closing = worker;
      worker = undefined;
      const jobs = [...pending.values()];
      pending.clear();
      for (const job of jobs) job.reject(new Error('parplan edit stopped'));
      await closing?.terminate();
    },
  };
}
