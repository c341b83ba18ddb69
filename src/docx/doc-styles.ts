// styles.xml: the document defaults (Times New Roman, black, the body's size, Vietnamese), the named
// styles of named-styles.ts, and docx's own built-in styles kept in Times New Roman and black (its
// title, heading 5–6, TOC and note styles would otherwise bring Office's colours and fonts).
import { BorderStyle, LineRuleType, type IParagraphStyleOptions, type IStylesOptions, type IThemeOptions } from 'docx';
import { DEFAULT_LOOK, resolveLook, STYLE_KEYS, type StyleLook, type StyleSheet } from './named-styles.js';
import { ALIGNMENTS } from './paragraphs.js';
import { FONT_FAMILY, LANGUAGE, RULE_SPACE_PT, RULE_THICKNESS, BOX_BORDER_SPACE_PT, TEXT_COLOR } from './styles.js';
import { halfPoints, twipsFromMm, twipsFromPt } from './units.js';

const fontsOf = (font: string) => ({ ascii: font, hAnsi: font, cs: font, eastAsia: font });
/** Auto line spacing counts 240ths of a line. */
const LINE = 240;

/** docx's own styles the writer does not use; they keep the decree's font and colour. */
const BUILT_IN_STYLES = [
  'title',
  'heading5',
  'heading6',
  'strong',
  'listParagraph',
  'caption',
  'bibliography',
  'hyperlink',
] as const;

function createBorder(border: StyleLook['border']): IParagraphStyleOptions['paragraph'] {
  if (border === undefined) return {};
  if (border === 'bottom') {
    return { border: { bottom: { style: BorderStyle.SINGLE, size: RULE_THICKNESS, space: RULE_SPACE_PT, color: TEXT_COLOR } } };
  }
  const edge = { style: BorderStyle.SINGLE, size: RULE_THICKNESS, space: BOX_BORDER_SPACE_PT, color: TEXT_COLOR };
  return { border: { top: edge, bottom: edge, left: edge, right: edge } };
}

/**
 * One named style as docx options: what the style sets itself, so Word's inheritance works (a clerk
 * changing Normal's size changes every style that does not set its own). A `false` emphasis is
 * written only where the style it is based on would turn it on.
 */
function createParagraphStyle(sheet: StyleSheet, key: (typeof STYLE_KEYS)[number]): IParagraphStyleOptions {
  const style = sheet[key];
  const look = style.look;
  const base = style.basedOn === undefined ? DEFAULT_LOOK : resolveLook(sheet, style.basedOn);
  const flag = (value: boolean | undefined, inherited: boolean): boolean | undefined =>
    value === undefined || (value === false && !inherited) ? undefined : value;
  const bold = flag(look.bold, base.bold);
  const italics = flag(look.italic, base.italic);
  const keepNext = flag(look.keepNext, base.keepNext);
  const spacing = {
    ...(look.before === undefined ? {} : { before: twipsFromPt(look.before) }),
    ...(look.after === undefined ? {} : { after: twipsFromPt(look.after) }),
    ...(look.lineExact !== undefined
      ? { line: twipsFromPt(look.lineExact), lineRule: LineRuleType.EXACT }
      : look.line === undefined
        ? {}
        : { line: Math.round(look.line * LINE), lineRule: LineRuleType.AUTO }),
  };
  return {
    id: style.id,
    name: style.name,
    ...(style.basedOn === undefined ? {} : { basedOn: sheet[style.basedOn].id }),
    ...(style.next === undefined ? {} : { next: sheet[style.next].id }),
    ...(style.quick === true ? { quickFormat: true } : {}),
    run: {
      ...(look.font === undefined ? {} : { font: fontsOf(look.font) }),
      ...(look.size === undefined ? {} : { size: halfPoints(look.size) }),
      ...(bold === undefined ? {} : { bold }),
      ...(italics === undefined ? {} : { italics }),
    },
    paragraph: {
      ...(look.alignment === undefined ? {} : { alignment: ALIGNMENTS[look.alignment] }),
      ...(Object.keys(spacing).length > 0 ? { spacing } : {}),
      ...(look.firstLine === undefined ? {} : { indent: { firstLine: twipsFromMm(look.firstLine) } }),
      ...(keepNext === undefined ? {} : { keepNext }),
      ...(look.outlineLevel === undefined ? {} : { outlineLevel: look.outlineLevel }),
      ...createBorder(look.border),
    },
  };
}

export function createStylesOptions(sheet: StyleSheet): IStylesOptions {
  const font = fontsOf(FONT_FAMILY);
  const plain = { run: { font, size: halfPoints(DEFAULT_LOOK.size), color: TEXT_COLOR } };
  return {
    default: {
      document: {
        run: { font, size: halfPoints(DEFAULT_LOOK.size), color: TEXT_COLOR, language: { value: LANGUAGE } },
        paragraph: { spacing: { before: 0, after: 0, line: LINE, lineRule: LineRuleType.AUTO } },
      },
      ...Object.fromEntries(BUILT_IN_STYLES.map((id) => [id, plain])),
    },
    paragraphStyles: STYLE_KEYS.map((key) => createParagraphStyle(sheet, key)),
  };
}

export const THEME: IThemeOptions = { fonts: { headings: FONT_FAMILY, body: FONT_FAMILY } };
