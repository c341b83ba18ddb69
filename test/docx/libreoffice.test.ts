// The round trip a user makes: LibreOffice opens the .docx and prints it. The PDF must hold the
// plan's text in order, the page numbers from page 2 on, and the landscape appendix.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithTools } from '../support/external-tools.js';
import { convertToPdf, readPdfPageSizes, readPdfPages } from '../support/libreoffice.js';
import { renderFixture } from '../support/rendered-fixtures.js';

const squash = (text: string): string => text.replace(/\s+/g, ' ');

describeWithTools(['soffice', 'pdftotext'], 'LibreOffice round trip', (tools) => {
  let dir = '';
  let pages: string[] = [];
  let sizes: { width: number; height: number }[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'parplan-lo-'));
    const docx = path.join(dir, 'sample.docx');
    writeFileSync(docx, (await renderFixture('sample')).bytes);
    const pdf = await convertToPdf(tools.soffice, docx, dir);
    pages = await readPdfPages(tools.pdftotext, pdf);
    sizes = await readPdfPageSizes(tools.pdftotext, pdf);
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the plan’s parts in order', () => {
    const text = squash(pages.join(' '));
    const expected = [
      'UBND TỈNH LÀO CAI',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'KẾ HOẠCH',
      'Duy trì, cải thiện và nâng cao Chỉ số cải cách hành chính',
      'Căn cứ Kế hoạch số 240/KH-UBND',
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN',
      'Tổng Chỉ số PAR INDEX',
      'III. TỔ CHỨC THỰC HIỆN',
      'theo đúng kế hoạch đã đề ra./.',
      'Nơi nhận:',
      'KT. GIÁM ĐỐC',
      'Phạm Bình Minh',
      'Phụ lục I',
      'PHÂN CÔNG NHIỆM VỤ',
    ];
    let from = 0;
    for (const phrase of expected) {
      const at = text.indexOf(phrase, from);
      expect(at, `"${phrase}" after position ${from}`).toBeGreaterThanOrEqual(from);
      from = at + phrase.length;
    }
  });

  it('numbers the pages from 2 on at the top, and restarts for the appendix without showing its 1', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages[0]!.trimStart()).not.toMatch(/^1\s/);
    for (let i = 1; i < pages.length - 1; i++) expect(pages[i]!.trimStart().split(/\s/)[0], `page ${i + 1}`).toBe(String(i + 1));
    const appendix = pages[pages.length - 1]!;
    expect(appendix.trimStart()).toMatch(/^Phụ lục I/);
  });

  it('prints the main part on A4 portrait and the appendix on A4 landscape', () => {
    expect(sizes).toHaveLength(pages.length);
    expect(sizes[0]!.width).toBeCloseTo(595.3, 0);
    expect(sizes[0]!.height).toBeCloseTo(841.9, 0);
    const last = sizes[sizes.length - 1]!;
    expect(last.width).toBeCloseTo(841.9, 0);
    expect(last.height).toBeCloseTo(595.3, 0);
  });
});
