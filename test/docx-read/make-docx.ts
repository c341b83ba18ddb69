// Small .docx packages for docx-read's unit tests, zipped with fflate from XML written here, the
// way a producer other than parplan lays them out (no parplan writer involved).
import { strToU8, zipSync } from 'fflate';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NS = `xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"`;
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface DocxParts {
  /** Inside <w:body>. */
  body: string;
  styles?: string;
  numbering?: string;
  footnotes?: string;
  comments?: string;
  settings?: string;
  theme?: string;
  /** header/footer parts by file name (header1.xml …), inner XML of w:hdr / w:ftr. */
  headers?: Record<string, string>;
  footers?: Record<string, string>;
  /** Extra entries, raw. */
  extra?: Record<string, string | Uint8Array>;
  mainContentType?: string;
  /** Replace the whole document.xml. */
  documentXml?: string;
}

export function xmlDoc(root: string, inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${root} ${NS}>${inner}</${root.split(' ')[0]}>`;
}

export function makeDocx(parts: DocxParts): Uint8Array {
  const rels: string[] = [];
  const overrides: string[] = [];
  const files: Record<string, Uint8Array> = {};
  let n = 0;
  const add = (type: string, target: string, xml: string, contentType: string) => {
    const id = `rId${++n}`;
    rels.push(`<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`);
    overrides.push(`<Override PartName="/word/${target}" ContentType="${contentType}"/>`);
    files[`word/${target}`] = strToU8(xml);
    return id;
  };
  const ct = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
  if (parts.styles !== undefined) add('styles', 'styles.xml', xmlDoc('w:styles', parts.styles), `${ct}.styles+xml`);
  if (parts.numbering !== undefined) add('numbering', 'numbering.xml', xmlDoc('w:numbering', parts.numbering), `${ct}.numbering+xml`);
  if (parts.footnotes !== undefined) add('footnotes', 'footnotes.xml', xmlDoc('w:footnotes', parts.footnotes), `${ct}.footnotes+xml`);
  if (parts.comments !== undefined) add('comments', 'comments.xml', xmlDoc('w:comments', parts.comments), `${ct}.comments+xml`);
  if (parts.settings !== undefined) add('settings', 'settings.xml', xmlDoc('w:settings', parts.settings), `${ct}.settings+xml`);
  if (parts.theme !== undefined) add('theme', 'theme/theme1.xml', `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements>${parts.theme}</a:themeElements></a:theme>`, 'application/vnd.openxmlformats-officedocument.theme+xml');
  let body = parts.body;
  for (const [name, xml] of Object.entries(parts.headers ?? {})) {
    const id = add('header', name, xmlDoc('w:hdr', xml), `${ct}.header+xml`);
    body = body.replaceAll(`{${name}}`, id);
  }
  for (const [name, xml] of Object.entries(parts.footers ?? {})) {
    const id = add('footer', name, xmlDoc('w:ftr', xml), `${ct}.footer+xml`);
    body = body.replaceAll(`{${name}}`, id);
  }
  files['word/document.xml'] = strToU8(parts.documentXml ?? xmlDoc('w:document', `<w:body>${body}</w:body>`));
  files['word/_rels/document.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  files['_rels/.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  files['[Content_Types].xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${parts.mainContentType ?? `${ct}.document.main+xml`}"/>${overrides.join('')}</Types>`,
  );
  for (const [name, data] of Object.entries(parts.extra ?? {})) files[name] = typeof data === 'string' ? strToU8(data) : data;
  return zipSync(files);
}

/** A paragraph: <w:p> with optional pPr inner XML and runs. */
export const p = (runs: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}</w:p>`;
/** A run with optional rPr inner XML. */
export const r = (text: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
