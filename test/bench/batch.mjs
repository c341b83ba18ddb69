// Batch benchmark (issue 5): `parplan batch` of 1, 10, 100 and 1,000 units over the largest example
// plan, with --jobs 1 and 2, as whole processes: wall time, plans per second and peak memory (the
// process's peak RSS, which counts its worker threads). Goal on the 2-core machine: 1,000 plans in
// under 10 s, under 500 MB, memory flat as the count grows.
//   node bench/batch.mjs [counts...]     (default 1 10 100 1000; BENCH_JOBS="1 2")
import { mkdtempSync, readdirSync, rmSync, statSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, timeCli, fmt, unitsFileText } from './util.mjs';

const counts = process.argv.slice(2).map(Number).filter((n) => n > 0);
const COUNTS = counts.length > 0 ? counts : [1, 10, 100, 1000];
const JOBS = (process.env.BENCH_JOBS ?? '1 2').split(/\s+/).map(Number);

const plans = readdirSync(path.join(ROOT, 'plans'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => path.join(ROOT, 'plans', f));
const largest = plans.sort((a, b) => statSync(b).size - statSync(a).size)[0];

const dir = mkdtempSync(path.join(tmpdir(), 'parplan-bench-batch-'));
copyFileSync(largest, path.join(dir, 'base.yaml'));

/** n units over base.yaml (util.mjs's unitsFileText). */
function writeUnits(n) {
  const file = path.join(dir, `units-${n}.yaml`);
  writeFileSync(file, unitsFileText(n));
  return file;
}

console.log(`base: ${path.basename(largest)} (${fmt(statSync(largest).size / 1024)} KB); ${process.env.BENCH_NOTE ?? ''}`);
console.log('units  jobs   wall s   plans/s   peak MB');
for (const n of COUNTS) {
  const units = writeUnits(n);
  for (const jobs of JOBS) {
    const out = path.join(dir, `out-${n}-${jobs}`);
    const { ms, rssMb } = timeCli(['batch', units, '-o', out, '--jobs', String(jobs), '-q'], { cwd: dir });
    const made = readdirSync(out).filter((f) => f.endsWith('.docx')).length;
    if (made !== n) throw new Error(`expected ${n} documents, found ${made}`);
    console.log(`${String(n).padStart(5)}  ${String(jobs).padStart(4)}  ${fmt(ms / 1000, 2).padStart(7)}  ${fmt((n * 1000) / ms, 1).padStart(8)}  ${fmt(rssMb).padStart(8)}`);
    rmSync(out, { recursive: true, force: true });
  }
}
rmSync(dir, { recursive: true, force: true });
