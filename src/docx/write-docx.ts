// The .docx writer: a DocumentModel in, the bytes of a Kế hoạch formatted as Nghị định
// 30/2020/NĐ-CP requires out. The main section holds the header, title, body and closing block;
// each appendix is a section of its own, numbered from 1.
import { Document, Packer } from 'docx';
import type { DocumentModel } from '../model/document.js';
import { createAppendixSection } from './appendix.js';
import { createBlocks, keepTablesApart } from './body.js';
import { createClosing } from './closing.js';
import { rezipDeterministically } from './deterministic-zip.js';
import { createStylesOptions, THEME } from './doc-styles.js';
import { createFirstPageHeader } from './header.js';
import { createPageSetup, textWidthOf } from './page.js';
import { createTitle } from './title.js';

export async function writeDocx(model: DocumentModel): Promise<Uint8Array> {
  const textWidth = textWidthOf('portrait');
  const document = new Document({
    title: model.properties.title,
    subject: model.properties.subject,
    creator: model.properties.creator,
    lastModifiedBy: model.properties.creator,
    revision: 1,
    styles: createStylesOptions(),
    theme: THEME,
    sections: [
      {
        ...createPageSetup('portrait'),
        children: keepTablesApart([
          ...createFirstPageHeader(model.header, textWidth),
          ...createTitle(model.title, textWidth),
          ...createBlocks(model.body, textWidth),
          createClosing(model),
        ]),
      },
      ...model.appendices.map(createAppendixSection),
    ],
  });
  const packed = await Packer.toArrayBuffer(document);
  return rezipDeterministically(new Uint8Array(packed));
}
