// Import benchmark (issue 11): `parplan import` of the largest example's .docx, whole process and
// warm in one process, side by side with a cold `parplan render` of the same plan (goal: import
// under 150 ms warm and under 1.5× a cold render, whole process).
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, timeCli, median, fmt } from './util.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const plans = readdirSync(path.join(ROOT, 'plans'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => path.join(ROOT, 'plans', f));
const largest = plans.sort((a, b) => statSync(b).size - statSync(a).size)[0];
const out = mkdtempSync(path.join(tmpdir(), 'parplan-bench-import-'));
timeCli(['render', largest, '-o', out, '-q']);
const docx = path.join(out, `${path.basename(largest, '.yaml')}.docx`);
const yaml = path.join(out, 'imported.yaml');

const render = [];
const imports = [];
for (let i = 0; i < RUNS; i++) {
  // Interleaved, so that a noisy neighbour slows both alike.
  render.push(timeCli(['render', largest, '-o', out, '-q']));
  imports.push(timeCli(['import', docx, '-o', yaml, '--force']));
}
const r = median(render.map((x) => x.ms));
const im = median(imports.map((x) => x.ms));
const verdict = (ok) => (ok ? 'met' : 'NOT met');
console.log(`import, whole process (${path.basename(docx)}, median of ${RUNS}): ${fmt(im)} ms, peak RSS ${fmt(median(imports.map((x) => x.rssMb)))} MB`);
console.log(`  render of the same plan, cold, whole process: ${fmt(r)} ms`);
console.log(`  goal: import < 1.5 × cold render; figure: ${fmt(im)} ms vs ${fmt(r)} ms; ratio import / render = ${fmt(im / r, 2)} (${verdict(im / r < 1.5)})`);

// Warm: read, recognise and write the YAML in one process, after a warm-up.
const { importDocx } = await import(pathToFileURL(path.join(ROOT, 'dist/import/import-docx.js')).href);
const { planToYaml } = await import(pathToFileURL(path.join(ROOT, 'dist/import/plan-yaml.js')).href);
const bytes = new Uint8Array(readFileSync(docx));
const once = async () => {
  const result = await importDocx(bytes, { file: docx });
  if (!result.imported) throw new Error('import failed');
  planToYaml(result.imported, ['x']);
};
for (let i = 0; i < 5; i++) await once();
const warm = [];
for (let i = 0; i < RUNS * 2; i++) {
  const start = process.hrtime.bigint();
  await once();
  warm.push(Number(process.hrtime.bigint() - start) / 1e6);
}
const w = median(warm);
console.log(`import, warm, in one process (median of ${RUNS * 2}): read + recognise + YAML`);
console.log(`  goal: < 150 ms; figure: ${fmt(w, 1)} ms; ratio figure / goal = ${fmt(w / 150, 2)} (${verdict(w < 150)})`);
