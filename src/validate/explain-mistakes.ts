// The schema's problems that are really a clerk's text read as YAML syntax (issue 13, item 6), said
// as such, with the corrected line: "- Thời gian: tháng 3" is not a missing field `y` plus an unknown
// field "Thời gian" but a text holding ": "; "- # Ý một" is not an empty value but a comment; "- - Ý"
// is not a list but a text starting with "- ".
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { fixedLine, quoteYaml, restOfLine } from '../parse/fix-line.js';
import type { Locate } from '../parse/locate.js';
import { isPlainObject, valueAt } from './json-pointer.js';

/** The source text of the file a pointer's node lives in (a batch unit's fields live in the units
 * file, the rest in its base plan); undefined when not known. */
export type SourceOf = (pointer: string) => string | undefined;

export function explainMistakes(diagnostics: Diagnostic[], data: unknown, locate: Locate, sourceOf: SourceOf | undefined): Diagnostic[] {
  if (!sourceOf) return diagnostics;
  const explained: Diagnostic[] = [];
  const covered: string[] = [];
  const inside = (path: string) => covered.some((c) => path === c || path.startsWith(`${c}/`));

  // Text with ": " became a map of one or a few fields named after half a sentence.
  for (const d of diagnostics) {
    const key = String(d.args.key);
    // A near field name ("gach_dau_dongg") is a typo, unless the key cannot be a field name at all:
    // no field has a space or a diacritic ("- Tổng: 5" is text, not a misspelt "cong").
    if (d.code !== 'PP101' || !looksLikeProse(key) || (d.args.suggestion && !cannotBeFieldName(key))) continue;
    const parent = d.path.slice(0, d.path.lastIndexOf('/'));
    if (inside(parent)) continue;
    const map = valueAt(data, parent);
    if (!isPlainObject(map) || !Object.values(map).every((v) => v === null || typeof v !== 'object')) continue;
    const fix = fixAt(parent, locate, sourceOf);
    if (!fix) continue;
    covered.push(parent);
    explained.push({ ...d, code: 'PP016', ...fix.position, path: parent, args: { why: 'colon', fix: fix.line } });
  }

  for (const d of diagnostics) {
    if (inside(d.path)) continue;
    if (d.code === 'PP102') {
      const value = valueAt(data, d.path);
      const fix = fixAt(d.path, locate, sourceOf);
      // "- # Ý một": the rest of the line is a comment, the value empty.
      if (value === null && fix?.rest.startsWith('#')) {
        explained.push({ ...d, code: 'PP016', ...fix.position, args: { why: 'hash', fix: fix.line } });
        continue;
      }
      // "- - Ý một" where text is expected: a list inside the list, on the dash's own line.
      if (Array.isArray(value) && fix && /^-\s/.test(fix.rest) && /^\s*-\s+$/.test(fix.before) && String(d.args.expected).includes('văn bản')) {
        explained.push({ ...d, code: 'PP016', ...fix.position, args: { why: 'dash', fix: fix.line } });
        continue;
      }
    }
    explained.push(d);
  }
  return explained;
}

/** A key no field is named like: several words, capitals or diacritics ("Thời gian thực hiện"). */
function looksLikeProse(key: string): boolean {
  return /\s/.test(key.trim()) || /[^\x00-\x7f]/.test(key) || /^[A-Z]/.test(key);
}

/** Field names are lower-case ASCII: a space or a letter outside ASCII is always a sentence's. */
function cannotBeFieldName(key: string): boolean {
  return /\s/.test(key.trim()) || /[^\x00-\x7f]/.test(key);
}

/** The node's line in its file, the value quoted from the node to the end of the line. */
function fixAt(pointer: string, locate: Locate, sourceOf: SourceOf): { position: { line: number; column: number }; line: string; rest: string; before: string } | undefined {
  const text = sourceOf(pointer);
  if (text === undefined) return undefined;
  const position = locate(pointer);
  const offset = offsetOf(text, position.line, position.column);
  if (offset === undefined) return undefined;
  const rest = restOfLine(text, offset);
  if (rest === '') return undefined;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset) < 0 ? text.length : text.indexOf('\n', offset);
  return { position, line: fixedLine(text, offset, lineEnd, quoteYaml(rest)).trim(), rest, before: text.slice(lineStart, offset) };
}

function offsetOf(text: string, line: number, column: number): number | undefined {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return undefined;
    offset = next + 1;
  }
  return offset + column - 1 <= text.length ? offset + column - 1 : undefined;
}
