// A JSON Pointer into a plan → the line:column of its YAML node, so every problem points at the
// text a clerk has to change. A missing node points at its nearest existing parent (a missing key
// at the map that lacks it).
import { isMap, isPair, isScalar, isSeq, LineCounter, Scalar, type Document, type Node } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

/** `which: 'key'` asks for the key of a map entry rather than its value; `offset` for a character
 * inside a string value (where the source can be matched to the value, else the value's start). */
export type Locate = (pointer: string, which?: 'key' | 'value', offset?: number) => Position;

export function decodePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The nodes of a plan read by src/parse/read-common-yaml.ts, with the offsets the `yaml` package
 * gives the same nodes: enough to answer every question a Locate is asked. */
export type TreeNode = TreeMap | TreeSeq | TreeScalar;
export interface TreeMap {
  kind: 'map';
  start: number;
  keys: string[];
  keyStarts: number[];
  values: TreeNode[];
}
export interface TreeSeq {
  kind: 'seq';
  start: number;
  items: TreeNode[];
}
export type ScalarStyle = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_FOLDED' | 'BLOCK_LITERAL';
export interface TreeScalar {
  kind: 'scalar';
  style: ScalarStyle;
  start: number;
  end: number;
  value: unknown;
}

export function makeLocate(doc: Document | undefined, source: string, lineCounter: LineCounter): Locate {
  const at = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  return (pointer, which = 'value', offset) => {
    if (!doc) return { line: 1, column: 1 };
    const found = findNode(doc, pointer, which);
    if (offset !== undefined && offset > 0 && isScalar(found.node) && typeof found.node.value === 'string' && found.node.range) {
      const inside = offsetInScalar(found.node.type, found.node.range[0], found.node.range[1], found.node.value, source, offset);
      if (inside !== undefined) return at(inside);
    }
    return found.start === undefined ? { line: 1, column: 1 } : at(found.start);
  };
}

/** The same answers as makeLocate gives for the `yaml` package's document of the same text (the
 * lines are counted only when a position is asked for: most plans are never asked). */
export function makeTreeLocate(root: TreeNode, source: string): Locate {
  let lines: LineCounter | undefined;
  const at = (offset: number): Position => {
    if (lines === undefined) {
      lines = new LineCounter();
      lines.addNewLine(0);
      for (let n = source.indexOf('\n'); n >= 0; n = source.indexOf('\n', n + 1)) lines.addNewLine(n + 1);
    }
    const p = lines.linePos(offset);
    return { line: p.line, column: p.col };
  };
  return (pointer, which = 'value', offset) => {
    const found = findTreeNode(root, pointer, which);
    const node = found.node;
    if (offset !== undefined && offset > 0 && node?.kind === 'scalar' && typeof node.value === 'string') {
      const inside = offsetInScalar(node.style, node.start, node.end, node.value, source, offset);
      if (inside !== undefined) return at(inside);
    }
    return at(found.start);
  };
}

/** findNode's walk, over a TreeNode. */
function findTreeNode(root: TreeNode, pointer: string, which: 'key' | 'value'): { node: TreeNode | undefined; start: number } {
  let node: TreeNode = root;
  let best = root.start;
  const segments = decodePointer(pointer);
  for (const [i, seg] of segments.entries()) {
    if (node.kind === 'map') {
      const k = node.keys.indexOf(seg);
      if (k < 0) return { node: undefined, start: best };
      best = node.keyStarts[k]!;
      if (i === segments.length - 1 && which === 'key') return { node: { kind: 'scalar', style: 'PLAIN', start: best, end: best + seg.length, value: seg }, start: best };
      node = node.values[k]!;
    } else if (node.kind === 'seq') {
      const item: TreeNode | undefined = node.items[Number(seg)];
      if (item === undefined) return { node: undefined, start: best };
      node = item;
    } else {
      return { node: undefined, start: best };
    }
    best = node.start;
  }
  return { node, start: best };
}

function findNode(doc: Document, pointer: string, which: 'key' | 'value'): { node: unknown; start: number | undefined } {
  let node: unknown = doc.contents;
  let best = rangeStart(node);
  const segments = decodePointer(pointer);
  for (const [i, seg] of segments.entries()) {
    const last = i === segments.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === seg);
      if (!pair) return { node: undefined, start: best };
      best = rangeStart(pair.key) ?? best;
      if (last && which === 'key') return { node: pair.key, start: best };
      node = pair.value;
      best = rangeStart(node) ?? best;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)];
      if (item === undefined) return { node: undefined, start: best };
      node = item;
      best = rangeStart(node) ?? best;
    } else {
      return { node: undefined, start: best };
    }
  }
  return { node, start: best };
}

function rangeStart(n: unknown): number | undefined {
  const range = (n as Node | null | undefined)?.range;
  return Array.isArray(range) ? range[0] : undefined;
}

/** Walks the value and its source side by side: folded line breaks and indentation, quotes and
 * block headers are skipped in the source; any other difference (an escape sequence) gives up. */
function offsetInScalar(type: Scalar.Type | undefined, start: number, end: number, value: string, source: string, offset: number): number | undefined {
  if (offset >= value.length) return undefined;
  let j = start;
  if (type === Scalar.QUOTE_DOUBLE || type === Scalar.QUOTE_SINGLE) {
    if (type === Scalar.QUOTE_DOUBLE && source.slice(start, end).includes('\\')) return undefined;
    j++;
  } else if (type === Scalar.BLOCK_FOLDED || type === Scalar.BLOCK_LITERAL) {
    const eol = source.indexOf('\n', start);
    if (eol < 0) return undefined;
    j = eol + 1;
  }
  const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
  let i = 0;
  while (j < end) {
    const v = value[i];
    const s = source[j];
    if (v === s) {
      if (i === offset) return j;
      i++;
      j++;
    } else if ((v === ' ' || v === '\n') && isSpace(s)) {
      if (i === offset) return j;
      while (j < end && isSpace(source[j])) j++;
      i++;
    } else if (isSpace(s) || s === "'") {
      j++;
    } else {
      return undefined;
    }
  }
  return undefined;
}
