// import(render(plan)) renders to the same document as render(plan): the same text in the same
// order (emphasis and footnotes included), with the same structure (header, title, sections and
// items with their roles, tables with their column widths, header/total/group rows, merged cells and
// alignment, Nơi nhận, signer, appendices), for every plan in plans/ and every preset.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/docx-read/index.js';
import { importDocx } from '../../src/import/import-docx.js';
import { planToYaml } from '../../src/import/plan-yaml.js';
import type { DocumentModel, Line, TableBlock } from '../../src/model/document.js';
import { loadPlanText } from '../../src/pipeline/load-plan.js';
import { planToModel, renderPlanToDocx } from '../../src/pipeline/render-plan.js';
import { buildPlanYaml } from '../../src/presets/build-plan.js';
import { listPresets } from '../../src/presets/registry.js';
import { SCHEMA_FILE } from '../../src/presets/schema-ref.js';
import { examplePlanFiles } from '../support/render-plan.js';
import { readFileSync } from 'node:fs';

/** A line's text; emphasis as ** and *, a footnote as ^[its text] where it is cited. */
const text = (line: Line): string =>
  line
    .map((r) => (r.footnote ? `^[${r.footnote.map(text).join(' / ')}]` : r.bold && r.italic ? `***${r.text}***` : r.bold ? `**${r.text}**` : r.italic ? `*${r.text}*` : r.text))
    .join('')
    .replace(/\*\*\*\*|(?<!\*)\*\*(?!\*)(?=\*)/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const percent = (widths: number[]) => {
  const sum = widths.reduce((s, w) => s + w, 0);
  return widths.map((w) => Math.round((w / sum) * 100));
};

/** A table's structure: each row's kind, each cell's spans, alignment and text (the column widths
 * are compared on the documents, where the writer has fitted them to the words: see docxWidths). */
function tableOutline(t: TableBlock) {
  return {
    rows: t.rows.map((r) => {
      // Header, total and group rows are bold whatever their runs say: the document cannot show a difference.
      const bold = r.header === true || r.total === true || r.group === true;
      const cell = (l: Line) => (bold ? text(l.map((run) => ({ ...run, bold: false }))) : text(l));
      return [r.header ? 'header' : r.total ? 'total' : r.group ? 'group' : 'row', ...r.cells.map((c) => `${c.colSpan ?? 1}x${c.rowSpan ?? 1} ${c.align ?? ''}: ${c.paragraphs.map(cell).join(' / ')}`)];
    }),
  };
}

/** What the round trip must keep: every part's text, in order, with its role. */
function outline(model: DocumentModel) {
  const blocks = (list: DocumentModel['body']) => list.map((b) => (b.kind === 'paragraph' ? `${b.role}: ${text(b.runs)}` : tableOutline(b)));
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
  const secondDocx = await renderPlanToDocx(again.plan!, name);
  if (!second.ok || !secondDocx.ok) throw new Error(`${name}: the imported plan does not render`);
  expect(outline(second.model)).toEqual(outline(first.model));
  expect(await docxWidths(secondDocx.bytes)).toEqual(await docxWidths(docx.bytes));
}

/** Every table's column widths as the document has them (per cent of the table). */
async function docxWidths(bytes: Uint8Array): Promise<number[][]> {
  const read = await readDocx(bytes);
  const tables = read.document!.body.filter((b) => b.kind === 'table');
  return tables.map((t) => percent(t.grid));
}

describe('round trip: import(render(plan))', () => {
  it.each(examplePlanFiles().map((f) => [path.basename(f), f] as const))('%s', async (name, file) => {
    await roundTrip(name, readFileSync(file, 'utf8'));
  });

  it.each(listPresets().map((p) => [p.name, p] as const))('preset %s', async (name, preset) => {
    const unit = preset.level === 'so' ? { unit: 'Sở Khoa học và Công nghệ', abbreviation: 'SKHCN' } : { unit: 'UBND huyện Bảo Thắng', abbreviation: 'UBND' };
    const yaml = buildPlanYaml({ preset, ...unit, year: 2024 }, { planFile: path.join(path.dirname(SCHEMA_FILE), '..', 'plans', 'x.yaml'), today: new Date(2024, 0, 20) });
    await roundTrip(name, yaml);
  });
});
