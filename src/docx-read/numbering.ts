// word/numbering.xml: Word's automatic numbers and bullets turned into the text Word shows.
// Counters run in document order per list: w:num instances of one w:abstractNum share their counters
// (as in Word) unless a w:lvlOverride/w:startOverride makes the instance a list of its own; a level
// restarts after any shallower level (or as w:lvlRestart says); %1…%9 in w:lvlText take each level's
// counter in that level's format (decimal under w:isLgl).
import { readParagraphProps, readRunProps, type ParagraphProps, type RunProps } from './properties.js';
import { attr, child, children, numAttr, onOff, type XmlElement } from './xml.js';

interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  suffix: 'tab' | 'space' | 'nothing';
  restart?: number;
  isLgl: boolean;
  pPr: ParagraphProps;
  rPr: RunProps;
}

interface NumDef {
  abstractId: string;
  overrides: Map<number, { start?: number; level?: Level }>;
}

export interface NumberingDefinitions {
  abstracts: Map<string, { levels: Map<number, Level>; styleLink?: string; numStyleLink?: string }>;
  nums: Map<string, NumDef>;
}

function readLevel(lvl: XmlElement): Level {
  const suff = attr(child(lvl, 'w:suff'), 'w:val');
  const restart = numAttr(child(lvl, 'w:lvlRestart'), 'w:val');
  return {
    start: numAttr(child(lvl, 'w:start'), 'w:val') ?? 0,
    numFmt: attr(child(lvl, 'w:numFmt'), 'w:val') ?? 'decimal',
    lvlText: attr(child(lvl, 'w:lvlText'), 'w:val') ?? '',
    suffix: suff === 'space' || suff === 'nothing' ? suff : 'tab',
    ...(restart !== undefined ? { restart } : {}),
    isLgl: onOff(child(lvl, 'w:isLgl')) ?? false,
    pPr: readParagraphProps(child(lvl, 'w:pPr')),
    rPr: readRunProps(child(lvl, 'w:rPr')),
  };
}

export function readNumbering(root: XmlElement | undefined): NumberingDefinitions {
  const defs: NumberingDefinitions = { abstracts: new Map(), nums: new Map() };
  for (const a of children(root, 'w:abstractNum')) {
    const id = attr(a, 'w:abstractNumId');
    if (id === undefined) continue;
    const levels = new Map<number, Level>();
    for (const lvl of children(a, 'w:lvl')) levels.set(numAttr(lvl, 'w:ilvl') ?? 0, readLevel(lvl));
    const styleLink = attr(child(a, 'w:styleLink'), 'w:val');
    const numStyleLink = attr(child(a, 'w:numStyleLink'), 'w:val');
    defs.abstracts.set(id, { levels, ...(styleLink ? { styleLink } : {}), ...(numStyleLink ? { numStyleLink } : {}) });
  }
  for (const n of children(root, 'w:num')) {
    const id = attr(n, 'w:numId');
    const abstractId = attr(child(n, 'w:abstractNumId'), 'w:val');
    if (id === undefined || abstractId === undefined) continue;
    const overrides = new Map<number, { start?: number; level?: Level }>();
    for (const o of children(n, 'w:lvlOverride')) {
      const ilvl = numAttr(o, 'w:ilvl') ?? 0;
      const start = numAttr(child(o, 'w:startOverride'), 'w:val');
      const lvl = child(o, 'w:lvl');
      overrides.set(ilvl, { ...(start !== undefined ? { start } : {}), ...(lvl ? { level: readLevel(lvl) } : {}) });
    }
    defs.nums.set(id, { abstractId, overrides });
  }
  return defs;
}

// ── Number formats ──

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v);
  return out;
}

/** Word's letters: a…z, then aa…zz, aaa… (the letter repeated, not base 26). */
function letters(n: number): string {
  if (n <= 0) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
    case 'bullet':
      return '';
    default:
      return String(n);
  }
}

/** Symbol/Wingdings private-use bullets as the characters they draw. */
const SYMBOL_BULLETS: Record<string, string> = {
  '\uF0B7': '•', '\uF0A7': '▪', '\uF0D8': '➢', '\uF076': '❖', '\uF0FC': '✓', '\uF0A8': '□', '\uF06E': '■',
  '\uF071': '❑', '\uF075': '◆', '\uF0E0': '➢', '\uF02D': '-', '\uF0BE': '—', '\uF0B0': '°', '\uF0D7': '►',
};

export function bulletText(text: string): string {
  return [...text].map((c) => SYMBOL_BULLETS[c] ?? (c >= '\uF000' && c <= '\uF0FF' ? '•' : c)).join('');
}

export interface LevelInfo {
  numFmt: string;
  suffix: Level['suffix'];
  pPr: ParagraphProps;
  rPr: RunProps;
}

/** Counts numbered paragraphs of one story in order (body, or one header, or the notes). */
export class Numberer {
  private readonly counters = new Map<string, (number | undefined)[]>();

  constructor(
    private readonly defs: NumberingDefinitions,
    private readonly styleNumId: (styleId: string) => string | undefined = () => undefined,
  ) {}

  private abstractOf(numId: string, depth = 0): { levels: Map<number, Level>; key: string; num: NumDef } | undefined {
    const num = this.defs.nums.get(numId);
    if (!num) return undefined;
    const abstract = this.defs.abstracts.get(num.abstractId);
    if (!abstract) return undefined;
    // A list defined by a numbering style (w:numStyleLink) takes its levels from that style's list.
    if (abstract.numStyleLink && depth < 4) {
      const linked = this.styleNumId(abstract.numStyleLink);
      if (linked && linked !== numId) {
        const target = this.abstractOf(linked, depth + 1);
        if (target) return { ...target, num };
      }
    }
    const own = [...num.overrides.values()].some((o) => o.start !== undefined);
    return { levels: abstract.levels, key: own ? `num:${numId}` : `abs:${num.abstractId}`, num };
  }

  level(numId: string, ilvl: number): LevelInfo | undefined {
    const found = this.abstractOf(numId);
    if (!found) return undefined;
    const level = found.num.overrides.get(ilvl)?.level ?? found.levels.get(ilvl);
    return level && { numFmt: level.numFmt, suffix: level.suffix, pPr: level.pPr, rPr: level.rPr };
  }

  /** The label of the next paragraph of list `numId` at level `ilvl`; undefined for no numbering. */
  next(numId: string, ilvl: number): { text: string; numFmt: string; isBullet: boolean; suffix: Level['suffix'] } | undefined {
    if (numId === '0') return undefined;
    const found = this.abstractOf(numId);
    if (!found) return undefined;
    const levelAt = (i: number): Level | undefined => found.num.overrides.get(i)?.level ?? found.levels.get(i);
    const startAt = (i: number): number => found.num.overrides.get(i)?.start ?? levelAt(i)?.start ?? 0;
    const level = levelAt(ilvl);
    if (!level) return undefined;
    let counters = this.counters.get(found.key);
    if (!counters) {
      counters = new Array<number | undefined>(9).fill(undefined);
      this.counters.set(found.key, counters);
    }
    const current = counters[ilvl];
    counters[ilvl] = current === undefined ? startAt(ilvl) : current + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const restart = levelAt(deeper)?.restart;
      if (restart === 0) continue;
      if (restart === undefined || ilvl < restart) counters[deeper] = undefined;
    }
    const value = (i: number): number => counters![i] ?? startAt(i);
    if (level.numFmt === 'bullet') return { text: bulletText(level.lvlText), numFmt: 'bullet', isBullet: true, suffix: level.suffix };
    const text = level.lvlText.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      const fmt = level.isLgl ? 'decimal' : (levelAt(i)?.numFmt ?? 'decimal');
      return formatNumber(value(i), fmt === 'bullet' ? 'decimal' : fmt);
    });
    return { text, numFmt: level.numFmt, isBullet: false, suffix: level.suffix };
  }
}
