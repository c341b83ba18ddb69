// Word's automatic numbering turned into text: multilevel lists, roman and letters, bullets,
// restarts, startOverride, numbering from a paragraph style, the level's indent.
import { describe, expect, it } from 'vitest';
import { formatNumber, readDocx, type Paragraph } from '../../src/docx-read/index.js';
import { makeDocx, p, r } from './make-docx.js';

const lvl = (ilvl: number, fmt: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}<w:pPr><w:ind w:left="${(ilvl + 1) * 360}" w:hanging="360"/></w:pPr></w:lvl>`;
const NUMBERING = `
<w:abstractNum w:abstractNumId="0">${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'decimal', '%2.')}${lvl(2, 'decimal', '%2.%3.')}${lvl(3, 'lowerLetter', '%4)')}</w:abstractNum>
<w:abstractNum w:abstractNumId="1">${lvl(0, 'bullet', '-')}${lvl(1, 'bullet', '+')}${lvl(2, 'bullet', '\uF0B7', '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr>')}</w:abstractNum>
<w:abstractNum w:abstractNumId="2">${lvl(0, 'decimal', 'Điều %1.', '<w:suff w:val="space"/>')}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="2"/></w:num>`;
const STYLES = `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>`;
const num = (numId: number, ilvl: number) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;

async function labels(body: string): Promise<(string | undefined)[]> {
  const { document } = await readDocx(makeDocx({ body, numbering: NUMBERING, styles: STYLES }));
  return document!.body.map((b) => (b as Paragraph).number?.text);
}

describe('numbering: labels as Word shows them', () => {
  it('multilevel: I. 1. 1.1. 1.2. a) b) 2. II. 1. — deeper levels restart', async () => {
    const levels = [0, 1, 2, 2, 3, 3, 1, 0, 1];
    expect(await labels(levels.map((l) => p(r('x'), num(1, l))).join(''))).toEqual(['I.', '1.', '1.1.', '1.2.', 'a)', 'b)', '2.', 'II.', '1.']);
  });

  it('bullets as their characters, Symbol-font bullets mapped; a paragraph without numPr has none', async () => {
    expect(await labels(p(r('x'), num(2, 0)) + p(r('x'), num(2, 1)) + p(r('x'), num(2, 2)) + p(r('x')))).toEqual(['-', '+', '•', undefined]);
  });

  it('numbers from a heading style; numId 0 switches numbering off', async () => {
    expect(await labels(p(r('a'), '<w:pStyle w:val="Heading1"/>') + p(r('b'), '<w:pStyle w:val="Heading1"/>') + p(r('c'), `<w:pStyle w:val="Heading1"/><w:numPr><w:numId w:val="0"/></w:numPr>`))).toEqual(['I.', 'II.', undefined]);
  });

  it('instances of one list continue it; a startOverride makes a list of its own', async () => {
    expect(await labels([3, 3, 5, 4, 4, 3].map((n) => p(r('x'), num(n, 0))).join(''))).toEqual(['Điều 1.', 'Điều 2.', 'Điều 3.', 'Điều 5.', 'Điều 6.', 'Điều 4.']);
  });

  it('the label carries level, format, suffix; the level\'s indent applies under direct formatting', async () => {
    const { document } = await readDocx(makeDocx({ body: p(r('x'), num(3, 0)) + p(r('y'), `${num(1, 1)}<w:ind w:left="0" w:firstLine="567"/>`), numbering: NUMBERING }));
    const [a, b] = document!.body as Paragraph[];
    expect(a!.number).toMatchObject({ text: 'Điều 1.', level: 0, numFmt: 'decimal', isBullet: false, suffix: 'space' });
    expect(a!.format.indent).toMatchObject({ leftPt: 18, firstLinePt: -18 });
    expect(b!.format.indent).toMatchObject({ leftPt: 0, firstLinePt: 28.35 });
  });

  it('number formats', () => {
    expect([1, 4, 9, 14, 40, 1990].map((n) => formatNumber(n, 'upperRoman'))).toEqual(['I', 'IV', 'IX', 'XIV', 'XL', 'MCMXC']);
    expect([1, 26, 27, 53].map((n) => formatNumber(n, 'lowerLetter'))).toEqual(['a', 'z', 'aa', 'aaa']);
    expect(formatNumber(3, 'decimalZero')).toBe('03');
  });
});
