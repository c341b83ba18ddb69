// The .docx writer: a DocumentModel in, the bytes of a Kế hoạch formatted as Nghị định
// 30/2020/NĐ-CP requires out. The main section holds the header, title, body and closing block;
// each appendix is a section of its own, numbered from 1.
import { Document, Packer } from 'docx';
import type { DocumentModel } from '../model/document.js';
import { createAppendixSection } from './appendix.js';
import { createBlocks, keepTablesApart } from './body.js';
import { createClosing } from './closing.js';
import { rezipDeterministically, zipDeterministically } from './deterministic-zip.js';
import { strToU8 } from 'fflate';
import { createStylesOptions, THEME } from './doc-styles.js';
import { createFirstPageHeader } from './header.js';
import { createPageSetup, textWidthOf } from './page.js';
import type { StyleSheet } from './named-styles.js';
import { createStyleContext } from './paragraphs.js';
import { FIXED_TIMESTAMP } from './styles.js';
import { createTitle } from './title.js';

export interface WriteOptions {
  /** The named styles to write with: the decree's defaults, or a province's reference document applied to them. */
  styleSheet?: StyleSheet;
}

export async function writeDocx(model: DocumentModel, options: WriteOptions = {}): Promise<Uint8Array> {
  const textWidth = textWidthOf('portrait');
  const ctx = createStyleContext(options.styleSheet);
  const document = new Document({
    title: model.properties.title,
    subject: model.properties.subject,
    creator: model.properties.creator,
    lastModifiedBy: model.properties.creator,
    ...(model.properties.keywords === undefined || model.properties.keywords === '' ? {} : { keywords: model.properties.keywords }),
    revision: 1,
    styles: createStylesOptions(ctx.sheet),
    theme: THEME,
    sections: [
      {
        ...createPageSetup('portrait', ctx),
        children: keepTablesApart([
          ...createFirstPageHeader(model.header, textWidth, ctx),
          ...createTitle(model.title, textWidth, ctx),
          ...createBlocks(model.body, textWidth, ctx, true),
          createClosing(model, ctx),
        ], ctx),
      },
      ...model.appendices.map((appendix) => createAppendixSection(appendix, ctx)),
    ],
  });
  const parts = compileParts(document, ctx.sheet);
  const created = model.properties.created ?? FIXED_TIMESTAMP;
  if (parts) return zipDeterministically(parts, created);
  return rezipDeterministically(new Uint8Array(await Packer.toArrayBuffer(document)), created);
}

type PartData = string | Uint8Array | ArrayBuffer;
interface PartsCompiler {
  compile(file: Document, prettify: undefined, overrides: []): Iterable<[string, PartData]>;
}

/** Parts that depend only on the style sheet (styles.xml, the theme): docx's object model took ~13 ms
 * to format them and about as long to serialise, for every document. They are written once per
 * sheet and process (a batch's thread, render of many plans, --watch) and reused as bytes. */
const CONSTANT_PARTS = ['word/styles.xml', 'word/theme/theme1.xml'] as const;
const constantParts = new WeakMap<StyleSheet, Map<string, Uint8Array>>();
/** What docx formats in place of a reused part: its root element, empty, replaced after compiling. */
const UNFORMATTED: Record<(typeof CONSTANT_PARTS)[number], { prepForXml(): object }> = {
  'word/styles.xml': { prepForXml: () => ({ 'w:styles': {} }) },
  'word/theme/theme1.xml': { prepForXml: () => ({ 'a:theme': {} }) },
};

/**
 * The package's parts before zipping, from the compiler Packer uses (a private static of docx 9,
 * hence the pinned version). Zipping them once ourselves, with fixed times, saves docx's own
 * DEFLATE pass and our unzip of it: about a third of a cold render. Undefined if docx changes.
 */
function compileParts(document: Document, sheet: StyleSheet): Record<string, Uint8Array> | undefined {
  const compiler = (Packer as unknown as { compiler?: PartsCompiler }).compiler;
  if (typeof compiler?.compile !== 'function') return undefined;
  const reused = constantParts.get(sheet);
  const owners = { 'word/styles.xml': document.Styles, 'word/theme/theme1.xml': (document as unknown as { Theme?: object }).Theme };
  if (reused !== undefined) {
    for (const name of CONSTANT_PARTS) Object.defineProperty(owners[name], 'prepForXml', { value: UNFORMATTED[name].prepForXml, configurable: true });
  }
  const parts: Record<string, Uint8Array> = {};
  for (const [path, data] of compiler.compile(document, undefined, [])) {
    parts[path] = reused?.get(path) ?? (typeof data === 'string' ? strToU8(data) : data instanceof Uint8Array ? data : new Uint8Array(data));
  }
  if (reused === undefined && CONSTANT_PARTS.every((name) => parts[name] !== undefined && owners[name] !== undefined)) {
    constantParts.set(sheet, new Map(CONSTANT_PARTS.map((name) => [name, parts[name]!])));
  }
  return parts;
}
