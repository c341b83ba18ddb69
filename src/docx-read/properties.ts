// w:rPr and w:pPr as partial values (what one level of the hierarchy says), and merging them the
// way Word does: each property on its own, the nearer level winning; toggle properties (bold,
// italic, caps, …) of the paragraph style and the character style combine by exclusive or
// (ECMA-376 §17.7.3), direct formatting sets them outright.
import type { Alignment, Border, Borders, BorderSide, Fonts, LineSpacing, ParagraphFormat, RunFormat, TabStop } from './types.js';
import { attr, child, children, numAttr, onOff, type XmlElement } from './xml.js';

/** Twips (1/20 pt) to pt, exact to the hundredth (twips/20 has at most two decimals). */
export const twips = (n: number): number => (n * 5) / 100;
const BORDER_SIDES: BorderSide[] = ['top', 'bottom', 'left', 'right', 'between', 'bar', 'insideH', 'insideV'];
const SIDE_ALIASES: Record<string, BorderSide> = { start: 'left', end: 'right' };

export const TOGGLES = ['bold', 'italic', 'strike', 'caps', 'smallCaps', 'hidden'] as const;
type Toggle = (typeof TOGGLES)[number];

export interface RunProps {
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  caps?: boolean;
  smallCaps?: boolean;
  hidden?: boolean;
  underline?: string;
  sizePt?: number;
  sizeCsPt?: number;
  fonts?: Fonts;
  /** Theme font slots per script (asciiTheme …), resolved against the theme when formatting is finished. */
  themeFonts?: Fonts;
  color?: string;
  vertAlign?: RunFormat['vertAlign'];
  spacingPt?: number;
  styleId?: string;
}

export interface ParagraphProps {
  alignment?: Alignment;
  leftPt?: number;
  rightPt?: number;
  firstLinePt?: number;
  beforePt?: number;
  afterPt?: number;
  line?: LineSpacing;
  beforeAuto?: boolean;
  afterAuto?: boolean;
  keepNext?: boolean;
  keepLines?: boolean;
  pageBreakBefore?: boolean;
  widowControl?: boolean;
  contextualSpacing?: boolean;
  borders?: Borders;
  tabs?: { stop: TabStop; clear: boolean }[];
  outlineLevel?: number;
  frame?: boolean;
  shading?: string;
  numId?: string;
  ilvl?: number;
  styleId?: string;
}

const ALIGN: Record<string, Alignment> = {
  left: 'left',
  start: 'left',
  center: 'center',
  right: 'right',
  end: 'right',
  both: 'justify',
  justify: 'justify',
  distribute: 'distribute',
  thaiDistribute: 'distribute',
  lowKashida: 'justify',
  mediumKashida: 'justify',
  highKashida: 'justify',
};

export function alignmentOf(el: XmlElement | undefined): Alignment | undefined {
  const v = attr(el, 'w:val');
  return v === undefined ? undefined : ALIGN[v];
}

function border(el: XmlElement): Border {
  const color = attr(el, 'w:color');
  return {
    style: attr(el, 'w:val') ?? 'single',
    sizePt: (numAttr(el, 'w:sz') ?? 4) / 8,
    spacePt: numAttr(el, 'w:space') ?? 0,
    ...(color !== undefined && color !== 'auto' ? { color } : {}),
  };
}

/** w:pBdr, w:tblBorders, w:tcBorders. */
export function readBorders(el: XmlElement | undefined): Borders {
  const out: Borders = {};
  if (!el) return out;
  for (const c of el.children) {
    const local = c.name.replace(/^w:/, '');
    const side = SIDE_ALIASES[local] ?? ((BORDER_SIDES as string[]).includes(local) ? (local as BorderSide) : undefined);
    if (side) out[side] = border(c);
  }
  return out;
}

export function readRunProps(rPr: XmlElement | undefined): RunProps {
  const p: RunProps = {};
  if (!rPr) return p;
  const set = <K extends keyof RunProps>(k: K, v: RunProps[K] | undefined) => {
    if (v !== undefined) p[k] = v;
  };
  set('bold', onOff(child(rPr, 'w:b')));
  set('italic', onOff(child(rPr, 'w:i')));
  set('strike', onOff(child(rPr, 'w:strike')) ?? onOff(child(rPr, 'w:dstrike')));
  set('caps', onOff(child(rPr, 'w:caps')));
  set('smallCaps', onOff(child(rPr, 'w:smallCaps')));
  set('hidden', onOff(child(rPr, 'w:vanish')));
  const u = child(rPr, 'w:u');
  if (u) p.underline = attr(u, 'w:val') ?? 'single';
  const sz = numAttr(child(rPr, 'w:sz'), 'w:val');
  if (sz !== undefined) p.sizePt = sz / 2;
  const szCs = numAttr(child(rPr, 'w:szCs'), 'w:val');
  if (szCs !== undefined) p.sizeCsPt = szCs / 2;
  const rFonts = child(rPr, 'w:rFonts');
  if (rFonts) {
    const fonts: Fonts = {};
    const themes: Fonts = {};
    for (const slot of ['ascii', 'hAnsi', 'cs', 'eastAsia'] as const) {
      const name = attr(rFonts, `w:${slot}`);
      if (name !== undefined) fonts[slot] = name;
      // The complex-script theme attribute is spelled w:cstheme.
      const theme = attr(rFonts, slot === 'cs' ? 'w:cstheme' : `w:${slot}Theme`);
      if (theme !== undefined) themes[slot] = theme;
    }
    if (Object.keys(fonts).length) p.fonts = fonts;
    if (Object.keys(themes).length) p.themeFonts = themes;
  }
  const color = attr(child(rPr, 'w:color'), 'w:val');
  if (color !== undefined && color !== 'auto') p.color = color;
  const va = attr(child(rPr, 'w:vertAlign'), 'w:val');
  if (va === 'superscript' || va === 'subscript' || va === 'baseline') p.vertAlign = va;
  const spacing = numAttr(child(rPr, 'w:spacing'), 'w:val');
  if (spacing !== undefined) p.spacingPt = twips(spacing);
  const rStyle = attr(child(rPr, 'w:rStyle'), 'w:val');
  if (rStyle !== undefined) p.styleId = rStyle;
  return p;
}

export function readParagraphProps(pPr: XmlElement | undefined): ParagraphProps {
  const p: ParagraphProps = {};
  if (!pPr) return p;
  const set = <K extends keyof ParagraphProps>(k: K, v: ParagraphProps[K] | undefined) => {
    if (v !== undefined) p[k] = v;
  };
  set('alignment', alignmentOf(child(pPr, 'w:jc')));
  const ind = child(pPr, 'w:ind');
  if (ind) {
    set('leftPt', mul(numAttr(ind, 'w:left') ?? numAttr(ind, 'w:start')));
    set('rightPt', mul(numAttr(ind, 'w:right') ?? numAttr(ind, 'w:end')));
    const hanging = numAttr(ind, 'w:hanging');
    const firstLine = numAttr(ind, 'w:firstLine');
    if (hanging !== undefined) p.firstLinePt = twips(-hanging);
    else if (firstLine !== undefined) p.firstLinePt = twips(firstLine);
  }
  const spacing = child(pPr, 'w:spacing');
  if (spacing) {
    set('beforePt', mul(numAttr(spacing, 'w:before')));
    set('afterPt', mul(numAttr(spacing, 'w:after')));
    set('beforeAuto', onOffAttr(attr(spacing, 'w:beforeAutospacing')));
    set('afterAuto', onOffAttr(attr(spacing, 'w:afterAutospacing')));
    const line = numAttr(spacing, 'w:line');
    if (line !== undefined) {
      const rule = attr(spacing, 'w:lineRule');
      p.line = rule === 'exact' || rule === 'atLeast' ? { rule, value: twips(line) } : { rule: 'auto', value: line / 240 };
    }
  }
  set('keepNext', onOff(child(pPr, 'w:keepNext')));
  set('keepLines', onOff(child(pPr, 'w:keepLines')));
  set('pageBreakBefore', onOff(child(pPr, 'w:pageBreakBefore')));
  set('widowControl', onOff(child(pPr, 'w:widowControl')));
  set('contextualSpacing', onOff(child(pPr, 'w:contextualSpacing')));
  const pBdr = child(pPr, 'w:pBdr');
  if (pBdr) p.borders = readBorders(pBdr);
  const tabs = child(pPr, 'w:tabs');
  if (tabs) {
    p.tabs = children(tabs, 'w:tab').map((t) => {
      const leader = attr(t, 'w:leader');
      const stop: TabStop = { kind: attr(t, 'w:val') ?? 'left', posPt: twips(numAttr(t, 'w:pos') ?? 0), ...(leader !== undefined ? { leader } : {}) };
      return { stop, clear: attr(t, 'w:val') === 'clear' };
    });
  }
  set('outlineLevel', numAttr(child(pPr, 'w:outlineLvl'), 'w:val'));
  if (child(pPr, 'w:framePr')) p.frame = true;
  const shd = attr(child(pPr, 'w:shd'), 'w:fill');
  if (shd !== undefined && shd !== 'auto') p.shading = shd;
  const numPr = child(pPr, 'w:numPr');
  if (numPr) {
    const numId = attr(child(numPr, 'w:numId'), 'w:val');
    if (numId !== undefined) p.numId = numId;
    const ilvl = numAttr(child(numPr, 'w:ilvl'), 'w:val');
    if (ilvl !== undefined) p.ilvl = ilvl;
  }
  const pStyle = attr(child(pPr, 'w:pStyle'), 'w:val');
  if (pStyle !== undefined) p.styleId = pStyle;
  return p;
}

function mul(v: number | undefined): number | undefined {
  return v === undefined ? undefined : twips(v);
}

function onOffAttr(v: string | undefined): boolean | undefined {
  if (v === undefined) return undefined;
  return !(v === '0' || v === 'false' || v === 'off');
}

/** `over` wins property by property; fonts and borders slot by slot; tabs accumulate (clear removes). */
export function mergeRun(base: RunProps, over: RunProps): RunProps {
  const out: RunProps = { ...base, ...over };
  if (base.fonts || over.fonts) out.fonts = { ...base.fonts, ...over.fonts };
  if (base.themeFonts || over.themeFonts) {
    // An explicit font at a nearer level replaces a theme font of a farther one, slot by slot.
    const themes: Fonts = { ...base.themeFonts };
    for (const slot of Object.keys(over.fonts ?? {}) as (keyof Fonts)[]) delete themes[slot];
    out.themeFonts = { ...themes, ...over.themeFonts };
  }
  return out;
}

export function mergeParagraph(base: ParagraphProps, over: ParagraphProps): ParagraphProps {
  const out: ParagraphProps = { ...base, ...over };
  if (base.borders || over.borders) out.borders = { ...base.borders, ...over.borders };
  if (base.tabs || over.tabs) out.tabs = [...(base.tabs ?? []), ...(over.tabs ?? [])];
  return out;
}

/** Toggle properties of the paragraph-style level and the character-style level, combined. */
export function combineToggles(paragraphStyle: RunProps, characterStyle: RunProps): RunProps {
  const out = mergeRun(paragraphStyle, characterStyle);
  for (const t of TOGGLES as readonly Toggle[]) {
    const a = paragraphStyle[t];
    const b = characterStyle[t];
    if (a !== undefined && b !== undefined) out[t] = a !== b;
  }
  return out;
}

export interface ThemeFonts {
  major: Fonts;
  minor: Fonts;
}

function themeFont(theme: ThemeFonts, name: string): string | undefined {
  const set = name.startsWith('major') ? theme.major : theme.minor;
  if (name.endsWith('EastAsia')) return set.eastAsia;
  if (name.endsWith('Bidi')) return set.cs;
  return set.ascii;
}

/** A finished run format: every property decided (Word's own fallbacks: 10 pt, Times New Roman). */
export function finishRun(p: RunProps, theme: ThemeFonts): RunFormat {
  const fonts: Fonts = { ...p.fonts };
  for (const [slot, name] of Object.entries(p.themeFonts ?? {}) as [keyof Fonts, string][]) {
    const resolved = themeFont(theme, name);
    if (resolved) fonts[slot] = resolved;
  }
  const fallback = fonts.ascii ?? fonts.hAnsi ?? 'Times New Roman';
  fonts.ascii ??= fallback;
  fonts.hAnsi ??= fonts.ascii;
  const sizePt = p.sizePt ?? 10;
  return {
    bold: p.bold ?? false,
    italic: p.italic ?? false,
    ...(p.underline !== undefined && p.underline !== 'none' ? { underline: p.underline } : {}),
    strike: p.strike ?? false,
    caps: p.caps ?? false,
    smallCaps: p.smallCaps ?? false,
    hidden: p.hidden ?? false,
    sizePt,
    sizeCsPt: p.sizeCsPt ?? sizePt,
    fonts,
    ...(p.color !== undefined ? { color: p.color } : {}),
    ...(p.vertAlign !== undefined ? { vertAlign: p.vertAlign } : {}),
    ...(p.spacingPt !== undefined ? { spacingPt: p.spacingPt } : {}),
    ...(p.styleId !== undefined ? { styleId: p.styleId } : {}),
  };
}

export function finishParagraph(p: ParagraphProps): ParagraphFormat {
  const tabs: TabStop[] = [];
  for (const t of p.tabs ?? []) {
    const at = tabs.findIndex((s) => Math.abs(s.posPt - t.stop.posPt) < 0.05);
    if (at >= 0) tabs.splice(at, 1);
    if (!t.clear) tabs.push(t.stop);
  }
  tabs.sort((a, b) => a.posPt - b.posPt);
  return {
    alignment: p.alignment ?? 'left',
    indent: { leftPt: p.leftPt ?? 0, rightPt: p.rightPt ?? 0, firstLinePt: p.firstLinePt ?? 0 },
    spacing: {
      beforePt: p.beforePt ?? 0,
      afterPt: p.afterPt ?? 0,
      line: p.line ?? { rule: 'auto', value: 1 },
      beforeAuto: p.beforeAuto ?? false,
      afterAuto: p.afterAuto ?? false,
    },
    keepNext: p.keepNext ?? false,
    keepLines: p.keepLines ?? false,
    pageBreakBefore: p.pageBreakBefore ?? false,
    widowControl: p.widowControl ?? false,
    contextualSpacing: p.contextualSpacing ?? false,
    borders: p.borders ?? {},
    tabs,
    ...(p.outlineLevel !== undefined && p.outlineLevel < 9 ? { outlineLevel: p.outlineLevel } : {}),
    frame: p.frame ?? false,
    ...(p.shading !== undefined ? { shading: p.shading } : {}),
  };
}
