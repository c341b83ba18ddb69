// The folder of parplan's package.json, found by walking up from this module, so the shipped data
// (templates/, plans/, schemas/) is found from src/ (tests), dist/ (tsc output) and a bundle alike.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'parplan') return dir;
    if (dirname(dir) === dir) throw new Error(`parplan's package.json not found above ${start}`);
  }
}

export const PACKAGE_ROOT = findPackageRoot(import.meta.dirname);

/** A path inside the package: packagePath('templates', 'presets'). */
export function packagePath(...segments: string[]): string {
  return join(PACKAGE_ROOT, ...segments);
}
