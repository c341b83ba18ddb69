// parplan edit [file] [--port N] [--no-open]: the plan in a browser page beside its live document
// (issue 14). Starts src/edit/server.ts on 127.0.0.1, opens the browser, and runs until Ctrl-C.
// Without a file, on a terminal, asks which plan (or makes one from a preset). Exit codes: 0 stopped,
// 1 the file cannot be read as a plan's text, 2 usage error (no file off a terminal, bad or busy port).
// Only what starting the server needs is loaded before the address is printed (the prompts, the
// checks and the docx writer come when used); PARPLAN_EDIT_TIMES=1 prints each step's time since the
// process started, on stderr (how the start was measured, issue 14: first preview < 2 s).
import { join, relative, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { decodePlanBytes, decodeProblem } from '../../parse/decode-text.js';
import { readPlanBytes } from '../../parse/read-plan-file.js';
import { findSoffice, SYSTEM } from '../../pdf/find-soffice.js';
import { startEditServer } from '../../edit/server.js';
import { openBrowser } from '../../edit/open-browser.js';
import type { PlanAsker } from '../../edit/pick-plan.js';
import { displayPath } from '../../output/display-path.js';
import { printDiagnostics } from '../report/print.js';
import { help, placeholder, ui } from '../ui-text.js';
import type { Io } from '../io.js';
import type { Lang } from '../../diagnostics/messages.js';
import type { RegisterCommand } from './index.js';
import { configForRun } from '../config.js';
import { loadReferenceDoc, referenceOf } from '../reference-doc.js';

export interface EditOptions {
  port?: string;
  open: boolean;
  lang: Lang;
  /** --config FILE instead of the config found upward. */
  configPath?: string;
}

export async function runEdit(fileArg: string | undefined, options: EditOptions, io: Io): Promise<number> {
  const { lang } = options;
  const say = (text: string) => io.stderr(text + '\n');
  const onStep = io.env['PARPLAN_EDIT_TIMES'] ? timesPrinter(say) : undefined;
  onStep?.('command started');
  const port = options.port === undefined ? 0 : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535 || (options.port !== undefined && port === 0)) {
    say(ui(lang, 'editBadPort')(options.port ?? ''));
    return 2;
  }

  let file: string;
  if (fileArg !== undefined) {
    file = resolve(io.cwd, fileArg);
    if (!existsSync(file)) {
      say(ui(lang, 'editMissingFile')(fileArg));
      return 2;
    }
  } else {
    if (!(io.stdinIsTTY && io.stdin && io.promptOutput)) {
      say(ui(lang, 'editNeedFile')());
      return 2;
    }
    // The config of the working folder names the presets to offer (its presets folder), as for init.
    const here = await configForRun([], options.configPath, io, lang);
    if (here === 'failed') return 2;
    const { pickPlan, NoPresetsError, PresetPlanError } = await import('../../edit/pick-plan.js');
    const { presetsForRun } = await import('../presets-for-run.js');
    const choice = presetsForRun(here.config.presets, io, lang);
    const ownFolder = choice.ownFolder ?? '';
    try {
      const picked = await pickPlan(io.cwd, lang, await inquirerAsker(io.stdin, io.promptOutput), io.now?.() ?? new Date(), choice);
      file = picked.file;
      if (picked.note) say(picked.note);
    } catch (e) {
      if (e instanceof Error && e.name === 'ExitPromptError') {
        say(ui(lang, 'editCancelled')());
        return 2;
      }
      if (e instanceof NoPresetsError) {
        say(ui(lang, 'noPresets')(displayPath(ownFolder, io.cwd)));
        return 2;
      }
      if (e instanceof PresetPlanError) {
        printDiagnostics(io, lang)(e.diagnostics, new Map([[e.planFile, e.yaml]]));
        say(ui(lang, 'presetMadeInvalidPlan')(e.preset, displayPath(join(ownFolder, `${e.preset}.yaml`), io.cwd), e.planFile));
        return 1;
      }
      throw e;
    }
  }
  const name = relative(io.cwd, file).startsWith('..') ? file : relative(io.cwd, file);

  // A file that is not a plan's text at all (unreadable, binary, not UTF-8) cannot be edited here;
  // a plan with errors can, that is what the page is for (it is checked there, not here).
  const config = await configForRun([file], options.configPath, io, lang);
  if (config === 'failed') return 2;
  // The province's reference document (the config's reference_doc), as render and batch use it: the
  // preview and the .docx the page gives are the document render would write.
  const styleSheet = await loadReferenceDoc(referenceOf(config.config), lang, io);
  if (styleSheet === 'failed') return 2;
  const settings = { templateDir: config.config.templates, levels: config.config.rules, ...(styleSheet ? { styleSheet } : {}) };
  const read = await readPlanBytes(file);
  const decoded = read.ok ? decodePlanBytes(read.bytes) : undefined;
  const problem = !read.ok ? read.diagnostic : decoded?.ok === false ? decodeProblem(file, decoded) : undefined;
  if (problem !== undefined) {
    printDiagnostics(io, lang)([{ ...problem, file: name }], new Map());
    return 1;
  }
  onStep?.('plan read');

  let server;
  try {
    server = await startEditServer({ file, name, lang, port, soffice: findSoffice({ ...SYSTEM, env: io.env }), env: io.env, settings, ...(onStep ? { onStep } : {}) });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE' || (e as NodeJS.ErrnoException).code === 'EACCES') {
      say(ui(lang, 'editPortInUse')(port));
      return 2;
    }
    throw e;
  }
  say(ui(lang, 'editListening')(name, server.url));
  onStep?.('address printed');
  if (options.open && !(await openBrowser(server.url, io.env))) say(ui(lang, 'editOpenFailed')());

  await new Promise<void>((stop) => {
    const remove = io.onInterrupt?.(() => {
      remove?.();
      stop();
    });
    // Without a way to be interrupted (a library caller), the page runs until standard input ends.
    if (remove === undefined) io.stdin?.once('end', () => stop());
  });
  await server.close();
  say(ui(lang, 'editStopped')());
  return 0;
}

/** A step's line: milliseconds since the process started (its first line gives that moment's clock
 * time), and the processor time the process (all its threads) has used so far, which depends less on
 * what else the computer is doing. */
function timesPrinter(say: (text: string) => void): (step: string) => void {
  say(`[parplan edit times] process started at ${performance.timeOrigin.toFixed(1)} (ms since 1970)`);
  return (step) => {
    const cpu = process.cpuUsage();
    say(`[parplan edit times] ${performance.now().toFixed(1)} ms (cpu ${Math.round((cpu.user + cpu.system) / 1000)} ms) ${step}`);
  };
}

async function inquirerAsker(input_: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<PlanAsker> {
  const { input, select } = await import('@inquirer/prompts');
  const context = { input: input_, output, clearPromptOnDone: false };
  return { select: (config) => select(config, context), input: (config) => input(config, context) };
}

export const registerEdit: RegisterCommand = (program, ctx) => {
  program
    .command('edit')
    .description(help(ctx.lang, 'editDesc'))
    .argument(`[${help(ctx.lang, 'phFile')}]`, help(ctx.lang, 'editFile'))
    .option(`--port ${placeholder(ctx.lang, 'phN')}`, help(ctx.lang, 'editPort'))
    .option('--no-open', help(ctx.lang, 'editNoOpen'))
    .action(async (file: string | undefined, opts: { port?: string; open: boolean }) => {
      ctx.setExitCode(await runEdit(file, { lang: ctx.lang, open: opts.open, ...(opts.port === undefined ? {} : { port: opts.port }), ...(ctx.configPath === undefined ? {} : { configPath: ctx.configPath }) }, ctx.io));
    });
};
