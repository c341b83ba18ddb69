// The worker thread of a batch (piscina). Each thread opens every units file, parses its base plan
// and compiles the templates once, on its first task, then renders task after task.
import { workerData } from 'node:worker_threads';
import { createTaskRenderer, type BatchTask, type RenderSettings, type TaskOutcome } from './render-task.js';
import type { UnitsTexts } from './units-file.js';

export interface WorkerData {
  units: Record<string, UnitsTexts>;
  /** The reference document's styles, the templates folder, the rule levels (plain data). */
  settings?: RenderSettings;
}

const render = createTaskRenderer((workerData as WorkerData).units, (workerData as WorkerData).settings);

export default function renderInWorker(task: BatchTask): Promise<TaskOutcome> {
  return render(task);
}
