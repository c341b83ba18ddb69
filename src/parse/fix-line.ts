// The corrected line a message shows when a clerk's text was read as YAML syntax (issue 13, item 6):
// the source line with one span replaced, so the fix can be copied as it is.

/** A text as a YAML double-quoted scalar (or single-quoted when it holds double quotes and no
 * single ones, which reads better than escapes). */
export function quoteYaml(text: string): string {
  if (text.includes('"') && !text.includes("'")) return `'${text}'`;
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The line holding `start`, with the source from `start` to `end` (at most the end of that line)
 * replaced; indentation kept, trailing spaces dropped. */
export function fixedLine(text: string, start: number, end: number, replacement: string): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', start);
  const lineEnd = newline < 0 ? text.length : newline;
  const stop = Math.min(Math.max(end, start), lineEnd);
  return (text.slice(lineStart, start) + replacement + text.slice(stop, lineEnd)).replace(/\s+$/, '');
}

/** The text of a line from `start` to its end, without a trailing comment (" #…") or spaces. */
export function restOfLine(text: string, start: number): string {
  const newline = text.indexOf('\n', start);
  return text.slice(start, newline < 0 ? text.length : newline).replace(/\r$/, '').replace(/\s+$/, '');
}

/** Where a line's value starts: after the indentation, any "- " list dashes and a "key: ". */
export function valueStart(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const line = restOfLine(text, lineStart);
  const m = /^(\s*(?:-\s+)*)(?:(?:"[^"]*"|'[^']*'|[A-Za-z0-9_]+)\s*:\s+)?/.exec(line);
  return lineStart + (m ? m[0].length : 0);
}
