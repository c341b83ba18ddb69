// Shared by the bench scripts: run the real CLI as a whole process, timed, with its peak memory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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

/**
 * A plan rendered again and again in one process (as --watch, edit and a batch's threads do), after
 * a warm-up: the median milliseconds of the whole render and of each stage — read the file, parse
 * the YAML, check it (schema and rules), build the document model (view, templates, markup), write
 * the .docx (parts and zip).
 */
export async function warmRenderStages(file, runs = 30) {
  const load = (rel) => import(pathToFileURL(path.join(ROOT, 'dist', rel)).href);
  // What render's loadPlanFile reads with: synchronously (a plan is read once, at start).
  const { readPlanBytesSync } = await load('parse/read-plan-file.js');
  const { decodePlanBytes } = await load('parse/decode-text.js');
  const { parseYaml } = await load('parse/read-yaml.js');
  const { checkPlanData } = await load('pipeline/load-plan.js');
  const { planToModel } = await load('pipeline/render-plan.js');
  const { writeDocx } = await load('docx/write-docx.js');
  const stages = { read: [], parse: [], check: [], model: [], write: [], total: [] };
  const once = async (record) => {
    const t0 = performance.now();
    const read = readPlanBytesSync(file);
    const text = decodePlanBytes(read.bytes).text;
    const t1 = performance.now();
    const parsed = parseYaml(text, file);
    const t2 = performance.now();
    const { plan } = checkPlanData(parsed, file, undefined, () => text);
    if (plan === undefined) throw new Error(`${file} does not validate`);
    const t3 = performance.now();
    const model = planToModel(plan, file);
    if (!model.ok) throw new Error(`${file} does not render`);
    const t4 = performance.now();
    await writeDocx(model.model);
    const t5 = performance.now();
    if (!record) return;
    for (const [name, ms] of [['read', t1 - t0], ['parse', t2 - t1], ['check', t3 - t2], ['model', t4 - t3], ['write', t5 - t4], ['total', t5 - t0]]) stages[name].push(ms);
  };
  for (let i = 0; i < 10; i++) await once(false);
  for (let i = 0; i < runs; i++) await once(true);
  return Object.fromEntries(Object.entries(stages).map(([name, list]) => [name, median(list)]));
}

/** A plan's text with `changed` of its lines of text changed, chosen by the copy's number `n`: " và "
 * ("and") in them becomes " và <n>-<k> ", which keeps the plan valid. 1,000 such copies of the
 * largest example share its boilerplate but no two are the same (validate.mjs, goals.mjs). */
export function differentCopy(text, n, changed = 5) {
  const lines = text.split('\n');
  const candidates = lines.flatMap((line, i) => (line.includes(' và ') ? [i] : []));
  for (let k = 0; k < changed; k++) {
    const i = candidates[(n * 7919 + k * 104729) % candidates.length];
    lines[i] = lines[i].replace(' và ', ` và ${n}-${k} `);
  }
  return lines.join('\n');
}

/** A units file of n units over base.yaml (beside it), differing where units differ: the name, the
 * abbreviation and the signer. Shared by goals.mjs, batch.mjs and threads.mjs. */
export function unitsFileText(n) {
  const lines = ['ke_hoach: base.yaml', 'don_vi:'];
  for (let i = 1; i <= n; i++) {
    lines.push(
      `  - co_quan_ban_hanh: { ten: [SỞ THỬ NGHIỆM, SỐ ${i}], ten_day_du: Sở Thử nghiệm số ${i}, viet_tat: STN${i} }`,
      `    nguoi_ky: { ho_ten: Nguyễn Văn ${i} }`,
    );
  }
  return lines.join('\n') + '\n';
}
