// parplan schema: prints the plan JSON Schema (schemas/plan.schema.json), for editors and for
// other tools to validate against.
import { PLAN_SCHEMA } from '../../validate/schema.js';
import type { RegisterCommand } from './index.js';
import { help } from '../ui-text.js';

/** The file's exact text: schemas/build.mjs writes it as this JSON with 2-space indentation. */
export function schemaText(): string {
  return JSON.stringify(PLAN_SCHEMA, null, 2) + '\n';
}

export const registerSchema: RegisterCommand = (program, ctx) => {
  program
    .command('schema')
    .description(help(ctx.lang, 'schemaDesc'))
    .action(() => {
      ctx.io.stdout(schemaText());
      ctx.setExitCode(0);
    });
};
