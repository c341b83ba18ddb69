// parplan import <files|folders|globs> [-o file|folder] [--year N] [--force]: last year's Word plan
// → a plan file. Each .docx (or .docm, and .doc/.odt/.rtf through one LibreOffice run) becomes a
// .yaml beside it or in -o; nothing is overwritten without --force. Exit codes: 0 every file
// imported (warnings allowed), 1 one could not be, 2 usage error or nothing matched.
import { stat } from 'node:fs/promises';
import { basename, dirname, extname, relative, resolve } from 'node:path';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import type { Lang } from '../../diagnostics/messages.js';
import { LIMITS } from '../../docx-read/index.js';
import { sniff } from '../../docx-read/package.js';
import { convertToDocx } from '../../convert/convert-to-docx.js';
import { withSofficeState } from '../../convert/read-converted.js';
import { importDocx } from '../../import/import-docx.js';
import { nextYearDraft } from '../../import/next-year.js';
import { planToYaml } from '../../import/plan-yaml.js';
import { writeFileAtomically } from '../../output/write-atomic.js';
import { fileProblem, openRegularFile } from '../../parse/read-plan-file.js';
import { findSoffice, SYSTEM } from '../../pdf/find-soffice.js';
import { loadPlanText } from '../../pipeline/load-plan.js';
import { schemaLine } from '../../presets/schema-ref.js';
import { planSchemaBeside, writeEditorSetup } from '../editor-setup.js';
import type { Io } from '../io.js';
import { printDiagnostics } from '../report/print.js';
import { help, placeholder, ui } from '../ui-text.js';
import { Option } from 'commander';
import type { RegisterCommand } from './index.js';
import { outputNameProblem } from '../output-name.js';
import { collectFiles, DOCUMENT_GLOB, isGlobPattern } from '../collect-files.js';

export interface ImportOptions {
  output?: string;
  year?: string;
  force?: boolean;
  lang: Lang;
}

/** Files, folders (searched as check searches them: Word's lock files ~$… left out, a link leading
 * outside the folder not followed, the extension in any case) and globs → the documents to import.
 * A name that is neither a file nor a pattern is kept, so that reading it says why (PP001). */
async function collect(args: readonly string[], cwd: string, say: (line: string) => void, lang: Lang): Promise<{ files: string[]; unmatched: string[] }> {
  const collected = await collectFiles(args, cwd, DOCUMENT_GLOB);
  for (const file of collected.outside) say(ui(lang, 'skippedOutside')(file));
  const files = [...collected.files];
  const unmatched: string[] = [];
  for (const arg of collected.unmatched) {
    if (await isGlobPattern(arg)) unmatched.push(arg);
    else files.push(arg);
  }
  return { files, unmatched };
}

/** A regular file's bytes within the reader's size bound. A pipe or a device is refused before it is
 * opened (openRegularFile stats first: opening a FIFO waits for a writer, and some devices act when
 * opened; issue 9). */
async function readDocument(file: string): Promise<{ bytes: Uint8Array } | { problem: Diagnostic }> {
  const opened = await openRegularFile(file);
  if (!opened.ok) return { problem: fileProblem(file, opened.errno, opened.detail) };
  const { handle } = opened;
  try {
    if (opened.size > LIMITS.fileBytes) return { problem: { code: 'PP505', severity: 'error', file, line: 0, column: 0, path: '', args: { what: 'file', limit: `${LIMITS.fileBytes / 1024 / 1024} MiB` } } };
    return { bytes: new Uint8Array(await handle.readFile()) };
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    return { problem: fileProblem(file, error.code ?? '', error.message) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function targetFor(file: string, output: string | undefined, many: boolean, cwd: string): string {
  const name = `${basename(file, extname(file))}.yaml`;
  if (output === undefined) return resolve(cwd, dirname(file), name);
  if (!many && /\.ya?ml$/i.test(output)) return resolve(cwd, output);
  return resolve(cwd, output, name);
}

export async function runImport(args: readonly string[], options: ImportOptions, io: Io): Promise<number> {
  const lang = options.lang;
  const print = printDiagnostics(io, lang);
  const year = options.year === undefined ? undefined : Number(options.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 2000 && year <= 2100)) {
    io.stderr(ui(lang, 'importBadYear')(String(options.year)) + '\n');
    return 2;
  }
  const { files, unmatched } = await collect(args, io.cwd, (line) => io.stderr(line + '\n'), lang);
  for (const arg of unmatched) io.stderr(ui(lang, 'noDocuments')(arg) + '\n');
  if (files.length === 0) return 2;
  const many = files.length > 1;
  if (many && options.output && /\.ya?ml$/i.test(options.output)) {
    io.stderr(ui(lang, 'importOutputIsFile')(options.output) + '\n');
    return 2;
  }
  // -o ke-hoach.docx (or .pdf) would have been made a folder holding the .yaml.
  const badName = await outputNameProblem(options.output, io.cwd, lang, { writes: 'yaml' });
  if (badName !== undefined) {
    io.stderr(badName + '\n');
    return 2;
  }

  // Read everything first; the files LibreOffice must convert go through it in one run.
  const read = await Promise.all(files.map((f) => readDocument(resolve(io.cwd, f))));
  const toConvert = files.filter((f, i) => {
    const r = read[i]!;
    const kind = 'bytes' in r ? sniff(r.bytes) : undefined;
    return kind?.kind === 'convert' || ('bytes' in r && /\.odt$/i.test(f));
  });
  const soffice = toConvert.length ? findSoffice({ ...SYSTEM, env: io.env }) : undefined;
  const converted = soffice ? await convertToDocx(soffice, toConvert.map((f) => resolve(io.cwd, f)), io.env) : new Map<string, Uint8Array>();

  let failed = 0;
  const schemaFolders = new Set<string>();
  for (const [i, file] of files.entries()) {
    const r = read[i]!;
    if ('problem' in r) {
      print([{ ...r.problem, file }], new Map());
      failed++;
      continue;
    }
    const absolute = resolve(io.cwd, file);
    const bytes = converted.get(absolute) ?? r.bytes;
    const result = await importDocx(bytes, { file });
    const diagnostics = withSofficeState(result.diagnostics, soffice !== undefined);
    if (!result.imported) {
      print(diagnostics, new Map());
      failed++;
      continue;
    }
    const target = targetFor(file, options.output, many, io.cwd);
    const exists = await stat(target).then(() => true, () => false);
    if (exists && !options.force) {
      print([...diagnostics, { code: 'PP522', severity: 'error', file, line: 0, column: 0, path: '', args: { target: shown(target, io.cwd) } }], new Map());
      failed++;
      continue;
    }
    const imported = year !== undefined ? nextYearDraft(result.imported, year) : result.imported;
    const source = basename(file);
    const schemaFile = planSchemaBeside(target);
    const text = planToYaml(imported, [
      schemaLine(target, schemaFile),
      year !== undefined ? `Dự thảo kế hoạch năm ${year}, nhập từ ${source} bằng parplan import.` : `Nhập từ ${source} bằng parplan import.`,
      'Hãy đọc lại: các dòng chú thích "# đoán" và "TODO" là chỗ cần kiểm tra.',
    ]);
    const checked = loadPlanText(shown(target, io.cwd), text);
    const errors = checked.diagnostics.filter((d) => d.severity === 'error');
    try {
      await writeFileAtomically(target, new TextEncoder().encode(text));
    } catch (e) {
      const error = e as NodeJS.ErrnoException;
      print([{ code: 'PP301', severity: 'error', file: shown(target, io.cwd), line: 0, column: 0, path: '', args: { errno: error.code ?? '', detail: error.message, target: shown(target, io.cwd) } }], new Map());
      failed++;
      continue;
    }
    if (schemaFile) schemaFolders.add(dirname(schemaFile));
    print([...diagnostics, ...errors], new Map([[shown(target, io.cwd), text]]));
    if (hasErrors(errors)) failed++;
    io.stderr(ui(lang, 'imported')(file, shown(target, io.cwd)) + '\n');
  }
  // As init does beside a new plan: the schemas the plans' first lines name, and VS Code's setting,
  // once per folder. Only completion in an editor depends on them: a folder that refuses them costs
  // nothing else (the plans are written).
  for (const folder of schemaFolders) {
    try {
      await writeEditorSetup(folder);
    } catch {
      // Completion only.
    }
  }
  return failed > 0 ? 1 : 0;
}

function shown(target: string, cwd: string): string {
  const rel = relative(cwd, target);
  return rel.startsWith('..') || rel === '' ? target : rel;
}

export const registerImport: RegisterCommand = (program, ctx) => {
  program
    .command('import')
    .description(help(ctx.lang, 'importDesc'))
    .argument(`<${help(ctx.lang, 'phFiles')}>`, help(ctx.lang, 'importFiles'))
    .option(`-o, --output ${placeholder(ctx.lang, 'phFile')}`, help(ctx.lang, 'importOutput'))
    .option(`--year ${placeholder(ctx.lang, 'phYear')}`, help(ctx.lang, 'importYear'))
    .option('--force', help(ctx.lang, 'importForce'))
    .addOption(new Option('--nam <year>').hideHelp())
    .action(async (files: string[], opts: { output?: string; year?: string; nam?: string; force?: boolean }) => {
      const options: ImportOptions = { lang: ctx.lang };
      if (opts.output !== undefined) options.output = opts.output;
      const y = opts.year ?? opts.nam;
      if (y !== undefined) options.year = y;
      if (opts.force) options.force = true;
      ctx.setExitCode(await runImport(files, options, ctx.io));
    });
};
