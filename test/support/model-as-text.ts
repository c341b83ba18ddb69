// The document model as readable text, one part or role per line, **bold**, *italic* and footnotes
// ^[…] marked: the golden files of test/golden/ and a reviewer's view of a render.
import type { Block, DocumentModel, Line } from '../../src/model/document.js';

function line(runs: Line): string {
  return runs.map((r) => (r.footnote ? `^[${r.footnote.map(line).join(' / ')}]` : r.bold && r.italic ? `***${r.text}***` : r.bold ? `**${r.text}**` : r.italic ? `*${r.text}*` : r.text)).join('').replace(/\u00a0/g, '␣');
}

function blocks(list: Block[]): string[] {
  return list.flatMap((b) =>
    b.kind === 'paragraph'
      ? [`[${b.role}] ${line(b.runs)}`]
      : [
          `[table ${b.columnWidths.join(':')}]`,
          ...b.rows.map(
            (r) =>
              `  ${r.header ? 'H' : r.total ? 'T' : r.group ? 'G' : '-'} | ` +
              r.cells.map((c) => `${c.paragraphs.map(line).join(' / ')}${c.colSpan ? ` {colspan ${c.colSpan}}` : ''}${c.rowSpan ? ` {rowspan ${c.rowSpan}}` : ''}`).join(' | '),
          ),
        ],
  );
}

export function modelAsText(m: DocumentModel): string {
  const h = m.header;
  return [
    ...(h.draft ? [`[draft] ${line(h.draft)}`] : []),
    ...h.parentAgency.map((l) => `[parent-agency] ${line(l)}`),
    ...h.issuer.map((l) => `[issuer] ${line(l)}`),
    `[number] ${line(h.number)}`,
    ...(h.urgency ? [`[urgency] ${line(h.urgency)}`] : []),
    ...(h.circulation ? [`[circulation] ${line(h.circulation)}`] : []),
    `[national-title] ${line(h.nationalTitle)}`,
    `[motto] ${line(h.motto)}`,
    `[place-date] ${line(h.placeAndDate)}`,
    `[type] ${line(m.title.type)}`,
    ...m.title.subject.map((l) => `[subject] ${line(l)}`),
    ...blocks(m.body),
    `[recipients] ${line(m.recipients.label)}`,
    ...m.recipients.lines.map((l) => `  ${line(l)}`),
    ...(m.drafter ? [`[drafter] ${line(m.drafter)}`] : []),
    ...m.signer.titleLines.map((l) => `[signer-title] ${line(l)}`),
    `[signer-name] ${line(m.signer.name)}`,
    ...m.appendices.flatMap((a) => [
      `[appendix ${a.orientation}] ${line(a.label)}`,
      ...a.title.map((l) => `[appendix-title] ${line(l)}`),
      `[attached-to] ${line(a.attachedTo)}`,
      ...blocks(a.blocks),
    ]),
    '',
  ].join('\n');
}

