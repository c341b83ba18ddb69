// Text widths with the Times metrics (Adobe's AFM for Times-Roman and its bold/italic faces, which
// Times New Roman and Liberation Serif match), used to size the decree's lines and boxes to the
// text above them. A Vietnamese letter is measured as its base letter: the diacritics stack above
// or below it without adding width.
import { TIMES_WIDTHS } from './times-widths.generated.js';
import type { Line } from '../model/document.js';

export interface BaseLook {
  /** Font size in half-points. */
  size: number;
  bold?: boolean;
  italic?: boolean;
}

type FaceKey = 'regular' | 'bold' | 'italic' | 'boldItalic';

/** Width of a glyph we can't name: about an average letter. */
const FALLBACK_WIDTH = 500;
const COMBINING_MARK = /\p{M}/u;
/** Letters NFD leaves whole and WinAnsi lacks, measured as the letter they are drawn on. */
const BASE_LETTER: Record<string, string> = { Đ: 'D', đ: 'd', Ɖ: 'D' };

// The widths of the characters WinAnsi encodes, per face, from a table made ahead of time
// (bin/times-widths.mjs): decompressing a face's AFM took ~20 ms at every cold render.
const faces = new Map<FaceKey, Map<string, number>>();

function faceOf(key: FaceKey): Map<string, number> {
  let face = faces.get(key);
  if (face === undefined) {
    const [chars, widths] = TIMES_WIDTHS[key];
    face = new Map([...chars].map((char, i) => [char, widths[i]!]));
    faces.set(key, face);
  }
  return face;
}

/** Width of one character, in thousandths of an em: the width of its base letter, or about an average
 * letter for one the faces do not have. */
function widthOfChar(key: FaceKey, char: string): number {
  const face = faceOf(key);
  const cached = face.get(char);
  if (cached !== undefined) return cached;
  const base = BASE_LETTER[char] ?? [...char.normalize('NFD')].find((c) => !COMBINING_MARK.test(c)) ?? '';
  const width = base === '' ? 0 : (face.get(base) ?? FALLBACK_WIDTH);
  face.set(char, width);
  return width;
}

function faceKey(bold: boolean, italic: boolean): FaceKey {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}

/** Each face's widths by UTF-16 code (-1: not looked up yet), filled as characters are met: the
 * measuring runs for every table cell of every plan, and a Map lookup per character was most of it. */
const codeWidths = new Map<FaceKey, Float64Array>();

function codeWidthsOf(key: FaceKey): Float64Array {
  let table = codeWidths.get(key);
  if (table === undefined) {
    table = new Float64Array(0x10000).fill(-1);
    codeWidths.set(key, table);
  }
  return table;
}

/**
 * Calls `visit` with the width (thousandths of an em) of each character of a line, in the face of
 * its run's emphasis OR-ed with the base look, and whether it is a space. A surrogate pair is one
 * character, measured by its code point.
 */
function eachCharWidth(line: Line, look: BaseLook, visit: (width: number, space: boolean) => void): void {
  for (const run of line) {
    const key = faceKey(run.bold === true || look.bold === true, run.italic === true || look.italic === true);
    const table = codeWidthsOf(key);
    const text = run.text;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        visit(widthOfChar(key, String.fromCodePoint(text.codePointAt(i)!)), false);
        i += 1;
        continue;
      }
      let width = table[code]!;
      if (width < 0) {
        width = widthOfChar(key, text[i]!);
        table[code] = width;
      }
      visit(width, code === 32);
    }
  }
}

/** Thousandths of an em to twips at a size in half-points: w/1000 × size/2 pt × 20. */
function twipsOf(milliEm: number, size: number): number {
  return (milliEm * size) / 100;
}

/** Width of a line set on one line, in twips. */
export function measureLine(line: Line, look: BaseLook): number {
  let total = 0;
  eachCharWidth(line, look, (width) => (total += width));
  return twipsOf(total, look.size);
}

/**
 * Widths (twips) of the lines a paragraph breaks into when it wraps at spaces within `maxWidth`,
 * as a word processor's greedy line breaking does. A word wider than the column stands alone.
 */
export function measureWrappedLines(line: Line, look: BaseLook, maxWidth: number): number[] {
  const maxMilliEm = (maxWidth * 100) / look.size;
  const lines: number[] = [];
  let lineWidth = 0; // up to the end of the last word placed
  let pendingSpaces = 0; // spaces after the last word placed
  let word = 0;
  let wordStarted = false;
  const placeWord = (): void => {
    if (!wordStarted) return;
    if (lineWidth > 0 && lineWidth + pendingSpaces + word > maxMilliEm) {
      lines.push(lineWidth);
      lineWidth = word;
    } else {
      lineWidth += pendingSpaces + word;
    }
    pendingSpaces = 0;
    word = 0;
    wordStarted = false;
  };
  eachCharWidth(line, look, (width, space) => {
    if (space) {
      placeWord();
      pendingSpaces += width;
    } else {
      word += width;
      wordStarted = true;
    }
  });
  placeWord();
  if (lineWidth > 0 || lines.length === 0) lines.push(lineWidth);
  return lines.map((w) => twipsOf(w, look.size));
}

/** Width of the longest line the given lines take once wrapped within `maxWidth`, in twips. */
export function measureLongestLine(lines: Line[], look: BaseLook, maxWidth: number): number {
  let longest = 0;
  for (const line of lines) {
    for (const width of measureWrappedLines(line, look, maxWidth)) longest = Math.max(longest, width);
  }
  return longest;
}
