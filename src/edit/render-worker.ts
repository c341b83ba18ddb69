// parplan edit's render thread: renders the page's plans as `parplan render` would (plan-service.ts's
// renderPlanText), off the server's thread. A render is a few hundred milliseconds of work, the first
// one far more (the docx writer and the templates start); on the server's thread it held back the page,
// its script and every diagnostic meanwhile. It runs inside dist/edit-worker.mjs (bin/bundle-edit.mjs),
// which loads the one bundle through its own code cache; renderer.ts starts it.
import { parentPort } from 'node:worker_threads';
import type { Lang } from '../diagnostics/messages.js';
import { renderPlanText, type DocxOutcome, type PlanSettings } from './plan-service.js';

export interface RenderJob {
  id: number;
  name: string;
  text: string;
  lang: Lang;
  settings: PlanSettings;
}

export type RenderReply = { id: number; outcome: DocxOutcome } | { id: number; error: string };

/** Answers render jobs on this thread's port; `afterFirst` runs once the first job is answered (the
 * bundle's code cache is written then, so that the next start compiles less). */
export function serveRenders(afterFirst: () => void): void {
  const port = parentPort;
  if (port === null) throw new Error('serveRenders runs in a worker thread');
  let first = true;
  // The docx writer, the templates and the checks start now, while the server is still starting and
  // before the first plan comes: they are most of a first render's time.
  void import('../pipeline/render-plan.js').catch(() => undefined);
  port.on('message', (job: RenderJob) => {
    renderPlanText(job.name, job.text, job.lang, job.settings)
      .then(
        (outcome): RenderReply => ({ id: job.id, outcome }),
        (e: unknown): RenderReply => ({ id: job.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
      )
      .then((reply) => {
        port.postMessage(reply);
        if (first) {
          first = false;
          afterFirst();
        }
      });
  });
}
