// docx-read: the one .docx reader (import and check both use it). It never throws for a strange
// document: it returns plain data and problems as Diagnostics (codes PP501–PP512, file = the name
// given, line/column 0, position details in args).
//
//   const { document, diagnostics } = await readDocx(bytes, { file: 'ke-hoach.docx' });
//   if (!document) → diagnostics hold the error (PP501 not a zip, PP502 .doc/.odt/.rtf to convert,
//                    PP503 no word/document.xml, PP504 encrypted/DRM, PP505 over a bound / zip bomb,
//                    PP506 malformed XML, PP512 damaged zip)
//   else           → warnings: PP507 macros ignored, PP508 tracked changes accepted, PP509 comments
//                    ignored, PP510 content left out (altChunk, OLE), PP511 a referenced part missing
//
// document (see types.ts; all lengths in pt):
//   body: Block[] in order — Paragraph { styleId, styleName, number?: NumberLabel (Word's automatic
//         number/bullet as text, level, numFmt), inlines (text with RunFormat, tab, break line/page/
//         column, noteRef, field {instr, name, result}, drawing), text ("\t" tabs, "\n" line breaks),
//         format: ParagraphFormat (alignment, indent, spacing, keepNext, borders, tabs, outlineLevel),
//         markFormat, section } | Table { grid (column widths), widthPt, borders, rows: { header,
//         cells: { gridColumn, gridSpan, vMerge, rowSpan (0 = covered), widthPt, blocks } } }
//   sections: page size, orientation, margins, titlePage, breakType, headers/footers
//             ({ default, first, even } → { part, blocks, fields }), [firstBlock, endBlock) of body
//   footnotes / endnotes: blocks by id (noteRef.id); styles: id → { name, type, basedOn }
//   defaults: the run and paragraph format of a paragraph with no formatting; properties (core.xml);
//   settings (evenAndOddHeaders, defaultTabStopPt); hasMacros.
// Formatting is resolved as Word does: direct → numbering level → character style (toggles XOR with
// the paragraph style) → paragraph style chain → table style → docDefaults; theme fonts by name.
// Drawing { kind textbox|line|shape|picture|group, widthPt/heightPt (a line's extent), anchored,
// offsets, blocks (a text box's content), children }.
// Lower-level readers (readStyles, resolveParagraph, resolveRun, Numberer, readSection) are exported
// for tests of one part.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { MessageCode } from '../diagnostics/messages.js';
import { newStats, readBlocks, type ReadStats, type StoryContext } from './body.js';
import { inheritSet } from './headers-footers.js';
import { readNotes } from './notes.js';
import { Numberer, readNumbering } from './numbering.js';
import { LIMITS, readPackage, type ContainerProblem, type Limits, type PackageParts } from './package.js';
import { twips } from './properties.js';
import { readContentTypes, readRelationships, relsPathOf, type Relationship } from './relationships.js';
import { readSection } from './sections.js';
import { readStyles, readTheme, resolveParagraph, resolveRun, styleInfos, type StyleSheet } from './styles.js';
import type { Block, DocxDocument, HeaderFooter, HeaderFooterSet, Section } from './types.js';
import { child, descendants, numAttr, onOff, parseXml, path, XmlSyntaxError, type XmlElement } from './xml.js';

export type * from './types.js';
export { LIMITS, type Limits } from './package.js';
export { readStyles, readTheme, resolveParagraph, resolveRun, type StyleSheet } from './styles.js';
export { Numberer, readNumbering, formatNumber } from './numbering.js';
export { readSection } from './sections.js';
export { parseXml, type XmlElement } from './xml.js';

export interface ReadOptions {
  /** The file's name as the user gave it (for diagnostics). */
  file?: string;
  limits?: Limits;
}

export interface DocxReadResult {
  document?: DocxDocument;
  diagnostics: Diagnostic[];
}

class Stop extends Error {}

function diagnostic(file: string, code: MessageCode, severity: Diagnostic['severity'], args: Diagnostic['args'] = {}): Diagnostic {
  return { code, severity, file, line: 0, column: 0, path: '', args };
}

function containerDiagnostic(file: string, p: ContainerProblem): Diagnostic {
  switch (p.kind) {
    case 'not-zip':
      return diagnostic(file, 'PP501', 'error', { looksLike: p.looksLike });
    case 'convert':
      return diagnostic(file, 'PP502', 'error', { format: p.format, soffice: 'unknown' });
    case 'encrypted':
      return diagnostic(file, 'PP504', 'error', { how: p.how });
    case 'oversize':
      return diagnostic(file, 'PP505', 'error', {
        what: p.what,
        limit: p.what === 'ratio' ? `${p.limit}:1` : p.what === 'entries' ? p.limit : `${Math.round(p.limit / 1024 / 1024)} MiB`,
        ...(p.entry ? { entry: p.entry } : {}),
      });
    case 'damaged':
      return diagnostic(file, 'PP512', 'error', { detail: p.detail, ...(p.cutShort ? { why: 'cut-short' } : {}) });
  }
}

/** What kind of other package a zip without word/document.xml is. */
function otherPackage(parts: PackageParts): string {
  const has = (n: string) => parts.names.has(n);
  if (has('xl/workbook.xml')) return 'xlsx';
  if (has('ppt/presentation.xml')) return 'pptx';
  if (has('mimetype') && has('content.xml')) return 'odt';
  return 'zip';
}

export async function readDocx(bytes: Uint8Array, options: ReadOptions = {}): Promise<DocxReadResult> {
  const file = options.file ?? '';
  const pkg = await readPackage(bytes, options.limits ?? LIMITS);
  if (!('xml' in pkg)) return { diagnostics: [containerDiagnostic(file, pkg)] };
  const diagnostics: Diagnostic[] = [];
  try {
    const document = readParts(pkg, file, diagnostics);
    return document ? { document, diagnostics } : { diagnostics };
  } catch (e) {
    if (e instanceof Stop) return { diagnostics };
    throw e;
  }
}

function readParts(pkg: PackageParts, file: string, diagnostics: Diagnostic[]): DocxDocument | undefined {
  const lower = new Map<string, string>();
  for (const name of pkg.xml.keys()) lower.set(name.toLowerCase(), name);
  const parsed = new Map<string, XmlElement | undefined>();
  const partName = (p: string) => lower.get(p.toLowerCase());
  const xml = (p: string): XmlElement | undefined => {
    const name = partName(p);
    if (name === undefined) return undefined;
    if (parsed.has(name)) return parsed.get(name);
    try {
      const root = parseXml(pkg.xml.get(name)!);
      parsed.set(name, root);
      return root;
    } catch (e) {
      if (!(e instanceof XmlSyntaxError)) throw e;
      diagnostics.push(diagnostic(file, 'PP506', 'error', { part: name, line: e.line, column: e.column, detail: e.message }));
      throw new Stop();
    }
  };

  const contentTypes = readContentTypes(xml('[Content_Types].xml'));
  const packageRels = readRelationships(xml('_rels/.rels'), '');
  const mainPart = partName(packageRels.find((r) => r.type === 'officeDocument' && !r.external)?.target ?? '') ?? partName('word/document.xml');
  if (mainPart === undefined) {
    if (pkg.names.has('mimetype') && pkg.names.has('content.xml')) {
      diagnostics.push(diagnostic(file, 'PP502', 'error', { format: 'odt', soffice: 'unknown' }));
    } else diagnostics.push(diagnostic(file, 'PP503', 'error', { kind: otherPackage(pkg) }));
    return undefined;
  }
  const mainType = contentTypes.overrides.get(mainPart.toLowerCase()) ?? '';
  const hasMacros = /macroEnabled/i.test(mainType) || [...pkg.names].some((n) => /vbaProject\.bin$/i.test(n));
  if (hasMacros) diagnostics.push(diagnostic(file, 'PP507', 'warning'));

  const rels = readRelationships(xml(relsPathOf(mainPart)), mainPart);
  const relPart = (type: string): string | undefined => {
    const rel = rels.find((r) => r.type === type && !r.external);
    if (!rel) return undefined;
    const name = partName(rel.target);
    if (name === undefined) diagnostics.push(diagnostic(file, 'PP511', 'warning', { part: rel.target }));
    return name;
  };
  const byId = new Map<string, Relationship>(rels.map((r) => [r.id, r]));

  const theme = readTheme(xml(relPart('theme') ?? ''));
  const sheet: StyleSheet = readStyles(xml(relPart('styles') ?? ''), theme);
  const numberingDefs = readNumbering(xml(relPart('numbering') ?? ''));
  const styleNumId = (id: string) => sheet.styles.get(id)?.pPr.numId;
  const stats: ReadStats = newStats();
  const notes = { footnote: 0, endnote: 0 };

  const story = (section: () => number, onSectionBreak?: (s: XmlElement) => void): StoryContext => ({
    sheet,
    numberer: new Numberer(numberingDefs, styleNumId),
    stats,
    notes,
    section,
    fieldNames: [],
    ...(onSectionBreak ? { onSectionBreak } : {}),
  });

  // The body, with its section breaks.
  const root = xml(mainPart);
  const body = child(root, 'w:body');
  const sectPrs: XmlElement[] = [];
  const bodyStory = story(
    () => sectPrs.length,
    (s) => void sectPrs.push(s),
  );
  const blocks: Block[] = body ? readBlocks(body.children, bodyStory) : [];
  const finalSectPr = child(body, 'w:sectPr');

  // Headers and footers, each part read once.
  const loaded = new Map<string, HeaderFooter | undefined>();
  const load = (rId: string): HeaderFooter | undefined => {
    const rel = byId.get(rId);
    if (!rel || rel.external) return undefined;
    const name = partName(rel.target);
    if (name === undefined) {
      diagnostics.push(diagnostic(file, 'PP511', 'warning', { part: rel.target }));
      return undefined;
    }
    if (loaded.has(name)) return loaded.get(name);
    const ctx = story(() => 0);
    const partRoot = xml(name);
    const hf: HeaderFooter = { part: name, blocks: partRoot ? readBlocks(partRoot.children, ctx) : [], fields: ctx.fieldNames };
    loaded.set(name, hf);
    return hf;
  };
  const sections: Section[] = [];
  let headers: HeaderFooterSet | undefined;
  let footers: HeaderFooterSet | undefined;
  [...sectPrs, finalSectPr].forEach((sectPr, index) => {
    const props = readSection(sectPr);
    headers = inheritSet(props.headerRefs, headers, load);
    footers = inheritSet(props.footerRefs, footers, load);
    const inSection = blocks.map((b, i) => [b.section, i] as const).filter(([s]) => s === index);
    const { headerRefs: _h, footerRefs: _f, ...page } = props;
    sections.push({
      ...page,
      headers,
      footers,
      firstBlock: inSection[0]?.[1] ?? (sections[sections.length - 1]?.endBlock ?? 0),
      endBlock: inSection.length ? inSection[inSection.length - 1]![1] + 1 : (sections[sections.length - 1]?.endBlock ?? 0),
    });
  });

  // Notes: their own numbering story; references in them are not counted.
  const notesStory = story(() => 0);
  const footnotes = readNotes(xml(relPart('footnotes') ?? ''), 'footnote', (els) => readBlocks(els, notesStory));
  const endnotes = readNotes(xml(relPart('endnotes') ?? ''), 'endnote', (els) => readBlocks(els, notesStory));

  const commentsPart = relPart('comments');
  const commentCount = commentsPart ? descendants(xml(commentsPart)!, 'w:comment').length : 0;
  if (commentCount > 0 || stats.comments > 0) diagnostics.push(diagnostic(file, 'PP509', 'warning', { count: commentCount || stats.comments }));
  const tracked = stats.insertions + stats.deletions + stats.moves + stats.formatChanges;
  if (tracked > 0) diagnostics.push(diagnostic(file, 'PP508', 'warning', { count: tracked }));
  for (const [kind, count] of stats.ignored) diagnostics.push(diagnostic(file, 'PP510', 'warning', { kind, count }));

  const settings = xml(relPart('settings') ?? '');
  const core = xml(partName(packageRels.find((r) => r.type === 'core-properties')?.target ?? 'docProps/core.xml') ?? '');
  const text = (name: string) => {
    const v = child(core, name)?.text.trim();
    return v ? v : undefined;
  };
  const title = text('dc:title');
  const subject = text('dc:subject');
  const creator = text('dc:creator');
  const defaults = resolveParagraph(sheet, {}, { inTable: false });
  return {
    body: blocks,
    sections,
    footnotes,
    endnotes,
    styles: styleInfos(sheet),
    defaults: { paragraph: defaults.format, run: resolveRun(sheet, undefined, {}, false) },
    properties: { ...(title ? { title } : {}), ...(subject ? { subject } : {}), ...(creator ? { creator } : {}) },
    settings: {
      evenAndOddHeaders: onOff(child(settings, 'w:evenAndOddHeaders')) ?? false,
      defaultTabStopPt: twips(numAttr(child(settings, 'w:defaultTabStop'), 'w:val') ?? 720),
    },
    hasMacros,
  };
}

export { path };
