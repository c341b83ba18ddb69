// PP604: the text is black (Phụ lục I, Phần I, mục II.4: "màu đen"). A warning: a coloured word
// is more often a leftover highlight than a layout choice.
import { FONT_CLAUSE } from '../../nd30/index.js';
import type { Entry } from '../view.js';
import { inkRuns } from '../view.js';
import { clip } from './font-family.js';
import type { CheckRule } from './rule.js';

const BLACK = new Set(['auto', '000000', '000']);

export const textColour: CheckRule = {
  code: 'PP604',
  name: 'text-colour',
  severity: 'warning',
  clause: FONT_CLAUSE,
  check({ view }, report) {
    const byColour = new Map<string, { first: Entry; text: string; entries: Set<number> }>();
    for (const entry of view.entries) {
      for (const run of entry.pieces.flatMap((p) => inkRuns(p.runs))) {
        const colour = run.format.color?.toUpperCase();
        if (colour === undefined || BLACK.has(colour.toLowerCase())) continue;
        const seen = byColour.get(colour) ?? { first: entry, text: run.text.trim(), entries: new Set<number>() };
        seen.entries.add(entry.number);
        byColour.set(colour, seen);
      }
    }
    for (const [color, seen] of byColour) report({ part: 'phong_chu', entry: seen.first }, { color, text: clip(seen.text), count: seen.entries.size });
  },
};
