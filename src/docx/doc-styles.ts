// styles.xml: Times New Roman, black, 14 pt, Vietnamese, in the document defaults and in every
// style docx writes (its headings and title would otherwise be coloured), and in the theme.
import type { IStylesOptions, IThemeOptions } from 'docx';
import { FONT_FAMILY, LANGUAGE, SINGLE_LINE_SPACING, SIZE_BODY, TEXT_COLOR } from './styles.js';

const FONT = { ascii: FONT_FAMILY, hAnsi: FONT_FAMILY, cs: FONT_FAMILY, eastAsia: FONT_FAMILY };
const RUN = { font: FONT, size: SIZE_BODY, color: TEXT_COLOR, language: { value: LANGUAGE } };

/** docx's own styles, which would otherwise bring Office's colours and sizes; none is used by the writer. */
const BUILT_IN_STYLES = [
  'title',
  'heading1',
  'heading2',
  'heading3',
  'heading4',
  'heading5',
  'heading6',
  'strong',
  'listParagraph',
  'caption',
  'bibliography',
  'hyperlink',
] as const;

export function createStylesOptions(): IStylesOptions {
  const plain = { run: { font: FONT, size: SIZE_BODY, color: TEXT_COLOR } };
  return {
    default: {
      document: {
        run: RUN,
        paragraph: { spacing: { before: 0, after: 0, line: SINGLE_LINE_SPACING } },
      },
      ...Object.fromEntries(BUILT_IN_STYLES.map((id) => [id, plain])),
    },
    paragraphStyles: [
      { id: 'Normal', name: 'Normal', quickFormat: true, run: { font: FONT, size: SIZE_BODY, color: TEXT_COLOR } },
    ],
  };
}

export const THEME: IThemeOptions = { fonts: { headings: FONT_FAMILY, body: FONT_FAMILY } };
