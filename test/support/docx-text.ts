// The text of a .docx, paragraph by paragraph, in reading order (body, then tables' cells).
import { all, parseXml, part, readParts, textOf, type XmlElement } from './docx-xml.js';

export function docxParagraphs(bytes: Uint8Array, options: { outsideTables?: boolean } = {}): string[] {
  const body = parseXml(part(readParts(bytes), 'word/document.xml'));
  const inTable = (p: XmlElement) => {
    for (let n = p.parent; n; n = n.parent) if ('name' in n && n.name === 'w:tbl') return true;
    return false;
  };
  return all(body, 'w:p')
    .filter((p) => !options.outsideTables || !inTable(p))
    .map(textOf);
}

/** Text compared with the plain-text sources: emphasis marks gone, white space (no-break spaces
 * included) folded, no space before closing punctuation or after an opening bracket. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\*\*/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/ ([:;.,/)])/g, '$1')
    .replace(/([(/]) /g, '$1')
    .trim();
}
