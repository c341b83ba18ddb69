// Arguments → plan files (or, for check, .docx files): files as named, folders searched for
// *.yaml/*.yml (*.docx), globs expanded here
// (Windows shells do not expand them). Order: as given, each folder or glob sorted.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

export interface Collected {
  files: string[];
  /** Arguments that matched nothing. */
  unmatched: string[];
}

const PLAN_GLOB = '**/*.{yaml,yml}';

/** What a folder given to `parplan check` is searched for. */
export const DOCX_GLOB = '**/*.docx';

export async function collectPlanFiles(args: readonly string[], cwd: string): Promise<Collected> {
  return collectFiles(args, cwd, PLAN_GLOB);
}

export async function collectFiles(args: readonly string[], cwd: string, folderGlob: string): Promise<Collected> {
  const files: string[] = [];
  const unmatched: string[] = [];
  for (const arg of args) {
    const found = await expand(arg, cwd, folderGlob);
    if (found.length === 0) unmatched.push(arg);
    for (const f of found) if (!files.includes(f)) files.push(f);
  }
  return { files, unmatched };
}

async function expand(arg: string, cwd: string, folderGlob: string): Promise<string[]> {
  const info = await stat(resolve(cwd, arg)).catch(() => undefined);
  if (info?.isDirectory()) {
    // Word's lock files (~$name.docx) are not documents; parplan's config file is not a plan.
    const found = await glob(folderGlob, { cwd: resolve(cwd, arg), onlyFiles: true, ignore: ['**/node_modules/**', '**/~$*', ...NOT_PLANS.map((n) => `**/${n}`)] });
    return found.sort().map((f) => joinArg(arg, f));
  }
  if (info) return [arg];
  if (!isDynamicPattern(arg)) return [];
  const found = await glob(arg.replace(/\\/g, '/'), { cwd, onlyFiles: true, ignore: ['**/node_modules/**', ...NOT_PLANS.map((n) => `**/${n}`)] });
  return found.sort();
}

function joinArg(dir: string, file: string): string {
  return dir.endsWith('/') || dir.endsWith('\\') ? `${dir}${file}` : `${dir}/${file}`;
}

/** What a command acts on when no file is named: the current folder's plans, as a user keeps them —
 * its plans/ folder if there is one, else the .yaml files right here (issue 13). The package's own
 * examples are reached only through --examples. */
export async function defaultPlanTargets(cwd: string): Promise<string[]> {
  const plans = await stat(resolve(cwd, 'plans')).catch(() => undefined);
  return plans?.isDirectory() ? ['plans'] : [HERE_PLANS];
}

export const HERE_PLANS = '*.{yaml,yml}';

/** The files a folder's configuration or editor setup uses, which are not plans. */
export const NOT_PLANS = ['parplan.config.yaml', 'parplan.config.yml', '.parplan.yaml'];
