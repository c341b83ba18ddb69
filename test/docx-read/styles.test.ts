// Effective formatting: direct → character style (toggles XOR with the paragraph style) → paragraph
// style chain → docDefaults; theme fonts; paragraph properties property by property.
import { describe, expect, it } from 'vitest';
import { readDocx, type Paragraph } from '../../src/docx-read/index.js';
import { makeDocx, p, r } from './make-docx.js';

const STYLES = `
<w:docDefaults>
  <w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:cstheme="minorBidi"/><w:sz w:val="22"/></w:rPr></w:rPrDefault>
  <w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr></w:pPr><w:rPr><w:b/><w:caps/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="Sub"/><w:basedOn w:val="Heading1"/><w:pPr><w:ind w:left="720" w:hanging="360"/><w:jc w:val="center"/></w:pPr><w:rPr><w:i/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Emph"><w:name w:val="Emph"/><w:basedOn w:val="Strong"/><w:rPr><w:i/><w:rFonts w:ascii="Arial"/></w:rPr></w:style>`;
const THEME = `<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface="MS Mincho"/><a:cs typeface="Arial"/></a:minorFont></a:fontScheme>`;

async function paragraphs(body: string): Promise<Paragraph[]> {
  const { document } = await readDocx(makeDocx({ body, styles: STYLES, theme: THEME }));
  return document!.body.filter((b): b is Paragraph => b.kind === 'paragraph');
}

describe('styles: effective formatting', () => {
  it('the default paragraph style over docDefaults, theme fonts resolved where not overridden', async () => {
    const [para] = await paragraphs(p(r('chữ')));
    const run = para!.inlines[0]!;
    expect(run.type === 'text' && run.format).toMatchObject({
      sizePt: 14,
      bold: false,
      fonts: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'MS Mincho', cs: 'Arial' },
    });
    expect(para!.styleId).toBe('Normal');
    expect(para!.format.alignment).toBe('justify');
    expect(para!.format.spacing).toMatchObject({ afterPt: 8, line: { rule: 'auto', value: 259 / 240 } });
  });

  it('the style chain: Sub → Heading1 → Normal, each property from the nearest level', async () => {
    const [para] = await paragraphs(p(r('Tiêu đề'), '<w:pStyle w:val="Sub"/>'));
    expect(para!.styleName).toBe('Sub');
    expect(para!.format).toMatchObject({
      alignment: 'center',
      keepNext: true,
      outlineLevel: 0,
      indent: { leftPt: 36, firstLinePt: -18, rightPt: 0 },
      spacing: { beforePt: 12, afterPt: 8 },
      borders: { bottom: { style: 'single', sizePt: 0.75, spacePt: 1 } },
    });
    const run = para!.inlines[0]!;
    expect(run.type === 'text' && run.format).toMatchObject({ bold: true, italic: true, caps: true, sizePt: 13 });
  });

  it('toggles: a character style toggles the paragraph style off (XOR); direct formatting sets outright', async () => {
    const [para] = await paragraphs(
      p(r('a', '<w:rStyle w:val="Strong"/>') + r('b', '<w:rStyle w:val="Strong"/><w:b/>') + r('c', '<w:b w:val="0"/>') + r('d', '<w:rStyle w:val="Emph"/>'), '<w:pStyle w:val="Heading1"/>'),
    );
    const formats = para!.inlines.map((i) => (i.type === 'text' ? [i.text, i.format.bold, i.format.italic, i.format.fonts.ascii] : []));
    expect(formats).toEqual([
      ['a', false, false, 'Times New Roman'], // Heading1 bold XOR Strong bold
      ['b', true, false, 'Times New Roman'], // direct bold
      ['c', false, false, 'Times New Roman'],
      ['d', false, true, 'Arial'], // Emph inherits Strong's bold: XOR off; italic on
    ]);
  });

  it('direct paragraph properties win, and a hanging indent is negative first line', async () => {
    const [para] = await paragraphs(p(r('x'), '<w:jc w:val="right"/><w:ind w:left="567" w:firstLine="709"/><w:spacing w:before="120" w:after="0" w:line="360" w:lineRule="exact"/><w:keepNext w:val="0"/><w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:leader="dot" w:pos="9072"/></w:tabs>'));
    expect(para!.format).toMatchObject({
      alignment: 'right',
      indent: { leftPt: 28.35, firstLinePt: 35.45 },
      spacing: { beforePt: 6, afterPt: 0, line: { rule: 'exact', value: 18 } },
      keepNext: false,
      tabs: [
        { kind: 'center', posPt: 226.8 },
        { kind: 'right', posPt: 453.6, leader: 'dot' },
      ],
    });
  });

  it('a document without styles.xml gets Word\'s fallbacks (10 pt, Times New Roman, left)', async () => {
    const { document } = await readDocx(makeDocx({ body: p(r('x')) }));
    expect(document!.defaults.run).toMatchObject({ sizePt: 10, fonts: { ascii: 'Times New Roman' } });
    expect(document!.defaults.paragraph.alignment).toBe('left');
  });

  it('a basedOn cycle does not hang', async () => {
    const styles = `<w:style w:type="paragraph" w:styleId="A"><w:basedOn w:val="B"/><w:rPr><w:b/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="B"><w:basedOn w:val="A"/><w:rPr><w:i/></w:rPr></w:style>`;
    const { document } = await readDocx(makeDocx({ body: p(r('x'), '<w:pStyle w:val="A"/>'), styles }));
    const run = (document!.body[0] as Paragraph).inlines[0]!;
    expect(run.type === 'text' && [run.format.bold, run.format.italic]).toEqual([true, true]);
  });
});
