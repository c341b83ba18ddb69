// A story's blocks (the body, a header, a footnote, a text box, a table cell): paragraphs with their
// runs, tabs, breaks, fields, note references and drawings; tables with gridSpan/vMerge. Tracked
// changes are taken as accepted (insertions in, deletions out) and counted; comments are counted and
// left out; content controls, smart tags and hyperlinks are read through.
import { readDrawing, readVml } from './drawings.js';
import { bulletText, type Numberer } from './numbering.js';
import { readBorders, readParagraphProps, readRunProps, alignmentOf, twips, type RunProps } from './properties.js';
import { resolveParagraph, resolveRunProps, finish, styleNumbering, type StyleSheet } from './styles.js';
import type { Block, Inline, Paragraph, RunFormat, Table, TableCell, TableRow } from './types.js';
import { attr, child, children, descendants, numAttr, onOff, path, type XmlElement } from './xml.js';

export interface ReadStats {
  insertions: number;
  deletions: number;
  moves: number;
  formatChanges: number;
  comments: number;
  /** Content left out, by kind ("altChunk", "object", "chart"). */
  ignored: Map<string, number>;
}

export function newStats(): ReadStats {
  return { insertions: 0, deletions: 0, moves: 0, formatChanges: 0, comments: 0, ignored: new Map() };
}

interface Field {
  instr: string;
  phase: 'instr' | 'result';
  result: string;
}

export interface StoryContext {
  sheet: StyleSheet;
  numberer: Numberer;
  stats: ReadStats;
  notes: { footnote: number; endnote: number };
  /** Called for each paragraph with a w:sectPr (the body's section breaks). */
  onSectionBreak?: (sectPr: XmlElement) => void;
  section: () => number;
  /** Field names met in this story (PAGE, NUMPAGES …). */
  fieldNames: string[];
}

interface Scope {
  inTable: boolean;
  tableStyleId?: string;
}

interface ParagraphState {
  ctx: StoryContext;
  scope: Scope;
  styleId?: string;
  inlines: Inline[];
  fields: Field[];
}

const ignore = (ctx: StoryContext, kind: string) => ctx.stats.ignored.set(kind, (ctx.stats.ignored.get(kind) ?? 0) + 1);

/** mc:AlternateContent: the Choice when it holds DrawingML or WordprocessingML we read, else the Fallback. */
function chooseAlternate(el: XmlElement): XmlElement[] {
  const choice = child(el, 'mc:Choice');
  const fallback = child(el, 'mc:Fallback');
  const readable = choice && choice.children.some((c) => c.name.startsWith('w:') || c.name.startsWith('wp'));
  return (readable ? choice : (fallback ?? choice))?.children ?? [];
}

function runText(state: ParagraphState, text: string, format: RunFormat) {
  if (text === '' || format.hidden) return;
  for (const f of state.fields) if (f.phase === 'result') f.result += text;
  const last = state.inlines[state.inlines.length - 1];
  if (last?.type === 'text' && sameFormat(last.format, format)) last.text += text;
  else state.inlines.push({ type: 'text', text, format });
}

function sameFormat(a: RunFormat, b: RunFormat): boolean {
  if (a === b) return true;
  return (
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.underline === b.underline &&
    a.strike === b.strike &&
    a.caps === b.caps &&
    a.smallCaps === b.smallCaps &&
    a.sizePt === b.sizePt &&
    a.vertAlign === b.vertAlign &&
    a.color === b.color &&
    a.fonts.ascii === b.fonts.ascii &&
    a.fonts.hAnsi === b.fonts.hAnsi &&
    a.fonts.cs === b.fonts.cs &&
    a.fonts.eastAsia === b.fonts.eastAsia &&
    a.styleId === b.styleId
  );
}

function inInstruction(state: ParagraphState): boolean {
  const top = state.fields[state.fields.length - 1];
  return top !== undefined && top.phase === 'instr';
}

function readRun(r: XmlElement, state: ParagraphState) {
  const { ctx, scope } = state;
  const rPr = child(r, 'w:rPr');
  if (child(rPr, 'w:rPrChange')) ctx.stats.formatChanges++;
  const direct: RunProps = readRunProps(rPr);
  const format = finish(ctx.sheet, resolveRunProps(ctx.sheet, state.styleId, direct, scope.inTable, scope.tableStyleId));
  for (const c of r.children) readRunChild(c, state, format);
}

function readRunChild(c: XmlElement, state: ParagraphState, format: RunFormat) {
  const { ctx } = state;
  switch (c.name) {
    case 'w:t':
      if (!inInstruction(state)) runText(state, c.text, format);
      return;
    case 'w:instrText': {
      const top = state.fields[state.fields.length - 1];
      if (top) top.instr += c.text;
      return;
    }
    case 'w:fldChar': {
      const type = attr(c, 'w:fldCharType');
      if (type === 'begin') state.fields.push({ instr: '', phase: 'instr', result: '' });
      else if (type === 'separate') {
        const top = state.fields[state.fields.length - 1];
        if (top) top.phase = 'result';
      } else if (type === 'end') {
        const f = state.fields.pop();
        if (f) pushField(state, f.instr, f.result);
      }
      return;
    }
    case 'w:tab':
    case 'w:ptab':
      if (!inInstruction(state) && !format.hidden) state.inlines.push({ type: 'tab', format });
      return;
    case 'w:br': {
      if (inInstruction(state)) return;
      const type = attr(c, 'w:type');
      state.inlines.push({ type: 'break', kind: type === 'page' ? 'page' : type === 'column' ? 'column' : 'line' });
      return;
    }
    case 'w:cr':
      state.inlines.push({ type: 'break', kind: 'line' });
      return;
    case 'w:noBreakHyphen':
      runText(state, '-', format);
      return;
    case 'w:sym': {
      const code = parseInt(attr(c, 'w:char') ?? '', 16);
      if (Number.isFinite(code)) runText(state, bulletText(String.fromCharCode(code)), format);
      return;
    }
    case 'w:footnoteReference':
    case 'w:endnoteReference': {
      const note = c.name === 'w:footnoteReference' ? 'footnote' : 'endnote';
      const id = attr(c, 'w:id') ?? '';
      const customMark = attr(c, 'w:customMarkFollows');
      const custom = customMark !== undefined && !['0', 'false', 'off'].includes(customMark);
      const number = custom ? 0 : ++ctx.notes[note];
      state.inlines.push({ type: 'noteRef', note, id, number, format });
      return;
    }
    case 'w:drawing':
      state.inlines.push({ type: 'drawing', drawing: readDrawing(c, (els) => readBlocks(els, ctx, state.scope)) });
      return;
    case 'w:pict':
      for (const drawing of readVml(c, (els) => readBlocks(els, ctx, state.scope))) state.inlines.push({ type: 'drawing', drawing });
      return;
    case 'w:object':
      ignore(ctx, 'object');
      return;
    case 'mc:AlternateContent':
      for (const alt of chooseAlternate(c)) readRunChild(alt, state, format);
      return;
    case 'w:commentReference':
      ctx.stats.comments++;
      return;
    case 'w:delText':
    case 'w:delInstrText':
      return;
    default:
      return;
  }
}

function pushField(state: ParagraphState, instr: string, result: string) {
  const name = (instr.trim().split(/\s+/)[0] ?? '').toUpperCase();
  state.inlines.push({ type: 'field', instr: instr.trim(), name, result });
  if (name) state.ctx.fieldNames.push(name);
}

function readInlines(elements: XmlElement[], state: ParagraphState) {
  const { ctx } = state;
  for (const el of elements) {
    switch (el.name) {
      case 'w:r':
        readRun(el, state);
        break;
      case 'w:ins':
        ctx.stats.insertions++;
        readInlines(el.children, state);
        break;
      case 'w:moveTo':
        ctx.stats.moves++;
        readInlines(el.children, state);
        break;
      case 'w:del':
        ctx.stats.deletions++;
        break;
      case 'w:moveFrom':
        ctx.stats.moves++;
        break;
      case 'w:hyperlink':
      case 'w:smartTag':
      case 'w:customXml':
      case 'w:dir':
      case 'w:bdo':
        readInlines(el.children, state);
        break;
      case 'w:sdt':
        readInlines(child(el, 'w:sdtContent')?.children ?? [], state);
        break;
      case 'w:fldSimple': {
        const field: Field = { instr: attr(el, 'w:instr') ?? '', phase: 'result', result: '' };
        state.fields.push(field);
        readInlines(el.children, state);
        state.fields.pop();
        pushField(state, field.instr, field.result);
        break;
      }
      case 'w:commentRangeStart':
        ctx.stats.comments++;
        break;
      case 'm:oMathPara':
      case 'm:oMath': {
        const text = descendants(el, 'm:t').map((t) => t.text).join('');
        const base = finish(ctx.sheet, resolveRunProps(ctx.sheet, state.styleId, {}, state.scope.inTable, state.scope.tableStyleId));
        runText(state, text, base);
        break;
      }
      case 'mc:AlternateContent':
        readInlines(chooseAlternate(el), state);
        break;
      default:
        break;
    }
  }
}

export function paragraphText(inlines: Inline[]): string {
  let text = '';
  for (const i of inlines) {
    if (i.type === 'text') text += i.text;
    else if (i.type === 'tab') text += '\t';
    else if (i.type === 'break' && i.kind === 'line') text += '\n';
  }
  return text;
}

/** Inlines carried over from paragraphs whose mark was deleted (tracked): they join the next one. */
const carried = new WeakMap<StoryContext, Inline[]>();

function readParagraph(p: XmlElement, ctx: StoryContext, scope: Scope): Paragraph | undefined {
  const pPr = child(p, 'w:pPr');
  if (child(pPr, 'w:pPrChange')) ctx.stats.formatChanges++;
  const direct = readParagraphProps(pPr);
  const fromStyle = direct.numId === undefined ? styleNumbering(ctx.sheet, direct.styleId) : {};
  const numId = direct.numId ?? fromStyle.numId;
  const ilvl = direct.ilvl ?? fromStyle.ilvl ?? 0;
  const level = numId !== undefined && numId !== '0' ? ctx.numberer.level(numId, ilvl) : undefined;
  const resolved = resolveParagraph(ctx.sheet, direct, {
    inTable: scope.inTable,
    ...(scope.tableStyleId !== undefined ? { tableStyleId: scope.tableStyleId } : {}),
    ...(level ? { numbering: { pPr: level.pPr, rPr: level.rPr } } : {}),
  });
  const state: ParagraphState = { ctx, scope, inlines: carried.get(ctx) ?? [], fields: [], ...(resolved.styleId !== undefined ? { styleId: resolved.styleId } : {}) };
  carried.delete(ctx);
  readInlines(p.children, state);
  // Fields left open at the paragraph's end (a TOC spans paragraphs) close here for our purposes.
  while (state.fields.length) {
    const f = state.fields.pop()!;
    pushField(state, f.instr, f.result);
  }
  const markProps = readRunProps(path(pPr, 'w:rPr'));
  const markDirect = { ...markProps };
  delete markDirect.styleId;
  const markFormat = finish(ctx.sheet, resolveRunProps(ctx.sheet, resolved.styleId, markDirect, scope.inTable, scope.tableStyleId));
  const markInserted = path(pPr, 'w:rPr', 'w:ins') !== undefined;
  if (markInserted) ctx.stats.insertions++;
  const sectPr = child(pPr, 'w:sectPr');
  if (path(pPr, 'w:rPr', 'w:del') && !sectPr) {
    // The paragraph mark was deleted: accepting it joins this paragraph's text to the next.
    ctx.stats.deletions++;
    carried.set(ctx, state.inlines);
    return undefined;
  }
  const style = resolved.styleId !== undefined ? ctx.sheet.styles.get(resolved.styleId) : undefined;
  const paragraph: Paragraph = {
    kind: 'paragraph',
    ...(resolved.styleId !== undefined ? { styleId: resolved.styleId } : {}),
    ...(style?.name !== undefined ? { styleName: style.name } : {}),
    inlines: state.inlines,
    text: paragraphText(state.inlines),
    format: resolved.format,
    markFormat,
    section: ctx.section(),
  };
  if (numId !== undefined && level) {
    const label = ctx.numberer.next(numId, ilvl);
    if (label) {
      const labelFormat = finish(ctx.sheet, { ...resolveRunProps(ctx.sheet, resolved.styleId, markDirect, scope.inTable, scope.tableStyleId), ...level.rPr });
      paragraph.number = { text: label.text, level: ilvl, numFmt: label.numFmt, isBullet: label.isBullet, numId, suffix: label.suffix, format: labelFormat };
    }
  }
  if (sectPr) ctx.onSectionBreak?.(sectPr);
  return paragraph;
}

function cellWidth(tcW: XmlElement | undefined): { widthPt?: number; widthType?: string } {
  const type = attr(tcW, 'w:type');
  const w = numAttr(tcW, 'w:w');
  if (w === undefined) return type ? { widthType: type } : {};
  if (type === 'pct') return { widthPt: attr(tcW, 'w:w')?.endsWith('%') ? w : w / 50, widthType: 'pct' };
  return { widthPt: twips(w), widthType: type ?? 'dxa' };
}

/** Rows of a table, read through content controls (w:sdt) and custom XML around rows and cells. */
function rowsOf(elements: XmlElement[], name: 'w:tr' | 'w:tc'): XmlElement[] {
  const out: XmlElement[] = [];
  for (const el of elements) {
    if (el.name === name) out.push(el);
    else if (el.name === 'w:sdt') out.push(...rowsOf(child(el, 'w:sdtContent')?.children ?? [], name));
    else if (el.name === 'w:customXml') out.push(...rowsOf(el.children, name));
  }
  return out;
}

function readTable(tbl: XmlElement, ctx: StoryContext): Table {
  const tblPr = child(tbl, 'w:tblPr');
  const styleId = attr(child(tblPr, 'w:tblStyle'), 'w:val');
  const scope: Scope = { inTable: true, ...(styleId !== undefined ? { tableStyleId: styleId } : {}) };
  const grid = children(child(tbl, 'w:tblGrid'), 'w:gridCol').map((g) => twips(numAttr(g, 'w:w') ?? 0));
  const rows: TableRow[] = [];
  for (const tr of rowsOf(tbl.children, 'w:tr')) {
    const trPr = child(tr, 'w:trPr');
    if (child(trPr, 'w:del')) {
      ctx.stats.deletions++;
      continue;
    }
    if (child(trPr, 'w:ins')) ctx.stats.insertions++;
    let column = numAttr(child(trPr, 'w:gridBefore'), 'w:val') ?? 0;
    const cells: TableCell[] = [];
    for (const tc of rowsOf(tr.children, 'w:tc')) {
      const tcPr = child(tc, 'w:tcPr');
      const gridSpan = Math.max(1, numAttr(child(tcPr, 'w:gridSpan'), 'w:val') ?? 1);
      const vMergeEl = child(tcPr, 'w:vMerge');
      const vMerge = vMergeEl ? (attr(vMergeEl, 'w:val') === 'restart' ? 'restart' : 'continue') : undefined;
      const hMerge = attr(child(tcPr, 'w:hMerge'), 'w:val');
      const vAlign = attr(child(tcPr, 'w:vAlign'), 'w:val');
      const shading = attr(child(tcPr, 'w:shd'), 'w:fill');
      const cell: TableCell = {
        gridColumn: column,
        gridSpan,
        ...(vMerge ? { vMerge } : {}),
        rowSpan: vMerge === 'continue' ? 0 : 1,
        ...cellWidth(child(tcPr, 'w:tcW')),
        ...(vAlign ? { vAlign } : {}),
        borders: readBorders(child(tcPr, 'w:tcBorders')),
        ...(shading && shading !== 'auto' ? { shading } : {}),
        blocks: readBlocks(tc.children, ctx, scope),
      };
      column += gridSpan;
      // Legacy horizontal merge (w:hMerge): a "continue" cell widens the cell before it.
      const previous = cells[cells.length - 1];
      if (hMerge === 'continue' && previous) {
        previous.gridSpan += gridSpan;
        previous.blocks.push(...cell.blocks.filter((b) => b.kind !== 'paragraph' || b.text !== ''));
        continue;
      }
      cells.push(cell);
    }
    const height = numAttr(child(trPr, 'w:trHeight'), 'w:val');
    rows.push({
      cells,
      header: onOff(child(trPr, 'w:tblHeader')) ?? false,
      cantSplit: onOff(child(trPr, 'w:cantSplit')) ?? false,
      ...(height !== undefined ? { heightPt: twips(height) } : {}),
    });
  }
  // Row spans: a restart cell covers the rows below whose cell at its column continues it.
  rows.forEach((row, r) => {
    for (const cell of row.cells) {
      if (cell.vMerge !== 'restart') continue;
      let span = 1;
      for (let below = r + 1; below < rows.length; below++) {
        const next = rows[below]!.cells.find((c) => c.gridColumn === cell.gridColumn);
        if (next?.vMerge !== 'continue') break;
        span++;
      }
      cell.rowSpan = span;
    }
  });
  const tblW = child(tblPr, 'w:tblW');
  const width = cellWidth(tblW);
  const alignment = alignmentOf(child(tblPr, 'w:jc'));
  return {
    kind: 'table',
    ...(styleId !== undefined ? { styleId } : {}),
    grid,
    ...width,
    ...(alignment ? { alignment } : {}),
    borders: readBorders(child(tblPr, 'w:tblBorders')),
    rows,
    section: ctx.section(),
  };
}

/** Blocks of a story: paragraphs and tables, through content controls and custom XML. */
export function readBlocks(elements: XmlElement[], ctx: StoryContext, scope: Scope = { inTable: false }): Block[] {
  const out: Block[] = [];
  for (const el of elements) {
    switch (el.name) {
      case 'w:p': {
        const p = readParagraph(el, ctx, scope);
        if (p) out.push(p);
        break;
      }
      case 'w:tbl':
        out.push(readTable(el, ctx));
        break;
      case 'w:sdt':
        out.push(...readBlocks(child(el, 'w:sdtContent')?.children ?? [], ctx, scope));
        break;
      case 'w:customXml':
      case 'w:ins':
      case 'w:moveTo':
        out.push(...readBlocks(el.children, ctx, scope));
        break;
      case 'w:del':
      case 'w:moveFrom':
        ctx.stats.deletions++;
        break;
      case 'w:altChunk':
        ignore(ctx, 'altChunk');
        break;
      case 'mc:AlternateContent':
        out.push(...readBlocks(chooseAlternate(el), ctx, scope));
        break;
      default:
        break;
    }
  }
  return out;
}
