// The content rules of `parplan check`: the document, already read by docx-read, is recognised as a
// plan by import's recognisers (src/import, the same as `parplan import`), checked by the schema, and
// validate's plan rules that mean something for a finished document run on it (real dates, căn cứ
// dated before the plan, ký hiệu agreeing with type and issuer, ranks and scores in range, the signer's
// authority, abbreviations spelled out first, "./." at the end, …). Each problem keeps validate's code
// and wording, and is placed in the document instead of a YAML file: the part, and the paragraph
// (number and first words) whose text holds the value the rule is about.
//
// PP290 (TODO markers left) is read from the document's own paragraphs, not from the plan recognised
// in it: a unit's document still holding parplan's highlighted TODOs is found whatever part they are
// in, and when no plan can be recognised from it. PP219 (a field the template does not print) is
// about YAML files; PP218 (table rows against `cot`) about the plan file's tables, which import builds
// whole; PP208 and PP209 ("Lưu: VT", "Nơi nhận:") are read from the document itself by PP618 and
// PP617; PP204 asking for the number of ranked units only makes sense in a plan file.
// A document from which no plan can be recognised (the schema refuses what import made) gets no
// content problem: the layout rules already say which part is missing.
import type { Diagnostic, DocumentPart } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import type { DocxDocument } from '../docx-read/index.js';
import { recognise } from '../import/import-docx.js';
import { toPlan, type PlanInput } from '../plan/plan.js';
import { checkRules, RULES, type RuleDefinition } from '../validate/check-rules.js';
import { checkSchema } from '../validate/schema.js';
import { TODO_MARKER, todoExcerpt, todoLeft } from '../validate/rules/todo-left.js';
import type { Parts } from './find-parts.js';
import { cleanText, type DocumentView, type Entry } from './view.js';

const NOT_FOR_DOCUMENTS = new Set(['PP208', 'PP209', 'PP218', 'PP219']);
/** PP290 among them is run on the document's paragraphs (todoLeftIn), not on the recognised plan. */
export const CONTENT_RULES: readonly RuleDefinition[] = RULES.filter((r) => !NOT_FOR_DOCUMENTS.has(r.code));

/** Wordings that name a YAML field get `docx: 1` and speak of the document instead. */
const DOCUMENT_WORDED = new Set(['PP207', 'PP212', 'PP216', 'PP217']);

/** Column headings every table has (số thứ tự, đơn vị tính), as parplan's own templates write them:
 * abbreviations a reader knows, which a plan file never holds as text. */
const TABLE_HEADINGS = new Set(['STT', 'TT', 'ĐVT']);

/** The part of the document each top-level field of a plan is printed in. */
const PART_OF_FIELD: Record<string, DocumentPart> = {
  loai_van_ban: 'ten_loai',
  co_quan_chu_quan: 'co_quan',
  co_quan_ban_hanh: 'co_quan',
  so: 'so_ky_hieu',
  ky_hieu: 'so_ky_hieu',
  dia_danh: 'dia_danh_ngay',
  ngay_ban_hanh: 'dia_danh_ngay',
  trich_yeu: 'trich_yeu',
  can_cu: 'can_cu',
  noi_nhan: 'noi_nhan',
  nguoi_ky: 'chu_ky',
};

export function checkContent(document: DocxDocument, view: DocumentView, parts: Parts, file: string, rules: readonly RuleDefinition[] = CONTENT_RULES): Diagnostic[] {
  const todo = rules.some((r) => r.code === todoLeft.code) ? todoLeftIn(view, parts, file) : [];
  const imported = recognise(document, file, []);
  const data = JSON.parse(JSON.stringify(imported.plan)) as PlanInput; // plain data, as from a YAML file
  const nowhere = () => ({ line: 0, column: 0 });
  if (hasErrors(checkSchema(data, file, nowhere))) return todo;
  const found = checkRules(toPlan(data), file, nowhere, rules.filter((r) => r.code !== todoLeft.code)).filter(
    (d) => !(d.code === 'PP204' && d.args.why === 'total') && !(d.code === 'PP215' && TABLE_HEADINGS.has(String(d.args.abbr))),
  );
  const byCode = new Map(rules.map((r) => [r.code, r]));
  return todo.concat(found.map((d) => {
    const entry = locate(d.path, data, view, parts);
    const part = PART_OF_FIELD[d.path.split('/')[1] ?? ''] ?? 'noi_dung';
    const args = DOCUMENT_WORDED.has(d.code) ? { ...d.args, docx: 1 } : d.args;
    // PP216 names the first citation by its field; in a document, by its paragraph.
    // A date as the document writes it (30/02/2024), not as a plan file does (2024-02-30).
    if (d.code === 'PP201') args.value = String(d.args.value).replace(/^(\d{4})-(\d{2})(?:-(\d{2}))?$/, (_m, y: string, m: string, day?: string) => (day ? `${day}/${m}/${y}` : `${m}/${y}`));
    if (d.code === 'PP216') args.first = locate(fieldToPointer(String(d.args.first)), data, view, parts)?.number ?? 0;
    return {
      ...d,
      path: '',
      args,
      document: {
        part,
        clause: byCode.get(d.code)?.clause ?? '',
        paragraph: entry?.number ?? 0,
        excerpt: entry ? cleanText(entry.paragraph.text).slice(0, 120) : '',
        section: entry ? entry.section + 1 : 0,
      },
    };
  }));
}

/** PP290 as validate says it (one warning: the count and the first marker), placed at the first
 * paragraph holding a TODO. */
function todoLeftIn(view: DocumentView, parts: Parts, file: string): Diagnostic[] {
  let first: Entry | undefined;
  let count = 0;
  for (const entry of view.entries) {
    const text = entry.paragraph.text;
    if (!text.includes('TODO')) continue;
    const markers = text.match(TODO_MARKER)?.length ?? 0;
    if (markers > 0) first ??= entry;
    count += markers;
  }
  if (first === undefined) return [];
  const line = cleanText(first.paragraph.text);
  return [
    {
      code: todoLeft.code,
      severity: todoLeft.severity,
      file,
      line: 0,
      column: 0,
      path: '',
      args: { count, text: todoExcerpt(line) },
      document: { part: partHolding(first, parts), clause: todoLeft.clause, paragraph: first.number, excerpt: line.slice(0, 120), section: first.section + 1 },
    },
  ];
}

/** The part a paragraph was found to be (the body when none of the others). */
function partHolding(entry: Entry, parts: Parts): DocumentPart {
  const is = (pieces: readonly ({ entry: Entry } | undefined)[]) => pieces.some((p) => p?.entry === entry);
  if (is([parts.nationalTitle])) return 'quoc_hieu';
  if (is([parts.motto])) return 'tieu_ngu';
  if (is([...parts.parentAgency, ...parts.issuer])) return 'co_quan';
  if (is([parts.number])) return 'so_ky_hieu';
  if (is([parts.placeAndDate])) return 'dia_danh_ngay';
  if (is([parts.type])) return 'ten_loai';
  if (is(parts.subject)) return 'trich_yeu';
  if (parts.basis.includes(entry)) return 'can_cu';
  if (is([parts.recipientsLabel, ...parts.recipients])) return 'noi_nhan';
  if (is([...parts.signerTitle, parts.signerName, parts.signerEnd]) || parts.signatureGap.includes(entry)) return 'chu_ky';
  return 'noi_dung';
}

/** The paragraph that holds the value at `pointer`: its own text if it is text, else the longest
 * text under it, else under its parent, …; at the top, the paragraph of the field's part. */
function locate(pointer: string, data: unknown, view: DocumentView, parts: Parts): Entry | undefined {
  const keys = pointer.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
  const search = searchable(view);
  const near = partEntry(keys[0] ?? '', parts);
  for (let depth = keys.length; depth >= 2; depth--) {
    const entry = entryHolding(valueAt(data, keys.slice(0, depth)), search, near);
    if (entry) return depth < keys.length ? (cellInRow(valueAt(data, keys), entry, view) ?? entry) : entry;
  }
  return near ?? (keys.length >= 1 ? entryHolding(valueAt(data, keys.slice(0, 1)), search, near) : undefined);
}

/** The paragraph holding the longest text found under `value`; of several, the one nearest the
 * field's part (the signer's "ỦY BAN NHÂN DÂN", not the header's). */
function entryHolding(value: unknown, search: Searchable, near: Entry | undefined): Entry | undefined {
  for (const text of textsUnder(value).sort((a, b) => b.length - a.length)) {
    const needle = comparable(text).slice(0, 60);
    if (needle.length < 4) continue;
    // A paragraph that is exactly the text (a table cell) before one that contains it (a heading
    // repeating a component's name), then the nearest to the part.
    let best: { entry: Entry; rank: number } | undefined;
    search.texts.forEach((t, i) => {
      if (!t.includes(needle)) return;
      const entry = search.entries[i]!;
      const rank = (t === needle ? 0 : 1e6) + (near ? Math.abs(entry.number - near.number) : entry.number);
      if (!best || rank < best.rank) best = { entry, rank };
    });
    if (best) return best.entry;
  }
  return undefined;
}

/** A number too short to look for in the whole document (a rank of 70, a target of 10): found in the
 * table row its parent was found in (the component's row), as the cell that begins with it ("70/63",
 * "10-5"), not followed by more of a number. Short words are not looked for ("KH" begins "Khoa học"). */
function cellInRow(value: unknown, found: Entry, view: DocumentView): Entry | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const start = comparable(String(value).replace('.', ','));
  const row = view.tables.flat().find((cells) => cells.some((cell) => cell.includes(found)));
  return row?.flat().find((entry) => {
    const text = comparable(entry.paragraph.text);
    return text.startsWith(start) && !/^[\d,.]/.test(text.slice(start.length));
  });
}

interface Searchable {
  entries: Entry[];
  texts: string[];
}
const SEARCHABLE = new WeakMap<DocumentView, Searchable>();
function searchable(view: DocumentView): Searchable {
  let s = SEARCHABLE.get(view);
  if (!s) SEARCHABLE.set(view, (s = { entries: view.entries, texts: view.entries.map((e) => comparable(`${e.paragraph.number?.text ?? ''} ${e.paragraph.text}`)) }));
  return s;
}

function partEntry(field: string, parts: Parts): Entry | undefined {
  switch (PART_OF_FIELD[field]) {
    case 'so_ky_hieu':
      return parts.number?.entry;
    case 'dia_danh_ngay':
      return parts.placeAndDate?.entry;
    case 'ten_loai':
      return parts.type?.entry;
    case 'trich_yeu':
      return parts.subject[0]?.entry;
    case 'co_quan':
      return parts.issuer[0]?.entry;
    case 'can_cu':
      return parts.basis[0];
    case 'noi_nhan':
      return parts.recipientsLabel?.entry;
    case 'chu_ky':
      return parts.signerTitle[0]?.entry ?? parts.signerName?.entry;
    default:
      return parts.content.at(-1);
  }
}

/** can_cu.van_ban[2] → /can_cu/van_ban/2 */
function fieldToPointer(field: string): string {
  return '/' + field.replace(/\[(\d+)\]/g, '.$1').split('.').map((k) => k.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}

function valueAt(data: unknown, keys: readonly string[]): unknown {
  let value = data;
  for (const key of keys) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function textsUnder(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsUnder);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(textsUnder);
  return [];
}

const comparable = (text: string) =>
  cleanText(text.replace(/\*\*|(?<!\S)\*|\*(?!\S)/g, ''))
    .toLocaleLowerCase('vi')
    .replace(/\s*([,.;:()])\s*/g, '$1');
