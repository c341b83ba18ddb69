// Checks on the raw text, before and beside the YAML parser: what the parser would choke on
// (deep flow nesting) or silently keep (control characters, which make the .docx's XML invalid).

/** C0 controls except tab, line feed and carriage return; DEL; C1 controls; the two noncharacters. */
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
const CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTER.source, 'g');
/** A double-quoted escape that may stand for a control character ("\0", "\x07", "\u001b", "\e"). */
export const MAYBE_ESCAPED_CONTROL = /\\(?:[0abefvN]|x[01879]|u00[01789]|U0000)/;

/** Offsets of control characters in the text, at most `limit` of them. */
export function findControlCharacters(text: string, limit: number): number[] {
  const found: number[] = [];
  if (!CONTROL_CHARACTER.test(text)) return found;
  CONTROL_CHARACTERS.lastIndex = 0;
  for (let m = CONTROL_CHARACTERS.exec(text); m && found.length < limit; m = CONTROL_CHARACTERS.exec(text)) found.push(m.index);
  return found;
}

const NAMES: Record<number, string> = { 0: 'NUL', 7: 'BEL', 8: 'BS', 0x0b: 'VT', 0x0c: 'FF', 0x1b: 'ESC', 0x7f: 'DEL', 0x85: 'NEL' };

/** "U+0000 (NUL)": how a control character is named in a message. */
export function describeControl(code: number): string {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
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
