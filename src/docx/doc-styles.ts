// styles.xml: the document defaults (Times New Roman, black, the body's size, Vietnamese), Word's
// built-in styles that docx 9 declared (kept in Times New Roman and black, since Office's defaults
// would bring its colours and fonts), and the named styles of named-styles.ts.
import { DEFAULT_LOOK, resolveLook, STYLE_KEYS, type StyleLook, type StyleSheet } from './named-styles.js';
import { STYLES_NAMESPACES } from './package-parts.js';
import { ALIGNMENTS } from './paragraphs.js';
import { FONT_FAMILY, LANGUAGE, RULE_SPACE_PT, RULE_THICKNESS, BOX_BORDER_SPACE_PT, TEXT_COLOR } from './styles.js';
import { halfPoints, twipsFromMm, twipsFromPt } from './units.js';
import { escapeXml, XML_DECLARATION_STANDALONE, type Xml } from './xml.js';

/** Auto line spacing counts 240ths of a line. */
const LINE = 240;

const fontsXml = (font: string): Xml => {
  const name = escapeXml(font);
  return `<w:rFonts w:ascii="${name}" w:cs="${name}" w:eastAsia="${name}" w:hAnsi="${name}"/>`;
};
const sizeXml = (halfPts: number): Xml => `<w:sz w:val="${halfPts}"/><w:szCs w:val="${halfPts}"/>`;
/** An on/off property: `<w:b/>`, or `<w:b w:val="false"/>` to turn off what a base style turns on. */
const onOff = (name: string, value: boolean): Xml => (value ? `<${name}/>` : `<${name} w:val="false"/>`);

const DEFAULT_SIZE = halfPoints(DEFAULT_LOOK.size);
/** The run look of the built-in styles docx declared: the decree's font, black, the body's size. */
const PLAIN = `<w:rPr>${fontsXml(FONT_FAMILY)}<w:color w:val="${TEXT_COLOR}"/>${sizeXml(DEFAULT_SIZE)}</w:rPr>`;

const DOC_DEFAULTS =
  `<w:docDefaults><w:rPrDefault><w:rPr>${fontsXml(FONT_FAMILY)}<w:color w:val="${TEXT_COLOR}"/>${sizeXml(DEFAULT_SIZE)}<w:lang w:val="${LANGUAGE}"/></w:rPr></w:rPrDefault>` +
  `<w:pPrDefault><w:pPr><w:spacing w:after="0" w:before="0" w:line="${LINE}" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>`;

const HIDDEN = '<w:semiHidden/><w:unhideWhenUsed/>';
const paragraphStyle = (id: string, name: string, rest: Xml): Xml =>
  `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/>${rest}</w:style>`;
const characterStyle = (id: string, name: string, rest: Xml): Xml =>
  `<w:style w:type="character" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="DefaultParagraphFont"/>${rest}</w:style>`;
const NEXT = '<w:next w:val="Normal"/>';
const toc = (level: number): Xml =>
  paragraphStyle(`TOC${level}`, `toc ${level}`, `${NEXT}<w:uiPriority w:val="39"/>${HIDDEN}<w:pPr><w:spacing w:after="100"/>${level > 1 ? `<w:ind w:left="${(level - 1) * 280}"/>` : ''}</w:pPr>`);
const noteStyles = (kind: 'footnote' | 'endnote', Kind: string): Xml =>
  characterStyle(`${Kind}Reference`, `${kind} reference`, `<w:uiPriority w:val="99"/>${HIDDEN}<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>`) +
  paragraphStyle(`${Kind}Text`, `${kind} text`, `<w:link w:val="${Kind}TextChar"/><w:uiPriority w:val="99"/>${HIDDEN}<w:pPr><w:spacing w:after="0" w:line="${LINE}" w:lineRule="auto"/></w:pPr><w:rPr>${sizeXml(20)}</w:rPr>`) +
  `<w:style w:type="character" w:styleId="${Kind}TextChar"><w:name w:val="${Kind} Text Char"/><w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="${Kind}Text"/><w:uiPriority w:val="99"/>${HIDDEN}<w:rPr>${sizeXml(20)}</w:rPr></w:style>`;

/** Word's built-in styles as docx 9 declared them; the writer uses the footnote ones. */
const BUILT_IN_STYLES =
  '<w:style w:type="table" w:styleId="TableNormal" w:default="true"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>' +
  '<w:tblPr><w:tblInd w:type="dxa" w:w="0"/><w:tblCellMar><w:top w:type="dxa" w:w="0"/><w:left w:type="dxa" w:w="108"/><w:bottom w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="108"/></w:tblCellMar></w:tblPr></w:style>' +
  paragraphStyle('Title', 'Title', `${NEXT}<w:qFormat/>${PLAIN}`) +
  paragraphStyle('Heading5', 'Heading 5', `${NEXT}<w:qFormat/>${PLAIN}`) +
  paragraphStyle('Heading6', 'Heading 6', `${NEXT}<w:qFormat/>${PLAIN}`) +
  paragraphStyle('Strong', 'Strong', `${NEXT}<w:qFormat/>${PLAIN}`) +
  paragraphStyle('ListParagraph', 'List Paragraph', `<w:qFormat/>${PLAIN}`) +
  paragraphStyle('Caption', 'caption', `${NEXT}<w:uiPriority w:val="35"/>${HIDDEN}<w:qFormat/><w:pPr><w:spacing w:after="200"/></w:pPr>${PLAIN}`) +
  paragraphStyle('Bibliography', 'Bibliography', `${NEXT}<w:uiPriority w:val="37"/><w:unhideWhenUsed/>${PLAIN}`) +
  [1, 2, 3, 4, 5, 6, 7, 8, 9].map(toc).join('') +
  characterStyle('Hyperlink', 'Hyperlink', `<w:uiPriority w:val="99"/><w:unhideWhenUsed/>${PLAIN}`) +
  noteStyles('footnote', 'Footnote') +
  noteStyles('endnote', 'Endnote') +
  characterStyle('LineNumber', 'line number', `<w:uiPriority w:val="99"/>${HIDDEN}`);

function borderXml(border: StyleLook['border']): Xml {
  if (border === undefined) return '';
  if (border === 'bottom') return `<w:pBdr><w:bottom w:val="single" w:color="${TEXT_COLOR}" w:sz="${RULE_THICKNESS}" w:space="${RULE_SPACE_PT}"/></w:pBdr>`;
  const edge = (name: string): Xml => `<w:${name} w:val="single" w:color="${TEXT_COLOR}" w:sz="${RULE_THICKNESS}" w:space="${BOX_BORDER_SPACE_PT}"/>`;
  return `<w:pBdr>${edge('top')}${edge('left')}${edge('bottom')}${edge('right')}</w:pBdr>`;
}

function spacingXml(look: StyleLook): Xml {
  const line =
    look.lineExact !== undefined
      ? ` w:line="${twipsFromPt(look.lineExact)}" w:lineRule="exact"`
      : look.line === undefined
        ? ''
        : ` w:line="${Math.round(look.line * LINE)}" w:lineRule="auto"`;
  const after = look.after === undefined ? '' : ` w:after="${twipsFromPt(look.after)}"`;
  const before = look.before === undefined ? '' : ` w:before="${twipsFromPt(look.before)}"`;
  return after + before + line === '' ? '' : `<w:spacing${after}${before}${line}/>`;
}

/**
 * One named style: what the style sets itself, so Word's inheritance works (a clerk changing
 * Normal's size changes every style that does not set its own). A `false` emphasis is written only
 * where the style it is based on would turn it on.
 */
function namedStyleXml(sheet: StyleSheet, key: (typeof STYLE_KEYS)[number]): Xml {
  const style = sheet[key];
  const look = style.look;
  const base = style.basedOn === undefined ? DEFAULT_LOOK : resolveLook(sheet, style.basedOn);
  const flag = (value: boolean | undefined, inherited: boolean): boolean | undefined =>
    value === undefined || (value === false && !inherited) ? undefined : value;
  const bold = flag(look.bold, base.bold);
  const italic = flag(look.italic, base.italic);
  const keepNext = flag(look.keepNext, base.keepNext);
  const paragraph =
    (keepNext === undefined ? '' : onOff('w:keepNext', keepNext)) +
    borderXml(look.border) +
    spacingXml(look) +
    (look.firstLine === undefined ? '' : `<w:ind w:firstLine="${twipsFromMm(look.firstLine)}"/>`) +
    (look.alignment === undefined ? '' : `<w:jc w:val="${ALIGNMENTS[look.alignment]}"/>`) +
    (look.outlineLevel === undefined ? '' : `<w:outlineLvl w:val="${look.outlineLevel}"/>`);
  const run =
    (look.font === undefined ? '' : fontsXml(look.font)) +
    (bold === undefined ? '' : onOff('w:b', bold) + onOff('w:bCs', bold)) +
    (italic === undefined ? '' : onOff('w:i', italic) + onOff('w:iCs', italic)) +
    (look.size === undefined ? '' : sizeXml(halfPoints(look.size)));
  return (
    `<w:style w:type="paragraph" w:styleId="${escapeXml(style.id)}"${style.id === 'Normal' ? ' w:default="1"' : ''}><w:name w:val="${escapeXml(style.name)}"/>` +
    (style.basedOn === undefined ? '' : `<w:basedOn w:val="${escapeXml(sheet[style.basedOn].id)}"/>`) +
    (style.next === undefined ? '' : `<w:next w:val="${escapeXml(sheet[style.next].id)}"/>`) +
    (style.quick === true ? '<w:qFormat/>' : '') +
    (paragraph === '' ? '' : `<w:pPr>${paragraph}</w:pPr>`) +
    (run === '' ? '' : `<w:rPr>${run}</w:rPr>`) +
    '</w:style>'
  );
}

/** word/styles.xml for a style sheet. */
export function stylesPart(sheet: StyleSheet): Xml {
  return (
    `${XML_DECLARATION_STANDALONE}<w:styles mc:Ignorable="w14 w15" ${STYLES_NAMESPACES}>${DOC_DEFAULTS}${BUILT_IN_STYLES}` +
    `${STYLE_KEYS.map((key) => namedStyleXml(sheet, key)).join('')}</w:styles>`
  );
}
