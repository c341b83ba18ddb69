// The subcommand table: one file per subcommand, each adding itself to the program. A command's file
// is imported only when that command runs (issue 12: `parplan validate` must not load the docx
// writer, markdown-it, htmlparser2 or the prompts); the bundle (bin/bundle.mjs) turns each import()
// here into a block initialised on first use, so a command's modules start only with it.
import type { Command } from 'commander';
import type { Lang } from '../../diagnostics/messages.js';
import type { Io } from '../io.js';

export interface CommandContext {
  io: Io;
  lang: Lang;
  /** --config FILE (a global option): the config file to use instead of the one found upward. */
  configPath?: string;
  /** The exit code main() returns once the action has finished. */
  setExitCode(code: number): void;
}

export type RegisterCommand = (program: Command, ctx: CommandContext) => void;

/** Name → its file, in the order `parplan --help` lists them. */
const COMMAND_FILES: Record<string, () => Promise<RegisterCommand>> = {
  render: () => import('./render.js').then((m) => m.registerRender),
  batch: () => import('./batch.js').then((m) => m.registerBatch),
  validate: () => import('./validate.js').then((m) => m.registerValidate),
  schema: () => import('./schema.js').then((m) => m.registerSchema),
  init: () => import('./init.js').then((m) => m.registerInit),
  presets: () => import('./presets.js').then((m) => m.registerPresets),
  check: () => import('./check.js').then((m) => m.registerCheck),
  edit: () => import('./edit.js').then((m) => m.registerEdit),
  import: () => import('./import.js').then((m) => m.registerImport),
  examples: () => import('./examples.js').then((m) => m.registerExamples),
};

export const COMMAND_NAMES = Object.keys(COMMAND_FILES);

/** The commands to register: just the one named, or all of them (for --help, `help`, a mistyped
 * name's suggestion, or no command at all). */
export async function loadCommands(name?: string): Promise<RegisterCommand[]> {
  const load = name !== undefined && Object.hasOwn(COMMAND_FILES, name) ? COMMAND_FILES[name] : undefined;
  if (load !== undefined) return [await load()];
  return Promise.all(Object.values(COMMAND_FILES).map((file) => file()));
}
