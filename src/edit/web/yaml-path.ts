// Where in the plan a position of the text is, by the indentation of the lines above it: the path of
// keys (and "*" for list items) to the place the cursor is in. Read from the lines, not from a parsed
// document, because while a clerk types the YAML is often momentarily broken.

export type PathSegment = string; // a key, or '*' for an item of a list

interface Segment {
  kind: 'key' | 'item';
  name: string;
  col: number;
  /** Where the key's text ends (the colon), for keys. */
  end: number;
  /** Whether a value follows the key on the same line. */
  inline: boolean;
}

const KEY = /^([A-Za-z_][\w-]*|"[^"]*"|'[^']*')[ \t]*:(?=[ \t]|$)/;

function lineSegments(line: string): Segment[] {
  const segments: Segment[] = [];
  let i = 0;
  while (line[i] === ' ') i++;
  if (line[i] === '#') return segments;
  for (;;) {
    if (line[i] === '-' && (line[i + 1] === ' ' || i + 1 === line.length)) {
      segments.push({ kind: 'item', name: '*', col: i, end: i + 1, inline: true });
      i++;
      while (line[i] === ' ') i++;
      continue;
    }
    const key = KEY.exec(line.slice(i));
    if (key) {
      const name = key[1]!.replace(/^["']|["']$/g, '');
      const rest = line.slice(i + key[0].length).trim();
      const inline = rest !== '' && !rest.startsWith('#') && !/^[|>][-+0-9]*$/.test(rest);
      segments.push({ kind: 'key', name, col: i, end: i + key[1]!.length, inline });
    }
    return segments;
  }
}

/** Containers enclosing column `col` at line `index`, from the lines above. */
function ancestors(lines: readonly string[], index: number, col: number): PathSegment[] {
  const path: PathSegment[] = [];
  let c = col;
  let lastWasItem = false;
  for (let j = index - 1; j >= 0 && (c > 0 || lastWasItem); j--) {
    const segments = lineSegments(lines[j]!);
    for (let k = segments.length - 1; k >= 0; k--) {
      const s = segments[k]!;
      // A list may sit at its key's own indentation ("key:\n- item").
      const parentOfItem = lastWasItem && s.kind === 'key' && s.col === c && !s.inline;
      if (s.col < c || parentOfItem) {
        path.unshift(s.name);
        c = s.col;
        lastWasItem = s.kind === 'item';
      }
    }
  }
  return path;
}

export interface Place {
  /** The path to the container the position is in (the map whose key is typed, or the list). */
  container: PathSegment[];
  /** When the position is on a key: that key. */
  key?: string;
  /** When the position is in a key's value on the same line: that key (its path is container + key). */
  valueKey?: string;
  /** Whether the position is where a key could be typed (a blank line, or after "- "). */
  keyPosition: boolean;
}

/** `line` is 0-based, `col` a 0-based column. */
export function placeAt(lines: readonly string[], line: number, col: number): Place {
  const text = lines[line] ?? '';
  const segments = lineSegments(text);
  const first = segments[0];
  const lead = text.length - text.trimStart().length;
  const indent = first ? first.col : Math.min(lead, col);
  const container = ancestors(lines, line, indent);
  const place: Place = { container, keyPosition: false };
  for (const s of segments) {
    if (s.kind === 'item') {
      if (col > s.col) container.push('*');
      else break;
      continue;
    }
    if (col <= s.end) place.key = s.name;
    else place.valueKey = s.name;
    break;
  }
  const before = text.slice(0, col);
  place.keyPosition = place.valueKey === undefined && /^\s*(-\s+)*[\w]*$/.test(before);
  return place;
}

/** The text value on a line (after "key:" or "- "), without quotes: what to look for in the document. */
export function valueOnLine(text: string): string {
  const segments = lineSegments(text);
  const last = segments[segments.length - 1];
  let rest = last ? text.slice(last.kind === 'key' ? text.indexOf(':', last.end) + 1 : last.end) : text;
  rest = rest.trim();
  if (rest.startsWith('#') || rest === '|' || rest === '>') return '';
  if (/^["']/.test(rest)) rest = rest.slice(1).replace(/["']\s*(#.*)?$/, '');
  else rest = rest.replace(/\s+#.*$/, '');
  return rest.replace(/^\[|\]$/g, '').trim();
}
