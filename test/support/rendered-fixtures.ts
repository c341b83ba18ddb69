// The sample models rendered once per test file, with their parts and sections parsed.
import { writeDocx } from '../../src/docx/write-docx.js';
import type { DocumentModel } from '../../src/model/document.js';
import { longIssuerModel, sampleModel } from '../fixtures/model/sample-model.js';
import type { DocxDocument } from '../../src/docx-read/index.js';
import { readFormatted, registerFormatting } from './docx-format.js';
import { readSections, type Section } from './docx-sections.js';
import { parseXml, part, readParts, type XmlElement } from './docx-xml.js';

export interface Rendered {
  model: DocumentModel;
  bytes: Uint8Array;
  parts: Record<string, string>;
  sections: Section[];
  styles: XmlElement[];
  /** The document as docx-read reads it (effective formatting). */
  read: DocxDocument;
}

export const FIXTURES = { sample: sampleModel, longIssuer: longIssuerModel } as const;

const cache = new Map<keyof typeof FIXTURES, Promise<Rendered>>();

export function renderFixture(name: keyof typeof FIXTURES): Promise<Rendered> {
  let rendered = cache.get(name);
  if (rendered === undefined) {
    const model = FIXTURES[name];
    rendered = writeDocx(model).then(async (bytes) => {
      const parts = readParts(bytes);
      const read = await readFormatted(bytes);
      const document = parseXml(part(parts, 'word/document.xml'));
      registerFormatting(document, read.body);
      return {
        model,
        bytes,
        parts,
        sections: readSections(part(parts, 'word/document.xml'), document),
        styles: parseXml(part(parts, 'word/styles.xml')),
        read,
      };
    });
    cache.set(name, rendered);
  }
  return rendered;
}
