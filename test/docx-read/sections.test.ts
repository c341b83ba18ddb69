// Sections (page size, orientation, margins, titlePg, inheritance of headers and footers), headers
// and footers with their fields and alignment, footnotes.
import { describe, expect, it } from 'vitest';
import { readDocx, type Paragraph } from '../../src/docx-read/index.js';
import { makeDocx, p, r } from './make-docx.js';

const portrait = `<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>`;
const landscape = `<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1701" w:right="1134" w:bottom="1134" w:left="1134" w:header="720" w:footer="720" w:gutter="0"/>`;
const PAGE = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;

describe('sections, headers and footers', () => {
  it('two sections: portrait with a different first page, then a landscape appendix inheriting the header', async () => {
    const body =
      p(r('Trang một')) +
      p(r('Cuối phần một'), `<w:sectPr><w:headerReference w:type="default" r:id="{header1.xml}"/><w:headerReference w:type="first" r:id="{header2.xml}"/>${portrait}<w:pgNumType w:start="1"/><w:titlePg/></w:sectPr>`) +
      p(r('PHỤ LỤC')) +
      `<w:sectPr><w:type w:val="nextPage"/>${landscape}</w:sectPr>`;
    const { document, diagnostics } = await readDocx(
      makeDocx({ body, headers: { 'header1.xml': p(PAGE, '<w:jc w:val="center"/>'), 'header2.xml': p('') } }),
    );
    expect(diagnostics).toEqual([]);
    const [one, two] = document!.sections;
    expect(one).toMatchObject({
      pageWidthPt: 595.3,
      pageHeightPt: 841.9,
      orientation: 'portrait',
      titlePage: true,
      pageNumberStart: 1,
      margins: { topPt: 56.7, rightPt: 42.5, bottomPt: 56.7, leftPt: 85.05, headerPt: 28.35 },
      firstBlock: 0,
      endBlock: 2,
    });
    expect(one!.headers.default).toMatchObject({ part: 'word/header1.xml', fields: ['PAGE'] });
    expect((one!.headers.default!.blocks[0] as Paragraph).format.alignment).toBe('center');
    expect(one!.headers.first?.part).toBe('word/header2.xml');
    expect(two).toMatchObject({ orientation: 'landscape', orientAttribute: 'landscape', titlePage: false, firstBlock: 2, endBlock: 3 });
    expect(two!.headers.default?.part).toBe('word/header1.xml');
    expect((document!.body as Paragraph[]).map((b) => b.section)).toEqual([0, 0, 1]);
  });

  it('orientation follows the page size even without w:orient', async () => {
    const { document } = await readDocx(makeDocx({ body: `${p(r('x'))}<w:sectPr><w:pgSz w:w="16838" w:h="11906"/></w:sectPr>` }));
    expect(document!.sections[0]).toMatchObject({ orientation: 'landscape' });
    expect(document!.sections[0]!.orientAttribute).toBeUndefined();
  });

  it('footnotes: references numbered in order, content by id, separators left out', async () => {
    const footnotes =
      '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>' +
      `<w:footnote w:id="1">${p(`<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>${r(' Nghị định số 30/2020/NĐ-CP.')}`)}</w:footnote>` +
      `<w:footnote w:id="2">${p(r('Ghi chú hai.'))}</w:footnote>`;
    const { document } = await readDocx(
      makeDocx({ body: p(`${r('Căn cứ')}<w:r><w:footnoteReference w:id="1"/></w:r>${r(' và')}<w:r><w:footnoteReference w:id="2"/></w:r>`), footnotes }),
    );
    const refs = (document!.body[0] as Paragraph).inlines.filter((i) => i.type === 'noteRef');
    expect(refs.map((i) => i.type === 'noteRef' && [i.id, i.number])).toEqual([
      ['1', 1],
      ['2', 2],
    ]);
    expect(Object.keys(document!.footnotes)).toEqual(['1', '2']);
    expect((document!.footnotes['1']![0] as Paragraph).text).toBe(' Nghị định số 30/2020/NĐ-CP.');
  });
});
