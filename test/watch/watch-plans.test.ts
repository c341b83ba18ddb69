// The watch loop in-process: a template change re-renders with the new template (the compiled-template
// cache dropped), saves during a render are gathered into one more render, never two at once, and
// stopping waits for the running render.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlanFile } from '../../src/pipeline/load-plan.js';
import { planToModel } from '../../src/pipeline/render-plan.js';
import { clearTemplateCache, DEFAULT_TEMPLATE_DIR } from '../../src/render/templates.js';
import { runRenderWatch } from '../../src/watch/render-watch.js';
import { watchPlans } from '../../src/watch/watch-plans.js';
import type { Io } from '../../src/cli/io.js';
import { PLANS_DIR } from '../support/render-plan.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(check: () => boolean, timeoutMs = 5000) {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await sleep(10);
  }
}

function workspace() {
  const dir = mkdtempSync(path.join(tmpdir(), 'parplan-watch-loop-'));
  const plan = path.join(dir, 'plan.yaml');
  cpSync(path.join(PLANS_DIR, 'so-tnmt-lao-cai-2022-par-index.yaml'), plan);
  const templates = path.join(dir, 'templates');
  cpSync(DEFAULT_TEMPLATE_DIR, templates, { recursive: true, filter: (src) => !src.includes(`${path.sep}presets`) });
  return { dir, plan, templates };
}

/** Renders a plan to its document model's text with the templates of `dir`. */
async function renderedText(plan: string, templates: string): Promise<string> {
  const loaded = await loadPlanFile(plan);
  const model = planToModel(loaded.plan!, plan, templates);
  if (!model.ok) throw new Error('did not render');
  return JSON.stringify(model.model);
}

describe('watchPlans', () => {
  it.each([
    ['drops the compiled templates and renders with the edited one', true],
    ['(without dropping the cache the edit would not show)', false],
  ])('on a template change %s', async (_title, clear) => {
    const { plan, templates } = workspace();
    const texts: string[] = [];
    const stop = new AbortController();
    const done = watchPlans({
      files: [plan],
      templateDir: templates,
      render: async (files) => void texts.push(await renderedText(files[0]!, templates)),
      onTemplateChange: () => (clear ? clearTemplateCache() : undefined),
      signal: stop.signal,
    });
    await until(() => texts.length === 1);
    const partial = path.join(templates, 'partials', 'noi-nhan.hbs');
    writeFileSync(partial, readFileSync(partial, 'utf8').replace('<dong>- {{text}}', '<dong>- (mẫu mới) {{text}}'));
    await until(() => texts.length === 2);
    stop.abort();
    await done;
    expect(texts[0]).not.toContain('- (mẫu mới) Sở Nội vụ;');
    expect(texts[1]!.includes('- (mẫu mới) Sở Nội vụ;')).toBe(clear);
  });

  it('renders one at a time: saves during a render make one more render, of the last text', async () => {
    const { plan, templates } = workspace();
    const original = readFileSync(plan, 'utf8');
    let active = 0;
    let most = 0;
    const seen: string[] = [];
    const stop = new AbortController();
    const done = watchPlans({
      files: [plan],
      templateDir: templates,
      render: async (files) => {
        active += 1;
        most = Math.max(most, active);
        const name = /ho_ten: (.*)/.exec(readFileSync(files[0]!, 'utf8'))![1]!;
        seen.push(name);
        await sleep(name === 'A' ? 800 : 50); // the saves below all land while A renders
        active -= 1;
      },
      onTemplateChange: () => {},
      signal: stop.signal,
      settleMs: 20,
    });
    await until(() => seen.length === 1);
    await sleep(100);
    writeFileSync(plan, original.replace('ho_ten: Phạm Bình Minh', 'ho_ten: A'));
    await until(() => seen.length === 2); // the render of A is running
    for (const name of ['B', 'C', 'D']) {
      writeFileSync(plan, original.replace('ho_ten: Phạm Bình Minh', `ho_ten: ${name}`));
      await sleep(40);
    }
    await until(() => seen.length === 3);
    await sleep(300);
    stop.abort();
    await done;
    expect(most).toBe(1);
    expect(seen).toEqual(['Phạm Bình Minh', 'A', 'D']);
  });

  it('when stopped, waits for the running render', async () => {
    const { plan, templates } = workspace();
    let finished = 0;
    const stop = new AbortController();
    let started = false;
    const done = watchPlans({
      files: [plan],
      templateDir: templates,
      render: async () => {
        started = true;
        await sleep(200);
        finished += 1;
      },
      onTemplateChange: () => {},
      signal: stop.signal,
    });
    await until(() => started);
    stop.abort();
    await done;
    expect(finished).toBe(1);
  });
});

describe('runRenderWatch', () => {
  it('renders, says it is watching, and returns 0 when interrupted', async () => {
    const { dir, templates } = workspace();
    let interrupt: (() => void) | undefined;
    let stderr = '';
    const io: Io = {
      stdout: () => {},
      stderr: (t) => void (stderr += t),
      isTTY: false,
      env: {},
      cwd: dir,
      onInterrupt: (listener) => {
        interrupt = listener;
        return () => (interrupt = undefined);
      },
    };
    const calls: string[][] = [];
    const result = runRenderWatch(['plan.yaml'], { lang: 'vi' as const }, io, async (args) => (calls.push(args), 0), templates);
    await until(() => stderr.includes('Đang theo dõi'));
    expect(calls).toEqual([['plan.yaml']]);
    interrupt!();
    expect(await result).toBe(0);
    expect(interrupt).toBeUndefined(); // the listener is removed
    expect(stderr).toContain('Đã dừng theo dõi.');
  });

  it('renders every plan again when the reference document is saved (a province tuning its mau.docx in Word)', async () => {
    const { dir, templates } = workspace();
    cpSync(path.join(dir, 'plan.yaml'), path.join(dir, 'plan-2.yaml'));
    const reference = path.join(dir, 'mau', 'mau.docx');
    mkdirSync(path.dirname(reference));
    writeFileSync(reference, 'first');
    let interrupt: (() => void) | undefined;
    let stderr = '';
    const io: Io = { stdout: () => {}, stderr: (t) => void (stderr += t), isTTY: false, env: {}, cwd: dir, onInterrupt: (l) => ((interrupt = l), () => (interrupt = undefined)) };
    const calls: string[][] = [];
    const result = runRenderWatch(['plan.yaml', 'plan-2.yaml'], { lang: 'vi' as const }, io, async (args) => (calls.push(args), 0), templates, 'mau/mau.docx');
    await until(() => stderr.includes('Đang theo dõi'));
    writeFileSync(path.join(dir, 'mau', 'khac.docx'), 'another file of the folder');
    await sleep(300);
    expect(calls).toHaveLength(1);
    writeFileSync(reference, 'saved again');
    await until(() => calls.length === 2);
    expect(calls[1]!.sort()).toEqual(['plan-2.yaml', 'plan.yaml']);
    interrupt!();
    expect(await result).toBe(0);
  });
});
