// YAML text → plain data, plus a lookup from a JSON Pointer to the line:column of its node.
// Hostile or broken input ends as Diagnostic values, never as an exception or a hang.
import { LineCounter, parseAllDocuments, isAlias, isMap, isPair, isScalar, isSeq, visit, type Document, type Node, type Pair } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { MessageCode } from '../diagnostics/messages.js';
import { fixedLine, quoteYaml, restOfLine, valueStart } from './fix-line.js';
import { makeLocate, makeTreeLocate, type Locate, type Position } from './locate.js';
import { readCommonYaml } from './read-common-yaml.js';
import { findControlCharacters, findDeepFlow, CONTROL_CHARACTER, describeControl, findForbidden, findForbiddenEscape } from './scan-text.js';

export type { Locate, Position } from './locate.js';

export interface ParsedYaml {
  /** undefined when the YAML could not be read into data. */
  data: unknown;
  diagnostics: Diagnostic[];
  /** Where the node at a JSON Pointer starts; a missing node points at its nearest existing parent. */
  locate: Locate;
}

/** Limits against hostile input: billion-laughs aliases, absurd nesting. A real plan nests about 12 deep. */
export const MAX_ALIAS_COUNT = 200;
export const MAX_DEPTH = 64;
/** The characters a plan may hold once its aliases are expanded: as much as the largest file allowed
 * (4 MiB; the largest real plan is ~60 KB). 200 aliases of a 1 MB anchor would otherwise reach 200 MB
 * and fail far downstream ("Invalid string length", issue 9). */
export const MAX_EXPANDED_CHARS = 4 * 1024 * 1024;
/** Keys that would reach an object's prototype in careless code downstream. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Past this many control characters in one file, the rest add nothing. */
const MAX_CONTROL_REPORTS = 20;

const YAML_CODES: Record<string, MessageCode> = { DUPLICATE_KEY: 'PP005', TAB_AS_INDENT: 'PP008', RESOURCE_EXHAUSTION: 'PP009' };

type Push = (code: MessageCode, offset: number, args?: Record<string, string | number>, path?: string) => void;

export function parseYaml(text: string, file: string): ParsedYaml {
  // Plans are almost always in YAML's common form, which is read ~10× faster with the same data and
  // positions (issue 12); anything else, and every text with a problem, takes the full path.
  const common = findDeepFlow(text, MAX_DEPTH) === undefined ? readCommonYaml(text) : undefined;
  if (common !== undefined) return { data: common.data, diagnostics: [], locate: makeTreeLocate(common.tree, common.source) };
  return parseFullYaml(text, file);
}

/** The `yaml` package's reading of the text, with every check of issue 9: the reference that
 * readCommonYaml must equal (test/parse/read-common-yaml.test.ts). */
export function parseFullYaml(text: string, file: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const push: Push = (code, offset, args = {}, path = '') => diagnostics.push({ code, severity: 'error', file, ...at(offset), path, args });
  const fail = (locate: Locate = makeLocate(undefined, text, lineCounter)): ParsedYaml => ({ data: undefined, diagnostics, locate });

  // The yaml lexer runs out of memory (a fatal, uncatchable abort) on ~100,000 nested "[": stop before.
  const deep = findDeepFlow(text, MAX_DEPTH);
  if (deep !== undefined) {
    lineCounter.addNewLine(0);
    for (let n = text.indexOf('\n'); n >= 0 && n < deep; n = text.indexOf('\n', n + 1)) lineCounter.addNewLine(n + 1);
    push('PP009', deep, { limit: MAX_DEPTH });
    return fail();
  }

  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const list: Document[] = Array.isArray(docs) ? docs : [];
  const doc = list[0];
  const locate = makeLocate(doc, text, lineCounter);

  const controls = findControlCharacters(text, MAX_CONTROL_REPORTS);
  const controlLines = new Set(controls.map((o) => at(o).line));
  for (const offset of controls) push('PP010', offset, { char: describeControl(text.charCodeAt(offset)) }, doc ? pointerAt(doc, offset) : '');

  if (list[1]) push('PP007', list[1].range?.[0] ?? 0);
  const errorLines = new Set<number>();
  for (const d of list) {
    for (const err of d.errors) {
      const line = at(err.pos[0]).line;
      // One problem, one line: the yaml parser often reports a cascade of errors from one cause.
      if (errorLines.has(line) || controlLines.has(line)) continue;
      errorLines.add(line);
      const code = YAML_CODES[err.code] ?? 'PP004';
      if (code === 'PP005') push(code, err.pos[0], { key: keyAt(text, err.pos[0]) });
      else if (code === 'PP009') push(code, err.pos[0], { limit: MAX_DEPTH });
      else if (code === 'PP004') {
        const spacing = missingSpace(text, err.pos[0]);
        if (spacing) {
          push('PP020', spacing.at, { what: spacing.what, fix: spacing.fix });
          continue;
        }
        const unclosed = unclosedAt(text, err);
        if (unclosed) {
          // Said once: a PP016 about the same bracket (text that starts with "[") may stand there already.
          const bracketLine = at(unclosed.at).line;
          // (A quote is often open on the very line the package stopped at: that line is this error's.)
          if (bracketLine === line || !errorLines.has(bracketLine)) push(code, unclosed.at, { problem: unclosed.problem, detail: err.message.split('\n')[0] ?? err.code });
          errorLines.add(bracketLine);
          continue;
        }
        const misread = misreadText(text, err.pos[0]);
        if (misread) push('PP016', misread.at, { why: misread.why, fix: misread.fix });
        else push(code, err.pos[0], { problem: err.code, detail: err.message.split('\n')[0] ?? err.code });
      }
      else push(code, err.pos[0]);
    }
  }
  if (diagnostics.length > 0) return fail(locate);
  if (!doc || doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    push('PP003', 0);
    return fail(locate);
  }
  if (!isMap(doc.contents)) {
    push('PP006', doc.contents.range?.[0] ?? 0, { found: isSeq(doc.contents) ? 'list' : 'scalar' });
    return fail(locate);
  }

  checkNodes(doc.contents, '', 1, text, push);
  if (diagnostics.length > 0) return fail(locate);

  keepWrittenDecimals(doc);
  try {
    const data: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    // Aliases share their data, so toJS stays small; whatever walks it later (templates) would not.
    const expansion = measureExpansion(doc);
    if (expansion.cycle !== undefined) push('PP011', expansion.cycle, { limit: MAX_ALIAS_COUNT, cycle: 'yes' });
    else if (expansion.over !== undefined) push('PP012', expansion.over, { size: expansion.size, limit: MAX_EXPANDED_CHARS, expanded: 'yes' });
    if (diagnostics.length > 0) return fail(locate);
    return { data, diagnostics, locate };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const alias = firstAlias(doc, /Unresolved alias/.test(message));
    if (/alias count/i.test(message)) push('PP011', alias, { limit: MAX_ALIAS_COUNT });
    else push('PP004', alias, { problem: /Unresolved alias/.test(message) ? 'MISSING_ANCHOR' : 'IMPOSSIBLE', detail: message });
    return fail(locate);
  }
}

/** One walk over the tree: nesting depth, reserved keys, the decoded value of every key and
 * string (issue 9): a character XML 1.0 forbids that an escape produced ("\0", "\uFFFE", "\uD800")
 * is not in the source text, so the text scan cannot see it, and it would make the .docx invalid;
 * and what YAML reads otherwise than a clerk meant (keys that are not text, tags, numbers too large
 * to be numbers, a decimal comma inside braces). */
function checkNodes(node: unknown, pointer: string, depth: number, text: string, push: Push): void {
  if (isMap(node) || isSeq(node)) {
    if (depth > MAX_DEPTH) {
      push('PP009', node.range?.[0] ?? 0, { limit: MAX_DEPTH }, pointer);
      return;
    }
    checkTag(node, pointer, text, push);
    node.items.forEach((item, i) => {
      if (isPair(item)) {
        const key = isScalar(item.key) ? String(item.key.value ?? '') : '';
        const path = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        if (!checkKey(item, pointer, text, push)) return;
        if (RESERVED_KEYS.has(key)) push('PP013', (item.key as Node).range?.[0] ?? 0, { key }, path);
        if (isMap(node) && node.flow) checkDecimalComma(node.items[i - 1], item, pointer, text, push);
        checkScalar(item.key, path, text, push);
        checkNodes(item.value, path, depth + 1, text, push);
      } else {
        checkNodes(item, `${pointer}/${i}`, depth + 1, text, push);
      }
    });
  } else {
    checkScalar(node, pointer, text, push);
  }
}

/** A field name must be text: not a list or map (`? [a, b]`, which JavaScript would turn into the
 * text "[ a, b ]" with a runtime warning), and not empty or null (`~:`, `null:`, `: x`). */
function checkKey(pair: Pair<unknown, unknown>, pointer: string, text: string, push: Push): boolean {
  const key = pair.key;
  const start = (node: unknown) => (node as Node | null)?.range?.[0];
  if (isMap(key) || isSeq(key) || isAlias(key)) {
    push('PP015', start(key) ?? 0, { kind: isAlias(key) ? 'alias' : 'complex', written: restOfLine(text, start(key) ?? 0).slice(0, 60) }, pointer);
    return false;
  }
  if (key === null || (isScalar(key) && (key.value === null || key.value === ''))) {
    const at = start(key) ?? start(pair.value) ?? 0;
    const written = isScalar(key) && key.range ? text.slice(key.range[0], key.range[1]) : '';
    push('PP015', at, { kind: written === '' ? 'empty' : /^(""|'')$/.test(written) ? 'blank' : 'null', written }, pointer);
    return false;
  }
  return true;
}

/** Tags of YAML's core schema change nothing a clerk would notice (`!!str 12`); any other tag
 * (`!!binary`, `!!timestamp`, `!!set`, a local `!tag`, or a lone `!` that drops itself from the text)
 * gives data parplan cannot print. Such a value is most often text that starts with "!". */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

function checkTag(node: Node, pointer: string, text: string, push: Push): boolean {
  const value = isScalar(node) ? node.value : undefined;
  const odd = value instanceof Date || value instanceof Uint8Array;
  if (!node.range || ((node.tag === undefined || CORE_TAGS.has(node.tag)) && !odd)) return true;
  const tag = node.tag === undefined ? '' : node.tag.replace('tag:yaml.org,2002:', '!!');
  const kind = value instanceof Date ? 'date' : value instanceof Uint8Array ? 'binary' : 'tag';
  // The whole value as written, tag included, as quoted text.
  const lineValue = valueStart(text, node.range[0]);
  const begin = tag !== '' && text[lineValue] === '!' && lineValue <= node.range[0] ? lineValue : node.range[0];
  const written = restOfLine(text, begin);
  push('PP018', begin, { tag, kind, fix: fixedLine(text, begin, begin + written.length, quoteYaml(written)).trim() }, pointer);
  return false;
}

/** `{ ty_le: 84,5, xep_hang: 20 }`: inside braces a comma separates fields, so the number became 84
 * and a field named "5". Recognised by the number written right against the comma. */
function checkDecimalComma(previous: unknown, pair: Pair<unknown, unknown>, pointer: string, text: string, push: Push): void {
  if (!isPair(previous) || !isScalar(previous.value) || typeof previous.value.value !== 'number' || !previous.value.range) return;
  const key = pair.key;
  if (!isScalar(key) || !key.range || !/^\d+$/.test(text.slice(key.range[0], key.range[1])) || !(pair.value === null || (isScalar(pair.value) && pair.value.value === null))) return;
  const [start, end] = previous.value.range;
  if (text[end] !== ',' || key.range[0] !== end + 1) return;
  const written = text.slice(start, key.range[1]);
  const field = isScalar(previous.key) ? String(previous.key.value) : '';
  push('PP017', start, { value: written, field, fix: fixedLine(text, start, key.range[1], written.replace(',', '.')).trim() }, `${pointer}/${field}`);
}

function checkScalar(node: unknown, pointer: string, text: string, push: Push): void {
  if (!isScalar(node) || !node.range) return;
  if (!checkTag(node, pointer, text, push)) return;
  if (typeof node.value === 'number' && !Number.isFinite(node.value)) {
    push('PP019', node.range[0], { value: text.slice(node.range[0], node.range[1]) }, pointer);
    return;
  }
  if (typeof node.value !== 'string') return;
  const code = findForbidden(node.value);
  if (code === undefined) return;
  const raw = text.slice(node.range[0], node.range[1]);
  // Raw control characters were reported by the text scan; only what escapes produced remains.
  if (CONTROL_CHARACTER.test(raw)) return;
  push('PP010', node.range[0] + (findForbiddenEscape(raw) ?? 0), { char: describeControl(code) }, pointer);
}

/**
 * The size of the data once every alias is expanded, counted on the tree without building it (each
 * anchor measured once), and where it first passes MAX_EXPANDED_CHARS; or the alias that sits inside
 * its own anchor (`a: &a [*a]` gives data that contains itself, which no later step could walk).
 */
function measureExpansion(doc: Document): { size: number; over?: number; cycle?: number } {
  const sizes = new Map<unknown, number>();
  const open = new Set<unknown>();
  let total = 0;
  let over: number | undefined;
  let cycle: number | undefined;
  const measure = (node: unknown, counting: boolean): number => {
    if (cycle !== undefined || over !== undefined) return 0;
    if (isAlias(node)) {
      const target = node.resolve(doc);
      if (target === undefined) return 0;
      if (open.has(target)) {
        cycle = node.range?.[0] ?? 0;
        return 0;
      }
      const size = sizes.get(target) ?? measure(target, false);
      if (counting) {
        total += size;
        if (total > MAX_EXPANDED_CHARS && over === undefined) over = node.range?.[0] ?? 0;
      }
      return size;
    }
    const known = sizes.get(node);
    if (known !== undefined) {
      if (counting) total += known;
      return known;
    }
    let size = 1;
    open.add(node);
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items) size += isPair(item) ? measure(item.key, counting) + measure(item.value, counting) : measure(item, counting);
    } else if (isScalar(node)) {
      size += String(node.value ?? '').length;
      if (counting) total += size;
      if (counting && total > MAX_EXPANDED_CHARS && over === undefined) over = node.range?.[0] ?? 0;
    }
    open.delete(node);
    sizes.set(node, size);
    return size;
  };
  measure(doc.contents, true);
  return { size: total, ...(over !== undefined ? { over } : {}), ...(cycle !== undefined ? { cycle } : {}) };
}

/** A decimal written with trailing zeros ("14.30") keeps them: the plan prints numbers with the
 * precision the clerk wrote, which a JavaScript number loses. Such a value stays the text as written;
 * the schema accepts decimal text wherever a score or a percentage goes, and the Plan reads it back. */
function keepWrittenDecimals(doc: Document): void {
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'number' && typeof node.source === 'string' && /^\d+\.\d*0$/.test(node.source)) node.value = node.source;
    },
  });
}

/** What the first character of a value means to YAML, when a clerk meant it as text. */
const SYNTAX_STARTS: Record<string, string> = { '*': 'star', '&': 'amp', '%': 'percent', '@': 'at', '`': 'backtick', '"': 'quote', "'": 'quote', '|': 'block', '>': 'block', '[': 'bracket', '{': 'bracket' };

/**
 * A YAML syntax error on a line whose value is ordinary text that YAML read as its own syntax
 * (issue 13, item 6): text starting with "* ", "&", "%", "@", a quote, "- " or a bracket, or holding
 * ": ". The value and its corrected line, in quotes; undefined when the error is something else.
 */
function misreadText(text: string, errorAt: number): { at: number; why: string; fix: string } | undefined {
  const start = valueStart(text, errorAt);
  const lineEnd = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
  if (errorAt < start || errorAt > lineEnd) return undefined;
  const value = restOfLine(text, start);
  if (value === '') return undefined;
  let why = SYNTAX_STARTS[value[0]!];
  if (why === 'quote') {
    // Only a quoted part with more text after it; an unclosed quote is another mistake.
    const close = value.indexOf(value[0]!, 1);
    if (close < 0 || value.slice(close + 1).trim() === '' || value.slice(close + 1).trim().startsWith('#')) return undefined;
  } else if (why === 'bracket') {
    if (!/[\]}]\s*[^\s#,\]}]/.test(value)) return undefined;
  }
  if (why === undefined && /^-\s/.test(value)) why = 'dash';
  if (why === undefined && /:\s/.test(value)) why = 'colon';
  if (why === undefined) return undefined;
  return { at: start, why, fix: fixedLine(text, start, lineEnd, quoteYaml(value)).trim() };
}

/** The key at a duplicate-key error: the source text up to its colon, without quotes. */
function keyAt(text: string, offset: number): string {
  const line = text.slice(offset, text.indexOf('\n', offset) < 0 ? undefined : text.indexOf('\n', offset));
  const m = /^\s*(?:"([^"]*)"|'([^']*)'|(.*?))\s*:(?:\s|$)/.exec(line);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : line.trim();
}

function firstAlias(doc: Document, unresolvedOnly: boolean): number {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      if (unresolvedOnly && node.resolve(doc) !== undefined) return undefined;
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset ?? 0;
}

/** The JSON Pointer of the innermost node whose source holds the offset. */
function pointerAt(doc: Document, offset: number): string {
  let pointer = '';
  const inside = (n: unknown) => {
    const r = (n as Node | null)?.range;
    // The value's own end, not the node's: a comment after a value on its line is not part of it.
    return Array.isArray(r) && r[0] <= offset && offset < r[1];
  };
  let node: unknown = doc.contents;
  for (let depth = 0; depth <= MAX_DEPTH && (isMap(node) || isSeq(node)); depth++) {
    let next: unknown;
    for (const [i, item] of node.items.entries()) {
      if (isPair(item)) {
        if (inside(item.key) || inside(item.value)) {
          const key = isScalar(item.key) ? String(item.key.value) : '';
          pointer += `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
          next = inside(item.value) ? item.value : undefined;
          break;
        }
      } else if (inside(item) && !isAlias(item)) {
        pointer += `/${i}`;
        next = item;
        break;
      }
    }
    if (next === undefined) break;
    node = next;
  }
  return pointer;
}

/** The bracket or quote a text left open, when that is what a syntax error of the `yaml` package is
 * about: the place to show it, instead of where the package stopped (a preset's PP708 too). */
export function unclosedAt(text: string, err: { code: string; pos: [number, number]; message: string }): { at: number; problem: string } | undefined {
  if (err.code === 'BAD_INDENT') return unclosedFlow(text, err.pos[0], err.message);
  if (err.code === 'MISSING_CHAR') return unclosedQuote(text, err.pos[0], err.message);
  return undefined;
}

/**
 * `ten: [SỞ TƯ PHÁP, TỈNH LÀO CAI` with its "]" forgotten: the `yaml` package says BAD_INDENT at the
 * next line ("Flow sequence in block collection must be … end with a ]"), which read as uneven
 * indentation to a clerk. The problem is the bracket: found by walking back from where the package
 * stopped to the "[" (or "{") no closing one matches.
 */
function unclosedFlow(text: string, offset: number, message: string): { at: number; problem: 'UNCLOSED_FLOW_SEQ' | 'UNCLOSED_FLOW_MAP' } | undefined {
  const kind = /^Flow (sequence|map) in block collection must be sufficiently indented and end with a [\]}]/.exec(message)?.[1];
  if (kind === undefined) return undefined;
  const [open, close] = kind === 'sequence' ? ['[', ']'] : ['{', '}'];
  let depth = 0;
  for (let i = Math.min(offset, text.length) - 1; i >= 0; i--) {
    const c = text[i];
    if (c === close) depth++;
    else if (c === open && depth-- === 0) return { at: i, problem: kind === 'sequence' ? 'UNCLOSED_FLOW_SEQ' : 'UNCLOSED_FLOW_MAP' };
  }
  return undefined;
}

/**
 * `mo_ta: "Nâng cao chất lượng` with its closing quote forgotten: the `yaml` package reports the
 * missing quote where the text stops (the end of that line when the next is less indented, else after
 * the file's last line, which tells a clerk nothing). The opening quote is the last one before that
 * point: any quote after it would have closed it (for a double quote, one not escaped by a backslash;
 * for a single quote, one not doubled).
 */
function unclosedQuote(text: string, offset: number, message: string): { at: number; problem: 'UNCLOSED_DOUBLE_QUOTE' | 'UNCLOSED_SINGLE_QUOTE' } | undefined {
  const quote = /^Missing closing (["'])quote/.exec(message)?.[1];
  if (quote === undefined) return undefined;
  for (let i = Math.min(offset, text.length) - 1; i >= 0; i--) {
    if (text[i] !== quote) continue;
    if (quote === '"') {
      let backslashes = 0;
      for (let k = i - 1; k >= 0 && text[k] === '\\'; k--) backslashes++;
      if (backslashes % 2 === 0) return { at: i, problem: 'UNCLOSED_DOUBLE_QUOTE' };
    } else if (text[i - 1] === "'") {
      i--; // '' inside single quotes is one quote
    } else {
      return { at: i, problem: 'UNCLOSED_SINGLE_QUOTE' };
    }
  }
  return undefined;
}

/**
 * `ngay_ban_hanh:"2022-07"` or `-"Lưu: VT, VP"`: the space after a field's colon or a list item's
 * dash left out, so YAML reads the line as text where a field or an item must be and reports the
 * structure around it. Looked for on the line the error is on; `ten：` (a full-width colon from an
 * input method) likewise. The corrected line comes with it.
 */
function missingSpace(text: string, offset: number): { at: number; what: 'colon' | 'dash' | 'fullwidth'; fix: string } | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const line = restOfLine(text, lineStart);
  const field = /^(\s*(?:-\s+)?)([A-Za-z_][A-Za-z0-9_]*)(?::(?=[^\s:/])|\s*：\s*)(.*)$/.exec(line);
  if (field) {
    const [, lead = '', key = '', rest = ''] = field;
    const what = line.slice(lead.length + key.length).trimStart().startsWith('：') ? 'fullwidth' : 'colon';
    return { at: lineStart + lead.length + key.length, what, fix: `${lead}${key}: ${rest}`.trim() };
  }
  const item = /^(\s*)-(?=[^\s-])(.*)$/.exec(line);
  if (item) {
    const [, indent = '', rest = ''] = item;
    return { at: lineStart + indent.length, what: 'dash', fix: `- ${rest}`.trim() };
  }
  return undefined;
}
