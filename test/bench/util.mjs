// Shared by the bench scripts: run the real CLI as a whole process, timed, with its peak memory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = path.join(ROOT, 'bin', 'parplan.js');
const PRELOAD = path.join(ROOT, 'test', 'bench', 'report-rss.mjs');

/** One whole `parplan …` process: wall milliseconds and peak RSS in MB. */
export function timeCli(args, options = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'parplan-bench-rss-'));
  const rssFile = path.join(dir, 'rss');
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', PRELOAD, BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', PARPLAN_BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== (options.expectCode ?? 0)) throw new Error(`parplan ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const rssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
  rmSync(dir, { recursive: true, force: true });
  return { ms, rssMb };
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export const fmt = (n, digits = 0) => n.toFixed(digits);
