// The document as the checker walks it: every paragraph in reading order (body, table cells row by
// row, text boxes right after the paragraph that anchors them), numbered from 1, each split at its
// tabs into pieces, with the width of the column it stands in. Built from docx-read's plain data
// only: the checker never sees parplan's own document model (issue 15).
import type { Block, DocxDocument, Drawing, Inline, Paragraph, RunFormat } from '../docx-read/index.js';

/** Where a paragraph stands: the body, a table cell, or a text box (each has its own column). */
export interface Column {
  /** "body", "body>t3:1" (table 3, cell 1 of whichever row: a header table may put the số in a
   * second row under the issuer), "b2" (text box 2). */
  key: string;
  kind: 'body' | 'cell' | 'textbox';
  /** Text width available to the paragraph before its indents, pt. */
  widthPt: number;
  /** For a cell: the table's number (0-based, body tables only) and the cell's position. */
  table?: number;
  row?: number;
  cell?: number;
}

/** A run of text with its effective formatting. */
export interface TextRun {
  text: string;
  format: RunFormat;
}

/** A paragraph, or the part of one between tabs (a header typed with tab stops has two columns). */
export interface Piece {
  entry: Entry;
  /** Position among the paragraph's pieces. */
  index: number;
  /** Tabs before the piece on its line: 0 for the text before the first tab, 1 after it, … */
  tab: number;
  text: string;
  runs: TextRun[];
  /** The tab stop the piece is set at (after a tab), pt from the paragraph's left edge. */
  tabStop?: { kind: string; posPt: number };
}

export interface Entry {
  /** 1-based, in reading order. */
  number: number;
  paragraph: Paragraph;
  column: Column;
  /** 0-based section of the document. */
  section: number;
  pieces: Piece[];
  /** Lines drawn as shapes anchored in or inline with the paragraph. */
  lines: Drawing[];
}

export interface DocumentView {
  document: DocxDocument;
  entries: Entry[];
  /** Body-level tables in order, with the entries of each cell: tables[t][row][cell]. */
  tables: Entry[][][][];
}

export function buildView(document: DocxDocument): DocumentView {
  const entries: Entry[] = [];
  const tables: Entry[][][][] = [];
  let boxes = 0;
  let nested = 0;
  const textWidth = (section: number): number => {
    const s = document.sections[section];
    return s ? s.pageWidthPt - s.margins.leftPt - s.margins.rightPt : 0;
  };
  const addParagraph = (paragraph: Paragraph, column: Column): Entry => {
    const drawings = paragraph.inlines.flatMap((i) => (i.type === 'drawing' ? flattenDrawing(i.drawing) : []));
    const entry: Entry = { number: entries.length + 1, paragraph, column, section: paragraph.section, pieces: [], lines: drawings.filter(isLine) };
    entry.pieces = splitPieces(entry);
    entries.push(entry);
    for (const box of drawings.filter((d) => d.kind === 'textbox' || d.blocks.length > 0)) {
      const key = `b${boxes++}`;
      const boxColumn: Column = { key, kind: 'textbox', widthPt: box.widthPt ?? column.widthPt };
      walk(box.blocks, boxColumn, false);
    }
    return entry;
  };
  const walk = (blocks: readonly Block[], column: Column, topLevel: boolean): void => {
    for (const block of blocks) {
      if (block.kind === 'paragraph') {
        addParagraph(block, column.kind === 'body' ? { ...column, widthPt: textWidth(block.section) } : column);
        continue;
      }
      const t = topLevel ? tables.length : undefined;
      const rows: Entry[][][] = [];
      if (t !== undefined) tables.push(rows);
      const tableKey = t ?? `n${nested++}`;
      block.rows.forEach((row, r) => {
        const cells: Entry[][] = [];
        rows.push(cells);
        row.cells.forEach((cell, c) => {
          const before = entries.length;
          const width = cellWidth(block.grid, cell.gridColumn, cell.gridSpan, cell.widthPt, cell.widthType);
          const key = `${column.key}>t${tableKey}:${c}`;
          walk(cell.blocks, { key, kind: 'cell', widthPt: width, ...(t !== undefined ? { table: t, row: r, cell: c } : {}) }, false);
          cells.push(entries.slice(before));
        });
      });
    }
  };
  walk(document.body, { key: 'body', kind: 'body', widthPt: 0 }, true);
  return { document, entries, tables };
}

function cellWidth(grid: readonly number[], start: number, span: number, widthPt: number | undefined, widthType: string | undefined): number {
  const fromGrid = grid.slice(start, start + Math.max(1, span)).reduce((a, b) => a + b, 0);
  if (fromGrid > 0) return fromGrid;
  return widthType === 'dxa' && widthPt !== undefined ? widthPt : 0;
}

function flattenDrawing(d: Drawing): Drawing[] {
  return [d, ...d.children.flatMap(flattenDrawing)];
}

/** A drawn horizontal line: a line shape, or a shape no taller than a thick stroke. */
export function isLine(d: Drawing): boolean {
  if (d.kind === 'line') return (d.heightPt ?? 0) <= 3;
  return d.kind === 'shape' && (d.widthPt ?? 0) > 10 && (d.heightPt ?? 99) <= 1.5 && d.blocks.length === 0;
}

/** Splits a paragraph at its tabs and line breaks (a header line "CỘNG HÒA …" + line break + "Độc
 * lập …" is two parts); a piece after a tab takes the tab stop it reaches. */
function splitPieces(entry: Entry): Piece[] {
  const { paragraph } = entry;
  const stops = paragraph.format.tabs.filter((s) => s.kind !== 'clear' && s.kind !== 'bar');
  const pieces: Piece[] = [];
  let runs: TextRun[] = [];
  let tabs = 0;
  const hasInk = () => runs.some((r) => r.text.trim() !== '');
  const push = () => {
    const text = runs.map((r) => r.text).join('');
    const stop = tabs > 0 ? stops[tabs - 1] : undefined;
    pieces.push({ entry, index: pieces.length, tab: tabs, text, runs, ...(stop ? { tabStop: { kind: stop.kind, posPt: stop.posPt } } : {}) });
    runs = [];
  };
  for (const inline of paragraph.inlines as Inline[]) {
    if (inline.type === 'text') {
      if (!inline.format.hidden) runs.push({ text: inline.text, format: inline.format });
    } else if (inline.type === 'tab') {
      if (hasInk()) push();
      else runs = [];
      tabs++;
    } else if (inline.type === 'break' && inline.kind === 'line') {
      if (hasInk()) push();
      else runs = [];
      tabs = 0;
    }
  }
  if (hasInk() || pieces.length === 0) push();
  return pieces;
}

/** The text of a piece with spaces collapsed and Unicode composed, for recognising parts. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00A0]+/g, ' ').trim();
}

/** The runs that carry visible text (not only spaces). */
export function inkRuns(runs: readonly TextRun[]): TextRun[] {
  return runs.filter((r) => r.text.trim() !== '');
}

/** Where a piece is set: its paragraph's alignment, or "center" for a piece at a centred tab stop. */
export function pieceAlignment(piece: Piece): string {
  if (piece.tabStop) return piece.tabStop.kind === 'center' ? 'center' : piece.tabStop.kind;
  return piece.entry.paragraph.format.alignment;
}
