// The borderless tables that place the header's and the closing block's two columns side by side.
import type { Xml } from './xml.js';

export interface LayoutRow {
  /** The paragraphs of each column, left to right. */
  cells: Xml[];
  /** Keep the row on one page (the signer's block). */
  cantSplit?: boolean;
}

const NO_BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((edge) => `<w:${edge} w:val="none" w:color="auto" w:sz="0"/>`).join('');

/** `w:tblCellMar` with these twips at the top, sides and bottom. */
export function cellMarginsXml(top: number, side: number, bottom: number): Xml {
  return `<w:tblCellMar><w:top w:type="dxa" w:w="${top}"/><w:left w:type="dxa" w:w="${side}"/><w:bottom w:type="dxa" w:w="${bottom}"/><w:right w:type="dxa" w:w="${side}"/></w:tblCellMar>`;
}

/** `w:tblGrid` of these column widths. */
export function gridXml(widths: number[]): Xml {
  return `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
}

/** A borderless, fixed-width table whose cells have no padding, so a column's width is its text's. */
export function createLayoutTable(widths: number[], rows: LayoutRow[]): Xml {
  const total = widths.reduce((sum, w) => sum + w, 0);
  let out = `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/><w:tblBorders>${NO_BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/>${cellMarginsXml(0, 0, 0)}</w:tblPr>${gridXml(widths)}`;
  for (const row of rows) {
    out += `<w:tr>${row.cantSplit === true ? '<w:trPr><w:cantSplit/></w:trPr>' : ''}`;
    row.cells.forEach((paragraphs, i) => {
      // A cell must hold a paragraph; an empty column gets an empty one.
      out += `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${widths[i] ?? 0}"/><w:vAlign w:val="top"/></w:tcPr>${paragraphs === '' ? '<w:p/>' : paragraphs}</w:tc>`;
    });
    out += '</w:tr>';
  }
  return `${out}</w:tbl>`;
}
