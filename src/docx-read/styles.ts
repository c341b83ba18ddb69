// word/styles.xml and the theme's fonts: the style sheet, and a paragraph's and a run's effective
// formatting resolved the way Word does — document defaults, then the table style, the paragraph
// style chain (basedOn), the numbering level, the character style chain, then direct formatting.
import {
  combineToggles,
  finishParagraph,
  finishRun,
  mergeParagraph,
  mergeRun,
  readParagraphProps,
  readRunProps,
  type ParagraphProps,
  type RunProps,
  type ThemeFonts,
} from './properties.js';
import type { Fonts, ParagraphFormat, RunFormat, StyleInfo } from './types.js';
import { attr, child, children, path, type XmlElement } from './xml.js';

interface StyleDef extends StyleInfo {
  pPr: ParagraphProps;
  rPr: RunProps;
}

export interface StyleSheet {
  styles: Map<string, StyleDef>;
  defaultParagraphStyle?: string;
  defaultCharacterStyle?: string;
  defaultTableStyle?: string;
  docDefaults: { pPr: ParagraphProps; rPr: RunProps };
  theme: ThemeFonts;
  /** Resolved chains by style id (a document has few styles and many runs). */
  cache: Map<string, unknown>;
}

function cached<T>(sheet: StyleSheet, key: string, make: () => T): T {
  if (sheet.cache.has(key)) return sheet.cache.get(key) as T;
  const value = make();
  sheet.cache.set(key, value);
  return value;
}

export function readTheme(theme: XmlElement | undefined): ThemeFonts {
  const scheme = theme && path(theme, 'a:themeElements', 'a:fontScheme');
  const fonts = (el: XmlElement | undefined): Fonts => {
    const latin = attr(child(el, 'a:latin'), 'typeface');
    const ea = attr(child(el, 'a:ea'), 'typeface');
    const cs = attr(child(el, 'a:cs'), 'typeface');
    return {
      ...(latin ? { ascii: latin, hAnsi: latin } : {}),
      ...(ea ? { eastAsia: ea } : {}),
      ...(cs ? { cs } : {}),
    };
  };
  return { major: fonts(child(scheme, 'a:majorFont')), minor: fonts(child(scheme, 'a:minorFont')) };
}

export function readStyles(styles: XmlElement | undefined, theme: ThemeFonts): StyleSheet {
  const sheet: StyleSheet = {
    styles: new Map(),
    docDefaults: {
      pPr: readParagraphProps(path(styles, 'w:docDefaults', 'w:pPrDefault', 'w:pPr')),
      rPr: readRunProps(path(styles, 'w:docDefaults', 'w:rPrDefault', 'w:rPr')),
    },
    theme,
    cache: new Map(),
  };
  for (const s of children(styles, 'w:style')) {
    const id = attr(s, 'w:styleId');
    if (id === undefined) continue;
    const typeAttr = attr(s, 'w:type') ?? 'paragraph';
    const type = (['paragraph', 'character', 'table', 'numbering'].includes(typeAttr) ? typeAttr : 'paragraph') as StyleDef['type'];
    const isDefault = ['1', 'true', 'on'].includes(attr(s, 'w:default') ?? '');
    const name = attr(child(s, 'w:name'), 'w:val');
    const basedOn = attr(child(s, 'w:basedOn'), 'w:val');
    const def: StyleDef = {
      id,
      type,
      isDefault,
      ...(name !== undefined ? { name } : {}),
      ...(basedOn !== undefined ? { basedOn } : {}),
      pPr: readParagraphProps(child(s, 'w:pPr')),
      rPr: readRunProps(child(s, 'w:rPr')),
    };
    // A paragraph style's own rPr never names a character style.
    delete def.rPr.styleId;
    delete def.pPr.styleId;
    sheet.styles.set(id, def);
    if (isDefault && type === 'paragraph') sheet.defaultParagraphStyle ??= id;
    if (isDefault && type === 'character') sheet.defaultCharacterStyle ??= id;
    if (isDefault && type === 'table') sheet.defaultTableStyle ??= id;
  }
  return sheet;
}

/** A style's chain, farthest ancestor first; a basedOn cycle or a missing style ends it. */
function chain(sheet: StyleSheet, id: string | undefined, type: StyleDef['type']): StyleDef[] {
  const out: StyleDef[] = [];
  const seen = new Set<string>();
  let current = id === undefined ? undefined : sheet.styles.get(id);
  while (current && current.type === type && !seen.has(current.id) && out.length < 64) {
    seen.add(current.id);
    out.unshift(current);
    current = current.basedOn === undefined ? undefined : sheet.styles.get(current.basedOn);
  }
  return out;
}

export interface StyleLevels {
  paragraph: ParagraphProps;
  run: RunProps;
}

/** What a paragraph style (with its chain) says; the default paragraph style when the id is unknown. */
export function paragraphStyleProps(sheet: StyleSheet, styleId: string | undefined): StyleLevels & { id?: string } {
  return cached(sheet, `p:${styleId ?? ''}`, () => computeParagraphStyle(sheet, styleId));
}

function computeParagraphStyle(sheet: StyleSheet, styleId: string | undefined): StyleLevels & { id?: string } {
  const id = styleId !== undefined && sheet.styles.get(styleId)?.type === 'paragraph' ? styleId : sheet.defaultParagraphStyle;
  let paragraph: ParagraphProps = {};
  let run: RunProps = {};
  for (const s of chain(sheet, id, 'paragraph')) {
    paragraph = mergeParagraph(paragraph, s.pPr);
    run = mergeRun(run, s.rPr);
  }
  return { paragraph, run, ...(id !== undefined ? { id } : {}) };
}

function characterStyleProps(sheet: StyleSheet, styleId: string | undefined): RunProps {
  return cached(sheet, `c:${styleId ?? ''}`, () => computeCharacterStyle(sheet, styleId));
}

function computeCharacterStyle(sheet: StyleSheet, styleId: string | undefined): RunProps {
  let run: RunProps = {};
  for (const s of chain(sheet, styleId ?? sheet.defaultCharacterStyle, 'character')) run = mergeRun(run, s.rPr);
  return run;
}

function tableStyleProps(sheet: StyleSheet, styleId: string | undefined): StyleLevels {
  return cached(sheet, `t:${styleId ?? ''}`, () => computeTableStyle(sheet, styleId));
}

function computeTableStyle(sheet: StyleSheet, styleId: string | undefined): StyleLevels {
  let paragraph: ParagraphProps = {};
  let run: RunProps = {};
  for (const s of chain(sheet, styleId ?? sheet.defaultTableStyle, 'table')) {
    paragraph = mergeParagraph(paragraph, s.pPr);
    run = mergeRun(run, s.rPr);
  }
  return { paragraph, run };
}

/** Context a paragraph is resolved in: its table's style, and its numbering level's properties. */
export interface ParagraphContext {
  tableStyleId?: string;
  inTable: boolean;
  numbering?: { pPr: ParagraphProps; rPr: RunProps };
}

export interface ResolvedParagraph {
  props: ParagraphProps;
  format: ParagraphFormat;
  /** The run properties every run of the paragraph starts from (defaults, table style, paragraph style). */
  runBase: RunProps;
  styleId?: string;
}

/** The direct pPr of a paragraph → its effective paragraph formatting and its runs' base. */
export function resolveParagraph(sheet: StyleSheet, direct: ParagraphProps, ctx: ParagraphContext): ResolvedParagraph {
  const style = paragraphStyleProps(sheet, direct.styleId);
  const table = ctx.inTable ? tableStyleProps(sheet, ctx.tableStyleId) : { paragraph: {}, run: {} };
  let props = mergeParagraph(sheet.docDefaults.pPr, table.paragraph);
  props = mergeParagraph(props, style.paragraph);
  if (ctx.numbering) props = mergeParagraph(props, ctx.numbering.pPr);
  props = mergeParagraph(props, direct);
  const runBase = mergeRun(mergeRun(sheet.docDefaults.rPr, table.run), style.run);
  return { props, format: finishParagraph(props), runBase, ...(style.id !== undefined ? { styleId: style.id } : {}) };
}

/** Numbering and outline from the paragraph style, for a paragraph that names none itself. */
export function styleNumbering(sheet: StyleSheet, styleId: string | undefined): { numId?: string; ilvl?: number } {
  const p = paragraphStyleProps(sheet, styleId).paragraph;
  return { ...(p.numId !== undefined ? { numId: p.numId } : {}), ...(p.ilvl !== undefined ? { ilvl: p.ilvl } : {}) };
}

/**
 * A run's effective formatting. `paragraphStyleRun` is the run level of the paragraph's style
 * (toggles XOR with the character style's), `base` the defaults under it.
 */
export function resolveRun(sheet: StyleSheet, paragraphStyleId: string | undefined, direct: RunProps, inTable: boolean, tableStyleId?: string): RunFormat {
  return finishRun(resolveRunProps(sheet, paragraphStyleId, direct, inTable, tableStyleId), sheet.theme);
}

export function resolveRunProps(sheet: StyleSheet, paragraphStyleId: string | undefined, direct: RunProps, inTable: boolean, tableStyleId?: string): RunProps {
  const table = inTable ? tableStyleProps(sheet, tableStyleId) : { run: {} };
  const paragraphStyle = paragraphStyleProps(sheet, paragraphStyleId).run;
  const characterStyle = characterStyleProps(sheet, direct.styleId);
  const base = mergeRun(sheet.docDefaults.rPr, table.run);
  return mergeRun(mergeRun(base, combineToggles(paragraphStyle, characterStyle)), direct);
}

export function finish(sheet: StyleSheet, run: RunProps): RunFormat {
  return finishRun(run, sheet.theme);
}

export function styleInfos(sheet: StyleSheet): Record<string, StyleInfo> {
  const out: Record<string, StyleInfo> = {};
  for (const [id, s] of sheet.styles) {
    out[id] = { id, type: s.type, isDefault: s.isDefault, ...(s.name !== undefined ? { name: s.name } : {}), ...(s.basedOn !== undefined ? { basedOn: s.basedOn } : {}) };
  }
  return out;
}
