// The paragraphs' text of a .docx (w:t inside each w:p), for giving pandoc the same text parplan set.
import { strFromU8, unzipSync } from 'fflate';

export function docxParagraphTexts(bytes) {
  const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
    .map((t) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&'))
    .filter((t) => t.trim() !== '');
}
