// Which paragraphs hold which part of the decree's thể thức, recognised by their words and their
// place, whoever typed the document: a header in a table, in text boxes or typed with tab stops; a
// closing block in a table or in paragraphs that follow each other.
import type { DocumentView, Entry, Piece } from './view.js';
import { cleanText, pieceAlignment } from './view.js';

export interface Parts {
  nationalTitle?: Piece | undefined;
  motto?: Piece | undefined;
  parentAgency: Piece[];
  issuer: Piece[];
  number?: Piece | undefined;
  placeAndDate?: Piece | undefined;
  type?: Piece | undefined;
  subject: Piece[];
  /** Căn cứ / Thực hiện / Theo … paragraphs at the start of the body. */
  basis: Entry[];
  /** Prose paragraphs of the body (not headings, not bullets). */
  body: Entry[];
  /** "I.", "II." headings and "1.", "1.1.", "a)" ones. */
  headings: { entry: Entry; level: 1 | 2 | 3 | 4 }[];
  /** Bullets "- " and "+ ". */
  bullets: Entry[];
  /** Every paragraph between the trích yếu and the closing block (body text, headings, bullets, tables aside). */
  content: Entry[];
  recipientsLabel?: Piece | undefined;
  recipients: Piece[];
  signerTitle: Piece[];
  /** Entries between the title and the name: the room to sign. */
  signatureGap: Entry[];
  signerName?: Piece | undefined;
  /** The entry that ends the signer's block when there is no name. */
  signerEnd?: Piece | undefined;
}

const NATIONAL_TITLE = /^C[ỘO]NG H[ÒO]À? ?X[ÃA] H[ỘO]I CH[ỦU] NGH[ĨI]A VI[ỆE]T NAM$|^CỘNG HO[ÀÁ] XÃ HỘI CHỦ NGHĨA VIỆT NAM$/iu;
const MOTTO = /^Độc lập\s*[-–—‐]\s*Tự do\s*[-–—‐]\s*Hạnh phúc\.?$/iu;
const NUMBER = /^Số\s*[:.]?/u;
const PLACE_DATE = /ngày\s+.*tháng\s+.*năm\s+\d{4}/iu;
const TYPE = /^KẾ HOẠCH$/u;
const TYPE_LOOSE = /^k\s*ế\s*h\s*o\s*ạ\s*c\s*h$/iu;
const RECIPIENTS_LABEL = /^Nơi\s*nhận\s*:?/iu;
const UNDERSCORES = /^[_\s.]{3,}$/u;
const MARKS = /^(KHẨN|THƯỢNG KHẨN|HỎA TỐC|HOẢ TỐC|DỰ THẢO.*|Dự thảo.*|LƯU HÀNH NỘI BỘ|XEM XONG TRẢ LẠI)$/u;
const HEADING1 = /^[IVXLC]+\.\s/u;
const HEADING2 = /^\d+\.\s/u;
const HEADING3 = /^\d+\.\d+\.(\d+\.)?\s/u;
const HEADING4 = /^[a-zđ]\)\s/u;
const BULLET = /^[-–+•]\s?/u;
const BASIS = /^(Căn cứ|Thực hiện|Theo|Xét)(?=\s|$)/u;

export function isUnderscoreLine(text: string): boolean {
  return UNDERSCORES.test(text) && text.includes('___');
}

/** A column key for a piece: its cell or text box, and for a tabbed paragraph its tab position. */
export function columnOf(piece: Piece): string {
  if (piece.entry.pieces.some((p) => p.tab > 0)) return `${piece.entry.column.key}#${piece.tab}`;
  return piece.entry.column.key;
}

export function findParts(view: DocumentView): Parts {
  const parts: Parts = { parentAgency: [], issuer: [], subject: [], basis: [], body: [], headings: [], bullets: [], content: [], recipients: [], signerTitle: [], signatureGap: [] };
  const entries = view.entries;
  const allPieces = entries.flatMap((e) => e.pieces);
  const text = (p: Piece) => cleanText(p.text);

  // The tên loại ends the header: everything before it is the header zone.
  const typeIndex = allPieces.findIndex((p) => TYPE.test(text(p)) || TYPE_LOOSE.test(text(p)));
  const headerEnd = typeIndex >= 0 ? typeIndex : Math.min(allPieces.length, 40);
  const header = allPieces.slice(0, headerEnd);
  if (typeIndex >= 0) parts.type = allPieces[typeIndex];

  parts.nationalTitle = header.find((p) => NATIONAL_TITLE.test(text(p)) || /^CỘNG HÒA XÃ HỘI/iu.test(text(p)));
  parts.motto = header.find((p) => MOTTO.test(text(p)) || /^Độc lập/iu.test(text(p)));
  parts.number = header.find((p) => NUMBER.test(text(p)) && text(p).includes('/'));
  parts.placeAndDate = header.find((p) => PLACE_DATE.test(text(p)) && p !== parts.number);

  // The issuer's column: where the number stands, else the column before the Quốc hiệu's.
  const known = new Set([parts.nationalTitle, parts.motto, parts.number, parts.placeAndDate]);
  const leftColumn = parts.number ? columnOf(parts.number) : undefined;
  const rightColumn = parts.nationalTitle ? columnOf(parts.nationalTitle) : undefined;
  const candidates = header.filter(
    (p) =>
      !known.has(p) &&
      text(p) !== '' &&
      !isUnderscoreLine(text(p)) &&
      !MARKS.test(text(p)) &&
      (leftColumn !== undefined ? columnOf(p) === leftColumn : columnOf(p) !== rightColumn),
  );
  // Only what stands above the number belongs to the agency (a mark may follow it).
  const numberAt = parts.number ? header.indexOf(parts.number) : header.length;
  const agency = candidates.filter((p) => header.indexOf(p) < numberAt);
  const isBold = (p: Piece) => p.runs.some((r) => r.text.trim() !== '' && r.format.bold);
  let split = agency.length;
  while (split > 0 && isBold(agency[split - 1]!)) split--;
  if (split === agency.length && agency.length > 0) split = agency.length - 1; // nothing bold: the last line is the issuer
  parts.parentAgency = agency.slice(0, split);
  parts.issuer = agency.slice(split);

  // Trích yếu: the centred lines after the tên loại, up to an empty paragraph, a line or the body.
  if (typeIndex >= 0) {
    for (const p of allPieces.slice(typeIndex + 1)) {
      const t = text(p);
      if (t === '' || isUnderscoreLine(t) || pieceAlignment(p) !== 'center' || parts.subject.length >= 4) break;
      parts.subject.push(p);
      if (p.entry.lines.length > 0 || p.entry.paragraph.format.borders.bottom) break;
    }
  }

  // The closing block: "Nơi nhận:" and its lines, the signer beside it (table) or around it.
  const labelIndex = allPieces.findIndex((p, i) => i > headerEnd && RECIPIENTS_LABEL.test(text(p)));
  if (labelIndex >= 0) {
    const label = allPieces[labelIndex]!;
    parts.recipientsLabel = label;
    // Its lines: the same cell or text box, at the same tab (a line with the signer after a tab is
    // still a recipient line; the signer's lines alone are skipped).
    for (const p of allPieces.slice(labelIndex + 1)) {
      if (p.entry.column.key !== label.entry.column.key) break;
      if (p.tab !== label.tab) {
        if (label.tab === 0 && p.tab > 0) continue;
        break;
      }
      if (text(p) === '') {
        if (parts.recipients.length > 0) break;
        continue;
      }
      parts.recipients.push(p);
    }
    findSigner(view, parts, label);
  }

  // The body: from after the trích yếu (and its line) to the closing block, top-level paragraphs.
  const bodyStart = parts.subject.at(-1)?.entry.number ?? parts.type?.entry.number ?? 0;
  const closing = parts.recipientsLabel?.entry ?? parts.signerTitle[0]?.entry;
  const closingStart = closing ? closingBlockStart(view, closing) : entries.length + 1;
  let inBasis = true;
  for (const entry of entries) {
    if (entry.number <= bodyStart || entry.number >= closingStart) continue;
    if (entry.column.kind !== 'body') continue;
    const t = cleanText(entry.paragraph.text);
    if (t === '' || isUnderscoreLine(t)) continue;
    parts.content.push(entry);
    if (inBasis && BASIS.test(t) && entry.paragraph.format.alignment !== 'center') {
      parts.basis.push(entry);
      continue;
    }
    inBasis = false;
    const numbered = entry.paragraph.number?.text ? `${entry.paragraph.number.text} ${t}` : t;
    if (HEADING3.test(numbered)) parts.headings.push({ entry, level: 3 });
    else if (HEADING1.test(numbered) && numbered === numbered.toUpperCase()) parts.headings.push({ entry, level: 1 });
    else if (HEADING2.test(numbered) && isHeadingLike(entry)) parts.headings.push({ entry, level: 2 });
    else if (HEADING4.test(numbered) && isHeadingLike(entry)) parts.headings.push({ entry, level: 4 });
    else if (BULLET.test(numbered) || entry.paragraph.number?.isBullet) parts.bullets.push(entry);
    else parts.body.push(entry);
  }
  return parts;
}

/** A numbered paragraph is a heading when it is short or set apart (bold or italic from its start). */
function isHeadingLike(entry: Entry): boolean {
  const first = entry.pieces[0]?.runs.find((r) => r.text.trim() !== '');
  return cleanText(entry.paragraph.text).length <= 120 || first?.format.bold === true;
}

/** The closing block begins at its table's first entry, or at the label itself. */
function closingBlockStart(view: DocumentView, closing: Entry): number {
  const t = closing.column.table;
  if (t === undefined) return closing.number;
  const first = view.tables[t]?.flat(2)[0];
  return first?.number ?? closing.number;
}

/** The signer: the other cell of the closing table, else the paragraphs after the body's end that
 * are centred, before or after the Nơi nhận. */
function findSigner(view: DocumentView, parts: Parts, label: Piece): void {
  const t = label.entry.column.table;
  let pieces: Piece[] = [];
  if (t !== undefined) {
    const row = view.tables[t]?.[label.entry.column.row ?? 0] ?? [];
    pieces = row.filter((_, c) => c !== label.entry.column.cell).flatMap((cell) => cell.flatMap((e) => e.pieces));
  } else if (label.tab === 0 && view.entries.slice(label.entry.number - 1, label.entry.number + 11).some((e) => e.pieces.some((p) => p.tab > 0))) {
    // Typed with tabs: Nơi nhận at the left, the signer after a tab on the same lines; a line with
    // nothing after its tab is room to sign.
    for (const e of view.entries.slice(label.entry.number - 1, label.entry.number + 19)) {
      if (e.column.key !== label.entry.column.key) break;
      const right = e.pieces.filter((p) => p.tab > 0 && cleanText(p.text) !== '');
      pieces.push(...(right.length > 0 ? right : [{ entry: e, index: 0, tab: 1, text: '', runs: [] }]));
    }
    while (pieces.length > 0 && cleanText(pieces.at(-1)!.text) === '') pieces.pop();
  } else {
    const before = view.entries.filter((e) => e.number < label.entry.number).slice(-12);
    const centred = (e: Entry) => e.paragraph.format.alignment === 'center' || e.paragraph.format.indent.leftPt > 150;
    let start = before.length;
    while (start > 0 && (centred(before[start - 1]!) || cleanText(before[start - 1]!.paragraph.text) === '')) start--;
    pieces = before.slice(start).flatMap((e) => e.pieces);
    if (!pieces.some((p) => cleanText(p.text) !== '')) {
      pieces = view.entries.filter((e) => e.number > label.entry.number && e.column.key !== label.entry.column.key && centred(e)).flatMap((e) => e.pieces);
    }
  }
  const blank = (p: Piece | undefined) => p !== undefined && cleanText(p.text) === '';
  let i = 0;
  while (blank(pieces[i])) i++;
  // Thẩm quyền and chức vụ: the lines before the room to sign. Without that room, the upper-case
  // lines are the title and the first other line the name.
  let end = i;
  while (end < pieces.length && !blank(pieces[end])) end++;
  const gapFollows = end < pieces.length;
  if (!gapFollows) {
    end = i;
    while (end < pieces.length && isUpper(cleanText(pieces[end]!.text))) end++;
  }
  parts.signerTitle.push(...pieces.slice(i, end));
  i = end;
  while (blank(pieces[i])) parts.signatureGap.push(pieces[i++]!.entry);
  const name = pieces[i];
  if (name && parts.signerTitle.length > 0) parts.signerName = name;
  else if (parts.signerTitle.length > 0) parts.signerEnd = parts.signerTitle.at(-1)!;
}

export function isUpper(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters !== '' && letters === letters.toLocaleUpperCase('vi');
}
