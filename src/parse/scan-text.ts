// Checks on the raw text, before and beside the YAML parser: what the parser would choke on
// (deep flow nesting) or silently keep (control characters, which make the .docx's XML invalid).

/** C0 controls except tab, line feed and carriage return; DEL; C1 controls; the two noncharacters. */
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
const CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTER.source, 'g');
/** What XML 1.0 forbids in a decoded value (issue 9): the controls above, the noncharacters U+FFFE and
 * U+FFFF, and a UTF-16 surrogate without its pair (an escape such as "\uD800" yields one). */
export const FORBIDDEN_IN_VALUE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The code of the first forbidden character of a decoded value, if any. */
export function findForbidden(value: string): number | undefined {
  const m = FORBIDDEN_IN_VALUE.exec(value);
  return m ? m[0].charCodeAt(0) : undefined;
}

const ESCAPE = /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[\s\S])/g;
const SIMPLE_ESCAPES: Record<string, number> = { '0': 0, a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, e: 0x1b, N: 0x85, _: 0xa0, L: 0x2028, P: 0x2029 };

/** Where, inside the source of a double-quoted scalar, the escape producing a forbidden character is. */
export function findForbiddenEscape(raw: string): number | undefined {
  if (!raw.startsWith('"')) return undefined;
  ESCAPE.lastIndex = 0;
  let pendingHigh: number | undefined;
  for (let m = ESCAPE.exec(raw); m; m = ESCAPE.exec(raw)) {
    const body = m[1]!;
    const code = body.length > 1 ? parseInt(body.slice(1), 16) : SIMPLE_ESCAPES[body];
    const adjacent = pendingHigh !== undefined && m.index === pendingHigh + 6;
    if (pendingHigh !== undefined && !(adjacent && code !== undefined && code >= 0xdc00 && code <= 0xdfff)) return pendingHigh;
    if (adjacent) {
      pendingHigh = undefined;
      continue;
    }
    pendingHigh = undefined;
    if (code === undefined) continue;
    if (code >= 0xd800 && code <= 0xdbff && body[0] === 'u') {
      pendingHigh = m.index;
      continue;
    }
    if (code <= 0x10ffff && findForbidden(String.fromCodePoint(code)) !== undefined) return m.index;
  }
  return pendingHigh;
}

/** Offsets of control characters in the text, at most `limit` of them. */
export function findControlCharacters(text: string, limit: number): number[] {
  const found: number[] = [];
  if (!CONTROL_CHARACTER.test(text)) return found;
  CONTROL_CHARACTERS.lastIndex = 0;
  for (let m = CONTROL_CHARACTERS.exec(text); m && found.length < limit; m = CONTROL_CHARACTERS.exec(text)) found.push(m.index);
  return found;
}

const NAMES: Record<number, string> = { 0xfffe: 'noncharacter', 0xffff: 'noncharacter', 0: 'NUL', 7: 'BEL', 8: 'BS', 0x0b: 'VT', 0x0c: 'FF', 0x1b: 'ESC', 0x7f: 'DEL', 0x85: 'NEL' };

/** "U+0000 (NUL)": how a control character is named in a message. */
export function describeControl(code: number): string {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code >= 0xd800 && code <= 0xdfff) return `${hex} (lone surrogate)`;
  return NAMES[code] ? `${hex} (${NAMES[code]})` : hex;
}

/** The offset where flow collections ("[", "{") nest deeper than `limit`, or undefined. Quoting is
 * ignored: an opening bracket counts only where a flow collection could start (after a space,
 * ":", ",", "-" or another bracket), so "a[1]" in a sentence does not. */
export function findDeepFlow(text: string, limit: number): number | undefined {
  // Fewer opening brackets than the limit cannot nest deeper: the usual case, found without a scan.
  let openings = 0;
  for (let i = text.indexOf('['); i >= 0 && openings <= limit; i = text.indexOf('[', i + 1)) openings++;
  for (let i = text.indexOf('{'); i >= 0 && openings <= limit; i = text.indexOf('{', i + 1)) openings++;
  if (openings <= limit) return undefined;
  let depth = 0;
  let prev = '\n';
  let prevCounted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    let counted = false;
    if (c === '[' || c === '{') {
      const opener = prev === '[' || prev === '{' ? prevCounted : prev === ' ' || prev === '\n' || prev === '\t' || prev === ':' || prev === ',' || prev === '-';
      if (opener) {
        counted = true;
        if (++depth > limit) return i;
      }
    } else if (c === ']' || c === '}') {
      if (depth > 0) depth--;
    }
    prev = c;
    prevCounted = counted;
  }
  return undefined;
}
