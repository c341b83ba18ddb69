// Arguments → plan files (or, for check, documents): files as named, folders searched for
// *.yaml/*.yml (*.docx, *.doc, *.odt, *.rtf), globs expanded here
// (Windows shells do not expand them). Order: as given, each folder or glob sorted.
import { realpathSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';

export interface Collected {
  files: string[];
  /** Arguments that matched nothing. */
  unmatched: string[];
  /** Files a folder or a glob found that are symbolic links to somewhere outside that folder (or
   * outside the glob's fixed part): never read, since a report quotes the lines of what it reads
   * (issue 9: a link in a pull request would print a secret's first line into the CI log). */
  outside: string[];
}

const PLAN_GLOB = '**/*.{yaml,yml}';

/** What a folder given to `parplan check` or `parplan import` is searched for: .docx (and .docm), and
 * the .doc, .odt and .rtf files units still send, read through LibreOffice (src/convert/). */
export const DOCUMENT_GLOB = '**/*.{docx,docm,doc,odt,rtf}';

export async function collectPlanFiles(args: readonly string[], cwd: string): Promise<Collected> {
  return collectFiles(args, cwd, PLAN_GLOB);
}

export async function collectFiles(args: readonly string[], cwd: string, folderGlob: string): Promise<Collected> {
  // A file named twice ("." and "*.yaml", a folder and a file in it; "Plans\a.yaml" and "plans\a.yaml"
  // where names are compared without case) is collected once, as it was first spelt, where it first
  // came (an array's includes() made 1,000 files ~18 ms, issue 12).
  const files = new Map<string, string>();
  const unmatched: string[] = [];
  const outside = new Map<string, string>();
  const addOnce = (into: Map<string, string>, file: string) => {
    const key = fold(resolve(cwd, file));
    if (!into.has(key)) into.set(key, file);
  };
  for (const arg of args) {
    const found = await expand(arg, cwd, folderGlob);
    if (found.kept.length === 0 && found.outside.length === 0) unmatched.push(arg);
    for (const f of found.kept) addOnce(files, f);
    for (const f of found.outside) addOnce(outside, f);
  }
  return { files: [...files.values()], unmatched, outside: [...outside.values()] };
}

/** tinyglobby (with fdir and picomatch) starts only when a folder or a glob is named: a render of
 * one plan file, the common case, does not pay for starting it. */
export const globber = () => import('tinyglobby');

/** tinyglobby's isDynamicPattern, which starts tinyglobby only for a name holding one of the
 * characters a glob is made of (without any, it is never a pattern). */
export async function isGlobPattern(arg: string): Promise<boolean> {
  return /[*?[\]{}()!+@]/.test(arg) && (await globber()).isDynamicPattern(arg);
}

async function expand(arg: string, cwd: string, folderGlob: string): Promise<{ kept: string[]; outside: string[] }> {
  const info = await stat(resolve(cwd, arg)).catch(() => undefined);
  if (info?.isDirectory()) {
    const { glob } = await globber();
    // Word's lock files (~$name.docx) are not documents; parplan's config file is not a plan. The
    // extension in any case: files from Windows are often KE-HOACH.DOCX or .DOC.
    const found = await glob(folderGlob, {
      cwd: resolve(cwd, arg),
      onlyFiles: true,
      caseSensitiveMatch: false,
      ignore: ['**/node_modules/**', '**/~$*', ...NOT_PLANS.map((n) => `**/${n}`)],
    });
    return keepInside(found.sort().map((f) => joinArg(arg, f)), resolve(cwd, arg), cwd);
  }
  // A file named as such is the user's own choice, wherever a link of that name points.
  if (info) return { kept: [arg], outside: [] };
  const { glob, isDynamicPattern } = await globber();
  if (!isDynamicPattern(arg)) return { kept: [], outside: [] };
  const pattern = arg.replace(/\\/g, '/');
  const found = await glob(pattern, { cwd, onlyFiles: true, ignore: ['**/node_modules/**', ...NOT_PLANS.map((n) => `**/${n}`)] });
  return keepInside(found.sort(), resolve(cwd, staticBase(pattern, isDynamicPattern)), cwd);
}

/** The folder part of a glob before its first pattern character: "plans/2024/*.yaml" → "plans/2024". */
function staticBase(pattern: string, isDynamicPattern: (segment: string) => boolean): string {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (isDynamicPattern(segment)) break;
    fixed.push(segment);
  }
  return fixed.join('/') || '.';
}

/** Splits found files into those whose real path is inside the real `root` and those a symbolic
 * link takes outside it. A file whose link is broken is kept: reading it reports PP001. */
async function keepInside(found: string[], root: string, cwd: string): Promise<{ kept: string[]; outside: string[] }> {
  const realRoot = await realpath(root).catch(() => root);
  const prefix = fold(realRoot.endsWith(sep) ? realRoot : realRoot + sep);
  const kept: string[] = [];
  const outside: string[] = [];
  for (const file of found) {
    const real = realPathOf(resolve(cwd, file));
    if (real === undefined || fold(real).startsWith(prefix)) kept.push(file);
    else outside.push(file);
  }
  return { kept, outside };
}

/** A found file's real path (undefined when a link of it is broken), asked synchronously: one
 * realpath(3) each, as fs/promises' realpath, without a trip through the thread pool. Awaited one by
 * one, 1,000 files of a folder took 60–150 ms, the thread idle meanwhile and the checks not begun
 * (issue 12); these take a few milliseconds. */
function realPathOf(file: string): string | undefined {
  try {
    return realpathSync.native(file);
  } catch {
    return undefined;
  }
}

/** A path as the file system compares it: without case on Windows and macOS (their usual volumes). */
function fold(p: string): string {
  return process.platform === 'win32' || process.platform === 'darwin' ? p.toLowerCase() : p;
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
