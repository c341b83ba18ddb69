// The common form of YAML that plans are written in (block maps of field names, block lists, plain,
// quoted and folded text, one-line flow lists and maps), read in one pass into the same data and the
// same node positions the `yaml` package gives (issue 12: `validate` of 1,000 plans ≤ 1.5 s). The
// `yaml` package builds a document of nodes, about 8 ms for a 35 KB plan; this reads it in well
// under a millisecond.
//
// It declines (undefined) everything outside that form — anchors, aliases, tags, directives, several
// documents, quoted or complex keys, tabs, a BOM, control characters, explicit block indentation,
// kept final line breaks — and every text the full path would report a problem for (duplicate or
// reserved keys, a key that is not text, text that YAML reads as its own syntax, numbers too large
// to be numbers, escapes of characters XML forbids). The caller then reads the text with the `yaml`
// package, which says what is wrong. Declining is always safe; accepting is only allowed where the
// result equals the full path's: test/parse/read-common-yaml.test.ts checks that on every YAML file
// of the repository and on thousands of variants of them.
import { findForbidden } from './scan-text.js';
import type { TreeMap, TreeNode, TreeScalar, TreeSeq } from './locate.js';

export interface CommonYaml {
  data: Record<string, unknown>;
  tree: TreeMap;
  /** The text the positions refer to: the input, with CRLF line ends as LF (lines and columns are the same). */
  source: string;
}

/** Larger texts take the full path. Below it, the data cannot pass MAX_EXPANDED_CHARS without aliases
 * (each node is at least one character of the text, and a value is at most three times its text). */
const MAX_TEXT = 1024 * 1024;
/** Plans nest about 12 deep; the full path reports past 64. */
const MAX_NESTING = 40;
/** The `yaml` package refuses implicit keys past 1024 characters; field names are short. */
const MAX_KEY = 100;

const SPACE = 32;
const NL = 10;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const QUOTE = 34;
const APOSTROPHE = 39;
const BACKSLASH = 92;

/** What the text as a whole must not hold for this reader: tab, BOM, controls (one character class,
 * the quick test); lone surrogates, CR not before LF, and lines left to the full path (directives,
 * document markers) are tested apart, each in a way that is quick on a plan. */
const OUTSIDE_CHARACTER = /[\t\uFEFF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MARKER_LINE = /^(?:---|\.\.\.|%)/m;

function outsideText(text: string): boolean {
  if (OUTSIDE_CHARACTER.test(text)) return true;
  const wellFormed = (text as { isWellFormed?: () => boolean }).isWellFormed;
  if (typeof wellFormed === 'function' ? !wellFormed.call(text) : LONE_SURROGATE.test(text)) return true;
  if ((text.includes('\n-') || text.includes('\n.') || text.includes('\n%') || /^[-.%]/.test(text)) && MARKER_LINE.test(text)) return true;
  return text.includes('\r') && /\r(?!\n)/.test(text);
}
/** A field name's characters (every plan key is one): A-Z, a-z, 0-9, _. NaN past the end is none. */
const isKeyChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
/** Field names YAML reads as something other than text (null, a boolean; a number starts with a
 * digit), and those that would reach an object's prototype: the full path reports them. */
const REFUSED_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', '__proto__', 'constructor', 'prototype']);
/** A value cannot start with these as plain text (YAML syntax), and a folded line not at all here. */
const INDICATORS = new Set('-?:,[]{}#&*!|>\'"%@`');
/** The keys' escapes of a double-quoted string that give one character. */
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', ' ': ' ', n: '\n', t: '\t', r: '\r', _: '\u00a0', L: '\u2028', P: '\u2029' };

class Decline extends Error {}
const DECLINE = new Decline('outside the common form');
function decline(): never {
  throw DECLINE;
}

/** The data and node positions of a plan in the common form, or undefined: read it with the full path. */
export function readCommonYaml(text: string): CommonYaml | undefined {
  if (text.length > MAX_TEXT || outsideText(text)) return undefined;
  const source = text.includes('\r') ? text.replace(/\r\n/g, '\n') : text;
  try {
    const reader = new Reader(source);
    const tree = reader.document();
    return { data: reader.value as Record<string, unknown>, tree, source };
  } catch {
    // A Decline, or a mistake of this reader: the full path reads the text either way.
    return undefined;
  }
}

/** YAML 1.2's core schema, as the `yaml` package resolves a plain scalar, with parseYaml's
 * keepWrittenDecimals ("14.30" stays text). Infinite and NaN values decline (PP019 on the full path). */
export function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // Only these first characters can start a null, a boolean or a number.
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70)) return s;
  if (s === '~' || s === 'null' || s === 'Null' || s === 'NULL') return null;
  if (s === 'true' || s === 'True' || s === 'TRUE') return true;
  if (s === 'false' || s === 'False' || s === 'FALSE') return false;
  let n: number;
  if (/^0o[0-7]+$/.test(s)) n = parseInt(s.substring(2), 8);
  else if (/^[-+]?[0-9]+$/.test(s)) n = parseInt(s, 10);
  else if (/^0x[0-9a-fA-F]+$/.test(s)) n = parseInt(s.substring(2), 16);
  else if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) decline();
  else if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s) || /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) n = parseFloat(s);
  else return s;
  if (!Number.isFinite(n)) decline();
  return /^\d+\.\d*0$/.test(s) ? s : n;
}

class Reader {
  /** The data of the node read last. */
  value: unknown;
  /** After a block node: the start of the line after it. After a flow node: the offset after it. */
  private pos = 0;
  private readonly text: string;
  private readonly len: number;

  constructor(text: string) {
    this.text = text;
    this.len = text.length;
  }

  document(): TreeMap {
    const first = this.skipBlankLines(0);
    if (first >= this.len) decline();
    const indent = this.indentAt(first);
    if (this.keyEnd(first + indent) < 0) decline();
    const root = this.blockMap(first + indent, indent, 1);
    if (this.skipBlankLines(this.pos) < this.len) decline();
    return root;
  }

  // ---- lines ----

  private lineEnd(p: number): number {
    const n = this.text.indexOf('\n', p);
    return n < 0 ? this.len : n;
  }

  private nextLine(p: number): number {
    const n = this.text.indexOf('\n', p);
    return n < 0 ? this.len : n + 1;
  }

  private indentAt(lineStart: number): number {
    let i = lineStart;
    while (this.text.charCodeAt(i) === SPACE) i++;
    return i - lineStart;
  }

  private lineStartOf(p: number): number {
    return this.text.lastIndexOf('\n', p - 1) + 1;
  }

  /** From a line start, past lines that are empty, spaces or a comment: the next content line's start. */
  private skipBlankLines(p: number): number {
    while (p < this.len) {
      let i = p;
      while (this.text.charCodeAt(i) === SPACE) i++;
      const c = this.text.charCodeAt(i);
      if (i < this.len && c !== NL && c !== HASH) return p;
      p = this.nextLine(i);
    }
    return this.len;
  }

  /** Whether the rest of the line from p is spaces and maybe a comment (separated by a space). */
  private restIsEmpty(p: number): boolean {
    let i = p;
    while (this.text.charCodeAt(i) === SPACE) i++;
    if (i >= this.len || this.text.charCodeAt(i) === NL) return true;
    return this.text.charCodeAt(i) === HASH && i > p;
  }

  private isDash(p: number): boolean {
    if (this.text.charCodeAt(p) !== DASH) return false;
    const next = this.text.charCodeAt(p + 1);
    return p + 1 >= this.len || next === SPACE || next === NL;
  }

  /** The offset of the colon when a field name starts at p ("name:" then a space or the line end), else -1. */
  private keyEnd(p: number): number {
    let i = p;
    while (isKeyChar(this.text.charCodeAt(i))) i++;
    if (i === p || this.text.charCodeAt(i) !== COLON) return -1;
    const next = this.text.charCodeAt(i + 1);
    return i + 1 >= this.len || next === SPACE || next === NL ? i : -1;
  }

  private checkKey(key: string, obj: Record<string, unknown>): void {
    const c = key.charCodeAt(0);
    if (key.length > MAX_KEY || (c >= 48 && c <= 57) || REFUSED_KEYS.has(key) || Object.hasOwn(obj, key)) decline();
  }

  // ---- block collections ----

  /** A block map whose first key starts at `first`, its keys at column `indent`. */
  private blockMap(first: number, indent: number, depth: number): TreeMap {
    if (depth > MAX_NESTING) decline();
    const obj: Record<string, unknown> = {};
    const node: TreeMap = { kind: 'map', start: first, keys: [], keyStarts: [], values: [] };
    let p = first;
    for (;;) {
      const colon = this.keyEnd(p);
      if (colon < 0) decline();
      const key = this.text.slice(p, colon);
      this.checkKey(key, obj);
      const value = this.mapValue(colon + 1, indent, depth);
      setKey(obj, key, this.value);
      node.keys.push(key);
      node.keyStarts.push(p);
      node.values.push(value);
      const next = this.skipBlankLines(this.pos);
      if (next >= this.len) break;
      const m = this.indentAt(next);
      if (m < indent) {
        this.pos = next;
        break;
      }
      if (m > indent) decline();
      p = next + m;
    }
    this.value = obj;
    return node;
  }

  /** The value after a map key's colon at q-1; the map's keys are at column `indent`. */
  private mapValue(q: number, indent: number, depth: number): TreeNode {
    let r = q;
    while (this.text.charCodeAt(r) === SPACE) r++;
    const c = this.text.charCodeAt(r);
    if (r < this.len && c !== NL && !(c === HASH && r > q)) return this.inlineValue(r, indent, depth + 1);
    return this.valueBelow(r, indent, depth + 1, true);
  }

  /** Nothing (or a comment) after a key or a dash at r-: the value is on the lines below, or empty. */
  private valueBelow(r: number, indent: number, depth: number, seqAtIndent: boolean): TreeNode {
    const next = this.skipBlankLines(this.nextLine(r));
    if (next < this.len) {
      const m = this.indentAt(next);
      const c = next + m;
      if (m > indent) {
        if (this.isDash(c)) return this.blockSeq(c, m, depth);
        if (this.keyEnd(c) >= 0) return this.blockMap(c, m, depth);
        return this.inlineValue(c, indent, depth);
      }
      if (m === indent && seqAtIndent && this.isDash(c)) return this.blockSeq(c, m, depth);
    }
    this.value = null;
    this.pos = this.nextLine(r);
    return { kind: 'scalar', style: 'PLAIN', start: r, end: r, value: null };
  }

  /** A block list whose first dash is at `first`, its dashes at column `indent`. */
  private blockSeq(first: number, indent: number, depth: number): TreeSeq {
    if (depth > MAX_NESTING) decline();
    const arr: unknown[] = [];
    const node: TreeSeq = { kind: 'seq', start: first, items: [] };
    let p = first;
    for (;;) {
      let r = p + 1;
      while (this.text.charCodeAt(r) === SPACE) r++;
      const c = this.text.charCodeAt(r);
      let item: TreeNode;
      if (r >= this.len || c === NL || (c === HASH && r > p + 1)) item = this.valueBelow(r, indent, depth + 1, false);
      else if (this.isDash(r)) decline();
      else if (this.keyEnd(r) >= 0) item = this.blockMap(r, r - this.lineStartOf(r), depth + 1);
      else item = this.inlineValue(r, indent, depth + 1);
      arr.push(this.value);
      node.items.push(item);
      const next = this.skipBlankLines(this.pos);
      if (next >= this.len) break;
      const m = this.indentAt(next);
      if (m < indent || (m === indent && !this.isDash(next + m))) {
        this.pos = next;
        break;
      }
      if (m > indent) decline();
      p = next + m;
    }
    this.value = arr;
    return node;
  }

  /** A value that starts at r on its line (after a key or a dash); `indent` is its collection's. */
  private inlineValue(r: number, indent: number, depth: number): TreeNode {
    const c = this.text[r]!;
    let node: TreeNode;
    if (c === '"' || c === "'") node = this.quoted(r, indent);
    else if (c === '[' || c === '{') node = this.flow(r, indent, depth);
    else if (c === '|' || c === '>') return this.blockScalar(r, indent);
    else if (INDICATORS.has(c) && !(c === '-' && !this.isDash(r))) decline();
    else return this.plainBlock(r, indent);
    if (!this.restIsEmpty(this.pos)) decline();
    this.pos = this.nextLine(this.pos);
    return node;
  }

  // ---- scalars ----

  /** Plain text in a block, maybe over several lines (folded: one line break is a space). */
  private plainBlock(r: number, indent: number): TreeScalar {
    const text = this.text;
    let e = this.plainLineEnd(r);
    let value = text.slice(r, e);
    let end = e;
    // After a comment the text cannot go on: a line below indented as its continuation is an error.
    const commented = e !== this.trimEnd(r, this.lineEnd(r));
    let lines = 1;
    let breaks = 0;
    let q = this.nextLine(e);
    while (q < this.len) {
      const m = this.indentAt(q);
      const s = q + m;
      const le = this.lineEnd(q);
      if (s === le) {
        breaks++;
        q = le + 1;
        continue;
      }
      if (m <= indent) break;
      if (commented || INDICATORS.has(text[s]!)) decline();
      e = this.plainLineEnd(s);
      if (e !== le && !this.restIsEmpty(e)) decline();
      if (e !== this.trimEnd(s, le)) decline();
      value += breaks === 0 ? ' ' : '\n'.repeat(breaks);
      value += text.slice(s, e);
      end = e;
      lines++;
      breaks = 0;
      q = this.nextLine(le);
    }
    this.pos = this.nextLine(end);
    this.value = lines === 1 ? resolvePlain(value) : value;
    return { kind: 'scalar', style: 'PLAIN', start: r, end, value: this.value };
  }

  /** The end of a plain scalar's text on its line: before a comment and trailing spaces. Declines text
   * YAML would read as a map (": " inside, ":" at the end). */
  private plainLineEnd(s: number): number {
    const text = this.text;
    const le = this.lineEnd(s);
    // The line's own text searched by the engine (indexOf), not character by character: most of a
    // plan is plain text, and a loop over each character was the reader's largest cost (issue 12).
    const line = text.slice(s, le);
    // A comment starts at a "#" after a space (the character before the value counts for its first).
    let end = le;
    if (line.charCodeAt(0) === HASH && text.charCodeAt(s - 1) === SPACE) end = s;
    else {
      const comment = line.indexOf(' #');
      if (comment >= 0) end = s + comment + 1;
    }
    // Before it, ": " or a ":" ending the line is YAML's map syntax.
    const colon = line.indexOf(': ');
    if (colon >= 0 && s + colon < end) decline();
    if (end === le && le > s && text.charCodeAt(le - 1) === COLON) decline();
    return this.trimEnd(s, end);
  }

  private trimEnd(s: number, e: number): number {
    while (e > s && this.text.charCodeAt(e - 1) === SPACE) e--;
    return e;
  }

  /** A single- or double-quoted string at r, maybe over several lines; this.pos: after its closing quote. */
  private quoted(r: number, indent: number): TreeScalar {
    const text = this.text;
    const double = text.charCodeAt(r) === QUOTE;
    let out = '';
    let i = r + 1;
    let seg = i;
    for (;;) {
      if (i >= this.len) decline();
      const c = text.charCodeAt(i);
      if (double ? c === QUOTE : c === APOSTROPHE) {
        if (!double && text.charCodeAt(i + 1) === APOSTROPHE) {
          out += text.slice(seg, i + 1);
          i += 2;
          seg = i;
          continue;
        }
        out += text.slice(seg, i);
        break;
      }
      if (double && c === BACKSLASH) {
        out += text.slice(seg, i);
        const e = text[i + 1];
        if (e === '\n') {
          // An escaped line break joins the lines without a space.
          const s = this.continuation(i + 2, indent);
          if (text.charCodeAt(s) === NL) decline();
          i = seg = s;
          continue;
        }
        const width = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
        if (width > 0) {
          const hex = text.slice(i + 2, i + 2 + width);
          if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width) decline();
          const code = parseInt(hex, 16);
          if ((code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) decline();
          const ch = String.fromCodePoint(code);
          if (findForbidden(ch) !== undefined) decline();
          out += ch;
          i += 2 + width;
        } else {
          const ch = e === undefined ? undefined : ESCAPES[e];
          if (ch === undefined) decline();
          out += ch;
          i += 2;
        }
        seg = i;
        continue;
      }
      if (c === NL) {
        // A line break folds: one is a space, each empty line after it a line break.
        out += text.slice(seg, this.trimEnd(seg, i));
        let breaks = 0;
        let s = this.continuation(i + 1, indent);
        while (text.charCodeAt(s) === NL) {
          breaks++;
          s = this.continuation(s + 1, indent);
        }
        out += breaks === 0 ? ' ' : '\n'.repeat(breaks);
        i = seg = s;
        continue;
      }
      i++;
    }
    this.pos = i + 1;
    this.value = out;
    return { kind: 'scalar', style: double ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE', start: r, end: i + 1, value: out };
  }

  /** The first character of a quoted string's next line (or its line break when empty); declines a
   * line not indented past its collection's column. */
  private continuation(lineStart: number, indent: number): number {
    if (lineStart >= this.len) decline();
    const m = this.indentAt(lineStart);
    const s = lineStart + m;
    if (s < this.len && this.text.charCodeAt(s) !== NL && m <= indent) decline();
    return s;
  }

  /** A literal (|) or folded (>) block scalar whose header is at h, with clip or strip (-) chomping. */
  private blockScalar(h: number, indent: number): TreeScalar {
    const text = this.text;
    const literal = text[h] === '|';
    let k = h + 1;
    const strip = text[k] === '-';
    if (strip) k++;
    const c = text.charCodeAt(k);
    if (c !== SPACE && c !== NL && k < this.len) decline();
    if (!this.restIsEmpty(k)) decline();
    let q = this.nextLine(k);
    let blockIndent = -1;
    let value = '';
    let breaks = 0;
    let end = -1;
    while (q < this.len) {
      const le = this.lineEnd(q);
      const m = this.indentAt(q);
      if (q + m === le) {
        if (blockIndent < 0 || m > blockIndent) decline();
        breaks++;
        q = le + 1;
        continue;
      }
      if (blockIndent < 0) {
        if (m <= indent) decline();
        blockIndent = m;
      } else if (m < blockIndent) break;
      if (m > blockIndent && !literal) decline();
      if (text.charCodeAt(le - 1) === SPACE) decline();
      const line = text.slice(q + blockIndent, le);
      if (end < 0) value = line;
      else value += literal ? '\n'.repeat(breaks + 1) + line : (breaks === 0 ? ' ' : '\n'.repeat(breaks)) + line;
      breaks = 0;
      if (le >= this.len) decline();
      end = le + 1;
      q = le + 1;
    }
    if (end < 0) decline();
    if (!strip) value += '\n';
    this.pos = end;
    this.value = value;
    return { kind: 'scalar', style: literal ? 'BLOCK_LITERAL' : 'BLOCK_FOLDED', start: h, end, value };
  }

  // ---- flow collections ----

  /** Spaces and line breaks inside a flow collection; lines indented past `indent`, no comments. */
  private flowSpace(i: number, indent: number): number {
    for (;;) {
      const c = this.text.charCodeAt(i);
      if (c === SPACE) i++;
      else if (c === NL) {
        const m = this.indentAt(i + 1);
        const s = i + 1 + m;
        if (s < this.len && this.text.charCodeAt(s) !== NL && m <= indent) decline();
        i = s;
      } else if (c === HASH || i >= this.len) decline();
      else return i;
    }
  }

  /** A flow list or map at r; this.pos: after its closing bracket. */
  private flow(r: number, indent: number, depth: number): TreeNode {
    if (depth > MAX_NESTING) decline();
    const text = this.text;
    const isMap = text[r] === '{';
    const close = isMap ? '}' : ']';
    const obj: Record<string, unknown> = {};
    const arr: unknown[] = [];
    const map: TreeMap = { kind: 'map', start: r, keys: [], keyStarts: [], values: [] };
    const seq: TreeSeq = { kind: 'seq', start: r, items: [] };
    let i = this.flowSpace(r + 1, indent);
    while (text[i] !== close) {
      if (isMap) {
        let k = i;
        while (isKeyChar(text.charCodeAt(k))) k++;
        if (k === i || text.charCodeAt(k) !== COLON || (text.charCodeAt(k + 1) !== SPACE && text.charCodeAt(k + 1) !== NL)) decline();
        const key = text.slice(i, k);
        this.checkKey(key, obj);
        const v = this.flowSpace(k + 1, indent);
        const value = this.flowItem(v, indent, depth + 1);
        setKey(obj, key, this.value);
        map.keys.push(key);
        map.keyStarts.push(i);
        map.values.push(value);
      } else {
        seq.items.push(this.flowItem(i, indent, depth + 1));
        arr.push(this.value);
      }
      i = this.flowSpace(this.pos, indent);
      if (text[i] === ',') i = this.flowSpace(i + 1, indent);
      else if (text[i] !== close) decline();
    }
    this.pos = i + 1;
    this.value = isMap ? obj : arr;
    return isMap ? map : seq;
  }

  private flowItem(i: number, indent: number, depth: number): TreeNode {
    const text = this.text;
    const c = text[i]!;
    if (c === '"' || c === "'") return this.quoted(i, indent);
    if (c === '[' || c === '{') return this.flow(i, indent, depth);
    if (INDICATORS.has(c) && !(c === '-' && !/[\s,[\]{}]/.test(text[i + 1] ?? ' '))) decline();
    // Plain text in a flow ends at a flow indicator or the line's end; ": " would make it a pair.
    let e = i;
    for (; e < this.len; e++) {
      const ch = text[e]!;
      if (ch === ',' || ch === ']' || ch === '}' || ch === '[' || ch === '{' || ch === '\n') break;
      if (ch === '#' && text[e - 1] === ' ') decline();
      if (ch === ':' && /[\s,[\]{}]/.test(text[e + 1] ?? ' ')) decline();
    }
    e = this.trimEnd(i, e);
    const value = resolvePlain(text.slice(i, e));
    this.pos = e;
    this.value = value;
    return { kind: 'scalar', style: 'PLAIN', start: i, end: e, value };
  }
}

/** As the `yaml` package's toJS sets a key: a name an object inherits ("toString") gets its own property. */
function setKey(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key in obj) Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}
