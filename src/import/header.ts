// The header (ô 1–4, 10b, 11, draft mark): cơ quan chủ quản and ban hành, Số and ký hiệu, địa danh
// and ngày, urgency and draft marks — from a borderless two-column table, from tab-separated lines, or
// from text boxes, whatever lines stand before the tên loại.
import type { DocxDocument } from '../docx-read/index.js';
import { cellLines, clean, type Line, type TextLine } from './lines.js';

export interface HeaderData {
  parentAgency: string[];
  issuer: string[];
  so: number | null;
  kyHieu?: string;
  place?: string;
  date?: { year: number; month?: number; day?: number };
  urgency?: string;
  circulation?: string;
  draft?: string;
  guesses: string[];
}

const NATIONAL = /CỘNG\s*HÒA\s*XÃ\s*HỘI\s*CHỦ\s*NGHĨA\s*VIỆT\s*NAM/i;
const MOTTO = /Độc\s*lập\s*[-–—]\s*Tự\s*do\s*[-–—]\s*Hạnh\s*phúc/i;
const NUMBER = /^Số\s*:?\s*(\d*)\s*\/\s*([A-ZĐ0-9][A-ZĐ0-9-]*)?/i;
const DATE = /^(.*?),?\s*ngày\s*([0-9.…_ ]*?)\s*tháng\s*([0-9.…_ ]*?)\s*năm\s*(\d{4})/i;
const URGENCY = /^(HỎA TỐC|THƯỢNG KHẨN|KHẨN)$/;
const CIRCULATION = /^(LƯU HÀNH NỘI BỘ|MẬT|TỐI MẬT|TUYỆT MẬT|XEM XONG TRẢ LẠI)/;
const DRAFT = /^dự\s*thảo/i;

interface Piece {
  text: string;
  bold: boolean;
  column: 0 | 1;
}

function piecesOfLine(l: TextLine, column?: 0 | 1): Piece[] {
  const out: Piece[] = [];
  for (const row of l.text.split('\n')) {
    const parts = row.split('\t').map(clean);
    const nonEmpty = parts.filter(Boolean);
    nonEmpty.forEach((text, i) => out.push({ text, bold: l.bold, column: column ?? (nonEmpty.length > 1 && i > 0 ? 1 : 0) }));
  }
  return out;
}

/** Pieces of the header lines: a two-column table's cells by column, tab-split lines, text boxes. */
export function headerPieces(lines: Line[], doc: DocxDocument): Piece[] {
  const out: Piece[] = [];
  for (const l of lines) {
    if (l.kind === 'table') {
      for (const row of l.table.rows) {
        row.cells.forEach((cell, i) => {
          for (const cl of cellLines(cell.blocks, doc)) out.push(...piecesOfLine(cl, i === 0 ? 0 : 1));
        });
      }
    } else out.push(...piecesOfLine(l));
  }
  return out;
}

const num = (s: string | undefined): number | undefined => {
  const d = (s ?? '').replace(/[^0-9]/g, '');
  return d ? Number(d) : undefined;
};

export function recogniseHeader(pieces: Piece[]): HeaderData {
  const h: HeaderData = { parentAgency: [], issuer: [], so: null, guesses: [] };
  const agencies: Piece[] = [];
  for (const piece of pieces) {
    const t = piece.text;
    if (NATIONAL.test(t) || MOTTO.test(t)) continue;
    const n = NUMBER.exec(t);
    if (n && !h.kyHieu) {
      h.so = n[1] ? Number(n[1]) : null;
      if (n[2]) h.kyHieu = n[2].toUpperCase();
      continue;
    }
    const d = DATE.exec(t);
    if (d && !h.date) {
      h.place = clean(d[1]!.replace(/,$/, ''));
      const day = num(d[2]);
      const month = num(d[3]);
      h.date = { year: Number(d[4]), ...(month !== undefined ? { month } : {}), ...(day !== undefined ? { day } : {}) };
      continue;
    }
    if (URGENCY.test(t.toUpperCase())) {
      h.urgency = t.toUpperCase();
      continue;
    }
    if (CIRCULATION.test(t.toUpperCase())) {
      h.circulation = t;
      continue;
    }
    if (DRAFT.test(t)) {
      h.draft = t;
      continue;
    }
    if (/^[-_–—.…\s]+$/.test(t)) continue;
    if (piece.column === 0 && !h.kyHieu) agencies.push(piece);
  }
  // ND30: the issuer is bold, the parent agency above it is not.
  const bold = agencies.filter((a) => a.bold);
  if (bold.length > 0 && bold.length < agencies.length) {
    const firstBold = agencies.findIndex((a) => a.bold);
    h.parentAgency = agencies.slice(0, firstBold).map((a) => a.text);
    h.issuer = agencies.slice(firstBold).map((a) => a.text);
  } else if (agencies.length >= 2 && bold.length === 0) {
    h.parentAgency = [agencies[0]!.text];
    h.issuer = agencies.slice(1).map((a) => a.text);
    h.guesses.push('co_quan_chu_quan');
  } else h.issuer = agencies.map((a) => a.text);
  return h;
}

export function isHeaderLine(text: string): boolean {
  return NATIONAL.test(text) || MOTTO.test(text) || NUMBER.test(clean(text)) || DATE.test(clean(text));
}
