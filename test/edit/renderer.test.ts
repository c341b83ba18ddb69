// Where parplan edit renders (src/edit/renderer.ts): on a thread of its own from the bundle
// (dist/edit-worker.mjs, built by `npm run build`, which `npm test` runs first), giving the same bytes as
// a render on this thread; and here again when that thread cannot start or dies.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRenderer } from '../../src/edit/renderer.js';
import { renderPlanText } from '../../src/edit/plan-service.js';
import { REPO_ROOT } from '../support/render-plan.js';

const WORKER = path.join(REPO_ROOT, 'dist', 'edit-worker.mjs');
const PLAN = path.join(REPO_ROOT, 'plans', 'so-tnmt-lao-cai-2022-par-index.yaml');

describe('parplan edit renderer', () => {
  let dir: string;
  let text: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'parplan-edit-renderer-'));
    text = await readFile(PLAN, 'utf8');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('from the TypeScript sources renders on this thread', async () => {
    const renderer = startRenderer('ke-hoach.yaml', 'vi', {});
    expect(renderer.where).toBe('here');
    const outcome = await renderer.render(text);
    expect(outcome.ok).toBe(true);
    await renderer.close();
  });

  it.runIf(existsSync(WORKER))('on its own thread gives the bytes this thread gives, and the same problems', async () => {
    const renderer = startRenderer('ke-hoach.yaml', 'vi', {}, { script: WORKER });
    try {
      expect(renderer.where).toBe('thread');
      const [inThread, here] = await Promise.all([renderer.render(text), renderPlanText('ke-hoach.yaml', text, 'vi')]);
      expect(inThread.ok && here.ok).toBe(true);
      if (inThread.ok && here.ok) expect(Buffer.from(inThread.bytes).equals(Buffer.from(here.bytes))).toBe(true);
      const broken = text.replace('viet_tat: STNMT', 'viet_tat: STNMTx');
      const [badThread, badHere] = await Promise.all([renderer.render(broken), renderPlanText('ke-hoach.yaml', broken, 'vi')]);
      expect(badThread.ok).toBe(false);
      expect(badThread.diagnostics).toEqual(badHere.diagnostics);
      expect(badThread.diagnostics.map((d) => d.line)).toContain(11);
    } finally {
      await renderer.close();
    }
  });

  it('renders here when its thread cannot start or dies', async () => {
    const dying = path.join(dir, 'dying-worker.mjs');
    await writeFile(dying, 'process.exit(3);\n');
    const renderer = startRenderer('ke-hoach.yaml', 'vi', {}, { script: dying });
    try {
      expect(renderer.where).toBe('thread');
      const first = await renderer.render(text);
      expect(first.ok).toBe(true);
      const again = await renderer.render(text + '\n# lần hai\n');
      expect(again.ok).toBe(true);
    } finally {
      await renderer.close();
    }
  });
});
