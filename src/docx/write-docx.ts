// The .docx writer: a DocumentModel in, the bytes of a Kế hoạch formatted as Nghị định
// 30/2020/NĐ-CP requires out. The main section holds the header, title, body and closing block;
// each appendix is a section of its own, numbered from 1.
//
// The parts are written as strings in one pass over the model (issue 12). Until then the docx
// package built an object per element and serialised it: 48 of a warm render's 82 ms, and its
// ~1 MB of code loaded at every cold start. The markup is byte for byte what docx 9.15 wrote.
import type { DocumentModel, DocumentProperties } from '../model/document.js';
import { createAppendixContent } from './appendix.js';
import { createBlocks, keepTablesApart } from './body.js';
import { createClosing } from './closing.js';
import { zipDeterministically, type PartText, type Segment } from './deterministic-zip.js';
import { stylesPart } from './doc-styles.js';
import { footnotesPart } from './footnotes.js';
import { createFirstPageHeader } from './header.js';
import type { StyleSheet } from './named-styles.js';
import {
  APP_PART,
  CUSTOM_PART,
  DOCUMENT_NAMESPACES,
  ENDNOTES_PART,
  FONT_TABLE_PART,
  NO_RELATIONSHIPS,
  NUMBERING_PART,
  PACKAGE_RELATIONSHIPS,
  SETTINGS_PART,
  THEME_PART,
} from './package-parts.js';
import { createHeaderParts, createSectionProperties, textWidthOf, type Orientation } from './page.js';
import { createStyleContext, type StyleContext } from './paragraphs.js';
import { FIXED_TIMESTAMP } from './styles.js';
import { createTitle } from './title.js';
import { escapeXml, XML_DECLARATION, XML_DECLARATION_STANDALONE, type Xml } from './xml.js';

export interface WriteOptions {
  /** The named styles to write with: the decree's defaults, or a province's reference document applied to them. */
  styleSheet?: StyleSheet;
}

/** The parts every plan shares; the relationships of a part that refers to nothing (notes, fonts,
 * each header) are NO_RELATIONSHIPS. */
const CONSTANT_PARTS: Record<string, Xml> = {
  '_rels/.rels': PACKAGE_RELATIONSHIPS,
  'docProps/app.xml': APP_PART,
  'docProps/custom.xml': CUSTOM_PART,
  'word/endnotes.xml': ENDNOTES_PART,
  'word/fontTable.xml': FONT_TABLE_PART,
  'word/numbering.xml': NUMBERING_PART,
  'word/settings.xml': SETTINGS_PART,
  'word/theme/theme1.xml': THEME_PART,
  'word/_rels/endnotes.xml.rels': NO_RELATIONSHIPS,
  'word/_rels/fontTable.xml.rels': NO_RELATIONSHIPS,
  'word/_rels/footnotes.xml.rels': NO_RELATIONSHIPS,
};

/** Parts that depend only on the style sheet, written once per sheet and process: a batch's
 * thread, render of many plans, --watch, edit. */
const sheetTexts = new WeakMap<StyleSheet, { styles: Xml; header: Xml; firstHeader: Xml }>();

function sheetParts(ctx: StyleContext): { styles: Xml; header: Xml; firstHeader: Xml } {
  let parts = sheetTexts.get(ctx.sheet);
  if (parts === undefined) {
    const headers = createHeaderParts(ctx);
    parts = { styles: stylesPart(ctx.sheet), header: headers.default, firstHeader: headers.first };
    sheetTexts.set(ctx.sheet, parts);
  }
  return parts;
}

/**
 * document.xml's pieces (its opening, each block, each section's end) joined into runs, which the
 * zip deflates and keeps one by one. A run ends after about one piece in eight, chosen by a hash of
 * the piece's own length and middle character: where runs end depends on each piece alone, never on
 * its place, so a block that changes (a unit's name in the header) changes its own run and no other,
 * and every other run is one already kept. A long piece (LONG_PIECE: a table) is a run of its own.
 * The piece at `freshFrom` (the one after the first page's header) starts a run deflated without
 * the run before as its dictionary: every unit of a batch changes the header, and the ~8 KB run
 * after it (the title and the first sections) was deflated again for each unit only because its
 * dictionary had changed (issue 12).
 */
const LONG_PIECE = 4096;
const endsSegment = (piece: Xml): boolean => Math.imul(piece.length ^ (piece.charCodeAt(piece.length >>> 1) << 16), 0x9e3779b1) >>> 29 === 0;
export function segmentPieces(pieces: readonly Xml[], freshFrom = -1): Segment[] {
  const segments: Segment[] = [];
  let current: Xml[] & { fresh?: boolean } = [];
  pieces.forEach((piece, i) => {
    // A long piece (a table) is a segment of its own, kept whatever is around it.
    if ((piece.length >= LONG_PIECE || i === freshFrom) && current.length > 0) {
      segments.push(current);
      current = [];
    }
    if (i === freshFrom) current.fresh = true;
    current.push(piece);
    if (piece.length >= LONG_PIECE || endsSegment(piece)) {
      segments.push(current);
      current = [];
    }
  });
  if (current.length > 0) segments.push(current);
  return segments;
}

/**
 * The parts that depend only on how many headers there are, and footnotes.xml without notes: the
 * same string objects from document to document, which the zip finds among its kept segments at
 * once (a new string of the same text is hashed and compared whole).
 */
const partsByHeaders = new Map<(headers: number) => Xml, Map<number, Xml>>();
let noFootnotes: Xml | undefined;
function byHeaders(part: (headers: number) => Xml, headers: number): Xml {
  let known = partsByHeaders.get(part);
  if (known === undefined) partsByHeaders.set(part, (known = new Map()));
  let xml = known.get(headers);
  if (xml === undefined) known.set(headers, (xml = part(headers)));
  return xml;
}

const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

/** word/_rels/document.xml.rels: the fixed parts, then each section's two headers, then theme and fonts. */
function documentRelationships(headers: number): Xml {
  const targets = [
    ['styles', 'styles.xml'],
    ['numbering', 'numbering.xml'],
    ['footnotes', 'footnotes.xml'],
    ['endnotes', 'endnotes.xml'],
    ['settings', 'settings.xml'],
    ...Array.from({ length: headers }, (_, i) => ['header', `header${i + 1}.xml`]),
    ['theme', 'theme/theme1.xml'],
    ['fontTable', 'fontTable.xml'],
  ];
  const list = targets.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${OFFICE}/${type}" Target="${target}"/>`).join('');
  return `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list}</Relationships>`;
}

function contentTypes(headers: number): Xml {
  const defaults = [
    ['image/png', 'png'],
    ['image/jpeg', 'jpeg'],
    ['image/jpeg', 'jpg'],
    ['image/bmp', 'bmp'],
    ['image/gif', 'gif'],
    ['image/svg+xml', 'svg'],
    ['application/vnd.openxmlformats-package.relationships+xml', 'rels'],
    ['application/xml', 'xml'],
    ['application/vnd.openxmlformats-officedocument.obfuscatedFont', 'odttf'],
  ];
  const overrides = [
    [`${WORD}.document.main+xml`, '/word/document.xml'],
    [`${WORD}.styles+xml`, '/word/styles.xml'],
    ['application/vnd.openxmlformats-package.core-properties+xml', '/docProps/core.xml'],
    ['application/vnd.openxmlformats-officedocument.custom-properties+xml', '/docProps/custom.xml'],
    ['application/vnd.openxmlformats-officedocument.extended-properties+xml', '/docProps/app.xml'],
    [`${WORD}.numbering+xml`, '/word/numbering.xml'],
    [`${WORD}.footnotes+xml`, '/word/footnotes.xml'],
    [`${WORD}.endnotes+xml`, '/word/endnotes.xml'],
    [`${WORD}.settings+xml`, '/word/settings.xml'],
    [`${WORD}.fontTable+xml`, '/word/fontTable.xml'],
    ['application/vnd.openxmlformats-officedocument.theme+xml', '/word/theme/theme1.xml'],
    ...Array.from({ length: headers }, (_, i) => [`${WORD}.header+xml`, `/word/header${i + 1}.xml`]),
  ];
  return (
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    defaults.map(([type, extension]) => `<Default ContentType="${type}" Extension="${extension}"/>`).join('') +
    overrides.map(([type, part]) => `<Override ContentType="${type}" PartName="${part}"/>`).join('') +
    '</Types>'
  );
}

/** docProps/core.xml: title, subject, author (the issuer), keywords, and the plan's date. */
function coreProperties(properties: DocumentProperties): Xml {
  const created = escapeXml(properties.created ?? FIXED_TIMESTAMP);
  const creator = escapeXml(properties.creator);
  return (
    `${XML_DECLARATION_STANDALONE}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(properties.title)}</dc:title><dc:subject>${escapeXml(properties.subject)}</dc:subject><dc:creator>${creator}</dc:creator>` +
    (properties.keywords === undefined || properties.keywords === '' ? '' : `<cp:keywords>${escapeXml(properties.keywords)}</cp:keywords>`) +
    `<cp:lastModifiedBy>${creator}</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export async function writeDocx(model: DocumentModel, options: WriteOptions = {}): Promise<Uint8Array> {
  const ctx = createStyleContext(options.styleSheet);
  const textWidth = textWidthOf('portrait');
  const header = createFirstPageHeader(model.header, textWidth, ctx);
  const sections: { orientation: Orientation; content: Xml[] }[] = [
    {
      orientation: 'portrait',
      content: keepTablesApart(
        [
          header,
          createTitle(model.title, textWidth, ctx),
          ...createBlocks(model.body, textWidth, ctx, true),
          createClosing(model, ctx),
        ],
        ctx,
      ),
    },
    ...model.appendices.map((appendix) => ({ orientation: appendix.orientation, content: createAppendixContent(appendix, ctx) })),
  ];

  // Relationship ids: rId1–5 are the fixed parts, then two headers per section (default, first).
  const fixed = sheetParts(ctx);
  const parts: Record<string, PartText> = { ...CONSTANT_PARTS, 'word/styles.xml': fixed.styles };
  const pieces: Xml[] = [`${XML_DECLARATION_STANDALONE}<w:document mc:Ignorable="w14 w15 wp14" ${DOCUMENT_NAMESPACES}><w:body>`];
  sections.forEach((section, i) => {
    const properties = createSectionProperties(section.orientation, { default: `rId${6 + 2 * i}`, first: `rId${7 + 2 * i}` });
    // A section's properties end it: inside its last paragraph, or (the last section) in the body.
    pieces.push(...section.content, i === sections.length - 1 ? properties : `<w:p><w:pPr>${properties}</w:pPr></w:p>`);
    parts[`word/header${2 * i + 1}.xml`] = fixed.header;
    parts[`word/header${2 * i + 2}.xml`] = fixed.firstHeader;
    parts[`word/_rels/header${2 * i + 1}.xml.rels`] = NO_RELATIONSHIPS;
    parts[`word/_rels/header${2 * i + 2}.xml.rels`] = NO_RELATIONSHIPS;
  });
  pieces.push('</w:body></w:document>');
  parts['word/document.xml'] = segmentPieces(pieces, pieces.indexOf(header) + 1);
  parts['word/footnotes.xml'] = ctx.footnotes.length === 0 ? (noFootnotes ??= footnotesPart(ctx)) : footnotesPart(ctx);
  parts['word/_rels/document.xml.rels'] = byHeaders(documentRelationships, 2 * sections.length);
  parts['[Content_Types].xml'] = byHeaders(contentTypes, 2 * sections.length);
  parts['docProps/core.xml'] = coreProperties(model.properties);
  return zipDeterministically(parts);
}
