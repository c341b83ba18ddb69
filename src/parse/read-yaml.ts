// YAML text → plain data, plus a lookup from a JSON Pointer to the line:column of its node.
import { LineCounter, parseAllDocuments, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { MessageCode } from '../diagnostics/messages.js';

export interface Position {
  line: number;
  column: number;
}

export interface ParsedYaml {
  /** undefined when the YAML could not be read into data. */
  data: unknown;
  diagnostics: Diagnostic[];
  /** Where the node at a JSON Pointer starts; a missing node points at its nearest existing parent.
   * `key` asks for the key of a map entry rather than its value. */
  locate(pointer: string, which?: 'key' | 'value'): Position;
}

/** Limits against hostile input: billion-laughs aliases, absurd nesting. */
const MAX_ALIAS_COUNT = 200;
const MAX_DEPTH = 64;

const YAML_CODES: Record<string, MessageCode> = { DUPLICATE_KEY: 'PP005', TAB_AS_INDENT: 'PP008' };

export function parseYaml(text: string, file: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const push = (code: MessageCode, pos: Position, args: Record<string, string | number> = {}, path = '') =>
    diagnostics.push({ code, severity: 'error', file, line: pos.line, column: pos.column, path, args });

  const list = Array.isArray(docs) ? docs : [];
  const doc = list[0];
  const locate = (pointer: string, which: 'key' | 'value' = 'value'): Position =>
    doc ? locateInDocument(doc, pointer, which, at) : { line: 1, column: 1 };

  if (list.length > 1) push('PP007', at(list[1]!.range[0]));
  for (const d of list) {
    for (const err of d.errors) {
      const code = YAML_CODES[err.code] ?? 'PP004';
      const args = code === 'PP005' ? { key: duplicateKeyName(err.message) } : { detail: err.message.split('\n')[0] ?? err.code };
      push(code, at(err.pos[0]), args);
    }
  }
  if (diagnostics.length > 0 || !doc) {
    if (!doc) push('PP003', { line: 1, column: 1 });
    return { data: undefined, diagnostics, locate };
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    push('PP003', { line: 1, column: 1 });
    return { data: undefined, diagnostics, locate };
  }
  if (!isMap(doc.contents)) {
    const found = isSeq(doc.contents) ? 'list' : 'scalar';
    push('PP006', at(doc.contents.range?.[0] ?? 0), { found: found === 'list' ? 'một danh sách' : 'một giá trị đơn', foundEn: `a ${found}` });
    return { data: undefined, diagnostics, locate };
  }
  const depth = nodeDepth(doc.contents, 0);
  if (depth > MAX_DEPTH) {
    push('PP009', { line: 1, column: 1 }, { detail: `> ${MAX_DEPTH}` });
    return { data: undefined, diagnostics, locate };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    push('PP009', { line: 1, column: 1 }, { detail: e instanceof Error ? e.message : String(e) });
    return { data: undefined, diagnostics, locate };
  }
  return { data, diagnostics, locate };
}

function duplicateKeyName(message: string): string {
  const m = /key[^"']*["']([^"']+)["']/.exec(message);
  return m?.[1] ?? message.split('\n')[0] ?? '';
}

function nodeDepth(node: unknown, depth: number): number {
  if (depth > MAX_DEPTH) return depth;
  if (isMap(node) || isSeq(node)) {
    let max = depth + 1;
    for (const item of node.items) {
      const child = isPair(item) ? item.value : item;
      max = Math.max(max, nodeDepth(child, depth + 1));
      if (max > MAX_DEPTH) break;
    }
    return max;
  }
  return depth;
}

function decodePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function locateInDocument(doc: Document, pointer: string, which: 'key' | 'value', at: (o: number) => Position): Position {
  let node: unknown = doc.contents;
  let best: Position = { line: 1, column: 1 };
  if (isNodeWithRange(node)) best = at(node.range[0]);
  const segments = decodePointer(pointer);
  for (const [i, seg] of segments.entries()) {
    const last = i === segments.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === seg);
      if (!pair) return best;
      if (isNodeWithRange(pair.key)) best = at(pair.key.range[0]);
      if (last && which === 'key') return best;
      node = pair.value;
      if (isNodeWithRange(node)) best = at(node.range[0]);
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)];
      if (item === undefined) return best;
      node = item;
      if (isNodeWithRange(node)) best = at(node.range[0]);
    } else {
      return best;
    }
  }
  return best;
}

function isNodeWithRange(n: unknown): n is Node & { range: [number, number, number] } {
  return typeof n === 'object' && n !== null && Array.isArray((n as { range?: unknown }).range);
}
