// The first line of a new plan, `# yaml-language-server: $schema=…`, so that editors (VS Code with the
// YAML extension) complete and check its fields against the package's own schema.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { packagePath } from '../package-root.js';

export const SCHEMA_FILE = packagePath('schemas', 'plan.schema.json');

/** The schema's path relative to the plan's folder ("../schemas/plan.schema.json"), with forward
 * slashes; a file URL when no relative path exists (the plan on another drive, on Windows). `paths`
 * is node:path, or path.win32 in tests. */
export function schemaRef(planFile: string, schemaFile: string = SCHEMA_FILE, paths: path.PlatformPath = path): string {
  const rel = paths.relative(paths.dirname(planFile), schemaFile);
  if (rel === '' || paths.isAbsolute(rel)) return pathToFileURL(schemaFile, { windows: paths === path.win32 }).href;
  const posix = rel.split(paths.sep).join('/');
  return posix.startsWith('../') ? posix : `./${posix}`;
}

export function schemaLine(planFile: string, schemaFile?: string, paths?: path.PlatformPath): string {
  return `yaml-language-server: $schema=${schemaRef(planFile, schemaFile, paths)}`;
}
