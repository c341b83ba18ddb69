// npm run bench: every benchmark script in bench/ (each prints its own numbers).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './util.mjs';

const only = process.argv[2];
for (const name of ['goals', 'render', 'validate', 'batch', 'threads', 'check', 'import', 'edit']) {
  if (only && only !== name) continue;
  const script = path.join(ROOT, 'test', 'bench', `${name}.mjs`);
  if (!existsSync(script)) continue;
  console.log(`\n== ${name} ==`);
  const r = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = 1;
}
