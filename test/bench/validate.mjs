// parplan validate over 1,000 plan files, the whole process: wall time and peak memory. Issue 12's
// goal: 1,000 plans in 1.5 s on 2 cores. Three folders, run interleaved so that all see the same machine:
//  - copies: 1,000 copies of the largest example (every text repeats in every file);
//  - cycled: the 7 example plans (plans/*.yaml and the base plan in plans/units/) in turn;
//  - different: 1,000 copies of the largest example, each with five of its texts changed (as an
//    office's plans share boilerplate but differ in places): no two files are the same, and what
//    validate keeps by the text (src/validate/rules/by-text.ts) misses on each file's own texts.
// PARPLAN_BENCH_FILES, PARPLAN_BENCH_RUNS change the counts.
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, differentCopy, fmt, median } from './util.mjs';

const FILES = Number(process.env.PARPLAN_BENCH_FILES ?? 1000);
const RUNS = Number(process.env.PARPLAN_BENCH_RUNS ?? 5);
const GOAL_MS = 1500;
/** Texts changed in each file of the "different" folder. */
const CHANGED_TEXTS = 5;

const plans = path.join(ROOT, 'plans');
const largest = readdirSync(plans)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => path.join(plans, f))
  .sort((a, b) => statSync(b).size - statSync(a).size)[0];
const examples = [...readdirSync(plans).filter((f) => f.endsWith('.yaml')).map((f) => path.join(plans, f)), ...readdirSync(path.join(plans, 'units')).map((f) => path.join(plans, 'units', f))]
  .filter((f) => !/^\s*don_vi\s*:/m.test(readFileSync(f, 'utf8')))
  .sort();
const dir = mkdtempSync(path.join(tmpdir(), 'parplan-bench-validate-'));

function makeFolder(name, write) {
  const folder = path.join(dir, name);
  mkdirSync(folder);
  for (let i = 0; i < FILES; i++) write(path.join(folder, `plan-${String(i).padStart(4, '0')}.yaml`), i);
  return folder;
}

/** One whole process, its report written to a file as CI would log it (a pipe read by spawnSync
 * would cap it at 1 MB: 1,000 files give about 4 MB of text). Peak RSS from bench/report-rss.mjs. */
function timeValidate(folder, format) {
  const rssFile = path.join(dir, 'rss');
  const out = openSync(path.join(dir, 'report.txt'), 'w');
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', path.join(ROOT, 'test', 'bench', 'report-rss.mjs'), path.join(ROOT, 'bin', 'parplan.js'), 'validate', '--format', format, folder], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', PARPLAN_BENCH_RSS_FILE: rssFile },
    stdio: ['ignore', out, 'pipe'],
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  closeSync(out);
  if (r.status !== 0) throw new Error(`parplan validate exited ${r.status}: ${r.stderr}`);
  return { ms, rssMb: Number(readFileSync(rssFile, 'utf8')) / 1024 };
}

try {
  const largestText = readFileSync(largest, 'utf8');
  const cases = [
    { label: `copies of ${path.basename(largest)}`, folder: makeFolder('copies', (file) => copyFileSync(largest, file)), formats: ['text', 'json'] },
    { label: `the ${examples.length} examples cycled`, folder: makeFolder('cycled', (file, i) => copyFileSync(examples[i % examples.length], file)), formats: ['json'] },
    { label: `different (${CHANGED_TEXTS} texts changed per copy)`, folder: makeFolder('different', (file, i) => writeFileSync(file, differentCopy(largestText, i, CHANGED_TEXTS))), formats: ['json'] },
  ];
  const runs = cases.flatMap((c) => c.formats.map((format) => ({ ...c, format, results: [] })));
  for (const run of runs) timeValidate(run.folder, run.format); // warm the file and code caches
  for (let i = 0; i < RUNS; i++) for (const run of runs) run.results.push(timeValidate(run.folder, run.format));
  console.log(`${FILES} plan files, ${RUNS} runs each, interleaved, median (largest example ${fmt(statSync(largest).size / 1024)} KB):`);
  for (const run of runs) {
    const ms = median(run.results.map((r) => r.ms));
    const rss = Math.max(...run.results.map((r) => r.rssMb));
    const verdict = ms <= GOAL_MS ? 'within' : 'OVER';
    console.log(`  ${run.label.padEnd(48)} --format ${run.format.padEnd(4)} ${fmt(ms).padStart(6)} ms (${verdict} the ${GOAL_MS} ms goal), peak RSS ${fmt(rss)} MB`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
