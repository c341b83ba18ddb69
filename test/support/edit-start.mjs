// Timing parplan edit's start, shared by the browser test (test/edit/edit-browser.test.ts) and the
// bench (test/bench/edit.mjs): spawn the real CLI with PARPLAN_EDIT_TIMES=1, open its address in a new
// tab of a running browser, and time, in the page, the first frame that shows a page of the document.
// The server's steps and the page's timeline are put on the same clock (ms since 1970) as the spawn.
import { spawn } from 'node:child_process';

/** `parplan edit …` as a clerk starts it, printing its steps' times; `url` resolves once the address is printed. */
export function startEditCli(bin, args, env = {}) {
  const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, NO_COLOR: '1', PARPLAN_EDIT_TIMES: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  const url = new Promise((resolve, reject) => {
    child.stderr.on('data', (d) => {
      stderr += d.toString();
      const found = /http:\/\/127\.0\.0\.1:\d+\/\?t=\S+/.exec(stderr);
      if (found) resolve(found[0]);
    });
    child.once('exit', (code) => reject(new Error(`parplan edit exited (${code}): ${stderr}`)));
  });
  return { child, url, stderr: () => stderr };
}

/** Ctrl-C, and its exit. */
export async function stopEditCli(cli) {
  if (cli.child.exitCode !== null) return;
  const exited = new Promise((resolve) => cli.child.once('exit', resolve));
  cli.child.kill('SIGINT');
  await exited;
}

/** [step, clock time] of each step the server printed (PARPLAN_EDIT_TIMES), named "server: …". */
export function serverSteps(stderr) {
  const origin = Number(/process started at ([\d.]+)/.exec(stderr)?.[1] ?? NaN);
  const steps = [...stderr.matchAll(/\[parplan edit times\] ([\d.]+) ms \(cpu (\d+) ms\) (.+)/g)].map((m) => [`server: ${m[3]} (cpu ${m[2]} ms)`, origin + Number(m[1])]);
  return [['server: process started', origin], ...steps];
}

/** In the page, from its first script on: the clock time of the first frame that shows a page of the
 * document (a section.docx not in a hidden container), in window.ppShown. */
const WATCH_FIRST_PAGE = `(() => {
  const shown = () => {
    const section = document.querySelector('section.docx');
    return section !== null && getComputedStyle(section).visibility === 'visible';
  };
  new MutationObserver((_, observer) => {
    if (!shown()) return;
    observer.disconnect();
    requestAnimationFrame(() => (window.ppShown = performance.timeOrigin + performance.now()));
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['style'] });
})()`;

/** The page's timeline (clock times): navigation, its files' arrival, its own marks (src/edit/web/main.ts). */
const PAGE_STEPS = `(() => {
  const o = performance.timeOrigin;
  const n = performance.getEntriesByType('navigation')[0];
  const steps = [['page: navigation starts', o], ['page: HTML received', o + n.responseEnd]];
  for (const r of performance.getEntriesByType('resource')) steps.push(['page: ' + new URL(r.name).pathname + ' received', o + r.responseEnd]);
  const names = { 'pp-start': 'page: edit.js runs', 'pp-plan': 'page: plan received, document asked for', 'pp-docx': 'page: document received', 'pp-preview': 'page: docx-preview done', 'pp-editor': 'page: editor mounted' };
  for (const m of performance.getEntriesByType('mark')) if (names[m.name]) steps.push([names[m.name], o + m.startTime]);
  return steps;
})()`;

/** Opens `url` in a new tab of `context` (as the browser opener would) and waits for the document's
 * first page to show: { page, shownAt (clock time), errors (the page's script errors, kept up to date) }. */
export async function openPage(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(WATCH_FIRST_PAGE);
  await page.goto(url);
  await page.locator('section.docx').first().waitFor({ timeout: 60_000 });
  // (waitForFunction would evaluate a string in the page, which its content policy refuses.)
  let shownAt;
  while (!((shownAt = await page.evaluate('window.ppShown')) > 0)) await new Promise((next) => setTimeout(next, 20));
  return { page, shownAt, errors };
}

/** Every step, server's and page's, sorted, once the editor is mounted. */
export async function startSteps(page, stderr, shownAt) {
  await page.locator('body[data-editor=ready]').waitFor({ state: 'attached' });
  const steps = [...serverSteps(stderr), ...(await page.evaluate(PAGE_STEPS)), ['page: first page of the document shown', shownAt]];
  return steps.sort((a, b) => a[1] - b[1]);
}

/** The start in a few figures, each less sensitive to the machine's load than the total. */
export function startSummary(steps, spawnedAt) {
  const find = (name) => steps.find(([step]) => step.startsWith(name));
  const at = (name) => (find(name)?.[1] ?? NaN) - spawnedAt;
  const cpu = (name) => /cpu (\d+) ms/.exec(find(name)?.[0] ?? '')?.[1];
  const since = (from, to) => Math.round(at(to) - at(from));
  return {
    addressMs: Math.round(at('server: address printed')),
    addressCpuMs: Number(cpu('server: address printed')),
    firstRenderMs: Math.round(at('server: first render done')),
    firstRenderCpuMs: Number(cpu('server: first render done')),
    pageToScriptMs: since('server: address printed', 'page: edit.js runs'),
    documentWaitMs: since('page: plan received, document asked for', 'page: document received'),
    docxPreviewMs: since('page: document received', 'page: docx-preview done'),
    text:
      `server: address printed ${Math.round(at('server: address printed'))} ms after the spawn (cpu ${cpu('server: address printed')} ms), ` +
      `first render done ${Math.round(at('server: first render done'))} ms (cpu ${cpu('server: first render done')} ms, both threads); ` +
      `page: address → edit.js runs ${since('server: address printed', 'page: edit.js runs')} ms, document asked → received ${since('page: plan received, document asked for', 'page: document received')} ms, docx-preview ${since('page: document received', 'page: docx-preview done')} ms`,
  };
}

/** The steps as lines, in ms after the spawn. */
export function stepLines(steps, spawnedAt) {
  return steps.map(([name, at]) => `  ${String(Math.round(at - spawnedAt)).padStart(5)}  ${name}`).join('\n');
}
