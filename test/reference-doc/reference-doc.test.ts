// --reference-doc: a province's styles (made with python-docx, test/fixtures/reference-doc) restyle
// the document within the decree's ranges; outside them a warning, and the decree's value is kept.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STYLE_SHEET, resolveSheet } from '../../src/docx/named-styles.js';
import { writeDocx } from '../../src/docx/write-docx.js';
import type { Paragraph } from '../../src/docx-read/index.js';
import * as nd30 from '../../src/nd30/index.js';
import { readReferenceDoc } from '../../src/reference-doc/read-reference.js';
import { formatMessage } from '../../src/diagnostics/messages.js';
import { readFormatted } from '../support/docx-format.js';
import { examplePlanFiles, renderPlanFile, REPO_ROOT } from '../support/render-plan.js';
import { runCli } from '../support/run-cli.js';
import { describeWithTools } from '../support/external-tools.js';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/reference-doc');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(FIXTURES, name)));
const laoCai = examplePlanFiles().find((f) => f.includes('lao-cai'))!;

function bodyParagraphs(blocks: Awaited<ReturnType<typeof readFormatted>>['body']): Paragraph[] {
  return blocks.filter((b): b is Paragraph => b.kind === 'paragraph' && b.styleId === 'Normal' && b.text.length > 40);
}

describe('readReferenceDoc', () => {
  it('reads the shipped templates/reference.docx back as the decree’s defaults, without a warning', async () => {
    const result = await readReferenceDoc(new Uint8Array(readFileSync(path.join(REPO_ROOT, 'templates/reference.docx'))), { file: 'reference.docx' });
    expect(result.diagnostics).toEqual([]);
    expect(resolveSheet(result.sheet!)).toEqual(resolveSheet(DEFAULT_STYLE_SHEET));
  });

  it('takes a 13 pt body and a 1.27 cm first-line indent, and the document keeps the decree’s rules', async () => {
    const result = await readReferenceDoc(fixture('mau-13pt.docx'), { file: 'mau-13pt.docx' });
    expect(result.diagnostics).toEqual([]);
    const { model } = await renderPlanFile(laoCai);
    const read = await readFormatted(await writeDocx(model, { styleSheet: result.sheet! }));
    const body = bodyParagraphs(read.body);
    expect(body.length).toBeGreaterThanOrEqual(3);
    for (const p of body) {
      for (const inline of p.inlines) if (inline.type === 'text') expect(inline.format.sizePt).toBe(13);
      expect(p.format.indent.firstLinePt * (25.4 / 72)).toBeCloseTo(12.7, 1);
      expect(p.format.alignment).toBe('justify');
      // Within Phụ lục I: 13–14 pt, 1–1.27 cm, ≥ 6 pt between paragraphs, single to 1.5 lines.
      expect(nd30.isWithinRange(nd30.BODY_FIRST_LINE_INDENT, p.format.indent.firstLinePt * (25.4 / 72) - 0.01)).toBe(true);
      expect(nd30.isWithinRange(nd30.BODY_SPACING_AFTER, p.format.spacing.afterPt)).toBe(true);
      expect(nd30.isWithinRange(nd30.BODY_LINE_SPACING, p.format.spacing.line.value)).toBe(true);
    }
    const heading = read.body.find((b): b is Paragraph => b.kind === 'paragraph' && b.styleId === 'Heading1')!;
    expect(heading.format.outlineLevel).toBe(0);
    expect(heading.markFormat.fonts.ascii).toBe('Times New Roman');
    expect(heading.markFormat.sizePt).toBe(13);
    // The header parts keep their own sizes and layout: a reference restyles the body, not ô 1–4.
    const motto = read.body.flatMap((b) => (b.kind === 'table' ? b.rows.flatMap((r) => r.cells.flatMap((c) => c.blocks)) : [])).find(
      (b): b is Paragraph => b.kind === 'paragraph' && b.text === 'Độc lập - Tự do - Hạnh phúc',
    )!;
    expect(motto.markFormat.sizePt).toBe(14);
    expect(motto.format.indent.firstLinePt).toBe(0);
  });

  it('warns about a 16 pt body and a non-Times font, and keeps 14 pt and Times New Roman', async () => {
    const result = await readReferenceDoc(fixture('mau-16pt.docx'), { file: 'mau-16pt.docx' });
    const size = result.diagnostics.find((d) => d.args.style === 'Normal' && d.args.property === 'size')!;
    expect(size).toMatchObject({ code: 'PP901', severity: 'warning', file: 'mau-16pt.docx', args: { found: '16 pt', allowed: '13–14 pt', kept: '14 pt' } });
    expect(result.diagnostics.some((d) => d.args.style === 'heading 1' && d.args.property === 'font' && d.args.found === 'Arial')).toBe(true);
    expect(resolveSheet(result.sheet!).normal.size).toBe(14);
    expect(resolveSheet(result.sheet!).heading1.font).toBe('Times New Roman');

    const wins = await readReferenceDoc(fixture('mau-16pt.docx'), { file: 'mau-16pt.docx', wins: true });
    expect(wins.diagnostics.find((d) => d.args.style === 'Normal' && d.args.property === 'size')?.code).toBe('PP902');
    expect(resolveSheet(wins.sheet!).normal.size).toBe(16);
  });

  it('takes "Exactly 17 pt" (1.06 lines of 14 pt) as exact spacing, and the body keeps the decree’s rules', async () => {
    const result = await readReferenceDoc(fixture('mau-exactly-17pt.docx'), { file: 'mau-exactly-17pt.docx' });
    expect(result.diagnostics).toEqual([]);
    expect(resolveSheet(result.sheet!).normal.lineExact).toBe(17);
    const { model } = await renderPlanFile(laoCai);
    const read = await readFormatted(await writeDocx(model, { styleSheet: result.sheet! }));
    const body = bodyParagraphs(read.body);
    expect(body.length).toBeGreaterThanOrEqual(3);
    for (const p of body) {
      expect(p.format.spacing.line).toEqual({ rule: 'exact', value: 17 });
      const lines = p.format.spacing.line.value / (p.markFormat.sizePt * nd30.TIMES_SINGLE_LINE_EM);
      expect(nd30.isWithinRange(nd30.BODY_LINE_SPACING, lines)).toBe(true);
    }
  });

  it('takes "At least 20 pt" as the lines it gives a 14 pt body (1.242), written as Word\'s multiple', async () => {
    const result = await readReferenceDoc(fixture('mau-at-least-20pt.docx'), { file: 'mau-at-least-20pt.docx' });
    expect(result.diagnostics).toEqual([]);
    expect(resolveSheet(result.sheet!).normal).toMatchObject({ line: 1.242, size: 14 });
    expect(resolveSheet(result.sheet!).normal.lineExact).toBeUndefined();
  });

  it('warns about "Exactly 12 pt" (0.75 lines, below single), in lines of Vietnamese, and keeps 1.2 lines unless the reference wins', async () => {
    const result = await readReferenceDoc(fixture('mau-exactly-12pt.docx'), { file: 'mau-exactly-12pt.docx' });
    const line = result.diagnostics.find((d) => d.args.style === 'Normal')!;
    expect(line).toMatchObject({ code: 'PP901', args: { property: 'lineExact', found: '12 pt (0.75 lines)', allowed: '1–1.5 lines', kept: '1.2 lines' } });
    // The headings inherit it in the reference: named in the one warning, not warned about four times more.
    expect(result.diagnostics.filter((d) => d.args.property === 'lineExact')).toHaveLength(1);
    expect(line.args.others).toBe('heading 1, heading 2, heading 3, heading 4');
    expect(formatMessage(line.code, line.args, 'vi')).toContain(
      "kiểu 'Normal' (và 'heading 1', 'heading 2', 'heading 3', 'heading 4') có giãn dòng cố định (Exactly) 12 pt (0,75 dòng), ngoài mức Nghị định 30 cho phép (1–1,5 dòng); giữ 1,2 dòng.",
    );
    expect(resolveSheet(result.sheet!).normal.lineExact).toBeUndefined();
    expect(resolveSheet(result.sheet!).normal.line).toBe(1.2);
    const wins = await readReferenceDoc(fixture('mau-exactly-12pt.docx'), { file: 'mau-exactly-12pt.docx', wins: true });
    expect(wins.diagnostics.find((d) => d.args.style === 'Normal')?.code).toBe('PP902');
    expect(resolveSheet(wins.sheet!).normal.lineExact).toBe(12);
  });

  it('gives docx-read’s error for a file that is not a .docx, and no style sheet', async () => {
    const result = await readReferenceDoc(new TextEncoder().encode('not a zip'), { file: 'mau.docx' });
    expect(result.sheet).toBeUndefined();
    expect(result.diagnostics[0]?.code).toBe('PP501');
  });
});

describe('parplan render --reference-doc', () => {
  it('prints the warning, keeps 14 pt, and exits 0; a missing reference document, or a folder, is a usage error (2) said in words', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'parplan-refdoc-'));
    const r = await runCli(['render', laoCai, '-o', out, '-q', '--reference-doc', path.join(FIXTURES, 'mau-16pt.docx')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/PP901.*'Normal'.*16 pt.*13–14 pt.*14 pt/);
    const read = await readFormatted(new Uint8Array(readFileSync(path.join(out, 'so-tnmt-lao-cai-2022-par-index.docx'))));
    for (const p of bodyParagraphs(read.body)) expect(p.markFormat.sizePt).toBe(14);
    const missing = await runCli(['render', laoCai, '-o', out, '--reference-doc', path.join(out, 'none.docx')]);
    expect(missing.code).toBe(2);
    // In words, as PP001 says it, not Node's error code.
    expect(missing.stderr).toContain(`Không đọc được tài liệu mẫu ${path.join(out, 'none.docx')} (không tìm thấy tệp).`);
    const folder = await runCli(['render', laoCai, '-o', out, '--reference-doc', out, '--lang', 'en']);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain(`Cannot read the reference document ${out} (it is a folder).`);
  }, 60_000);
});

describeWithTools(['soffice'], 'parplan render --reference-doc of a province template kept as .doc', () => {
  it('reads its styles through LibreOffice (PP513) as from the .docx it was saved from; without LibreOffice PP502 and exit 2', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'parplan-refdoc-doc-'));
    // mau-13pt.doc: LibreOffice saving mau-13pt.docx as Word 97–2003 (test/fixtures/reference-doc/README.md).
    const r = await runCli(['render', laoCai, '-o', out, '-q', '--reference-doc', path.join(FIXTURES, 'mau-13pt.doc')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('mau-13pt.doc: cảnh báo PP513: Tệp Word 97–2003 (.doc) được đọc qua bản .docx do LibreOffice chuyển');
    expect(r.stderr).not.toContain('PP901');
    const read = await readFormatted(new Uint8Array(readFileSync(path.join(out, 'so-tnmt-lao-cai-2022-par-index.docx'))));
    const body = bodyParagraphs(read.body);
    expect(body.length).toBeGreaterThanOrEqual(3);
    for (const p of body) {
      expect(p.markFormat.sizePt).toBe(13);
      expect(p.format.indent.firstLinePt * (25.4 / 72)).toBeCloseTo(12.7, 1);
    }
    const none = await runCli(['render', laoCai, '-o', out, '--reference-doc', path.join(FIXTURES, 'mau-13pt.doc')], { env: { PARPLAN_SOFFICE: path.join(out, 'no-soffice') } });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('PP502: Tệp Word 97–2003 (.doc) cần chuyển sang .docx trước: chưa cài LibreOffice để parplan tự chuyển.');
  }, 120_000);
});
