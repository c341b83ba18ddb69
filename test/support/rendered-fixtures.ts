// The sample models rendered once per test file, with their parts and sections parsed.
import { writeDocx } from '../../src/docx/write-docx.js';
import type { DocumentModel } from '../../src/model/document.js';
import { longIssuerModel, sampleModel } from '../fixtures/model/sample-model.js';
import { readSections, type Section } from './docx-sections.js';
import { parseXml, part, readParts, type XmlElement } from './docx-xml.js';

export interface Rendered {
  model: DocumentModel;
  bytes: Uint8Array;
  parts: Record<string, string>;
  sections: Section[];
  styles: XmlElement[];
}

export const FIXTURES = { sample: sampleModel, longIssuer: longIssuerModel } as const;

const cache = new Map<keyof typeof FIXTURES, Promise<Rendered>>();

export function renderFixture(name: keyof typeof FIXTURES): Promise<Rendered> {
  let rendered = cache.get(name);
  if (rendered === undefined) {
    const model = FIXTURES[name];
    rendered = writeDocx(model).then((bytes) => {
      const parts = readParts(bytes);
      return {
        model,
        bytes,
        parts,
        sections: readSections(part(parts, 'word/document.xml')),
        styles: parseXml(part(parts, 'word/styles.xml')),
      };
    });
    cache.set(name, rendered);
  }
  return rendered;
}
