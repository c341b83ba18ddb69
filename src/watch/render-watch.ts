// `parplan render <plans> --watch`: render once, then again within a second of each save of a plan or
// of a template, until Ctrl-C, which ends with exit code 0. Each render is an ordinary `render` run (one
// line per plan, or its problems, on stderr; an atomic write), so a bad save prints its errors, keeps
// the last good .docx, and the watch goes on.
import { resolve } from 'node:path';
import type { Lang } from '../diagnostics/messages.js';
import { collectPlanFiles } from '../cli/collect-files.js';
import type { Io } from '../cli/io.js';
import { ui } from '../cli/ui-text.js';
import { clearTemplateCache, DEFAULT_TEMPLATE_DIR } from '../render/templates.js';
import { watchPlans } from './watch-plans.js';

/** One ordinary render of the named plans (runRender in src/cli/commands/render.ts), passed in so
 * this module does not import the command that imports it. */
export type RenderOnce<O> = (args: string[], options: O, io: Io) => Promise<number>;

export async function runRenderWatch<O extends { lang: Lang }>(
  args: string[],
  options: O,
  io: Io,
  renderOnce: RenderOnce<O>,
  templateDir: string = DEFAULT_TEMPLATE_DIR,
  /** The reference document every render reads again (a save of it in Word re-renders every plan). */
  referenceDoc?: string,
): Promise<number> {
  const say = (line: string) => io.stderr(line + '\n');
  const words = TEXT[options.lang];
  if (args.length === 0) {
    say(words.needFile);
    return 2;
  }
  const { files, unmatched, outside } = await collectPlanFiles(args, io.cwd);
  for (const file of outside) say(ui(options.lang, 'skippedOutside')(file));
  for (const arg of unmatched) say(ui(options.lang, 'noFiles')(arg));
  if (files.length === 0 || unmatched.length > 0) return 2;

  const named = new Map(files.map((f) => [resolve(io.cwd, f), f]));
  const stop = new AbortController();
  const removeListener = io.onInterrupt?.(() => stop.abort());
  try {
    await watchPlans({
      files: [...named.keys()],
      templateDir,
      shared: referenceDoc === undefined ? [] : [resolve(io.cwd, referenceDoc)],
      render: async (changed) => {
        await renderOnce(
          changed.map((f) => named.get(f) ?? f),
          options,
          io,
        );
      },
      onTemplateChange: clearTemplateCache,
      signal: stop.signal,
      onReady: () => say(words.watching(files.length)),
    });
  } finally {
    removeListener?.();
  }
  say(words.stopped);
  return 0;
}

const TEXT = {
  vi: {
    needFile: 'render --watch cần tên tệp kế hoạch, ví dụ: parplan render plan.yaml --watch',
    watching: (n: number) => `Đang theo dõi ${n} tệp kế hoạch và các mẫu: lưu tệp là văn bản được tạo lại. Nhấn Ctrl-C để dừng.`,
    stopped: 'Đã dừng theo dõi.',
  },
  en: {
    needFile: 'render --watch needs a plan file, e.g. parplan render plan.yaml --watch',
    watching: (n: number) => `Watching ${n} plan file(s) and the templates: each save renders again. Press Ctrl-C to stop.`,
    stopped: 'Stopped watching.',
  },
} as const;
