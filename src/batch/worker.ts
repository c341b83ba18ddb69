// The worker thread of a batch (piscina). Each thread opens every units file, parses its base plan
// and compiles the templates once, on its first task, then renders task after task.
import { workerData } from 'node:worker_threads';
import { createTaskRenderer, type BatchTask, type TaskOutcome } from './render-task.js';
import type { UnitsTexts } from './units-file.js';
import type { StyleSheet } from '../docx/named-styles.js';
// The same bundle serves parplan validate's threads (workerData { role: 'check-files' }).
import { isCheckFilesWorker } from '../validate/check-files-worker.js';

export interface WorkerData {
  units: Record<string, UnitsTexts>;
  /** --reference-doc's named styles (plain data), when given. */
  styleSheet?: StyleSheet;
}

const render = isCheckFilesWorker(workerData) ? undefined : createTaskRenderer((workerData as WorkerData).units, (workerData as WorkerData).styleSheet);

export default function renderInWorker(task: BatchTask): Promise<TaskOutcome> {
  return render!(task);
}
