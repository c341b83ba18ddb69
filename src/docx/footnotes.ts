// Footnotes (ND30 §4: notes under a table or in footnotes): a reference mark where the plan wrote
// "^[…]", numbered by Word, and the note at the page foot, Times New Roman at the notes' size.
// docx puts a run's own note into word/footnotes.xml when the document is written.
import { AlignmentType, FootnoteReferenceRun, LineRuleType, Paragraph, TextRun } from 'docx';
import type { Line } from '../model/document.js';
import { SINGLE_LINE_SPACING, SIZE_FOOTNOTE } from './styles.js';

export function createFootnoteReference(note: Line[]): FootnoteReferenceRun {
  return new FootnoteReferenceRun({ children: note.map(createNoteParagraph) });
}

function createNoteParagraph(line: Line): Paragraph {
  return new Paragraph({
    // Notes hold no notes: a "^[" inside one is text.
    children: line.map(
      (run) =>
        new TextRun({
          text: run.text,
          size: SIZE_FOOTNOTE,
          ...(run.bold === true ? { bold: true } : {}),
          ...(run.italic === true ? { italics: true } : {}),
        }),
    ),
    alignment: AlignmentType.JUSTIFIED,
    spacing: { before: 0, after: 0, line: SINGLE_LINE_SPACING, lineRule: LineRuleType.AUTO },
    run: { size: SIZE_FOOTNOTE },
  });
}
