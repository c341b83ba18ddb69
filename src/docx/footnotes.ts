// Footnotes (ND30 §4: notes under a table or in footnotes): a reference mark where the plan wrote
// "^[…]", numbered by Word, and the note at the page foot, Times New Roman at the notes' size.
// The notes are gathered in the context as their marks are written, and become word/footnotes.xml.
import type { Line } from '../model/document.js';
import type { StyleContext } from './paragraphs.js';
import { SINGLE_LINE_SPACING, SIZE_FOOTNOTE } from './styles.js';
import { escapeXml, XML_DECLARATION_STANDALONE, type Xml } from './xml.js';
import { MAIN_NAMESPACES } from './package-parts.js';

const MARK = '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>';
const SIZE = `<w:sz w:val="${SIZE_FOOTNOTE}"/><w:szCs w:val="${SIZE_FOOTNOTE}"/>`;

/** The mark in the text; its note is kept in `ctx.footnotes`, numbered in the order met. */
export function createFootnoteReference(note: Line[], ctx: StyleContext): Xml {
  ctx.footnotes.push(note.map(createNoteParagraph).join(''));
  const id = ctx.footnotes.length;
  return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
}

function createNoteParagraph(line: Line, index: number): Xml {
  // Notes hold no notes: a "^[" inside one is text.
  let runs = index === 0 ? MARK : '';
  for (const run of line) {
    runs += `<w:r><w:rPr>${run.bold === true ? '<w:b/><w:bCs/>' : ''}${run.italic === true ? '<w:i/><w:iCs/>' : ''}${SIZE}</w:rPr><w:t xml:space="preserve">${escapeXml(run.text)}</w:t></w:r>`;
  }
  return (
    `<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="${SINGLE_LINE_SPACING}" w:lineRule="auto"/><w:jc w:val="both"/>` +
    `<w:rPr>${SIZE}</w:rPr></w:pPr>${runs}</w:p>`
  );
}

const SEPARATORS =
  '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>' +
  `${MARK}<w:r><w:separator/></w:r></w:p></w:footnote>` +
  '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>' +
  `${MARK}<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>`;

/** word/footnotes.xml: Word's two separators, then the notes in the order of their marks. */
export function footnotesPart(ctx: StyleContext): Xml {
  const notes = ctx.footnotes.map((paragraphs, i) => `<w:footnote w:id="${i + 1}">${paragraphs}</w:footnote>`).join('');
  return `${XML_DECLARATION_STANDALONE}<w:footnotes ${MAIN_NAMESPACES} mc:Ignorable="w14 w15 wp14">${SEPARATORS}${notes}</w:footnotes>`;
}
