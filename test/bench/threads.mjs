// Where a rendering thread's CPU goes (issue 12): UNITS units of a batch over the largest example,
// rendered one after the other in one thread, as a batch's worker does (check, model, .docx; no file
// written), in a child process with and without V8's inlining (bin/load-cli.js sets
// --no-turbo-inlining for batch, render and validate). At the end the child reads its threads' CPU
// from /proc: the thread that rendered, and V8's background threads (compiling optimized code,
// marking and sweeping), which take a second core beside it. Linux only.
//   node test/bench/threads.mjs [units]      (default 1000; BENCH_RUNS, default 2)
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fmt, median, ROOT, unitsFileText } from './util.mjs';

if (process.argv[2] === '--child') {
  const [, , , dir, n] = process.argv;
  const dist = (file) => pathToFileURL(path.join(ROOT, 'dist', file)).href;
  const { readUnits } = await import(dist('batch/units-file.js'));
  const { createTaskRenderer } = await import(dist('batch/render-task.js'));
  const units = await readUnits('units.yaml', dir);
  const render = createTaskRenderer({ u: units.texts });
  const start = performance.now();
  for (let i = 0; i < Number(n); i++) {
    const outcome = await render({ kind: 'unit', units: 'u', index: i });
    if (!outcome.ok) throw new Error(`unit ${i}: ${JSON.stringify(outcome.diagnostics[0])}`);
  }
  const wall = performance.now() - start;
  // utime + stime of each thread, in clock ticks (100 a second on Linux).
  const cpu = (task) => {
    const stat = readFileSync(`/proc/self/task/${task}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  };
  const tasks = readdirSync('/proc/self/task');
  const main = cpu(String(process.pid));
  const others = tasks.filter((t) => t !== String(process.pid)).reduce((sum, t) => sum + cpu(t), 0);
  console.log(JSON.stringify({ wall, main, others }));
  process.exit(0);
}

const UNITS = Number(process.argv[2] ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 2);
if (!existsSync('/proc/self/task')) {
  console.log('threads: not measured (needs /proc, Linux)');
  process.exit(0);
}
const plans = readdirSync(path.join(ROOT, 'plans')).filter((f) => f.endsWith('.yaml')).map((f) => path.join(ROOT, 'plans', f));
const largest = plans.sort((a, b) => statSync(b).size - statSync(a).size)[0];
const dir = mkdtempSync(path.join(tmpdir(), 'parplan-bench-threads-'));
copyFileSync(largest, path.join(dir, 'base.yaml'));
writeFileSync(path.join(dir, 'units.yaml'), unitsFileText(UNITS));

const variants = [
  ['V8 defaults', []],
  ['--no-turbo-inlining', ['--no-turbo-inlining']],
];
const results = new Map(variants.map(([name]) => [name, []]));
for (let r = 0; r < RUNS; r++) {
  for (const [name, flags] of r % 2 ? [...variants].reverse() : variants) {
    const child = spawnSync(process.execPath, [...flags, process.argv[1], '--child', dir, String(UNITS)], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`child (${name}) exited ${child.status}: ${child.stderr}`);
    results.get(name).push(JSON.parse(child.stdout.trim().split('\n').pop()));
  }
}
rmSync(dir, { recursive: true, force: true });

console.log(`${UNITS} units of ${path.basename(largest)} in one thread, median of ${RUNS} runs (CPU from /proc, 10 ms ticks):`);
console.log('                        wall s   thread CPU s   V8 background CPU s   all CPU s');
for (const [name, runs] of results) {
  const m = (key) => median(runs.map((run) => run[key])) / 1000;
  const all = median(runs.map((run) => run.main + run.others)) / 1000;
  console.log(`  ${name.padEnd(20)} ${fmt(m('wall'), 2).padStart(7)}   ${fmt(m('main'), 2).padStart(12)}   ${fmt(m('others'), 2).padStart(19)}   ${fmt(all, 2).padStart(9)}`);
}
