// Every document parplan renders passes `check` without an error: the example plans, a plan made
// from each preset, and a batch of units (the real CLI). Warnings allowed: the examples keep their
// sources' slips on purpose ("Nơi nhận :", "Lưu VT (NDN)"), which validate warns about too.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDocx } from '../../src/check/check-docx.js';
import { formatMessage } from '../../src/diagnostics/messages.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { loadPlanText } from '../../src/pipeline/load-plan.js';
import { renderPlanToDocx } from '../../src/pipeline/render-plan.js';
import { buildPlanYaml } from '../../src/presets/build-plan.js';
import { listPresets, type Preset } from '../../src/presets/registry.js';
import { SCHEMA_FILE } from '../../src/presets/schema-ref.js';
import { examplePlanFiles, renderPlanFile, REPO_ROOT } from '../support/render-plan.js';
import { runCli } from '../support/run-cli.js';

const errorsOf = (diagnostics: Diagnostic[]) =>
  diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} [${d.document?.part}] đoạn ${d.document?.paragraph}: ${formatMessage(d.code, d.args, 'vi')}`);

describe('parplan check on what parplan renders', () => {
  it.each(examplePlanFiles().map((f) => path.basename(f)))('example %s: no error', async (name) => {
    const { bytes } = await renderPlanFile(path.join(REPO_ROOT, 'plans', name));
    const result = await checkDocx(bytes, { file: name });
    expect(errorsOf(result.diagnostics)).toEqual([]);
  });

  const UNIT: Record<Preset['level'], { unit: string; abbreviation: string }> = {
    so: { unit: 'Sở Khoa học và Công nghệ', abbreviation: 'SKHCN' },
    huyen: { unit: 'UBND huyện Bảo Thắng', abbreviation: 'UBND' },
    tinh: { unit: 'Ủy ban nhân dân tỉnh Lào Cai', abbreviation: 'UBND' },
  };
  it.each(listPresets().map((p) => [p.name, p] as const))('preset %s: no error', async (_name, preset) => {
    const planFile = path.join(path.dirname(SCHEMA_FILE), '..', 'plans', 'new', 'ke-hoach.yaml');
    const text = buildPlanYaml({ preset, ...UNIT[preset.level], year: 2024 }, { planFile, today: new Date(2024, 0, 20) });
    const loaded = loadPlanText('ke-hoach.yaml', text);
    const rendered = await renderPlanToDocx(loaded.plan!, 'ke-hoach.yaml');
    if (!rendered.ok) throw new Error('the preset did not render');
    const result = await checkDocx(rendered.bytes, { file: `${preset.name}.docx` });
    expect(errorsOf(result.diagnostics)).toEqual([]);
  });

  const out = mkdtempSync(path.join(tmpdir(), 'parplan-check-batch-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  it('a batch (the 16 units of plans/units): every document without error', async () => {
    const batch = await runCli(['batch', 'plans/units/cac-so-lao-cai-2022.yaml', '-o', out, '--jobs', '1', '--quiet']);
    expect(batch.code).toBe(0);
    const documents = readdirSync(out).filter((f) => f.endsWith('.docx'));
    expect(documents.length).toBe(16);
    for (const name of documents) {
      const result = await checkDocx(readFileSync(path.join(out, name)), { file: name });
      expect(errorsOf(result.diagnostics), name).toEqual([]);
    }
    // And through `parplan check` on the folder: exit 0.
    const check = await runCli(['check', out, '--format', 'json']);
    expect(check.stderr).toMatch(/Đã kiểm tra 16 văn bản: 16 đạt, 0 không đạt/);
    expect(check.code).toBe(0);
  }, 120_000);
});
