// Render benchmark (issue 3): one cold `parplan render` of the largest example, whole process,
// median of several runs, with peak memory; then the warm per-plan time inside one process.
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, timeCli, median, fmt } from './util.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const plans = readdirSync(path.join(ROOT, 'plans'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => path.join(ROOT, 'plans', f));
const largest = plans.sort((a, b) => statSync(b).size - statSync(a).size)[0];
const out = mkdtempSync(path.join(tmpdir(), 'parplan-bench-render-'));

timeCli(['render', largest, '-o', out, '-q']); // let the OS cache the files once
const runs = Array.from({ length: RUNS }, () => timeCli(['render', largest, '-o', out, '-q']));
const baseline = Array.from({ length: RUNS }, () => timeCli(['--version']));
console.log(`render, cold, whole process (${path.basename(largest)}, median of ${RUNS}): ${fmt(median(runs.map((r) => r.ms)))} ms, peak RSS ${fmt(median(runs.map((r) => r.rssMb)))} MB`);
console.log(`  parplan --version alone (node start + CLI load): ${fmt(median(baseline.map((r) => r.ms)))} ms`);

// Warm: load, check, render and zip in one process, after a warm-up.
const { loadPlanFile } = await import(pathToFileURL(path.join(ROOT, 'dist/pipeline/load-plan.js')).href);
const { renderPlanToDocx } = await import(pathToFileURL(path.join(ROOT, 'dist/pipeline/render-plan.js')).href);
const once = async () => {
  const loaded = await loadPlanFile(largest);
  const r = await renderPlanToDocx(loaded.plan, largest);
  if (!r.ok) throw new Error('render failed');
};
for (let i = 0; i < 5; i++) await once();
const warm = [];
for (let i = 0; i < 30; i++) {
  const t = performance.now();
  await once();
  warm.push(performance.now() - t);
}
console.log(`render, warm, per plan (median of 30): ${fmt(median(warm), 1)} ms`);
