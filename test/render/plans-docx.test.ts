// Every example plan in plans/ renders to a .docx that Word's schemas accept, LibreOffice opens,
// and that follows the ND30 rules where a plan's content decides them.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeWithTools } from '../support/external-tools.js';
import { convertToPdf, readPdfPages } from '../support/libreoffice.js';
import { all, attr, parseXml, part, readParts, textOf, runsOf } from '../support/docx-xml.js';
import { readFormatted, registerFormatting } from '../support/docx-format.js';
import { docxParagraphs, normalizeText } from '../support/docx-text.js';
import { examplePlanFiles, renderPlanFile } from '../support/render-plan.js';

const run = promisify(execFile);

/** styles.xml carries mc:Ignorable, which XSD 1.0 cannot express (shared/ooxml-schemas/README): drop it, check the rest. */
const withoutIgnorable = (xml: string): string => xml.replace(/ mc:Ignorable="[^"]*"/, '');
const PLANS = examplePlanFiles();

describe('example plans: ND30 properties of the generated XML', () => {
  for (const file of PLANS) {
    const name = path.basename(file, '.yaml');
    it(`${name}: A4, margins, Times New Roman, page numbers from page 2, signer block`, async () => {
      const { bytes, model } = await renderPlanFile(file);
      const parts = readParts(bytes);
      const body = parseXml(part(parts, 'word/document.xml'));
      registerFormatting(body, (await readFormatted(bytes)).body);
      const sectPrs = all(body, 'w:sectPr');
      expect(sectPrs.length).toBe(1 + model.appendices.length);
      const first = sectPrs[0]!;
      expect(attr(all(first, 'w:pgSz')[0], 'w:w')).toBe('11906');
      expect(attr(all(first, 'w:pgSz')[0], 'w:h')).toBe('16838');
      const mar = all(first, 'w:pgMar')[0];
      expect(Number(attr(mar, 'w:top'))).toBeGreaterThanOrEqual(1134);
      expect(Number(attr(mar, 'w:top'))).toBeLessThanOrEqual(1418);
      expect(Number(attr(mar, 'w:left'))).toBeGreaterThanOrEqual(1701);
      expect(Number(attr(mar, 'w:left'))).toBeLessThanOrEqual(1985);
      expect(Number(attr(mar, 'w:right'))).toBeGreaterThanOrEqual(850);
      expect(Number(attr(mar, 'w:right'))).toBeLessThanOrEqual(1134);
      expect(all(first, 'w:titlePg').length).toBe(1);
      // Every font named anywhere is Times New Roman.
      const fontXml = Object.entries(parts).filter(([p]) => /^word\/(document|styles|header\d+|footer\d+|fontTable)\.xml$/.test(p));
      const fonts = new Set(fontXml.flatMap(([, xml]) => [...xml.matchAll(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]+)"/g)].map((m) => m[1])));
      expect([...fonts]).toEqual(['Times New Roman']);
      // The signer's name is bold, the recipients' lines 11 pt, "Nơi nhận" 12 pt bold italic.
      const paragraphs = all(body, 'w:p');
      const nameP = paragraphs.find((p) => textOf(p) === model.signer.name.map((r) => r.text).join(''))!;
      expect(runsOf(nameP).every((r) => r.bold)).toBe(true);
      const label = paragraphs.find((p) => textOf(p).startsWith('Nơi nhận'))!;
      expect(runsOf(label)[0]).toMatchObject({ bold: true, italic: true, size: 24 });
      const last = paragraphs.find((p) => textOf(p).startsWith('- Lưu'))!;
      expect(runsOf(last)[0]!.size).toBe(22);
      // Appendices are landscape sections whose numbering restarts.
      model.appendices.forEach((a, i) => {
        const s = sectPrs[i + 1]!;
        if (a.orientation === 'landscape') expect(attr(all(s, 'w:pgSz')[0], 'w:orient')).toBe('landscape');
        expect(attr(all(s, 'w:pgNumType')[0], 'w:start')).toBe('1');
      });
    });
  }
});

describeWithTools(['xmllint', 'ooxml-schemas'], 'example plans: OOXML schema validation', (tools) => {
  for (const file of PLANS) {
    it(`${path.basename(file)}: document.xml, styles.xml and header/footer parts validate`, async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'parplan-plan-xsd-'));
      const parts = readParts((await renderPlanFile(file)).bytes);
      const files = Object.keys(parts)
        .filter((p) => /^word\/(document|styles|header\d+|footer\d+)\.xml$/.test(p))
        .map((p) => {
          const out = path.join(dir, path.basename(p));
          writeFileSync(out, withoutIgnorable(parts[p]!));
          return out;
        });
      const schema = path.join(tools['ooxml-schemas'], 'microsoft', 'wml-2010.xsd');
      const result = await run(tools.xmllint, ['--noout', '--schema', schema, ...files]).catch((e: { stderr?: string }) => ({ stderr: e.stderr ?? String(e), failed: true }));
      expect('failed' in result ? result.stderr : '').toBe('');
    });
  }
});

describeWithTools(['soffice', 'pdftotext'], 'example plans: LibreOffice opens them', (tools) => {
  const pdfs = new Map<string, string[]>();
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parplan-plan-pdf-'));
    for (const file of PLANS) {
      const docx = path.join(dir, path.basename(file, '.yaml') + '.docx');
      writeFileSync(docx, (await renderPlanFile(file)).bytes);
      pdfs.set(file, await readPdfPages(tools.pdftotext, await convertToPdf(tools.soffice, docx, dir)));
    }
  }, 300_000);
  for (const file of PLANS) {
    it(`${path.basename(file)}: converts to PDF carrying the document's text, no page number on page 1`, async () => {
      const pages = pdfs.get(file)!;
      expect(pages.length).toBeGreaterThan(1);
      const pdfText = normalizeText(pages.join(' ')).replace(/- /g, '-');
      const { bytes } = await renderPlanFile(file);
      // Spot-check that body paragraphs, in order, reach the PDF (line breaks fold to spaces).
      const paragraphs = docxParagraphs(bytes, { outsideTables: true }).map(normalizeText).filter((t) => t.length > 30);
      let from = 0;
      for (const p of paragraphs.slice(0, 20)) {
        const probe = p.slice(0, 25).replace(/- /g, '-');
        const at = pdfText.indexOf(probe, from);
        expect(at, `"${probe}" in the PDF`).toBeGreaterThanOrEqual(0);
        from = at;
      }
      expect(pages[0]!.trim().split('\n')[0]).not.toMatch(/^\s*1\s*$/);
      expect(pages[1]!.trim().split('\n')[0]!.trim()).toBe('2');
    });
  }
});
