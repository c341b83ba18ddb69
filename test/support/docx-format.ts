// A generated document's paragraphs with their effective formatting, as Word resolves it (direct →
// style chain → document defaults), from the one .docx reader (src/docx-read). Tests find paragraphs
// in the XML (by structure and text), then ask here how they look: the writer puts the decree's
// formatting in named styles, so the XML of a paragraph alone no longer says it.
import { readDocx, type Block, type DocxDocument, type Paragraph } from '../../src/docx-read/index.js';
import { all, type XmlElement } from './docx-xml.js';

const formats = new WeakMap<XmlElement, Paragraph>();

function paragraphsOf(blocks: Block[]): Paragraph[] {
  return blocks.flatMap((block) =>
    block.kind === 'paragraph' ? [block] : block.rows.flatMap((row) => row.cells.flatMap((cell) => paragraphsOf(cell.blocks))),
  );
}

/** Reads `bytes` with docx-read and pairs each w:p of `root` (a part parsed by docx-xml) with its paragraph. */
export function registerFormatting(root: XmlElement[], blocks: Block[]): void {
  const xml = all(root, 'w:p');
  const read = paragraphsOf(blocks);
  if (xml.length !== read.length) throw new Error(`docx-read gives ${read.length} paragraphs, the XML has ${xml.length}`);
  xml.forEach((p, i) => formats.set(p, read[i]!));
}

export async function readFormatted(bytes: Uint8Array): Promise<DocxDocument> {
  const { document, diagnostics } = await readDocx(bytes);
  if (document === undefined) throw new Error(`docx-read cannot read the document: ${JSON.stringify(diagnostics)}`);
  return document;
}

/** The paragraph as docx-read resolved it (its style, its effective ParagraphFormat, its runs). */
export function formatOf(p: XmlElement): Paragraph {
  const format = formats.get(p);
  if (format === undefined) throw new Error('this paragraph was not read with registerFormatting');
  return format;
}

/** Each text run of a paragraph with its effective size (half-points, as w:sz counts) and emphasis. */
export function effectiveRuns(p: XmlElement): { text: string; size: number; bold: boolean; italic: boolean }[] {
  return formatOf(p).inlines.flatMap((inline) =>
    inline.type === 'text' && inline.text !== ''
      ? [{ text: inline.text, size: Math.round(inline.format.sizePt * 2), bold: inline.format.bold, italic: inline.format.italic }]
      : [],
  );
}

/** Twips (what the writer's constants count) from docx-read's points. */
export const twips = (pt: number): number => Math.round(pt * 20);
