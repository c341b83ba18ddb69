// PP603: Times New Roman everywhere, tables and text boxes included. A run names its font for ASCII
// text (w:ascii) and for the rest of Latin, Vietnamese included (w:hAnsi); a run with no font at all
// is Times New Roman in Word. One report per foreign font: its first paragraph and how many.
import { FONT_CLAUSE, FONT_FAMILY } from '../../nd30/index.js';
import type { Entry } from '../view.js';
import { inkRuns } from '../view.js';
import type { CheckRule } from './rule.js';

const WANTED = FONT_FAMILY.toLowerCase();

export const fontFamily: CheckRule = {
  code: 'PP603',
  name: 'font-family',
  severity: 'error',
  clause: FONT_CLAUSE,
  check({ view }, report) {
    const byFont = new Map<string, { first: Entry; text: string; entries: Set<number> }>();
    for (const entry of view.entries) {
      for (const piece of entry.pieces) {
        for (const run of inkRuns(piece.runs)) {
          const used = [/[\x21-\x7E]/.test(run.text) ? run.format.fonts.ascii : undefined, /[^\x00-\x7F]/.test(run.text) ? run.format.fonts.hAnsi : undefined];
          for (const font of used) {
            if (font === undefined || font.toLowerCase() === WANTED) continue;
            const seen = byFont.get(font) ?? { first: entry, text: run.text.trim(), entries: new Set<number>() };
            seen.entries.add(entry.number);
            byFont.set(font, seen);
          }
        }
      }
    }
    for (const [font, seen] of byFont) report({ part: 'phong_chu', entry: seen.first }, { font, text: clip(seen.text), count: seen.entries.size });
  },
};

export function clip(text: string, max = 40): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}
