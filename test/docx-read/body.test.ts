// The body: runs, tabs, manual breaks, fields, tracked changes, comments, tables with
// gridSpan/vMerge, drawings (text boxes and lines in DrawingML and VML).
import { describe, expect, it } from 'vitest';
import { readDocx, type DocxDocument, type Paragraph, type Table } from '../../src/docx-read/index.js';
import { makeDocx, p, r } from './make-docx.js';

async function read(body: string, extra: Parameters<typeof makeDocx>[0] = { body: '' }): Promise<{ doc: DocxDocument; codes: string[] }> {
  const result = await readDocx(makeDocx({ ...extra, body }));
  return { doc: result.document!, codes: result.diagnostics.map((d) => d.code) };
}

describe('body: paragraphs and runs', () => {
  it('tabs, manual line and page breaks, smart quotes, symbols, joined runs of one look', async () => {
    const { doc } = await read(
      p(`${r('Số: 12/KH-UBND')}<w:r><w:tab/></w:r>${r('Lào Cai, “ngày”')}<w:r><w:br/></w:r>${r('dòng 2')}<w:r><w:br w:type="page"/></w:r><w:r><w:sym w:font="Symbol" w:char="F0B7"/></w:r>`) +
        p(r('Kế ') + r('hoạch') + r(' năm', '<w:b/>')),
    );
    const [a, b] = doc.body as Paragraph[];
    expect(a!.text).toBe('Số: 12/KH-UBND\tLào Cai, “ngày”\ndòng 2•');
    expect(a!.inlines.map((i) => i.type)).toEqual(['text', 'tab', 'text', 'break', 'text', 'break', 'text']);
    expect(a!.inlines.filter((i) => i.type === 'break').map((i) => i.type === 'break' && i.kind)).toEqual(['line', 'page']);
    expect(b!.inlines.map((i) => (i.type === 'text' ? [i.text, i.format.bold] : null))).toEqual([
      ['Kế hoạch', false],
      [' năm', true],
    ]);
  });

  it('fields: the shown result is text, the instruction a field inline; hidden text is left out', async () => {
    const { doc } = await read(
      p(
        `${r('Trang ')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE \\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('3')}<w:r><w:fldChar w:fldCharType="end"/></w:r>` +
          `<w:fldSimple w:instr=" NUMPAGES ">${r('9')}</w:fldSimple>${r('ẩn', '<w:vanish/>')}`,
      ),
    );
    const [para] = doc.body as Paragraph[];
    expect(para!.text).toBe('Trang 39');
    expect(para!.inlines.filter((i) => i.type === 'field')).toEqual([
      { type: 'field', instr: 'PAGE \\* MERGEFORMAT', name: 'PAGE', result: '3' },
      { type: 'field', instr: 'NUMPAGES', name: 'NUMPAGES', result: '9' },
    ]);
  });

  it('tracked changes: insertions in, deletions out, a deleted paragraph mark joins the paragraphs (PP508)', async () => {
    const { doc, codes } = await read(
      p(`${r('Kế hoạch ')}<w:ins w:id="1" w:author="A">${r('năm 2024')}</w:ins><w:del w:id="2" w:author="A"><w:r><w:delText>năm 2023</w:delText></w:r></w:del>`) +
        p(r('nối '), '<w:rPr><w:del w:id="3" w:author="A"/></w:rPr>') +
        p(r('tiếp')) +
        `<w:moveFrom w:id="4"><w:r><w:t>cũ</w:t></w:r></w:moveFrom>`,
    );
    expect((doc.body as Paragraph[]).map((b) => b.text)).toEqual(['Kế hoạch năm 2024', 'nối tiếp']);
    expect(codes).toEqual(['PP508']);
  });

  it('comments are left out with a note (PP509); content controls and hyperlinks are read through', async () => {
    const { doc, codes } = await read(
      p(`<w:commentRangeStart w:id="0"/>${r('có nhận xét')}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r><w:sdt><w:sdtContent>${r(' trong')}</w:sdtContent></w:sdt><w:hyperlink r:id="x">${r(' liên kết')}</w:hyperlink>`),
      { body: '', comments: '<w:comment w:id="0" w:author="B"><w:p><w:r><w:t>Sửa lại</w:t></w:r></w:p></w:comment>' },
    );
    expect((doc.body[0] as Paragraph).text).toBe('có nhận xét trong liên kết');
    expect(codes).toEqual(['PP509']);
  });
});

describe('body: tables', () => {
  it('gridSpan, vMerge restart/continue as rowSpan, widths, header rows', async () => {
    const tc = (text: string, pr = '') => `<w:tc><w:tcPr>${pr}</w:tcPr>${p(r(text))}</w:tc>`;
    const { doc } = await read(
      `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="4"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="1000"/><w:gridCol w:w="4000"/><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>` +
        `<w:tr><w:trPr><w:tblHeader/></w:trPr>${tc('TT', '<w:vMerge w:val="restart"/><w:tcW w:w="1000" w:type="dxa"/>')}${tc('Nội dung', '<w:vMerge w:val="restart"/>')}${tc('Kết quả', '<w:gridSpan w:val="2"/>')}</w:tr>` +
        `<w:tr><w:trPr><w:tblHeader/></w:trPr>${tc('', '<w:vMerge/>')}${tc('', '<w:vMerge w:val="continue"/>')}${tc('2022')}${tc('2023')}</w:tr>` +
        `<w:tr>${tc('1')}${tc('Chỉ số')}${tc('80')}${tc('85')}</w:tr></w:tbl>`,
    );
    const table = doc.body[0] as Table;
    expect(table.grid).toEqual([50, 200, 100, 100]);
    expect(table.widthPt).toBe(450);
    expect(table.borders.top).toMatchObject({ style: 'single', sizePt: 0.5 });
    expect(table.rows.map((row) => row.header)).toEqual([true, true, false]);
    expect(table.rows.map((row) => row.cells.map((c) => [c.gridColumn, c.gridSpan, c.rowSpan]))).toEqual([
      [[0, 1, 2], [1, 1, 2], [2, 2, 1]],
      [[0, 1, 0], [1, 1, 0], [2, 1, 1], [3, 1, 1]],
      [[0, 1, 1], [1, 1, 1], [2, 1, 1], [3, 1, 1]],
    ]);
    expect(table.rows[0]!.cells[0]!.widthPt).toBe(50);
    expect((table.rows[2]!.cells[1]!.blocks[0] as Paragraph).text).toBe('Chỉ số');
  });

  it('a table nested in a cell, and a deleted row left out', async () => {
    const inner = `<w:tbl><w:tblGrid><w:gridCol w:w="100"/></w:tblGrid><w:tr><w:tc>${p(r('trong'))}</w:tc></w:tr></w:tbl>`;
    const { doc } = await read(`<w:tbl><w:tr><w:tc>${inner}${p('')}</w:tc></w:tr><w:tr><w:trPr><w:del w:id="1" w:author="A"/></w:trPr><w:tc>${p(r('xóa'))}</w:tc></w:tr></w:tbl>`);
    const table = doc.body[0] as Table;
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]!.cells[0]!.blocks[0]!.kind).toBe('table');
  });
});

describe('body: drawings', () => {
  it('a DrawingML text box (in mc:AlternateContent) with its text, and a line with its extent', async () => {
    const textbox = `<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:positionH relativeFrom="column"><wp:posOffset>12700</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>25400</wp:posOffset></wp:positionV><wp:extent cx="1270000" cy="254000"/><wp:docPr id="1" name="Text Box 1"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:spPr><a:prstGeom prst="rect"/></wps:spPr><wps:txbx><w:txbxContent>${p(r('Dự thảo'))}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape style="width:100pt;height:20pt"><v:textbox><w:txbxContent>${p(r('Dự thảo'))}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>`;
    const line = `<w:drawing><wp:anchor><wp:extent cx="1143000" cy="0"/><a:graphic><a:graphicData><wps:wsp><wps:cNvCnPr/><wps:spPr><a:prstGeom prst="line"/><a:ln w="6350"/></wps:spPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
    const { doc } = await read(p(`<w:r>${textbox}</w:r><w:r>${line}</w:r>`));
    const drawings = (doc.body[0] as Paragraph).inlines.flatMap((i) => (i.type === 'drawing' ? [i.drawing] : []));
    expect(drawings).toHaveLength(2);
    expect(drawings[0]).toMatchObject({ kind: 'textbox', anchored: true, widthPt: 100, heightPt: 20, offsetXPt: 1, offsetYPt: 2, relativeFromH: 'column' });
    expect((drawings[0]!.blocks[0] as Paragraph).text).toBe('Dự thảo');
    expect(drawings[1]).toMatchObject({ kind: 'line', widthPt: 90, heightPt: 0, lineWidthPt: 0.5 });
    expect((doc.body[0] as Paragraph).text).toBe('');
  });

  it('VML: a v:line from/to and a v:rect text box', async () => {
    const { doc } = await read(
      p(`<w:r><w:pict><v:line from="100pt,20pt" to="250pt,20pt" strokeweight=".5pt"/></w:pict></w:r><w:r><w:pict><v:rect style="position:absolute;margin-left:10pt;margin-top:0;width:2in;height:30pt"><v:textbox><w:txbxContent>${p(r('Khung'))}</w:txbxContent></v:textbox></v:rect></w:pict></w:r>`),
    );
    const drawings = (doc.body[0] as Paragraph).inlines.flatMap((i) => (i.type === 'drawing' ? [i.drawing] : []));
    expect(drawings[0]).toMatchObject({ kind: 'line', widthPt: 150, heightPt: 0, lineWidthPt: 0.5 });
    expect(drawings[1]).toMatchObject({ kind: 'textbox', anchored: true, widthPt: 144, heightPt: 30, offsetXPt: 10 });
    expect((drawings[1]!.blocks[0] as Paragraph).text).toBe('Khung');
  });
});
