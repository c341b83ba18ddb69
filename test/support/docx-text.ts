// The text of a .docx, paragraph by paragraph, in reading order (body, then tables' cells).
import { all, parseXml, part, readParts, textOf } from './docx-xml.js';

export function docxParagraphs(bytes: Uint8Array): string[] {
  const body = parseXml(part(readParts(bytes), 'word/document.xml'));
  return all(body, 'w:p').map(textOf);
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
