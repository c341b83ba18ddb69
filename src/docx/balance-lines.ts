// A centred heading that wraps (a long trích yếu) breaks into lines of about equal length, as a
// typesetter would, instead of a full first line and a stranded word ("… (PAR INDEX), Chỉ / số hài
// lòng …"): the narrowest column that still holds the text in as many lines as the full width does,
// measured with the writer's Times metrics (measure-text.ts).
import type { Line } from '../model/document.js';
import { measureWrappedLines, type BaseLook } from './measure-text.js';

/** Room left for the difference between our metrics and the word processor's (kerning, rounding). */
const SLACK_TWIPS = 60;

/** The column width (twips) for `line` within `maxWidth`: maxWidth when it fits on one line. */
export function balancedWidth(line: Line, look: BaseLook, maxWidth: number): number {
  const lines = measureWrappedLines(line, look, maxWidth).length;
  if (lines <= 1) return maxWidth;
  let low = Math.floor(maxWidth / lines);
  let high = maxWidth;
  while (high - low > 10) {
    const mid = Math.floor((low + high) / 2);
    if (measureWrappedLines(line, look, mid).length <= lines) high = mid;
    else low = mid;
  }
  return Math.min(maxWidth, high + SLACK_TWIPS);
}
