// Issue 12's goals, side by side in one run (the machine is shared and noisy: ratios, not absolutes).
// Each line: the goal, the figure measured now, and the ratio it is judged by.
//   node test/bench/goals.mjs          BENCH_RUNS (default 7), BENCH_UNITS / BENCH_FILES (default 1000)
//   BENCH_GOALS=validate (or a comma list of version, render, warm, batch, validate): only those goals
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { differentCopy, fmt, median, ROOT, timeCli, unitsFileText, warmRenderStages } from './util.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const UNITS = Number(process.env.BENCH_UNITS ?? 1000);
const FILES = Number(process.env.BENCH_FILES ?? 1000);
const plans = readdirSync(path.join(ROOT, 'plans'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => path.join(ROOT, 'plans', f));
const largest = plans.sort((a, b) => statSync(b).size - statSync(a).size)[0];
const dir = mkdtempSync(path.join(tmpdir(), 'parplan-bench-goals-'));
const rows = [];
const report = (goal, figure, ratio, limit) =>
  rows.push({ goal, figure, ratio: `${fmt(ratio, 2)}×`, verdict: ratio <= limit ? 'met' : 'NOT met' });

/** Wall milliseconds of one process (no RSS preload, as a user runs it). */
function timeProcess(command, args, options = {}) {
  const start = process.hrtime.bigint();
  // validate's JSON report of 1,000 plans is megabytes: past spawnSync's 1 MB default the child is killed.
  const r = spawnSync(command, args, { cwd: options.cwd ?? ROOT, env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}
const medianOf = (n, f) => median(Array.from({ length: n }, f));
const GOALS = new Set((process.env.BENCH_GOALS ?? 'version,render,warm,batch,validate').split(',').map((g) => g.trim()));
const bin = path.join(ROOT, 'bin', 'parplan.js');

try {
  // 1. parplan --version against a bare `node -e 0`, interleaved so both see the same machine.
  if (GOALS.has('version')) {
  timeProcess(process.execPath, [bin, '--version']); // writes the code cache
  const node = [];
  const version = [];
  for (let i = 0; i < RUNS; i++) {
    node.push(timeProcess(process.execPath, ['-e', '0']));
    version.push(timeProcess(process.execPath, [bin, '--version']));
  }
  report('parplan --version ≤ 1.3 × node -e 0', `${fmt(median(version))} ms vs ${fmt(median(node))} ms`, median(version) / median(node), 1.3);
  }

  // 2. A cold render of the largest example against pandoc writing a .docx of the same text.
  if (GOALS.has('render')) {
  const out = path.join(dir, 'render');
  mkdirSync(out);
  timeProcess(process.execPath, [bin, 'render', largest, '-o', out, '-q']);
  const { docxParagraphTexts } = await import(pathToFileURL(path.join(ROOT, 'test', 'bench', 'docx-text.mjs')).href);
  const docx = path.join(out, `${path.basename(largest, '.yaml')}.docx`);
  const markdown = path.join(dir, 'same-text.md');
  writeFileSync(markdown, docxParagraphTexts(readFileSync(docx)).join('\n\n') + '\n');
  const pandoc = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
  const renders = [];
  const pandocs = [];
  for (let i = 0; i < RUNS; i++) {
    renders.push(timeProcess(process.execPath, [bin, 'render', largest, '-o', out, '-q']));
    if (pandoc.status === 0) pandocs.push(timeProcess('pandoc', [markdown, '-o', path.join(dir, 'pandoc.docx')]));
  }
  if (pandoc.status === 0) {
    report('cold render ≤ 1.5 × pandoc (same text → .docx)', `${fmt(median(renders))} ms vs ${fmt(median(pandocs))} ms`, median(renders) / median(pandocs), 1.5);
  } else {
    rows.push({ goal: 'cold render ≤ 1.5 × pandoc', figure: `${fmt(median(renders))} ms; pandoc is not installed here`, ratio: '–', verdict: 'not measured' });
  }
  }

  // 3. Warm render per plan: read, parse, check, model and write in this process, after a warm-up.
  if (GOALS.has('warm')) {
  const warm = await warmRenderStages(largest);
  report('warm render ≤ 10 ms per plan', `${fmt(warm.total, 1)} ms (parse ${fmt(warm.parse, 1)}, check ${fmt(warm.check, 1)}, model ${fmt(warm.model, 1)}, write ${fmt(warm.write, 1)})`, warm.total / 10, 1);
  }

  // 4. parplan batch of UNITS units of the largest example (units differ where units differ).
  if (GOALS.has('batch')) {
  copyFileSync(largest, path.join(dir, 'base.yaml'));
  writeFileSync(path.join(dir, 'units.yaml'), unitsFileText(UNITS));
  // Three runs, each into a folder of its own (the disk's time moves one run by up to a second on
  // this machine): the median time, the highest peak.
  const batches = Array.from({ length: Math.min(RUNS, 3) }, (_, i) => timeCli(['batch', path.join(dir, 'units.yaml'), '-o', path.join(dir, `batch-${i}`), '-q'], { cwd: dir }));
  const batch = { ms: median(batches.map((b) => b.ms)), rssMb: Math.max(...batches.map((b) => b.rssMb)) };
  const batchGoal = (4000 * UNITS) / 1000;
  report(`batch of ${UNITS} ≤ ${fmt(batchGoal / 1000, 1)} s`, `${fmt(batch.ms / 1000, 2)} s, peak ${fmt(batch.rssMb)} MB`, batch.ms / batchGoal, 1);
  }

  // 5. parplan validate of FILES copies of the largest example, and of FILES plans cycling through
  // every example plan (plans/*.yaml and the base plan in plans/units/: an office's folder holds
  // plans of every size). The units file is left out: validate checks each of its units' merged
  // plans, which is a batch's work, not one plan's. Interleaved, so both see the same machine.
  if (GOALS.has('validate')) {
  const validateGoal = (1500 * FILES) / 1000;
  const many = path.join(dir, 'many');
  const mixed = path.join(dir, 'mixed');
  const different = path.join(dir, 'different');
  mkdirSync(many);
  mkdirSync(mixed);
  mkdirSync(different);
  const largestText = readFileSync(largest, 'utf8');
  const examples = [...plans, ...readdirSync(path.join(ROOT, 'plans', 'units')).map((f) => path.join(ROOT, 'plans', 'units', f))].filter((f) => !/^\s*don_vi\s*:/m.test(readFileSync(f, 'utf8')));
  for (let i = 0; i < FILES; i++) {
    copyFileSync(largest, path.join(many, `plan-${String(i).padStart(4, '0')}.yaml`));
    copyFileSync(examples[i % examples.length], path.join(mixed, `plan-${String(i).padStart(4, '0')}.yaml`));
    // No two the same: what validate keeps by the text misses on each file's own texts.
    writeFileSync(path.join(different, `plan-${String(i).padStart(4, '0')}.yaml`), differentCopy(largestText, i));
  }
  const validateRun = (folder) => () => timeProcess(process.execPath, [bin, 'validate', folder, '--format', 'json']);
  validateRun(many)(); // writes the code caches
  const largestRuns = [];
  const mixedRuns = [];
  const differentRuns = [];
  for (let i = 0; i < Math.min(RUNS, 3); i++) {
    largestRuns.push(validateRun(many)());
    mixedRuns.push(validateRun(mixed)());
    differentRuns.push(validateRun(different)());
  }
  report(`validate of ${FILES} ≤ ${fmt(validateGoal / 1000, 2)} s`, `${fmt(median(largestRuns) / 1000, 2)} s (largest example)`, median(largestRuns) / validateGoal, 1);
  report(`validate of ${FILES} ≤ ${fmt(validateGoal / 1000, 2)} s`, `${fmt(median(mixedRuns) / 1000, 2)} s (${examples.length} examples cycled)`, median(mixedRuns) / validateGoal, 1);
  report(`validate of ${FILES} ≤ ${fmt(validateGoal / 1000, 2)} s`, `${fmt(median(differentRuns) / 1000, 2)} s (largest, 5 texts changed in each)`, median(differentRuns) / validateGoal, 1);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(`issue 12 goals (${path.basename(largest)}, median of ${RUNS} runs where repeated):`);
for (const r of rows) console.log(`  ${r.goal.padEnd(48)} ${r.figure.padEnd(34)} ratio ${r.ratio.padStart(6)}  ${r.verdict}`);
