// The loop behind `render --watch`: watch the plan files and the templates folder, and call `render`
// again soon after a save (issue 6). One render at a time: saves that arrive during a render are
// gathered and rendered once it ends, so a burst of saves never starts overlapping writes.
import { dirname, resolve } from 'node:path';
import { watch } from 'chokidar';

export interface WatchPlansOptions {
  /** Absolute paths of the plan files. */
  files: readonly string[];
  /** The templates folder: a change to any .hbs file inside re-renders every plan. */
  templateDir: string;
  /** Other files every plan is rendered with (the reference document): a save re-renders every plan. */
  shared?: readonly string[];
  /** Renders these plans (reporting on its own); called once at the start with every plan. */
  render(files: string[]): Promise<void>;
  /** Called before a render that follows a template change (to drop compiled templates). */
  onTemplateChange(): void;
  /** Aborted to stop watching: the loop closes its watcher and waits for a running render. */
  signal: AbortSignal;
  /** Called once the watcher is ready and the first render is done. */
  onReady?(): void;
  /** Quiet time after a change before rendering; editors often write a file in several steps. */
  settleMs?: number;
}

export async function watchPlans(options: WatchPlansOptions): Promise<void> {
  const plans = new Set(options.files.map((f) => resolve(f)));
  const templateDir = resolve(options.templateDir);
  const shared = new Set((options.shared ?? []).map((f) => resolve(f)));
  const settleMs = options.settleMs ?? 60;
  const changed = new Set<string>();
  let templatesChanged = false;
  /** A shared file (the reference document) was saved: every plan again, the templates as compiled. */
  let sharedChanged = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  const flush = async (): Promise<void> => {
    timer = undefined;
    if (running || options.signal.aborted) return;
    const files = templatesChanged || sharedChanged ? [...plans] : [...changed];
    if (templatesChanged) options.onTemplateChange();
    templatesChanged = false;
    sharedChanged = false;
    changed.clear();
    if (files.length === 0) return;
    running = options.render(files).finally(() => {
      running = undefined;
      if (changed.size > 0 || templatesChanged || sharedChanged) schedule();
    });
    await running;
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), settleMs);
  };

  const onEvent = (event: string, path: string) => {
    if (event !== 'add' && event !== 'change') return;
    const file = resolve(path);
    if (plans.has(file)) changed.add(file);
    else if (file.startsWith(templateDir) && file.endsWith('.hbs')) templatesChanged = true;
    else if (shared.has(file)) sharedChanged = true;
    else return;
    schedule();
  };
  // The plans' folders (only their own files), not the files: an editor that saves by writing a new
  // file and renaming it over the old one replaces the watched file, and a watch on it can be lost.
  const watchers = [
    watch([...new Set([...plans, ...shared].map((f) => dirname(f)))], { ignoreInitial: true, depth: 0 }),
    watch(templateDir, { ignoreInitial: true }),
  ];
  for (const w of watchers) w.on('all', onEvent);
  const stopped = new Promise<void>((done) => {
    if (options.signal.aborted) done();
    else options.signal.addEventListener('abort', () => done(), { once: true });
  });
  await Promise.all(watchers.map((w) => new Promise<void>((ready) => w.once('ready', () => ready()))));
  running = options.render([...plans]).finally(() => {
    running = undefined;
    if (changed.size > 0 || templatesChanged) schedule();
  });
  await running;
  options.onReady?.();

  await stopped;
  if (timer) clearTimeout(timer);
  await Promise.all(watchers.map((w) => w.close()));
  await running;
}
