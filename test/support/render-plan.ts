// Rendering the example plans of plans/ in-process, once per test file.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPlanFile } from '../../src/pipeline/load-plan.js';
import { planToModel } from '../../src/pipeline/render-plan.js';
import { writeDocx } from '../../src/docx/write-docx.js';
import type { DocumentModel } from '../../src/model/document.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const PLANS_DIR = path.join(REPO_ROOT, 'plans');
/** The real plans' text (copies of shared/examples, test/fixtures/sources/README.md). */
export const EXAMPLES_DIR = path.join(REPO_ROOT, 'test/fixtures/sources/examples');

/** The plan files directly in plans/ (the complete example plans). */
export function examplePlanFiles(): string[] {
  return readdirSync(PLANS_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => path.join(PLANS_DIR, f));
}

const cache = new Map<string, Promise<{ model: DocumentModel; bytes: Uint8Array }>>();

export function renderPlanFile(file: string): Promise<{ model: DocumentModel; bytes: Uint8Array }> {
  let result = cache.get(file);
  if (!result) {
    result = (async () => {
      const loaded = await loadPlanFile(file);
      if (!loaded.plan) throw new Error(`${file} is invalid: ${JSON.stringify(loaded.diagnostics)}`);
      const model = planToModel(loaded.plan, file);
      if (!model.ok) throw new Error(`${file} did not render: ${JSON.stringify(model.diagnostics)}`);
      return { model: model.model, bytes: await writeDocx(model.model) };
    })();
    cache.set(file, result);
  }
  return result;
}
