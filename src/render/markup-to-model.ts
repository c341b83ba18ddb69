// Template output (a small HTML-like markup, see templates/ke-hoach.hbs) → the document model.
// htmlparser2 reads it; entities decode back to exactly what the plan said.
import { TODO_MARKER } from '../validate/rules/todo-left.js';
import { parseDocument } from 'htmlparser2';
import { topLevelChunks, type Chunk } from './markup-chunks.js';
import { RecentMap } from '../cache/recent-map.js';
import { deepFreeze } from '../cache/deep-freeze.js';
import type { ChildNode, Element } from 'domhandler';
import type {
  Appendix,
  Block,
  CellAlign,
  DocumentModel,
  Line,
  ParagraphRole,
  TableBlock,
  TableCell,
  TableRow,
  TextRun,
} from '../model/document.js';

/** Template output parplan cannot make a document of (PP303): what it held, and its name. */
export class MarkupError extends Error {
  constructor(
    readonly why: 'unknown-element' | 'missing-part' | 'unknown-class',
    /** The element's name, or the paragraph's class. */
    readonly element: string,
    message: string,
  ) {
    super(message);
  }
}

const PARAGRAPH_CLASSES: Record<string, ParagraphRole> = {
  'can-cu': 'basis',
  doan: 'body',
  gach: 'bullet',
  cong: 'subbullet',
  'ghi-chu': 'note',
  'ket-thuc': 'closing',
  nhan: 'label',
};
const HEADINGS: Record<string, ParagraphRole> = { h1: 'heading1', h2: 'heading2', h3: 'heading3', h4: 'heading4' };
const PARTS = new Set([
  'du-thao', 'co-quan-chu-quan', 'co-quan-ban-hanh', 'so', 'khan', 'luu-hanh', 'quoc-hieu', 'tieu-ngu',
  'dia-danh-ngay', 'ten-loai', 'trich-yeu', 'noi-nhan', 'nguoi-ky',
]);
const ALIGN: Record<string, CellAlign> = { giua: 'center', trai: 'left', phai: 'right', deu: 'justify' };

const PARSE_OPTIONS = { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true } as const;

/** What a top-level element of the markup is: a block of the body, an appendix, or a part of the
 * header or closing block (read later by name). */
type TopLevel = { kind: 'block'; block: Block } | { kind: 'appendix'; appendix: Appendix } | { kind: 'part'; name: string; element: Element };

function readTopLevel(nodes: ChildNode[]): TopLevel[] {
  return elements(nodes).map((node): TopLevel => {
    const block = toBlock(node);
    if (block) return { kind: 'block', block };
    if (node.name === 'phu-luc') return { kind: 'appendix', appendix: toAppendix(node) };
    if (PARTS.has(node.name)) return { kind: 'part', name: node.name, element: node };
    throw new MarkupError('unknown-element', node.name, `unknown element <${node.name}> in the template output`);
  });
}

/**
 * Each top-level element's reading, by the element's exact text (markup-chunks.ts): the blocks a
 * batch's units share with their base plan, or that an edit did not touch, are parsed once. What is
 * kept is frozen, so a model that shares it cannot change another's. Bounded: what no recent
 * document used goes (RecentMap: a batch's units each bring a few pieces of their own, which must
 * not push out the base plan's).
 */
const MAX_KEPT = 4096;
const kept = new RecentMap<string, readonly TopLevel[]>(MAX_KEPT);

function keep(chunk: string, read: TopLevel[]): readonly TopLevel[] {
  return kept.set(chunk, freeze(read));
}

/** An appendix's children, each element's reading kept by its text: the appendix of each unit of a
 * batch differs in its "(Kèm theo Kế hoạch … của <unit>)" line only, and its table is the base's. */
const keptChildren = new RecentMap<string, { elements: Element[]; blocks: readonly (Block | undefined)[] }>(MAX_KEPT);
const APPENDIX_OPEN = /^<phu-luc(?:\s[^<>]*)?>/;
const APPENDIX_CLOSE = '</phu-luc>';

/** A <phu-luc> element read child by child, or undefined when its content cannot be cut (markup-chunks.ts). */
function readAppendixChunk(text: string): TopLevel[] | undefined {
  const open = APPENDIX_OPEN.exec(text)?.[0];
  if (open === undefined || !text.endsWith(APPENDIX_CLOSE)) return undefined;
  const inner = topLevelChunks(text.slice(open.length, text.length - APPENDIX_CLOSE.length), (child) => keptChildren.get(child));
  if (inner === undefined) return undefined;
  const shell = elements(parseDocument(open + APPENDIX_CLOSE, PARSE_OPTIONS).children)[0];
  if (shell?.name !== 'phu-luc') return undefined;
  const children: Element[] = [];
  const blocks: (Block | undefined)[] = [];
  for (const chunk of inner) {
    let read = chunk.known ?? keptChildren.get(chunk.text);
    if (read === undefined) {
      const own = elements(parseDocument(chunk.text, PARSE_OPTIONS).children);
      read = keptChildren.set(chunk.text, { elements: own, blocks: freeze(own.map((el) => toBlock(el))) });
    }
    children.push(...read.elements);
    blocks.push(...read.blocks);
  }
  return [{ kind: 'appendix', appendix: appendixOf(shell.attribs.huong, children, (_, i) => blocks[i]) }];
}

/** Each chunk's reading: from what was kept, else parsed. When most are new (a first render), the
 * whole markup is parsed once and its elements shared out by where they start: one parser run
 * cost a cold render far less than a hundred small ones. */
function readChunks(markup: string, chunks: Chunk<readonly TopLevel[]>[]): (readonly TopLevel[])[] {
  const found = chunks.map((chunk) => chunk.known ?? kept.get(chunk.text));
  const missing = found.filter((read) => read === undefined).length;
  if (missing > chunks.length / 4) {
    const nodes = elements(parseDocument(markup, { ...PARSE_OPTIONS, withStartIndices: true }).children);
    let n = 0;
    chunks.forEach((chunk, i) => {
      const end = chunk.start + chunk.text.length;
      const own: Element[] = [];
      while (n < nodes.length && (nodes[n]!.startIndex ?? 0) < end) own.push(nodes[n++]!);
      found[i] ??= keep(chunk.text, readTopLevel(own));
    });
  } else {
    chunks.forEach((chunk, i) => {
      found[i] ??= keep(chunk.text, readAppendixChunk(chunk.text) ?? readTopLevel(parseDocument(chunk.text, PARSE_OPTIONS).children));
    });
  }
  return found.map((read) => read ?? []);
}

/**
 * An element's reading kept by its text, or a new appendix read child by child: a batch's every
 * unit has an appendix of its own (its "(Kèm theo Kế hoạch … của <unit>)" line), and reading it here
 * spares the tag-by-tag scan of its table that topLevelChunks makes of an element it does not know
 * (most of a unit's markup reading, issue 12). An appendix whose content cuts into elements is well
 * formed as a whole (readAppendixChunk), which is what that scan would have checked.
 */
function knownOrAppendix(text: string): readonly TopLevel[] | undefined {
  const read = kept.get(text);
  if (read !== undefined || !text.startsWith('<phu-luc')) return read;
  const appendix = readAppendixChunk(text);
  return appendix === undefined ? undefined : keep(text, appendix);
}

/** A part's DOM element (linked to its parent and siblings) is left as it is: it is only read. */
const isDomNode = (value: object): boolean => 'type' in value && 'parent' in value;
const freeze = <T>(value: T): T => deepFreeze(value, isDomNode);

/**
 * The last markup's top-level elements and their readings, in order. A batch's next unit has the
 * same elements in the same places but for a few, and comparing an element's text with the one in
 * its place (equal texts are compared as memory; texts of other lengths at once) spares hashing each
 * new text to look it up among the kept (0.1-0.2 ms a unit, issue 12). The reading is the one kept
 * for that text either way.
 */
let previous: readonly { text: string; read: readonly TopLevel[] }[] = [];

function knownInPlace(text: string, index: number): readonly TopLevel[] | undefined {
  const before = previous[index];
  if (before !== undefined && before.text === text) return before.read;
  return kept.size === 0 ? kept.get(text) : knownOrAppendix(text);
}

/** `reuse: false` parses the whole markup at once, keeping nothing (the tests hold both ways equal). */
export function markupToModel(markup: string, properties: DocumentModel['properties'], options: { reuse?: boolean } = {}): DocumentModel {
  // A process's first markup is parsed whole (readChunks): reading its appendix apart then would
  // only add parser runs (7–9 ms of a cold render, measured).
  const chunks = options.reuse === false ? undefined : topLevelChunks(markup, knownInPlace);
  let items: readonly TopLevel[];
  if (chunks === undefined) items = readTopLevel(parseDocument(markup, PARSE_OPTIONS).children);
  else {
    const reads = readChunks(markup, chunks);
    previous = chunks.map((chunk, i) => ({ text: chunk.text, read: reads[i]! }));
    items = reads.flat();
  }
  const parts = new Map<string, Element>();
  const body: Block[] = [];
  const appendices: Appendix[] = [];
  for (const item of items) {
    if (item.kind === 'block') body.push(item.block);
    else if (item.kind === 'appendix') appendices.push(item.appendix);
    else parts.set(item.name, item.element);
  }
  const part = (name: string): Element => {
    const el = parts.get(name);
    if (!el) throw new MarkupError('missing-part', name, `the template produced no <${name}>`);
    return el;
  };
  const optional = (name: string): Line | undefined => {
    const el = parts.get(name);
    return el ? inline(el.children) : undefined;
  };
  const recipients = part('noi-nhan');
  const signer = part('nguoi-ky');
  const drafter = childrenNamed(recipients, 'nguoi-soan')[0];
  const urgency = optional('khan');
  const circulation = optional('luu-hanh');
  const draft = optional('du-thao');
  return {
    header: {
      parentAgency: lines(parts.get('co-quan-chu-quan')),
      issuer: lines(part('co-quan-ban-hanh')),
      number: inline(part('so').children),
      nationalTitle: inline(part('quoc-hieu').children),
      motto: inline(part('tieu-ngu').children),
      placeAndDate: inline(part('dia-danh-ngay').children),
      ...(urgency ? { urgency } : {}),
      ...(circulation ? { circulation } : {}),
      ...(draft ? { draft } : {}),
    },
    title: { type: inline(part('ten-loai').children), subject: lines(part('trich-yeu')) },
    body,
    recipients: {
      label: inline(childrenNamed(recipients, 'nhan-de')[0]?.children ?? []),
      lines: childrenNamed(recipients, 'dong').map((d) => inline(d.children)),
    },
    signer: {
      titleLines: childrenNamed(signer, 'chuc-danh').map((d) => inline(d.children)),
      name: inline(childrenNamed(signer, 'ho-ten')[0]?.children ?? []),
    },
    ...(drafter ? { drafter: inline(drafter.children) } : {}),
    appendices,
    properties,
  };
}

function elements(nodes: ChildNode[]): Element[] {
  return nodes.filter((n): n is Element => n.type === 'tag');
}

function childrenNamed(el: Element, name: string): Element[] {
  return elements(el.children).filter((c) => c.name === name);
}

function lines(el: Element | undefined): Line[] {
  return el ? childrenNamed(el, 'dong').map((d) => inline(d.children)) : [];
}

function toBlock(el: Element): Block | undefined {
  if (el.name === 'p') {
    const role = PARAGRAPH_CLASSES[el.attribs.class ?? 'doan'];
    if (!role) throw new MarkupError('unknown-class', String(el.attribs.class), `unknown paragraph class "${el.attribs.class}"`);
    return { kind: 'paragraph', role, runs: inline(el.children) };
  }
  const heading = HEADINGS[el.name];
  if (heading) return { kind: 'paragraph', role: heading, runs: inline(el.children) };
  if (el.name === 'table') return toTable(el);
  return undefined;
}

function toTable(el: Element): TableBlock {
  const colgroup = childrenNamed(el, 'colgroup')[0];
  const columnWidths = colgroup ? childrenNamed(colgroup, 'col').map((c) => Number(c.attribs.width ?? 1)) : [];
  const rowEls = elements(el.children).flatMap((c) => (c.name === 'tr' ? [c] : c.name === 'tbody' || c.name === 'thead' ? childrenNamed(c, 'tr') : []));
  const rows: TableRow[] = rowEls.map((tr) => {
    const kind = tr.attribs.class ?? '';
    const cells: TableCell[] = elements(tr.children)
      .filter((c) => c.name === 'td' || c.name === 'th')
      .map((td) => {
        const paragraphs = childrenNamed(td, 'p');
        const align = ALIGN[td.attribs.class ?? ''];
        const colSpan = Number(td.attribs.colspan ?? 1);
        const rowSpan = Number(td.attribs.rowspan ?? 1);
        return {
          paragraphs: paragraphs.length > 0 ? paragraphs.map((p) => inline(p.children)) : [inline(td.children)],
          ...(colSpan > 1 ? { colSpan } : {}),
          ...(rowSpan > 1 ? { rowSpan } : {}),
          ...(align ? { align } : {}),
        };
      });
    return { cells, ...(kind === 'tieu-de' ? { header: true } : {}), ...(kind === 'tong' ? { total: true } : {}), ...(kind === 'nhom' ? { group: true } : {}) };
  });
  const width = columnWidths.length > 0 ? columnWidths : Array.from({ length: rows[0]?.cells.length ?? 1 }, () => 1);
  return { kind: 'table', columnWidths: width, rows };
}

function toAppendix(el: Element): Appendix {
  return appendixOf(el.attribs.huong, elements(el.children), (child) => toBlock(child));
}

/** An appendix from its <phu-luc>'s `huong` and child elements; `blockOf` reads a child as a block. */
function appendixOf(huong: string | undefined, children: Element[], blockOf: (child: Element, index: number) => Block | undefined): Appendix {
  const named = (name: string): Element | undefined => children.find((c) => c.name === name);
  return {
    orientation: huong === 'doc' ? 'portrait' : 'landscape',
    label: inline(named('nhan')?.children ?? []),
    title: lines(named('ten')),
    attachedTo: inline(named('kem-theo')?.children ?? []),
    blocks: children.flatMap((c, i) => blockOf(c, i) ?? []),
  };
}

/** Inline content → runs; template line breaks and indentation fold to one space, other spaces stay
 * (the blanks of "Số:      /KH-STNMT" keep their width). */
function inline(nodes: ChildNode[], style: { bold?: boolean; italic?: boolean } = {}): Line {
  const runs: TextRun[] = [];
  const walk = (list: ChildNode[], s: { bold?: boolean; italic?: boolean }) => {
    for (const n of list) {
      if (n.type === 'text') {
        const text = n.data.includes('\n') ? n.data.replace(/[ \t]*\r?\n[ \t]*/g, ' ') : n.data;
        if (text) runs.push({ text, ...(s.bold ? { bold: true } : {}), ...(s.italic ? { italic: true } : {}) });
      } else if (n.type === 'tag' && n.name === 'chu-thich') {
        // A footnote: its reference mark stands here, its text goes to the page foot.
        runs.push({ text: '', footnote: [inline(n.children)] });
      } else if (n.type === 'tag') {
        const bold = s.bold || n.name === 'strong' || n.name === 'b';
        const italic = s.italic || n.name === 'em' || n.name === 'i';
        walk(n.children, { ...(bold ? { bold } : {}), ...(italic ? { italic } : {}) });
      }
    }
  };
  walk(nodes, style);
  return trimRuns(mergeRuns(runs).flatMap(markTodo));
}

/** The TODO markers parplan init leaves (the same word PP290 counts) become highlighted runs. */
function markTodo(run: TextRun): TextRun[] {
  if (!run.text.includes('TODO')) return [run];
  const out: TextRun[] = [];
  let from = 0;
  for (const m of run.text.matchAll(TODO_MARKER)) {
    if (m.index > from) out.push({ ...run, text: run.text.slice(from, m.index) });
    out.push({ ...run, text: m[0], highlight: true });
    from = m.index + m[0].length;
  }
  if (from < run.text.length) out.push({ ...run, text: run.text.slice(from) });
  return out;
}



function mergeRuns(runs: TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && !last.footnote && !r.footnote && !!last.bold === !!r.bold && !!last.italic === !!r.italic) last.text += r.text;
    else out.push({ ...r });
  }
  return out;
}

const EDGE_SPACE = /^[ \t\r\n]$/;

function trimRuns(runs: TextRun[]): TextRun[] {
  const first = runs[0];
  if (first && EDGE_SPACE.test(first.text[0] ?? '')) first.text = first.text.replace(/^[ \t\r\n]+/, '');
  const last = runs[runs.length - 1];
  if (last && EDGE_SPACE.test(last.text[last.text.length - 1] ?? '')) last.text = last.text.replace(/[ \t\r\n]+$/, '');
  return runs.filter((r) => r.text !== '' || r.footnote !== undefined);
}
