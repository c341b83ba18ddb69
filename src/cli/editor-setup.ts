// Editor completion that survives moving a folder (issue 13): parplan's JSON schemas copied into the
// user's folder, and VS Code's `yaml.schemas` setting in .vscode/settings.json naming them by relative
// paths; never a path into the install folder, which changes with every install.
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { PACKAGE_ROOT, packagePath } from '../package-root.js';
import { writeFileAtomically } from '../output/write-atomic.js';
import { ensureFolder } from '../output/ensure-folder.js';

/** The plan schema a plan file that parplan writes (init, import) names on its first line: inside
 * parplan's own folder its schemas/ (undefined: the package's own); anywhere else a copy beside the
 * plan (writeSchemas), so the line, relative, survives moving the folder or installing parplan
 * elsewhere. */
export function planSchemaBeside(planFile: string): string | undefined {
  const rel = relative(PACKAGE_ROOT, planFile);
  return rel.startsWith('..') || isAbsolute(rel) ? join(dirname(planFile), 'plan.schema.json') : undefined;
}

/** The editor's completion for the plans of `folder`: parplan's schemas copied into it
 * (writeSchemas) and VS Code's setting naming them (writeVscodeSettings). */
export async function writeEditorSetup(folder: string): Promise<{ schemas: Record<string, WriteOutcome>; settings: WriteOutcome }> {
  const schemas = await writeSchemas(folder);
  return { schemas, settings: await writeVscodeSettings(folder) };
}

/** The schemas a folder of plans uses: a plan, a units file of batch, the config file. */
export const SCHEMA_FILES = ['plan.schema.json', 'units.schema.json', 'config.schema.json'] as const;

export type WriteOutcome = 'written' | 'unchanged' | 'kept';

/** Copies parplan's schemas into `folder`. A file of that name that is not one of parplan's schemas
 * (its title differs) is kept as it is; an older parplan schema is replaced. */
export async function writeSchemas(folder: string): Promise<Record<string, WriteOutcome>> {
  const outcomes: Record<string, WriteOutcome> = {};
  await ensureFolder(folder);
  for (const name of SCHEMA_FILES) {
    const text = await readFile(packagePath('schemas', name), 'utf8');
    const title = (JSON.parse(text) as { title?: string }).title ?? '';
    const target = join(folder, name);
    const current = await readFile(target, 'utf8').catch(() => undefined);
    if (current === text) outcomes[name] = 'unchanged';
    else if (current !== undefined && !current.includes(JSON.stringify(title).slice(1, -1))) outcomes[name] = 'kept';
    else {
      await writeFileAtomically(target, new TextEncoder().encode(text));
      outcomes[name] = 'written';
    }
  }
  return outcomes;
}

/** What `yaml.schemas` gets: plans by name, the config file by its name. A file's own
 * `# yaml-language-server: $schema=` line (units files, the config) wins over this setting. */
export const YAML_SCHEMAS: Readonly<Record<string, string[]>> = {
  './plan.schema.json': ['*.yaml', '*.yml', 'plans/**/*.yaml', '!parplan.config.yaml', '!parplan.config.yml'],
  './config.schema.json': ['parplan.config.yaml', 'parplan.config.yml'],
};

/** Adds parplan's entries to `folder`/.vscode/settings.json, keeping every other setting. A settings
 * file that is not plain JSON (VS Code allows comments) is left alone: 'kept'. */
export async function writeVscodeSettings(folder: string): Promise<WriteOutcome> {
  const file = join(folder, '.vscode', 'settings.json');
  const current = await readFile(file, 'utf8').catch(() => undefined);
  let settings: Record<string, unknown> = {};
  if (current !== undefined && current.trim() !== '') {
    try {
      const parsed: unknown = JSON.parse(current);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return 'kept';
      settings = parsed as Record<string, unknown>;
    } catch {
      return 'kept';
    }
  }
  const existing = settings['yaml.schemas'];
  if (existing !== undefined && (typeof existing !== 'object' || existing === null || Array.isArray(existing))) return 'kept';
  const schemas = { ...(existing as Record<string, unknown> | undefined), ...YAML_SCHEMAS };
  const text = JSON.stringify({ ...settings, 'yaml.schemas': schemas }, null, 2) + '\n';
  if (text === current) return 'unchanged';
  await ensureFolder(join(folder, '.vscode'));
  await writeFileAtomically(file, new TextEncoder().encode(text));
  return 'written';
}
