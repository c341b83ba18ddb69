// import(render(plan)) renders to the same document as render(plan): the same text in the same
// order, with the same structure (header, title, sections and items with their roles, tables,
// Nơi nhận, signer, appendices), for every plan in plans/ and every preset.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../src/import/import-docx.js';
import { planToYaml } from '../../src/import/plan-yaml.js';
import type { DocumentModel, Line } from '../../src/model/document.js';
import { loadPlanText } from '../../src/pipeline/load-plan.js';
import { planToModel, renderPlanToDocx } from '../../src/pipeline/render-plan.js';
import { buildPlanYaml } from '../../src/presets/build-plan.js';
import { listPresets } from '../../src/presets/registry.js';
import { SCHEMA_FILE } from '../../src/presets/schema-ref.js';
import { examplePlanFiles } from '../support/render-plan.js';
import { readFileSync } from 'node:fs';

const text = (line: Line) => line.map((r) => r.text).join('').replace(/\s+/g, ' ').trim();

/** What the round trip must keep: every part's text, in order, with its role. */
function outline(model: DocumentModel) {
  const blocks = (list: DocumentModel['body']) =>
    list.map((b) => (b.kind === 'paragraph' ? `${b.role}: ${text(b.runs)}` : `table: ${b.rows.map((r) => r.cells.map((c) => c.paragraphs.map(text).join(' / ')).join(' | ')).join(' || ')}`));
  return {
    header: [model.header.parentAgency.map(text), model.header.issuer.map(text), text(model.header.number), text(model.header.placeAndDate)],
    title: [text(model.title.type), ...model.title.subject.map(text)],
    body: blocks(model.body),
    recipients: [text(model.recipients.label), ...model.recipients.lines.map(text)],
    signer: [...model.signer.titleLines.map(text), text(model.signer.name)],
    appendices: model.appendices.map((a) => [a.orientation, text(a.label), ...a.title.map(text), text(a.attachedTo), ...blocks(a.blocks)]),
  };
}

async function roundTrip(name: string, yaml: string) {
  const loaded = loadPlanText(name, yaml);
  expect(loaded.plan, name).toBeDefined();
  const first = planToModel(loaded.plan!, name);
  const docx = await renderPlanToDocx(loaded.plan!, name);
  if (!first.ok || !docx.ok) throw new Error(`${name} does not render`);
  const imported = await importDocx(docx.bytes, { file: `${name}.docx` });
  expect(imported.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const again = loadPlanText(`${name}.imported.yaml`, planToYaml(imported.imported!, ['yaml-language-server: $schema=../schemas/plan.schema.json']));
  expect(again.diagnostics.filter((d) => d.severity === 'error'), name).toEqual([]);
  const second = planToModel(again.plan!, name);
  if (!second.ok) throw new Error(`${name}: the imported plan does not render`);
  expect(outline(second.model)).toEqual(outline(first.model));
}

describe('round trip: import(render(plan))', () => {
  // Known gap (issue 11 after issue 10): import does not yet write the format's new shapes — body tables
  // (bang), label lines (nhan), "-" under "-", the căn cứ and lead-in in one paragraph — so these two
  // plans come back as plain paragraphs. it.fails keeps the gap visible: it turns red once import handles them.
  const NOT_YET = new Set(['ubnd-huyen-bat-xat-2022-cchc-theo-linh-vuc.yaml', 'ubnd-tinh-lao-cai-2023-par-index-sipas.yaml']);
  const plans = examplePlanFiles().map((f) => [path.basename(f), f] as const);
  it.fails.each(plans.filter(([name]) => NOT_YET.has(name)))('%s (known gap: new plan shapes)', async (name, file) => {
    await roundTrip(name, readFileSync(file, 'utf8'));
  });
  it.each(plans.filter(([name]) => !NOT_YET.has(name)))('%s', async (name, file) => {
    await roundTrip(name, readFileSync(file, 'utf8'));
  });

  it.each(listPresets().map((p) => [p.name, p] as const))('preset %s', async (name, preset) => {
    const unit = preset.level === 'so' ? { unit: 'Sở Khoa học và Công nghệ', abbreviation: 'SKHCN' } : { unit: 'UBND huyện Bảo Thắng', abbreviation: 'UBND' };
    const yaml = buildPlanYaml({ preset, ...unit, year: 2024 }, { planFile: path.join(path.dirname(SCHEMA_FILE), '..', 'plans', 'x.yaml'), today: new Date(2024, 0, 20) });
    await roundTrip(name, yaml);
  });
});
