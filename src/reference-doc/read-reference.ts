// --reference-doc mau.docx (pandoc's convention): a province's fonts, sizes and spacing for the named
// styles, read from a .docx it supplies (src/docx-read resolves each style as Word does). A value
// outside the decree's range (src/nd30) is a warning and the decree's value is kept, unless the
// province insists (--reference-doc-wins). Styles the reference lacks keep parplan's defaults.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { readDocx, readStyles, readTheme, resolveParagraph, resolveRun, parseXml, type StyleSheet as ReadSheet } from '../docx-read/index.js';
import { readPackage } from '../docx-read/package.js';
import {
  DEFAULT_STYLE_SHEET,
  resolveSheet,
  STYLE_KEYS,
  type NamedStyle,
  type StyleKey,
  type StyleLook,
  type StyleSheet,
} from '../docx/named-styles.js';
import * as nd30 from '../nd30/index.js';

export interface ReferenceResult {
  /** The named styles with the reference's values applied; undefined when the file cannot be read. */
  sheet?: StyleSheet;
  diagnostics: Diagnostic[];
}

export interface ReferenceOptions {
  /** The file as the user named it (diagnostics). */
  file: string;
  /** Take the reference's value even where it breaks the decree (still warned). */
  wins?: boolean;
}

/** The properties a reference document may set, each with the rule it is checked against. */
type Property = 'font' | 'size' | 'before' | 'after' | 'line' | 'firstLine';
/** How a warning names what it found: a property, or a spacing given in pt. */
type Reported = Property | 'lineExact' | 'lineAtLeast';

const MM_PER_PT = 25.4 / 72;
const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits;

function findStyle(sheet: ReadSheet, style: NamedStyle): string | undefined {
  const byId = sheet.styles.get(style.id);
  if (byId?.type === 'paragraph') return style.id;
  const name = style.name.toLowerCase();
  for (const [id, s] of sheet.styles) if (s.type === 'paragraph' && s.name?.toLowerCase() === name) return id;
  return undefined;
}

/** What the reference's style looks like, in named-styles' units (pt, mm, lines). */
function referenceLook(sheet: ReadSheet, id: string): Required<Pick<StyleLook, Property>> & { lineRule: 'auto' | 'exact' | 'atLeast' } {
  const { format } = resolveParagraph(sheet, { styleId: id }, { inTable: false });
  const run = resolveRun(sheet, id, {}, false);
  return {
    font: run.fonts.ascii ?? run.fonts.hAnsi ?? '',
    size: run.sizePt,
    before: format.spacing.beforePt,
    after: format.spacing.afterPt,
    line: format.spacing.line.value,
    lineRule: format.spacing.line.rule,
    firstLine: round(format.indent.firstLinePt * MM_PER_PT, 2),
  };
}

function rangeText(value: nd30.Nd30Value): string {
  const r = value.range!;
  return r.max === undefined ? `≥ ${r.min} ${value.unit}` : r.min === r.max ? `${r.min} ${value.unit}` : `${round(r.min)}–${round(r.max)} ${value.unit}`;
}

export async function readReferenceDoc(bytes: Uint8Array, options: ReferenceOptions): Promise<ReferenceResult> {
  const read = await readDocx(bytes, { file: options.file });
  if (read.document === undefined) return { diagnostics: read.diagnostics };
  const parts = await readPackage(bytes);
  if (!('xml' in parts)) return { diagnostics: read.diagnostics };
  const xml = (path: string) => {
    const text = parts.xml.get(path);
    return text === undefined ? undefined : parseXml(text);
  };
  const sheet = readStyles(xml('word/styles.xml'), readTheme(xml('word/theme/theme1.xml')));
  const defaults = resolveSheet(DEFAULT_STYLE_SHEET);
  const diagnostics: Diagnostic[] = [];
  // One warning per value: the styles that inherit it in the reference (heading 1–4 from Normal, as
  // Word's own do) are named in the first one's `others`, not warned about four more times.
  const warned = new Map<string, Diagnostic>();
  const warn = (style: NamedStyle, property: Reported, found: string, allowed: string, kept: string) => {
    const same = `${property}\u0000${found}\u0000${allowed}\u0000${kept}`;
    const first = warned.get(same);
    if (first !== undefined) {
      first.args.others = first.args.others === undefined ? style.name : `${first.args.others}, ${style.name}`;
      return;
    }
    const diagnostic: Diagnostic = {
      code: options.wins === true ? 'PP902' : 'PP901',
      severity: 'warning',
      file: options.file,
      line: 0,
      column: 0,
      path: '',
      args: { style: style.name, property, found, allowed, kept },
    };
    warned.set(same, diagnostic);
    diagnostics.push(diagnostic);
  };

  const result: Record<StyleKey, NamedStyle> = { ...DEFAULT_STYLE_SHEET };
  for (const key of STYLE_KEYS) {
    const style = DEFAULT_STYLE_SHEET[key];
    const id = findStyle(sheet, style);
    if (id === undefined) continue;
    const ref = referenceLook(sheet, id);
    const ours = defaults[key];
    const look: StyleLook = { ...style.look };
    const take = <P extends Property>(property: P, value: NonNullable<StyleLook[P]>, rule: nd30.Nd30Value | undefined, unit: string) => {
      const current = ours[property as keyof typeof ours];
      if (typeof value === 'number' && typeof current === 'number' && Math.abs(value - current) < 0.01) return;
      if (value === current) return;
      if (rule !== undefined && typeof value === 'number' && !nd30.isWithinRange(rule, value)) {
        warn(style, property, `${round(value)} ${unit}`, rangeText(rule), `${options.wins === true ? round(value) : current} ${unit}`);
        if (options.wins !== true) return;
      }
      look[property] = value as StyleLook[P];
    };
    // "Exactly 17 pt" or "At least 17 pt", as offices often set the body: counted in lines of the
    // style's size (Times' single line is 1.15 em) against the decree's single to 1.5 lines. Exact
    // is written as exact; at least as the lines it gives (never less than single).
    const takeLineInPoints = (pt: number, rule: 'exact' | 'atLeast', size: number, range: nd30.Nd30Value | undefined) => {
      const lines = Math.max(rule === 'atLeast' ? 1 : 0, pt / (size * nd30.TIMES_SINGLE_LINE_EM));
      const shown = `${round(pt)} pt (${round(lines)} lines)`;
      if (range !== undefined && !nd30.isWithinRange(range, round(lines))) {
        warn(style, rule === 'exact' ? 'lineExact' : 'lineAtLeast', shown, rangeText(range), options.wins === true ? shown : `${ours.line} lines`);
        if (options.wins !== true) return;
      }
      if (rule === 'exact') look.lineExact = pt;
      else look.line = round(lines, 3);
    };
    if (ref.font !== '' && ref.font !== ours.font) {
      warn(style, 'font', ref.font, nd30.FONT_FAMILY, options.wins === true ? ref.font : nd30.FONT_FAMILY);
      if (options.wins === true) look.font = ref.font;
    }
    take('size', ref.size, style.rules.size, 'pt');
    // Spacing and indent come from the reference only for the body's styles (Normal and those that
    // inherit its spacing: headings, căn cứ, bullets, notes). A header part, the closing block or a
    // table keeps the layout the decree's placement needs (single spacing, centred, no indent).
    const own = (property: Property) => key !== 'normal' && style.look[property] !== undefined;
    if (!own('before')) take('before', ref.before, undefined, 'pt');
    if (!own('after')) take('after', ref.after, style.rules.after ?? DEFAULT_STYLE_SHEET.normal.rules.after, 'pt');
    if (!own('line') && look.lineExact === undefined) {
      const lineRule = style.rules.line ?? DEFAULT_STYLE_SHEET.normal.rules.line;
      if (ref.lineRule === 'auto') take('line', ref.line, lineRule, 'lines');
      else takeLineInPoints(ref.line, ref.lineRule, look.size ?? ours.size, lineRule);
    }
    if (!own('firstLine')) take('firstLine', ref.firstLine, style.rules.firstLine ?? DEFAULT_STYLE_SHEET.normal.rules.firstLine, 'mm');
    result[key] = { ...style, look };
  }
  return { sheet: result, diagnostics: [...read.diagnostics.filter((d) => d.severity === 'warning'), ...diagnostics] };
}
