// parplan validate over 1,000 plan files the size of the largest example (copies of it in a temp
// folder): the whole process, wall time and peak memory. Goal (issue 4): under 2 s on 2 cores.
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, fmt, median } from './util.mjs';

const FILES = Number(process.env.PARPLAN_BENCH_FILES ?? 1000);
const RUNS = Number(process.env.PARPLAN_BENCH_RUNS ?? 5);
const GOAL_MS = 2000;

const plans = path.join(ROOT, 'plans');
const largest = readdirSync(plans)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => path.join(plans, f))
  .sort((a, b) => statSync(b).size - statSync(a).size)[0];
const dir = mkdtempSync(path.join(tmpdir(), 'parplan-bench-validate-'));
const plansDir = path.join(dir, 'plans');

/** One whole process, its report written to a file as CI would log it (a pipe read by spawnSync
 * would cap it at 1 MB: 1,000 files give about 4 MB of text). Peak RSS from bench/report-rss.mjs. */
function timeValidate(format) {
  const rssFile = path.join(dir, 'rss');
  const out = openSync(path.join(dir, 'report.txt'), 'w');
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', path.join(ROOT, 'test', 'bench', 'report-rss.mjs'), path.join(ROOT, 'bin', 'parplan.js'), 'validate', '--format', format, plansDir], {
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
  mkdirSync(plansDir);
  for (let i = 0; i < FILES; i++) copyFileSync(largest, path.join(plansDir, `plan-${String(i).padStart(4, '0')}.yaml`));
  console.log(`${FILES} copies of ${path.basename(largest)} (${fmt(statSync(largest).size / 1024)} KB each), ${RUNS} runs, median:`);
  for (const format of ['text', 'json']) {
    timeValidate(format); // warm the file cache
    const runs = Array.from({ length: RUNS }, () => timeValidate(format));
    const ms = median(runs.map((r) => r.ms));
    const rss = Math.max(...runs.map((r) => r.rssMb));
    const verdict = ms < GOAL_MS ? 'within' : 'OVER';
    console.log(`  validate --format ${format.padEnd(4)}  ${fmt(ms).padStart(5)} ms wall (${verdict} the ${GOAL_MS} ms goal), peak RSS ${fmt(rss)} MB, ${fmt((ms / FILES) * 1000)} µs per file`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
