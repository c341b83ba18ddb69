// The config file for one run of a command: --config, else the one found upward from the first plan
// named (or from the current folder, for a command given folders or nothing). Its problems are printed
// here; a bad config is a usage error (exit 2), as eslint treats one. Command-line options win over it.
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Lang } from '../diagnostics/messages.js';
import { globber, isGlobPattern } from './collect-files.js';
import { loadConfig, type LoadedConfig } from '../config/read-config.js';
import type { Io } from './io.js';
import { printDiagnostics } from './report/print.js';
import { writtenPath } from '../parse/written-path.js';

/** The config that applies to `args` (plans, folders, globs; '-' is standard input), or 'failed'
 * after printing why it cannot be used. `explicit`: --config. */
export async function configForRun(args: readonly string[], explicit: string | undefined, io: Io, lang: Lang): Promise<LoadedConfig | 'failed'> {
  const loaded = loadConfig(await startFolder(args, io.cwd), io.cwd, explicit);
  if (loaded.diagnostics.length === 0) return loaded;
  printDiagnostics(io, lang)(loaded.diagnostics, loaded.file && loaded.source !== undefined ? new Map([[loaded.file, loaded.source]]) : new Map());
  return 'failed';
}

async function startFolder(args: readonly string[], cwd: string): Promise<string> {
  let first: string | undefined;
  for (const arg of args) {
    if (arg !== '-' && !(await isGlobPattern(arg))) {
      first = arg;
      break;
    }
  }
  if (first === undefined) return cwd;
  const info = await stat(resolve(cwd, first)).catch(() => undefined);
  return info?.isDirectory() ? resolve(cwd, first) : info ? dirname(resolve(cwd, first)) : cwd;
}

/** `files` without those the config's `ignore` globs match (relative to the config's folder). A file
 * named on the command line as it is is kept: naming it is asking for it. */
export async function withoutIgnored(files: string[], named: readonly string[], loaded: LoadedConfig, cwd: string): Promise<string[]> {
  const patterns = loaded.config.ignore;
  if (patterns === undefined || patterns.length === 0) return files;
  const { glob } = await globber();
  const ignored = new Set(await glob(patterns.map(writtenPath), { cwd: loaded.dir, absolute: true, dot: true, ignore: ['**/node_modules/**'] }).then((found) => found.map((f) => resolve(f))));
  return files.filter((f) => named.includes(f) || !ignored.has(resolve(cwd, f)));
}
