// parplan schema: prints the plan JSON Schema (schemas/plan.schema.json), for editors and for
// other tools to validate against. --write [dir]: writes parplan's schemas (plan, units file, config)
// into a folder of one's own (default: here), with VS Code's yaml.schemas naming them by relative
// paths, so completion survives moving the folder or reinstalling parplan.
import { resolve } from 'node:path';
import { PLAN_SCHEMA } from '../../validate/schema.js';
import type { RegisterCommand } from './index.js';
import { help, ui } from '../ui-text.js';
import { SCHEMA_FILES, writeEditorSetup } from '../editor-setup.js';
import type { Io } from '../io.js';
import type { Lang } from '../../diagnostics/messages.js';

/** The file's exact text: schemas/build.mjs writes it as this JSON with 2-space indentation. */
export function schemaText(): string {
  return JSON.stringify(PLAN_SCHEMA, null, 2) + '\n';
}

export async function runSchemaWrite(dir: string, lang: Lang, io: Io): Promise<number> {
  const folder = resolve(io.cwd, dir);
  const { schemas, settings } = await writeEditorSetup(folder);
  for (const name of SCHEMA_FILES) io.stderr(ui(lang, 'schemaWritten')(name, schemas[name]!) + '\n');
  io.stderr(ui(lang, 'schemaWritten')('.vscode/settings.json', settings) + '\n');
  io.stderr(ui(lang, 'schemaHint')() + '\n');
  return 0;
}

export const registerSchema: RegisterCommand = (program, ctx) => {
  program
    .command('schema')
    .description(help(ctx.lang, 'schemaDesc'))
    .option(`--write [${help(ctx.lang, 'phDir')}]`, help(ctx.lang, 'schemaWrite'))
    .action(async (opts: { write?: string | true }) => {
      if (opts.write !== undefined) return ctx.setExitCode(await runSchemaWrite(opts.write === true ? '.' : opts.write, ctx.lang, ctx.io));
      ctx.io.stdout(schemaText());
      ctx.setExitCode(0);
    });
};
