// A .docx (any producer) → plan data: read with docx-read, laid out as lines, then the recognisers
// in document order — header, tên loại and trích yếu, căn cứ, lead-in, sections and items, closing
// sentence, Nơi nhận and signer, appendices. What none of them places is kept as a plain paragraph
// (in the last section's "ket") with a comment: no word of the document is lost.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { readDocx, type DocxDocument } from '../docx-read/index.js';
import type { Appendix, Basis, Block, Index, PlanInput, Section } from '../plan/plan.js';
import { tableAsText, tasksOfTable } from './appendix.js';
import { LEAD_WORDS, parseReference, recogniseBasis, splitLeadIn, type BasisLine } from './basis.js';
import { isRecipientsLabel, recogniseClosing } from './closing.js';
import { headerPieces, recogniseHeader } from './header.js';
import { cellLines, clean, documentLines, type Line, type TableLine, type TextLine } from './lines.js';
import { planTableOf } from './tables.js';
import { labelOf, recogniseSections } from './sections.js';
import { recogniseTargets } from './targets.js';

export interface PlanComment {
  /** Path of the commented field, e.g. ['nguoi_ky'] or ['noi_dung', 2, 'ket', 0]. */
  path: (string | number)[];
  text: string;
}

export interface ImportedPlan {
  plan: PlanInput;
  comments: PlanComment[];
}

export interface ImportResult {
  imported?: ImportedPlan;
  diagnostics: Diagnostic[];
}

const TYPES: Record<string, string> = {
  'KẾ HOẠCH': 'KH', 'QUYẾT ĐỊNH': 'QĐ', 'CHỈ THỊ': 'CT', 'THÔNG BÁO': 'TB', 'BÁO CÁO': 'BC', 'CHƯƠNG TRÌNH': 'CTR',
  'TỜ TRÌNH': 'TTR', 'HƯỚNG DẪN': 'HD', 'ĐỀ ÁN': 'ĐA', 'PHƯƠNG ÁN': 'PA', 'NGHỊ QUYẾT': 'NQ', 'CÔNG VĂN': 'CV', 'QUY CHẾ': 'QC', 'QUY ĐỊNH': 'QYĐ',
};
const TYPE_LINE = new RegExp(`^(${Object.keys(TYPES).join('|')})$`);

const textOf = (l: Line): string => (l.kind === 'line' ? clean(l.text.replace(/\n/g, ' ')) : '');
const isBlank = (l: Line) => l.kind === 'line' && (clean(l.text) === '' || l.drawingOnly) && l.footnotes.length === 0;

function diagnostic(file: string, code: Diagnostic['code'], args: Diagnostic['args'] = {}): Diagnostic {
  return { code, severity: 'warning', file, line: 0, column: 0, path: '', args };
}

export async function importDocx(bytes: Uint8Array, options: { file?: string } = {}): Promise<ImportResult> {
  const file = options.file ?? '';
  const read = await readDocx(bytes, { file });
  if (!read.document) return { diagnostics: read.diagnostics };
  const diagnostics = [...read.diagnostics];
  const imported = recognise(read.document, file, diagnostics);
  return { imported, diagnostics };
}

function closingTableIndex(lines: Line[], doc: DocxDocument): number {
  return lines.findIndex((l) => l.kind === 'table' && l.table.rows.some((r) => r.cells.some((c) => isRecipientsLabel(cellLines(c.blocks, doc)[0]?.text ?? ''))));
}

export function recognise(doc: DocxDocument, file: string, diagnostics: Diagnostic[]): ImportedPlan {
  const comments: PlanComment[] = [];
  const lines = documentLines(doc);

  // ── tên loại ──
  let titleAt = lines.findIndex((l) => l.kind === 'line' && TYPE_LINE.test(clean(l.text.split('\n')[0]!).toUpperCase()));
  const typeName = titleAt >= 0 ? clean((lines[titleAt] as TextLine).text.split('\n')[0]!).toUpperCase() : undefined;
  if (typeName !== 'KẾ HOẠCH') {
    const cv = lines.some((l) => /^V\/v\b/i.test(textOf(l)));
    diagnostics.push(diagnostic(file, 'PP520', { kind: typeName ?? (cv ? 'CÔNG VĂN' : '') }));
  }
  if (titleAt < 0) titleAt = Math.max(0, lines.findIndex((l) => l.kind === 'line' && /^(Căn cứ|I\.)\s/.test(textOf(l))) - 1);

  // ── header ──
  const header = recogniseHeader(headerPieces(lines.slice(0, titleAt), doc));

  // ── trích yếu ──
  const subject: string[] = [];
  let at = titleAt + 1;
  const titleLine = lines[titleAt];
  if (titleLine?.kind === 'line' && typeName) subject.push(...titleLine.text.split('\n').slice(1).map(clean).filter(Boolean));
  while (at < lines.length) {
    const l = lines[at]!;
    if (l.kind !== 'line') break;
    if (isBlank(l)) {
      if (subject.length > 0) break;
      at++;
      continue;
    }
    const t = textOf(l);
    if (!l.centered || LEAD_WORDS.test(t) || /^[-_–—]{3,}$/.test(t)) break;
    subject.push(...l.text.split('\n').map(clean).filter(Boolean));
    at++;
  }
  while (at < lines.length && isBlank(lines[at]!)) at++;

  // ── the closing block and what follows it ──
  let closeAt = closingTableIndex(lines, doc);
  if (closeAt < 0) closeAt = lines.findIndex((l, i) => i >= at && l.kind === 'line' && isRecipientsLabel(l.text));
  if (closeAt < 0) closeAt = lines.length;
  const bodyLines = lines.slice(at, closeAt);

  // ── căn cứ ──
  const basisTexts: string[] = [];
  const basisLines: BasisLine[] = [];
  let b = 0;
  while (b < bodyLines.length) {
    const l = bodyLines[b]!;
    if (isBlank(l)) {
      b++;
      continue;
    }
    const t = textOf(l);
    const own = l.kind === 'line' ? clean(splitLeadIn({ marked: l.text.replace(/\n/g, ' '), italic: false }).basis) : t;
    const isBasis =
      /^Căn cứ\s/.test(t) ||
      (/^Thực hiện\s/.test(t) && (basisTexts.length === 0 || /^Thực hiện\s/.test(basisTexts[0]!)) && (/;$/.test(own) || !('tu_do' in parseReference(own.replace(LEAD_WORDS, '').replace(/[;.,]$/, '')))));
    if (!isBasis || l.kind !== 'line') break;
    basisTexts.push(t);
    basisLines.push({ marked: clean(l.marked.replace(/\n/g, ' ')), italic: l.italic });
    b++;
  }
  const basis = recogniseBasis(basisLines);

  // ── closing sentence, tables in the body ──
  const rest: TextLine[] = [];
  const indexes: Index[] = [];
  let closingSentence: string | undefined;
  const allText = lines.map((l) => (l.kind === 'line' ? l.text : '')).join('\n');
  for (const l of bodyLines.slice(b)) {
    if (l.kind === 'table') {
      const targets = recogniseTargets(l.table, doc, { text: allText, year: header.date?.year ?? new Date().getFullYear() });
      // A second targets table of another index is its own chi_so (several indexes in one plan).
      if (targets && !targets.indexes.some((i) => indexes.some((o) => o.ten === i.ten))) {
        if (indexes.length > 0 || targets.indexes.length > 1) targets.table.chi_so = targets.indexes[0]!.ten;
        if (targets.guessedName) comments.push({ path: ['chi_so'], text: `đoán: tên chỉ số "${targets.indexes[0]!.ten}" theo chữ trong văn bản (dòng tổng của bảng không ghi tên)` });
        indexes.push(...targets.indexes);
        rest.push({ ...blockLine(l), block: { bang_chi_tieu: targets.table } });
        continue;
      }
      rest.push({ ...blockLine(l), block: { bang: planTableOf(l.table, doc) } });
      continue;
    }
    if (!isBlank(l)) rest.push(l);
  }
  const last = rest[rest.length - 1];
  if (last && /\.?\/\.\s*$/.test(clean(last.text)) && !labelOf(clean(last.text))) {
    closingSentence = clean(last.marked.replace(/\n/g, ' '));
    rest.pop();
  }
  const sectionsResult = recogniseSections(rest);
  const sections: Section[] = sectionsResult.sections;
  const leadIn = sectionsResult.before;

  // ── Nơi nhận and signer ──
  const left: string[] = [];
  const right: string[] = [];
  let after = closeAt;
  const closeLine = lines[closeAt];
  if (closeLine?.kind === 'table') {
    for (const row of closeLine.table.rows) {
      row.cells.forEach((cell, i) => {
        const target = i === 0 ? left : right;
        for (const cl of cellLines(cell.blocks, doc)) target.push(...cl.text.split('\n'));
      });
    }
    after = closeAt + 1;
  } else if (closeLine) {
    // Lines one after another: tab-separated columns, or the recipients' "- …" lines then the signer.
    let inRecipients = true;
    for (after = closeAt; after < lines.length; after++) {
      const l = lines[after]!;
      if (l.kind === 'table' || /^(Phụ lục|PHỤ LỤC)\b/.test(textOf(l))) break;
      if (l.section !== closeLine.section && l.landscape) break;
      for (const row of l.text.split('\n')) {
        const cols = row.split('\t').map(clean).filter(Boolean);
        if (cols.length >= 2) {
          left.push(cols[0]!);
          right.push(...cols.slice(1));
        } else if (cols.length === 1) {
          const t = cols[0]!;
          if (inRecipients && (isRecipientsLabel(t) || /^[-–•+]/.test(t))) left.push(t);
          else {
            inRecipients = false;
            right.push(t);
          }
        }
      }
    }
  }
  const closing = recogniseClosing(left, right);

  // ── appendices and leftovers ──
  const appendices: Appendix[] = [];
  const leftovers: string[] = [];
  let current: Appendix | undefined;
  let stage: 'title' | 'body' = 'title';
  let fullName: string | undefined;
  for (const l of lines.slice(after)) {
    if (isBlank(l)) continue;
    const t = textOf(l);
    const label = /^(?:Phụ lục|PHỤ LỤC)\s*([IVXLC0-9]+)?\.?\s*[:.]?\s*(.*)$/.exec(t);
    if (l.kind === 'line' && label && t.length < 120) {
      current = { ten: '', nhiem_vu: [], ...(label[1] ? { so_hieu: label[1] } : {}), ...(l.landscape ? { huong: 'ngang' as const } : {}) };
      if (label[2]) current.ten = label[2];
      appendices.push(current);
      stage = 'title';
      continue;
    }
    if (!current) {
      leftovers.push(l.kind === 'line' ? clean(l.marked) : tableAsText(l.table, doc).join('\n'));
      continue;
    }
    if (l.kind === 'line' && stage === 'title') {
      if (/^\(Kèm theo/i.test(t)) {
        fullName ??= /của (.+)\)$/.exec(t)?.[1];
        stage = 'body';
        continue;
      }
      current.ten = clean(`${current.ten} ${t}`);
      continue;
    }
    if (l.kind === 'table') {
      const tasks = tasksOfTable(l.table, doc);
      if (tasks && current.nhiem_vu.length === 0) current.nhiem_vu = tasks;
      else leftovers.push(...tableAsText(l.table, doc));
      stage = 'body';
      continue;
    }
    if (l.italic) (current.ghi_chu ??= []).push(clean(l.marked));
    else leftovers.push(clean(l.marked));
  }
  const keptAppendices = appendices.filter((a) => {
    if (a.nhiem_vu.length > 0) return true;
    leftovers.push([a.so_hieu ? `Phụ lục ${a.so_hieu}` : 'PHỤ LỤC', a.ten, ...(a.ghi_chu ?? [])].filter(Boolean).join(' '));
    return false;
  });

  // ── the plan ──
  const parts = (header.kyHieu ?? '').split('-').filter(Boolean);
  const typeAbbr = typeName ? TYPES[typeName]! : 'KH';
  const issuerAbbr = parts[1] && /^[A-ZĐ0-9]{1,12}$/.test(parts[1]) ? parts[1] : guessAbbr(header.issuer);
  if (!parts[1]) comments.push({ path: ['co_quan_ban_hanh', 'viet_tat'], text: 'đoán: chữ viết tắt theo chữ đầu tên cơ quan (văn bản gốc không có ký hiệu)' });
  const plan: PlanInput = {
    ...(typeName && typeName !== 'KẾ HOẠCH' ? { loai_van_ban: { ten: typeName, viet_tat: typeAbbr } } : {}),
    ...(header.parentAgency.length ? { co_quan_chu_quan: lines1(header.parentAgency) } : {}),
    co_quan_ban_hanh: {
      ten: lines1(header.issuer.length ? header.issuer : ['TODO']),
      ...(fullName && fullName !== header.issuer.join(' ') ? { ten_day_du: fullName } : {}),
      viet_tat: issuerAbbr,
    },
    so: header.so,
    ...(header.kyHieu && header.kyHieu !== `${typeAbbr}-${issuerAbbr}` && /^[A-ZĐ0-9]+(-[A-ZĐ0-9]+)+$/.test(header.kyHieu) ? { ky_hieu: header.kyHieu } : {}),
    dia_danh: header.place || 'TODO',
    ngay_ban_hanh: isoDate(header.date),
    ...(header.urgency ? { khan: header.urgency } : {}),
    ...(header.circulation ? { luu_hanh: header.circulation } : {}),
    ...(header.draft ? { du_thao: header.draft } : {}),
    trich_yeu: lines1(subject.length ? subject : ['TODO']),
    ...(basis
      ? {
          can_cu: {
            ...(basis.leadWord !== 'Căn cứ' ? { loi_dan: basis.leadWord } : {}),
            ...(basis.oneParagraph ? { trinh_bay: 'mot_doan' as const } : {}),
            ...(basis.ending !== ';' ? { ket_thuc: basis.ending } : {}),
            ...(basis.leadIn ? { cau_dan: basis.leadIn } : {}),
            ...(basis.italic ? { nghieng: true } : {}),
            van_ban: basis.references,
          },
        }
      : {}),
    ...(leadIn.length ? { mo_dau: leadIn } : {}),
    ...(indexes.length ? { chi_so: indexes.length === 1 ? indexes[0]! : indexes } : {}),
    ...(sectionsResult.bullets ? { ky_hieu_gach: sectionsResult.bullets } : {}),
    noi_dung: sections.length ? sections : [{ tieu_de: 'TODO' }],
    ...(closingSentence ? { ket_thuc: closingSentence } : {}),
    noi_nhan: {
      ...(closing.label && closing.label !== 'Nơi nhận:' ? { nhan_de: closing.label } : {}),
      danh_sach: closing.recipients.length ? closing.recipients : ['TODO'],
    },
    nguoi_ky: {
      ...(closing.authority.length ? { tham_quyen: closing.authority } : {}),
      ...(closing.title ? { chuc_vu: closing.title } : {}),
      ho_ten: closing.name ?? 'TODO',
    },
    ...(keptAppendices.length ? { phu_luc: keptAppendices } : {}),
  };

  if (header.guesses.includes('co_quan_chu_quan')) comments.push({ path: ['co_quan_chu_quan'], text: 'đoán: dòng đầu là cơ quan chủ quản (không phân biệt được bằng chữ đậm)' });
  if (!header.date) comments.push({ path: ['ngay_ban_hanh'], text: 'không tìm thấy dòng "…, ngày … tháng … năm …": hãy nhập ngày' });
  else if (header.date.month === undefined) comments.push({ path: ['ngay_ban_hanh'], text: 'văn bản gốc để trống ngày và tháng cho người ký' });
  if (!sections.length) comments.push({ path: ['noi_dung'], text: 'không tìm thấy phần đánh số La Mã (I., II., …): nội dung nằm trong mo_dau' });
  if (sectionsResult.beforeFlattened) comments.push({ path: ['mo_dau'], text: 'bảng hoặc danh sách trước phần I được giữ thành dòng chữ (mo_dau chỉ nhận đoạn văn): chuyển vào một phần nếu cần' });
  if (closing.guesses.includes('name') || (closeLine && closeLine.kind === 'line')) comments.push({ path: ['nguoi_ky'], text: 'đoán: người ký theo dòng cuối khối chữ ký' });
  if (!closing.name) comments.push({ path: ['nguoi_ky', 'ho_ten'], text: 'không tìm thấy họ tên người ký' });
  if (basis) basis.references.forEach((r: Basis, i) => {
    if ('tu_do' in r) comments.push({ path: ['can_cu', 'van_ban', i], text: 'không tách được số, ngày, cơ quan: giữ nguyên văn' });
  });
  sectionsResult.guesses.length && comments.push({ path: ['noi_dung'], text: 'có mục đánh số khác mặc định (kieu_so): giữ như văn bản gốc' });

  if (leftovers.length) {
    const target = plan.noi_dung[plan.noi_dung.length - 1]!;
    const start = target.ket?.length ?? 0;
    target.ket = [...(target.ket ?? []), ...leftovers.map((t) => t as Block)];
    comments.push({ path: ['noi_dung', plan.noi_dung.length - 1, 'ket', start], text: 'chưa xếp được vào phần nào: giữ nguyên văn theo thứ tự' });
    diagnostics.push(diagnostic(file, 'PP521', { count: leftovers.length }));
  }
  return { plan, comments };
}

/** A recognised table's place among the lines. */
function blockLine(l: TableLine): TextLine {
  return { kind: 'line', text: '', marked: '', bold: false, italic: false, centered: false, autoNumber: false, section: l.section, landscape: l.landscape, footnotes: [], startPt: 0, drawingOnly: false };
}

function lines1(lines: string[]): string | string[] {
  return lines.length === 1 ? lines[0]! : lines;
}

function isoDate(d: { year: number; month?: number; day?: number } | undefined): string {
  if (!d) return `${new Date().getFullYear()}-01`;
  // Day and month both blank ("ngày      tháng      năm 2022"): the plan format's year-only date.
  if (d.month === undefined) return String(d.year);
  const mm = String(d.month).padStart(2, '0');
  return d.day !== undefined && d.month !== undefined ? `${d.year}-${mm}-${String(d.day).padStart(2, '0')}` : `${d.year}-${mm}`;
}

/** "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG" → "STNVMT" (a guess; the clerk checks it). */
function guessAbbr(issuer: string[]): string {
  const words = issuer.join(' ').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'D').toUpperCase().split(/\s+/).filter(Boolean);
  const abbr = words.map((w) => w[0]).join('').replace(/[^A-Z0-9]/g, '').slice(0, 12);
  return abbr || 'TODO';
}
