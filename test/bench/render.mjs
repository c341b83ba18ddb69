// Render benchmark (issue 3): one cold `parplan render` of the largest example, whole process,
// median of several runs, with peak memory; then the warm per-plan time inside one process.
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, timeCli, median, fmt, warmRenderStages } from './util.mjs';

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

// Warm: the same plan again and again in one process, each stage apart.
const warm = await warmRenderStages(largest);
console.log(`render, warm, per plan (median of 30): ${fmt(warm.total, 1)} ms = read ${fmt(warm.read, 1)} + parse ${fmt(warm.parse, 1)} + check ${fmt(warm.check, 1)} + model ${fmt(warm.model, 1)} + write ${fmt(warm.write, 1)}`);
