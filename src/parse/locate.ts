// A JSON Pointer into a plan → the line:column of its YAML node, so every problem points at the
// text a clerk has to change. A missing node points at its nearest existing parent (a missing key
// at the map that lacks it).
import { isMap, isPair, isScalar, isSeq, Scalar, type Document, type LineCounter, type Node } from 'yaml';

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

export function makeLocate(doc: Document | undefined, source: string, lineCounter: LineCounter): Locate {
  const at = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  return (pointer, which = 'value', offset) => {
    if (!doc) return { line: 1, column: 1 };
    const found = findNode(doc, pointer, which);
    if (offset !== undefined && offset > 0 && isScalar(found.node) && typeof found.node.value === 'string' && found.node.range) {
      const inside = offsetInScalar(found.node, source, offset);
      if (inside !== undefined) return at(inside);
    }
    return found.start === undefined ? { line: 1, column: 1 } : at(found.start);
  };
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
function offsetInScalar(node: Scalar, source: string, offset: number): number | undefined {
  const value = node.value as string;
  if (offset >= value.length) return undefined;
  const [start, end] = node.range!;
  let j = start;
  if (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) {
    if (node.type === Scalar.QUOTE_DOUBLE && source.slice(start, end).includes('\\')) return undefined;
    j++;
  } else if (node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL) {
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
