// The decree's three lines (under the Tiêu ngữ, the issuer, the trích yếu) in whatever way a
// producer drew them: a line shape, the bottom border of a paragraph (parplan's way, and a common
// one), an underline of the text itself, or underscores typed as a line. Each found line is measured
// against the text above it with the Times metrics (src/docx/measure-text.ts).
import type { Drawing } from '../docx-read/index.js';
import { measureWrappedLines } from '../docx/measure-text.js';
import { columnOf, isUnderscoreLine } from './find-parts.js';
import type { DocumentView, Entry, Piece } from './view.js';
import { cleanText, inkRuns } from './view.js';

export type LineKind = 'drawn' | 'border' | 'underline' | 'underscores' | 'none';

export interface LineFinding {
  kind: LineKind;
  /** The line's length, pt (not for underscores or none). */
  lengthPt?: number;
  /** The text's (longest line's) width, pt. */
  textPt: number;
  /** The underscores typed. */
  typed?: string;
  /** Where the line is (or where it should be: the text's last piece). */
  at: Piece;
}

/** How many paragraphs under the text a line may stand in (an empty paragraph, maybe two). */
const LOOK_AHEAD = 2;

export function textWidthPt(pieces: readonly Piece[]): number {
  let widest = 0;
  for (const piece of pieces) {
    const runs = inkRuns(piece.runs);
    if (runs.length === 0) continue;
    const size = Math.round((runs[0]!.format.sizePt ?? 14) * 2);
    const line = piece.runs.map((r) => ({ text: r.text.replace(/\s+/g, ' '), bold: r.format.bold, italic: r.format.italic }));
    const column = piece.entry.column.widthPt > 0 ? piece.entry.column.widthPt : 10_000;
    const max = Math.max(1, column - piece.entry.paragraph.format.indent.leftPt - piece.entry.paragraph.format.indent.rightPt) * 20;
    // Trim the line: spaces at its ends are not under the line.
    const trimmed = trimLine(line);
    for (const w of measureWrappedLines(trimmed, { size }, max)) widest = Math.max(widest, w / 20);
  }
  return widest;
}

function trimLine(line: { text: string; bold: boolean; italic: boolean }[]): { text: string; bold: boolean; italic: boolean }[] {
  const out = line.map((r) => ({ ...r }));
  while (out.length > 0 && out[0]!.text.trimStart() === '') out.shift();
  while (out.length > 0 && out.at(-1)!.text.trimEnd() === '') out.pop();
  if (out.length > 0) {
    out[0]!.text = out[0]!.text.trimStart();
    out[out.length - 1]!.text = out[out.length - 1]!.text.trimEnd();
  }
  return out;
}

/** The line under `pieces` (the last of them is the text's last line). */
export function findLineUnder(view: DocumentView, pieces: readonly Piece[]): LineFinding | undefined {
  const last = pieces.at(-1);
  if (last === undefined) return undefined;
  const textPt = textWidthPt(pieces);
  // 1. The text underlined, all of it.
  const ink = pieces.flatMap((p) => inkRuns(p.runs));
  if (ink.length > 0 && ink.every((r) => r.format.underline !== undefined && r.format.underline !== 'none')) {
    return { kind: 'underline', lengthPt: textPt, textPt, at: last };
  }
  // 2. A line shape anchored in the text's own paragraph.
  const own = pickLine(last, last.entry.lines);
  if (own) return { kind: 'drawn', lengthPt: own.widthPt ?? 0, textPt, at: last };
  // 3. The paragraph's own bottom border (when it is the text's last line and no other line follows).
  const column = columnOf(last);
  const following = nextEntries(view, last.entry, LOOK_AHEAD);
  for (const entry of following) {
    const t = cleanText(entry.paragraph.text);
    const sameColumn = entry.column.key === last.entry.column.key || entry.pieces.some((p) => columnOf(p) === column);
    if (!sameColumn && entry.lines.length === 0) break;
    if (isUnderscoreLine(t)) {
      const typed = entry.pieces.find((p) => isUnderscoreLine(cleanText(p.text)) && (entry.pieces.length === 1 || nearestPiece(entry.pieces, last) === p));
      if (typed) return { kind: 'underscores', textPt, typed: cleanText(typed.text), at: typed };
    }
    const drawn = pickLine(last, entry.lines);
    if (drawn) return { kind: 'drawn', lengthPt: drawn.widthPt ?? 0, textPt, at: entry.pieces[0]! };
    const border = entry.paragraph.format.borders.bottom ?? entry.paragraph.format.borders.top;
    if (t === '' && border && border.style !== 'none' && border.style !== 'nil' && sameColumn) {
      return { kind: 'border', lengthPt: borderLength(entry), textPt, at: entry.pieces[0]! };
    }
    if (t !== '') break;
  }
  const ownBorder = last.entry.paragraph.format.borders.bottom;
  if (ownBorder && ownBorder.style !== 'none' && ownBorder.style !== 'nil') {
    return { kind: 'border', lengthPt: borderLength(last.entry), textPt, at: last };
  }
  // 4. Underscores typed at the end of the text's own paragraph ("SỞ NỘI VỤ\n_____").
  const tail = /_{3,}\s*$/u.exec(last.text);
  if (tail) return { kind: 'underscores', textPt, typed: tail[0].trim(), at: last };
  return { kind: 'none', textPt, at: last };
}

function borderLength(entry: Entry): number {
  const { indent } = entry.paragraph.format;
  return Math.max(0, entry.column.widthPt - indent.leftPt - indent.rightPt);
}

function nextEntries(view: DocumentView, entry: Entry, count: number): Entry[] {
  return view.entries.slice(entry.number, entry.number + count);
}

/** Of several lines in one paragraph (a tabbed header draws both in one), the one under the piece. */
function pickLine(piece: Piece, lines: readonly Drawing[]): Drawing | undefined {
  if (lines.length <= 1) return lines[0];
  if (!piece.tabStop) return lines[0];
  const centre = piece.tabStop.posPt;
  let best: Drawing | undefined;
  let bestDistance = Infinity;
  for (const line of lines) {
    const mid = (line.offsetXPt ?? 0) + (line.widthPt ?? 0) / 2;
    const distance = Math.abs(mid - centre);
    if (distance < bestDistance) {
      best = line;
      bestDistance = distance;
    }
  }
  return best;
}

function nearestPiece(pieces: readonly Piece[], above: Piece): Piece | undefined {
  return pieces.find((p) => p.index === above.index) ?? pieces[0];
}
