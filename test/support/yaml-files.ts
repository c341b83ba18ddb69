// Every .yaml/.yml file under a folder (node_modules, dist and hidden folders skipped): the corpus of
// the differential tests that hold a fast path equal to the code it replaced.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...yamlFiles(full));
    else if (/\.ya?ml$/i.test(name)) out.push(full);
  }
  return out;
}
