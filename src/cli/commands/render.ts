// parplan render [files|folders|globs] [-o dir]: each plan → a .docx (beside the plan, or in -o).
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Lang } from '../../diagnostics/messages.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { loadPlanFile } from '../../pipeline/load-plan.js';
import { renderPlanToDocx } from '../../pipeline/render-plan.js';
import { writeFileAtomically } from '../../output/write-atomic.js';
import { collectPlanFiles } from '../collect-files.js';
import type { Io } from '../io.js';
import type { RegisterCommand } from './index.js';
import { printDiagnostics, type Printer } from '../report/print.js';
import { ui } from '../ui-text.js';
import { runRenderWatch } from '../../watch/render-watch.js';
import { packagePath } from '../../package-root.js';

export interface RenderOptions {
  output?: string;
  lang: Lang;
  quiet?: boolean;
}

/** Where the embedded example plans live (the default when no file is named). */
export const EMBEDDED_PLANS_DIR = packagePath('plans');

export async function runRender(args: string[], options: RenderOptions, io: Io): Promise<number> {
  const useDefault = args.length === 0;
  const targets = useDefault ? [EMBEDDED_PLANS_DIR] : args;
  const outDir = options.output ?? (useDefault ? 'out' : undefined);
  const { files, unmatched } = await collectPlanFiles(targets, io.cwd);
  const printer: Printer = printDiagnostics(io, options.lang);
  for (const arg of unmatched) io.stderr(ui(options.lang, 'noFiles')(arg) + '\n');
  if (files.length === 0) return 2;

  let failed = 0;
  for (const file of files) {
    const ok = await renderOne(file, outDir, options, io, printer);
    if (!ok) failed++;
  }
  if (files.length > 1 && !options.quiet) io.stderr(ui(options.lang, 'summary')(files.length - failed, failed) + '\n');
  if (unmatched.length > 0) return 2;
  return failed > 0 ? 1 : 0;
}

async function renderOne(file: string, outDir: string | undefined, options: RenderOptions, io: Io, printer: Printer): Promise<boolean> {
  const absolute = resolve(io.cwd, file);
  const loaded = await loadPlanFile(absolute);
  const relabel = (d: Diagnostic): Diagnostic => ({ ...d, file });
  const sources = new Map(loaded.source === undefined ? [] : [[file, loaded.source]]);
  if (!loaded.plan) {
    printer(loaded.diagnostics.map(relabel), sources);
    io.stderr(ui(options.lang, 'failed')(file) + '\n');
    return false;
  }
  printer(loaded.diagnostics.map(relabel), sources);
  const rendered = await renderPlanToDocx(loaded.plan, file);
  if (!rendered.ok) {
    printer(rendered.diagnostics.map(relabel), sources);
    return false;
  }
  const name = `${basename(file, extname(file))}.docx`;
  const target = outDir === undefined ? join(dirname(absolute), name) : resolve(io.cwd, outDir, name);
  try {
    await writeFileAtomically(target, rendered.bytes);
  } catch (e) {
    printer([{ code: 'PP301', severity: 'error', file, line: 0, column: 0, path: '', args: { target, reason: (e as Error).message } }], sources);
    return false;
  }
  if (!options.quiet) io.stderr(ui(options.lang, 'rendered')(file, displayPath(target, io.cwd)) + '\n');
  return true;
}

function displayPath(target: string, cwd: string): string {
  return target.startsWith(cwd + '/') || target.startsWith(cwd + '\\') ? target.slice(cwd.length + 1) : target;
}

export const registerRender: RegisterCommand = (program, ctx) => {
  program
    .command('render')
    .description('Tạo văn bản .docx từ các tệp kế hoạch (mặc định: các kế hoạch mẫu trong plans/ vào out/)')
    .argument('[files...]', 'tệp .yaml, thư mục hoặc mẫu glob')
    .option('-o, --output <dir>', 'thư mục ghi tệp .docx (mặc định: cạnh tệp kế hoạch)')
    .option('-q, --quiet', 'chỉ in lỗi')
    .option('-w, --watch', 'theo dõi: tạo lại văn bản mỗi khi lưu tệp kế hoạch hoặc mẫu, đến khi nhấn Ctrl-C')
    .action(async (files: string[], { watch, ...opts }: { output?: string; quiet?: boolean; watch?: boolean }) => {
      const options = { lang: ctx.lang, ...opts };
      ctx.setExitCode(watch ? await runRenderWatch(files, options, ctx.io, runRender) : await runRender(files, options, ctx.io));
    });
};
