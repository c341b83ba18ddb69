// parplan edit's start (issue 14: "starting parplan edit until the page shows the first preview takes
// under 2 s"), several times: each run spawns the real CLI and opens its address in a new tab of a
// running Chromium (Debian's, driven by playwright-core), as the browser opener would, and times in the
// page the first frame that shows a page of the document (test/support/edit-start.mjs). Runs with V8's
// code caches (as every start after the first) and without them (the first start after an install).
// Prints each run's figure and its parts, and the medians. Usage: node test/bench/edit.mjs [runs]
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { openPage, startEditCli, startSteps, startSummary, stopEditCli } from '../support/edit-start.mjs';
import { fmt, median, ROOT } from './util.mjs';

const runs = Number(process.argv[2] ?? 5);
const executablePath = process.env.PARPLAN_CHROMIUM || '/usr/bin/chromium';
const dir = mkdtempSync(path.join(tmpdir(), 'parplan-bench-edit-'));
const file = path.join(dir, 'ke-hoach-2022.yaml');
copyFileSync(path.join(ROOT, 'plans', 'so-tnmt-lao-cai-2022-par-index.yaml'), file);
const settle = (ms) => new Promise((done) => setTimeout(done, ms));

const browser = await chromium.launch({ executablePath, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
try {
  // The clerk's browser: running, a window open, done starting.
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await (await context.newPage()).goto('about:blank');
  await settle(1500);
  for (const [label, env] of [
    ['with code caches', {}],
    ['without code caches', { PARPLAN_NO_CODE_CACHE: '1' }],
  ]) {
    const results = [];
    // One start first, not counted, so that the caches exist (or, without them, as a warm-up of the disk).
    for (let i = -1; i < runs; i++) {
      const spawnedAt = performance.timeOrigin + performance.now();
      const cli = startEditCli(path.join(ROOT, 'bin', 'parplan.js'), ['edit', file, '--no-open'], env);
      try {
        const { page, shownAt } = await openPage(context, await cli.url);
        const summary = startSummary(await startSteps(page, cli.stderr(), shownAt), spawnedAt);
        await page.close();
        if (i >= 0) {
          results.push({ total: shownAt - spawnedAt, ...summary });
          console.log(`${label}, run ${i + 1}: first preview ${fmt(shownAt - spawnedAt)} ms; ${summary.text}`);
        }
      } finally {
        await stopEditCli(cli);
      }
      await settle(1000);
    }
    const m = (key) => fmt(median(results.map((r) => r[key])));
    console.log(
      `parplan edit, ${label}: first preview ${m('total')} ms median of ${runs} (goal < 2000 ms; ${fmt(median(results.map((r) => r.total)) / 2000, 2)}×)` +
        ` — address printed ${m('addressMs')} ms (cpu ${m('addressCpuMs')} ms), first render done ${m('firstRenderMs')} ms (cpu ${m('firstRenderCpuMs')} ms),` +
        ` address → edit.js runs ${m('pageToScriptMs')} ms, waiting for the document ${m('documentWaitMs')} ms, docx-preview ${m('docxPreviewMs')} ms`,
    );
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
