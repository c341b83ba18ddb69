// parplan examples [dir] [--list]: the package's example plans (the 6 real plans and a units file with
// its base plan) copied into a folder of the user's own, to read, edit and render there, with the
// schemas beside them and each file's schema line pointing at them. A clerk expects a copy to work on,
// not documents in the install folder: `render --examples` renders them without copying. Never
// overwrites a file that is there.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { packagePath } from '../../package-root.js';
import { ensureFolder } from '../../output/ensure-folder.js';
import type { Lang } from '../../diagnostics/messages.js';
import type { Io } from '../io.js';
import type { RegisterCommand } from './index.js';
import { help, placeholder, ui } from '../ui-text.js';
import { writeEditorSetup } from '../editor-setup.js';
import { shellQuote } from '../shell-quote.js';

export const EXAMPLES_DIR = packagePath('plans');
export const DEFAULT_EXAMPLES_TARGET = 'vi-du';

/** The example files, relative to the package's plans/ folder, with forward slashes, sorted. */
export async function listExamples(dir: string = EXAMPLES_DIR): Promise<string[]> {
  const found: string[] = [];
  const walk = async (sub: string): Promise<void> => {
    for (const entry of await readdir(join(dir, sub), { withFileTypes: true })) {
      const rel = sub === '' ? entry.name : `${sub}/${entry.name}`;
      if (entry.isDirectory()) await walk(rel);
      else if (/\.ya?ml$/.test(entry.name)) found.push(rel);
    }
  };
  await walk('');
  return found.sort();
}

/** A file's `# yaml-language-server: $schema=…/x.schema.json` line, pointed at `x.schema.json` in `root`. */
export function repointSchemaLine(text: string, fileDir: string, root: string): string {
  return text.replace(/^(# yaml-language-server: \$schema=)\S*?([a-z]+\.schema\.json)\s*$/m, (_, head: string, name: string) => {
    const rel = relative(fileDir, join(root, name)).split(sep).join('/');
    return `${head}${rel.startsWith('.') ? rel : `./${rel}`}`;
  });
}

export async function runExamples(dir: string | undefined, options: { list?: boolean; lang: Lang }, io: Io): Promise<number> {
  const files = await listExamples();
  if (options.list) {
    io.stdout(files.join('\n') + '\n');
    return 0;
  }
  const shown = dir ?? DEFAULT_EXAMPLES_TARGET;
  const root = resolve(io.cwd, shown);
  let copied = 0;
  for (const file of files) {
    const target = join(root, ...file.split('/'));
    if (await stat(target).then(() => true, () => false)) {
      io.stderr(ui(options.lang, 'examplesKept')(join(shown, ...file.split('/'))) + '\n');
      continue;
    }
    await ensureFolder(dirname(target));
    const text = await readFile(join(EXAMPLES_DIR, ...file.split('/')), 'utf8');
    await writeFile(target, repointSchemaLine(text, dirname(target), root), { flag: 'wx' });
    copied++;
  }
  await writeEditorSetup(root);
  io.stderr(ui(options.lang, 'examplesCopied')(copied, shown, `parplan render ${shellQuote(shown)}`) + '\n');
  return 0;
}

export const registerExamples: RegisterCommand = (program, ctx) => {
  program
    .command('examples')
    .description(help(ctx.lang, 'examplesDesc'))
    .argument(`[${placeholder(ctx.lang, 'phDir')}]`, help(ctx.lang, 'examplesDir'))
    .option('--list', help(ctx.lang, 'examplesList'))
    .action(async (dir: string | undefined, opts: { list?: boolean }) => {
      ctx.setExitCode(await runExamples(dir, { lang: ctx.lang, ...(opts.list ? { list: true } : {}) }, ctx.io));
    });
};
