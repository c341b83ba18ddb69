// The read document as a list of lines for the recognisers: each paragraph (its Word number put in
// front of its text, its bold/italic runs as **/*), text boxes' paragraphs where they are anchored,
// tables kept whole. A footnote is written where it is cited, in the plan's syntax ^[the note].
import type { Block, DocxDocument, Inline, Paragraph, Table } from '../docx-read/index.js';

export interface TextLine {
  kind: 'line';
  /** Plain text (number label included; tabs as "\t", line breaks as "\n"). */
  text: string;
  /** The same with partial emphasis as **bold** / *italic*, and footnotes as ^[the note] where cited. */
  marked: string;
  bold: boolean;
  italic: boolean;
  centered: boolean;
  /** Word's heading level (1-based) from the style name or outline level. */
  heading?: number;
  /** The number came from Word's automatic numbering. */
  autoNumber: boolean;
  section: number;
  landscape: boolean;
  footnotes: string[];
  /** Word's style name ("ND30 Dấu cộng (+)", "List Paragraph"), when the paragraph has one. */
  styleName?: string;
  /** Where the first line starts, pt from the text's left edge (left indent + first-line indent). */
  startPt: number;
  /** Only drawings (a rule), no text. */
  drawingOnly: boolean;
  /** A block already recognised (the targets table), placed as it is. */
  block?: import('../plan/plan.js').Block;
}

export interface TableLine {
  kind: 'table';
  table: Table;
  section: number;
  landscape: boolean;
}

export type Line = TextLine | TableLine;

const isText = (i: Inline): i is Extract<Inline, { type: 'text' }> => i.type === 'text';

/** Runs → text with ** and * where only part of the paragraph is bold or italic; with the document,
 * footnote references become ^[the note's text]. */
export function markedText(p: Paragraph, doc?: DocxDocument): { marked: string; bold: boolean; italic: boolean } {
  const texts = p.inlines.filter(isText).filter((t) => t.text.trim() !== '');
  const bold = texts.length > 0 && texts.every((t) => t.format.bold);
  const italic = texts.length > 0 && texts.every((t) => t.format.italic);
  let out = '';
  for (const i of p.inlines) {
    if (i.type === 'tab') out += '\t';
    else if (i.type === 'break' && i.kind === 'line') out += '\n';
    else if (i.type === 'noteRef' && i.note === 'footnote' && doc) {
      const note = noteMarked(doc, i.id);
      if (note) out += `^[${note}]`;
    } else if (isText(i)) {
      const b = !bold && i.format.bold && i.text.trim() !== '';
      const it = !italic && i.format.italic && i.text.trim() !== '';
      const mark = (b ? '**' : '') + (it ? '*' : '');
      if (!mark) {
        out += i.text;
        continue;
      }
      // Markers hug the words: spaces stay outside.
      const lead = /^\s*/.exec(i.text)![0];
      const trail = /\s*$/.exec(i.text)![0];
      const core = i.text.slice(lead.length, i.text.length - trail.length);
      out += `${lead}${mark}${core}${[...mark].reverse().join('')}${trail}`;
    }
  }
  // Adjacent runs of the same emphasis: "**a** **b**" → "**a b**".
  out = out.replace(/\*\*(\s*)\*\*/g, '$1').replace(/(?<!\*)\*(\s+)\*(?!\*)/g, '$1');
  return { marked: out, bold, italic };
}

function headingLevel(p: Paragraph): number | undefined {
  const m = /^heading (\d)$/i.exec(p.styleName ?? '');
  if (m) return Number(m[1]);
  if (p.format.outlineLevel !== undefined && p.format.outlineLevel < 6) return p.format.outlineLevel + 1;
  return undefined;
}

function noteText(doc: DocxDocument, id: string): string {
  return (doc.footnotes[id] ?? [])
    .flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))
    .join(' ')
    .trim();
}

/** A footnote's paragraphs as one text with their own emphasis (brackets kept balanced for ^[…]). */
function noteMarked(doc: DocxDocument, id: string): string {
  const text = (doc.footnotes[id] ?? [])
    .flatMap((b) => (b.kind === 'paragraph' ? [wrapWhole(markedText(b))] : []))
    .join(' ')
    .replace(/[ \t\u00a0\n]+/g, ' ')
    .trim();
  const open = (text.match(/\[/g) ?? []).length;
  const close = (text.match(/\]/g) ?? []).length;
  return open === close ? text : text.replace(/[[\]]/g, (c) => (c === '[' ? '(' : ')'));
}

/** A paragraph's marked text with its whole-paragraph emphasis written out. */
export function wrapWhole(m: { marked: string; bold: boolean; italic: boolean }): string {
  const t = m.marked.trim();
  if (t === '') return t;
  const mark = (m.bold ? '**' : '') + (m.italic ? '*' : '');
  return mark ? `${mark}${t}${[...mark].reverse().join('')}` : t;
}

export function paragraphLine(p: Paragraph, doc: DocxDocument): TextLine {
  const m = markedText(p, doc);
  const label = p.number ? p.number.text + (p.number.suffix === 'nothing' ? '' : ' ') : '';
  const section = doc.sections[p.section];
  const heading = headingLevel(p);
  const hasDrawing = p.inlines.some((i) => i.type === 'drawing');
  return {
    kind: 'line',
    text: (label + p.text).replace(/\u00a0/g, ' '),
    marked: (label + m.marked).replace(/\u00a0/g, ' '),
    bold: m.bold,
    italic: m.italic,
    centered: p.format.alignment === 'center',
    ...(heading !== undefined ? { heading } : {}),
    autoNumber: p.number !== undefined,
    section: p.section,
    landscape: section?.orientation === 'landscape',
    footnotes: p.inlines.flatMap((i) => (i.type === 'noteRef' && i.note === 'footnote' ? [noteText(doc, i.id)] : [])).filter(Boolean),
    ...(p.styleName ? { styleName: p.styleName } : {}),
    startPt: p.format.indent.leftPt + p.format.indent.firstLinePt,
    drawingOnly: hasDrawing && p.text.trim() === '' && !p.number,
  };
}

/** Text boxes anchored in a paragraph, as lines (a header typed in text boxes). */
function textBoxLines(p: Paragraph, doc: DocxDocument): Line[] {
  const out: Line[] = [];
  for (const i of p.inlines) {
    if (i.type !== 'drawing') continue;
    const walk = (d: typeof i.drawing) => {
      for (const b of d.blocks) out.push(...blockLines(b, doc));
      d.children.forEach(walk);
    };
    walk(i.drawing);
  }
  return out;
}

export function blockLines(b: Block, doc: DocxDocument): Line[] {
  if (b.kind === 'table') {
    const section = doc.sections[b.section];
    return [{ kind: 'table', table: b, section: b.section, landscape: section?.orientation === 'landscape' }];
  }
  return [...textBoxLines(b, doc), paragraphLine(b, doc)];
}

export function documentLines(doc: DocxDocument): Line[] {
  return doc.body.flatMap((b) => blockLines(b, doc));
}

/** A cell's paragraphs as text lines (nested tables flattened). */
export function cellLines(blocks: Block[], doc: DocxDocument): TextLine[] {
  return blocks.flatMap((b) => (b.kind === 'paragraph' ? [paragraphLine(b, doc)] : b.rows.flatMap((r) => r.cells.flatMap((c) => cellLines(c.blocks, doc)))));
}

export const clean = (s: string) => s.replace(/[ \t\u00a0]+/g, ' ').trim();
