// Every message a user can see about a plan, in Vietnamese and English, keyed by a stable code.
// Codes: PP0xx reading and YAML, PP1xx schema, PP2xx rules (validate), PP3xx rendering, PP4xx batch,
// PP5xx reading .docx and import, PP6xx the layout of a .docx (check), PP7xx the config file and placeholders.
// A code never changes meaning once released: CI configurations and SARIF dashboards key on it.
import { inert } from './inert.js';

export type Lang = 'vi' | 'en';
type Args = Record<string, string | number>;
type Wording = { vi: (a: Args) => string; en: (a: Args) => string };

const q = (v: unknown) => `'${String(v)}'`;
/** Pick the wording of a sub-case from a small table, falling back to a default. */
const pick = (table: Record<string, [string, string]>, key: unknown, lang: 0 | 1, fallback: string) => table[String(key)]?.[lang] ?? fallback;

/** Why a file could not be read (Node's error code → words). */
const READ_REASONS: Record<string, [string, string]> = {
  ENOENT: ['không tìm thấy tệp', 'no such file'],
  EACCES: ['không có quyền đọc', 'permission denied'],
  EPERM: ['không có quyền đọc', 'permission denied'],
  EISDIR: ['đây là một thư mục', 'it is a folder'],
  ELOOP: ['liên kết tượng trưng lặp vô hạn', 'symbolic link loop'],
  EMFILE: ['mở quá nhiều tệp cùng lúc', 'too many open files'],
  NOTFILE: ['không phải tệp thông thường (thiết bị hoặc ống dẫn)', 'not a regular file (a device or a pipe)'],
};

/** Why a file could not be read, in the words PP001 uses (the system's own text for a code it does
 * not know): for the messages outside the diagnostics that name a file (a reference document). */
export function readReason(errno: string, detail: string, lang: Lang): string {
  return pick(READ_REASONS, errno, lang === 'vi' ? 0 : 1, detail);
}

/** What a templates folder's output held that parplan cannot make a document of (PP303). */
const TEMPLATE_OUTPUT: Record<string, [string, string]> = {
  'unknown-element': ['thẻ <{name}>, thẻ không phải phần nào của văn bản', 'an element <{name}>, which is no part of a document'],
  'missing-part': ['một văn bản không có phần <{name}>, phần văn bản nào cũng phải có', 'a document without its <{name}>, a part every document has'],
  'unknown-class': ['đoạn <p class="{name}">, kiểu đoạn không có (dùng được: doan, gach, cong, can-cu, ghi-chu, ket-thuc, nhan)', 'a paragraph <p class="{name}">, a kind of paragraph that does not exist (doan, gach, cong, can-cu, ghi-chu, ket-thuc, nhan do)'],
};

/** A wording's {name}s filled in from the arguments. */
const fill = (wording: string, a: Args): string => wording.replace(/\{(\w+)\}/g, (whole, name: string) => (name in a ? String(a[name]) : whole));

/** What makes a file of a presets folder no preset (PP708). */
const PRESET_PROBLEMS: Record<string, [string, string]> = {
  yaml: ['YAML sai: {detail}', 'its YAML is broken: {detail}'],
  map: ['tệp phải là các trường ten, mo_ta, phuong_phap, cap, nguon và ke_hoach', 'it must hold the fields ten, mo_ta, phuong_phap, cap, nguon and ke_hoach'],
  text: ['thiếu trường {key} (một dòng chữ)', 'the field {key} (a line of text) is missing'],
  name: ["trường ten là '{value}' mà tên tệp là '{stem}': hai tên phải là một (ghi ten: {stem}, hoặc đổi tên tệp thành {value}.yaml)", "its ten is '{value}' but the file is named '{stem}': the two must be one (write ten: {stem}, or rename the file {value}.yaml)"],
  level: ["trường cap là '{value}', phải là so, huyen hoặc tinh", "its cap is '{value}'; it must be so, huyen or tinh"],
  sources: ['trường nguon phải là danh sách các văn bản làm nguồn', 'the field nguon must list the documents it follows'],
  skeleton: ['trường ke_hoach phải là khung kế hoạch (các trường của một kế hoạch)', 'the field ke_hoach must be the plan skeleton (the fields of a plan)'],
};

/** Why a file could not be written (Node's error code → words; issue 9). */
const WRITE_REASONS: Record<string, [string, string]> = {
  ENOSPC: ['ổ đĩa đầy', 'the disk is full'],
  EDQUOT: ['đã hết hạn mức dung lượng trên ổ đĩa', 'the disk quota is used up'],
  ESHORT: ['tệp ghi ra không đủ số byte (ổ đĩa đầy?)', 'fewer bytes reached the disk than were written (a full disk?)'],
  EACCES: ['không có quyền ghi', 'permission denied'],
  EPERM: ['không có quyền ghi', 'permission denied'],
  EROFS: ['ổ đĩa chỉ cho phép đọc', 'the disk is read-only'],
  EISDIR: ['đã có một thư mục cùng tên', 'a folder of that name is there'],
  ENOTDIR: ['một phần của đường dẫn không phải thư mục', 'part of the path is not a folder'],
  ENOENT: ['không tạo được thư mục', 'the folder cannot be created'],
  ENAMETOOLONG: ['tên tệp quá dài (tối đa 255 byte)', 'the file name is too long (255 bytes at most)'],
  EIO: ['lỗi đọc ghi của ổ đĩa', 'an input/output error of the disk'],
  EMFILE: ['mở quá nhiều tệp cùng lúc', 'too many open files'],
  EINPUT: ['đây là tệp đầu vào của lần chạy này (ghi đè sẽ mất tệp đó)', 'it is an input of this run (writing it would destroy it)'],
  EBADPDF: ['LibreOffice tạo ra tệp PDF không đầy đủ', 'LibreOffice produced an incomplete PDF'],
};
const writeReason = (a: Args, lang: 0 | 1) => {
  const why = pick(WRITE_REASONS, a.errno, lang, String(a.reason ?? ''));
  if (!a.folder) return why;
  if (a.errno === 'ENOENT') return lang === 0 ? `không tạo được thư mục ${a.folder}` : `the folder ${a.folder} cannot be created`;
  return `${why} (${lang === 0 ? 'thư mục' : 'folder'} ${a.folder})`;
};

/** What a config key's value must be (PP702). */
const CONFIG_EXPECTED: Record<string, [string, string]> = {
  map: ['một bảng các khóa (khóa: giá trị)', 'a map of keys'],
  boolean: ['true hoặc false', 'true or false'],
  lang: ['vi hoặc en', 'vi or en'],
  folder: ['đường dẫn một thư mục', 'a folder path'],
  file: ['đường dẫn một tệp', 'a file path'],
  path: ['đường dẫn một thư mục', 'a folder path'],
  globs: ['một mẫu tên tệp hoặc danh sách mẫu (ví dụ: ["nhap/**", "*.cu.yaml"])', 'a glob or a list of globs (e.g. ["drafts/**", "*.old.yaml"])'],
  codes: ['danh sách mã (ví dụ: [PP206, PP208])', 'a list of codes (e.g. [PP206, PP208])'],
  rules: ['bảng mã: mức (ví dụ: PP215: off)', 'a map of code: level (e.g. PP215: off)'],
};

/** Non-UTF-8 encodings we recognise, with how to convert each. */
const ENCODING_HINTS: Record<string, [string, string]> = {
  'UTF-16': [
    'Mở tệp bằng Notepad, chọn File > Save As, mục Encoding chọn UTF-8; hoặc: iconv -f UTF-16 -t UTF-8 tep.yaml > tep-utf8.yaml',
    'Open it in Notepad, File > Save As, Encoding: UTF-8; or: iconv -f UTF-16 -t UTF-8 plan.yaml > plan-utf8.yaml',
  ],
  'UTF-32': [
    'Mở tệp bằng Notepad, chọn File > Save As, mục Encoding chọn UTF-8; hoặc: iconv -f UTF-32 -t UTF-8 tep.yaml > tep-utf8.yaml',
    'Open it in Notepad, File > Save As, Encoding: UTF-8; or: iconv -f UTF-32 -t UTF-8 plan.yaml > plan-utf8.yaml',
  ],
  'Windows-1258': [
    'Mở tệp bằng Notepad (Windows tiếng Việt), chọn File > Save As, mục Encoding chọn UTF-8; hoặc: iconv -f CP1258 -t UTF-8 tep.yaml > tep-utf8.yaml',
    'Open it in Notepad (Vietnamese Windows), File > Save As, Encoding: UTF-8; or: iconv -f CP1258 -t UTF-8 plan.yaml > plan-utf8.yaml',
  ],
  TCVN3: [
    'Chuyển mã bằng Unikey: Công cụ chuyển mã (Ctrl+Shift+F6), Nguồn: TCVN3 (ABC), Đích: Unicode; rồi lưu tệp với Encoding UTF-8.',
    "Convert it with Unikey's converter (Ctrl+Shift+F6), source TCVN3 (ABC), target Unicode; then save the file as UTF-8.",
  ],
};
const LEGACY_HINT: [string, string] = [
  'Nếu là văn bản mã TCVN3 (ABC) hoặc VNI: chuyển sang Unicode bằng Unikey (Ctrl+Shift+F6); nếu là Windows-1258: mở bằng Notepad rồi lưu với Encoding UTF-8.',
  "If it is TCVN3 (ABC) or VNI text, convert it to Unicode with Unikey's converter (Ctrl+Shift+F6); if Windows-1258, open it in Notepad and save it as UTF-8.",
];

/** Why a unit's file name (tep) was refused (src/batch/file-names.ts). */
const UNSAFE_NAMES: Record<string, [string, string]> = {
  separator: ['có dấu / hoặc \\ (tên thư mục)', 'it holds / or \\ (a folder)'],
  dots: ['chỉ gồm dấu chấm (. hoặc ..)', 'it is only dots (. or ..)'],
  reserved: ['là tên dành riêng của Windows (CON, PRN, AUX, NUL, COM1…, LPT1…)', 'it is a name Windows reserves (CON, PRN, AUX, NUL, COM1…, LPT1…)'],
  character: ['có ký tự Windows không cho phép trong tên tệp (< > : " | ? *) hoặc ký tự điều khiển', 'it holds a character Windows forbids in file names (< > : " | ? *) or a control character'],
  ending: ['kết thúc bằng dấu chấm hoặc dấu cách (Windows sẽ cắt bỏ)', 'it ends with a dot or a space (Windows drops them)'],
  leading: ['bắt đầu bằng dấu cách (không thấy được trong danh sách tệp, dễ nhầm với tệp khác): hãy bỏ dấu cách ở đầu', 'it starts with a space (invisible in a list of files, easily taken for another file): remove the leading space'],
  empty: ['rỗng', 'it is empty'],
  long: ['dài quá 120 ký tự', 'it is longer than 120 characters'],
};

/** Why a key is not a field name (PP015). */
const KEY_PROBLEMS: Record<string, [string, string]> = {
  complex: ['là một danh sách hoặc một bảng (dấu "?" ở đầu dòng mở một tên trường phức hợp)', 'is a list or a map (a "?" at the start of a line opens a complex key)'],
  alias: ['là một tham chiếu (*tên)', 'is an alias (*name)'],
  null: ['là giá trị rỗng của YAML (~ hoặc null), không phải một tên', "is YAML's empty value (~ or null), not a name"],
  empty: ['bị thiếu: dòng bắt đầu bằng dấu hai chấm', 'is missing: the line starts with a colon'],
  blank: ['là một chuỗi rỗng ("")', 'is an empty text ("")'],
};

/** What YAML made of a clerk's text (PP016), finishing "Văn bản …" / "The text …". */
const YAML_MISREADS: Record<string, [string, string]> = {
  colon: ['có dấu ": " (hai chấm rồi dấu cách), nên YAML đọc phần trước dấu hai chấm thành tên một trường', 'holds ": " (a colon and a space), so YAML read the part before the colon as the name of a field'],
  star: ['bắt đầu bằng "*", mà YAML đọc là một tham chiếu (*tên)', 'starts with "*", which YAML reads as an alias (*name)'],
  amp: ['bắt đầu bằng "&", mà YAML đọc là một neo (&tên)', 'starts with "&", which YAML reads as an anchor (&name)'],
  percent: ['bắt đầu bằng "%", ký tự YAML dành cho chỉ thị', 'starts with "%", which YAML keeps for directives'],
  at: ['bắt đầu bằng "@", ký tự YAML dành riêng', 'starts with "@", a character YAML reserves'],
  backtick: ['bắt đầu bằng "`", ký tự YAML dành riêng', 'starts with "`", a character YAML reserves'],
  quote: ['bắt đầu bằng dấu ngoặc kép, nên YAML chỉ lấy phần trong ngoặc và phần sau dấu đóng ngoặc thành lỗi', 'starts with a quote, so YAML took only the part inside the quotes and the rest is an error'],
  dash: ['bắt đầu bằng "- ", mà YAML đọc là một danh sách', 'starts with "- ", which YAML reads as a list'],
  hash: ['bắt đầu bằng "#", mà YAML đọc là chú thích, nên giá trị bị bỏ trống', 'starts with "#", which YAML reads as a comment, so the value was left empty'],
  block: ['bắt đầu bằng "|" hoặc ">", mà YAML đọc là đầu một khối văn bản (chữ phải ở các dòng dưới)', 'starts with "|" or ">", which YAML reads as the head of a block scalar (its text goes on the next lines)'],
  bracket: ['bắt đầu bằng "[" hoặc "{", mà YAML đọc là một danh sách hoặc bảng viết trên một dòng', 'starts with "[" or "{", which YAML reads as a list or map written on one line'],
};

/** What a tag or YAML 1.1 made of a value (PP018). */
const TAGGED_VALUES: Record<string, [string, string]> = {
  binary: ['Giá trị này là dữ liệu nhị phân', 'This value is binary data'],
  date: ['Giá trị này bị đọc là một mốc thời gian (ngày giờ), không phải văn bản', 'This value was read as a timestamp, not as text'],
  tag: ['Giá trị bắt đầu bằng "!", mà YAML đọc là một thẻ kiểu dữ liệu', 'The value starts with "!", which YAML reads as a type tag'],
};

/** The `yaml` package's error codes, in words a clerk can act on. */
const YAML_PROBLEMS: Record<string, [string, string]> = {
  BAD_INDENT: ['thụt lề không đều: các trường cùng cấp phải thẳng cột', 'uneven indentation: fields of one level must line up'],
  MISSING_CHAR: ['thiếu dấu đóng (ngoặc kép, ngoặc vuông hoặc ngoặc nhọn)', 'a closing quote or bracket is missing'],
  UNCLOSED_FLOW_SEQ: ['ngoặc vuông "[" mở ở đây chưa được đóng: thêm "]" ở cuối danh sách', 'the "[" opened here is never closed: add "]" at the end of the list'],
  UNCLOSED_FLOW_MAP: ['ngoặc nhọn "{" mở ở đây chưa được đóng: thêm "}" ở cuối', 'the "{" opened here is never closed: add "}" at its end'],
  UNCLOSED_DOUBLE_QUOTE: ['dấu ngoặc kép (") mở ở đây chưa được đóng: thêm " ở cuối đoạn chữ', 'the double quote (") opened here is never closed: add " at the end of the text'],
  UNCLOSED_SINGLE_QUOTE: ["dấu nháy đơn (') mở ở đây chưa được đóng: thêm ' ở cuối đoạn chữ", "the single quote (') opened here is never closed: add ' at the end of the text"],
  BLOCK_AS_IMPLICIT_KEY: ['thiếu dấu hai chấm sau tên trường, hoặc dòng bị thụt lề sai', 'a colon is missing after a field name, or a line is indented wrongly'],
  MULTILINE_IMPLICIT_KEY: ['tên trường không được xuống dòng; có thể thiếu dấu hai chấm', 'a field name cannot span lines; a colon may be missing'],
  MULTIPLE_DOCS: ['tệp có nhiều tài liệu YAML', 'several YAML documents'],
  UNEXPECTED_TOKEN: ['ký tự không đúng chỗ', 'a character out of place'],
  BAD_SCALAR_START: ['giá trị bắt đầu bằng ký tự đặc biệt: hãy đặt giá trị trong dấu ngoặc kép', 'a value starts with a special character: put it in double quotes'],
  BAD_DQ_ESCAPE: ['ký tự thoát (\\) không hợp lệ trong chuỗi ngoặc kép', 'an invalid escape (\\) in a double-quoted string'],
  MISSING_ANCHOR: ['tham chiếu *tên tới một neo &tên chưa được khai báo', 'an alias *name refers to an anchor &name that is not defined'],
  BAD_ALIAS: ['tham chiếu (*) không hợp lệ', 'an invalid alias (*)'],
  DUPLICATE_KEY: ['trường bị khai báo hai lần', 'a key appears twice'],
  KEY_OVER_1024_CHARS: ['tên trường dài quá 1024 ký tự', 'a key longer than 1024 characters'],
  TAG_RESOLVE_FAILED: ['thẻ kiểu (!) không được hỗ trợ', 'an unsupported tag (!)'],
  BAD_DIRECTIVE: ['chỉ thị % không hợp lệ', 'an invalid % directive'],
  IMPOSSIBLE: ['cấu trúc YAML không đọc được', 'an unreadable YAML structure'],
};

// ── `parplan check` (src/check/): vocabulary shared by the PP6xx wording and its found/expected ──
/** A number as each language writes it: 25,4 in Vietnamese, 25.4 in English (at most one decimal). */
const num = (v: unknown, lang: 0 | 1): string => {
  const s = String(Math.round(Number(v) * 10) / 10);
  return lang === 0 ? s.replace('.', ',') : s;
};
/** "30–35", "≥ 6", or "13" when min = max. */
const span = (a: Args, lang: 0 | 1): string =>
  a.max === undefined || a.max === '' ? `≥ ${num(a.min, lang)}` : a.min === a.max ? num(a.min, lang) : `${num(a.min, lang)}–${num(a.max, lang)}`;
const SIDES: Record<string, [string, string]> = {
  top: ['lề trên', 'top margin'],
  bottom: ['lề dưới', 'bottom margin'],
  left: ['lề trái', 'left margin'],
  right: ['lề phải', 'right margin'],
};
/** The elements of a document a check names (src/nd30/parts.ts's keys, and a few more). */
const ELEMENTS: Record<string, [string, string]> = {
  nationalTitle: ['Quốc hiệu', 'the Quốc hiệu'],
  motto: ['Tiêu ngữ', 'the Tiêu ngữ'],
  parentAgency: ['tên cơ quan chủ quản', "the parent body's name"],
  issuer: ['tên cơ quan ban hành', "the issuer's name"],
  number: ['số, ký hiệu', 'the số and ký hiệu'],
  placeAndDate: ['địa danh, ngày tháng', 'the place and date'],
  type: ['tên loại', 'the type name'],
  subject: ['trích yếu', 'the trích yếu (subject)'],
  basis: ['căn cứ', 'the căn cứ (basis)'],
  body: ['nội dung', 'the body'],
  heading: ['đề mục', 'the headings'],
  signerTitle: ['thẩm quyền, chức vụ người ký', "the signer's authority and title"],
  signerName: ['họ tên người ký', "the signer's name"],
  recipientsLabel: ['chữ "Nơi nhận:"', 'the "Nơi nhận:" heading'],
  recipients: ['các dòng nơi nhận', 'the recipient lines'],
  pageNumber: ['số trang', 'the page numbers'],
  signerBlock: ['khối chữ ký', "the signer's block"],
  recipientsBlock: ['nơi nhận', 'the Nơi nhận (recipients)'],
};
const el = (a: Args, lang: 0 | 1): string => pick(ELEMENTS, a.element, lang, String(a.element));
const EMPHASIS: Record<string, [string, string]> = {
  bold: ['in đậm', 'bold'],
  'not-bold': ['không in đậm', 'not bold'],
  italic: ['in nghiêng', 'italic'],
  upright: ['chữ đứng (không nghiêng)', 'upright (not italic)'],
};
const ALIGNMENTS: Record<string, [string, string]> = {
  center: ['căn giữa', 'centred'],
  left: ['căn trái', 'left-aligned'],
  right: ['căn phải', 'right-aligned'],
  justify: ['căn đều hai lề', 'justified'],
  both: ['căn đều hai lề', 'justified'],
};
const LINE_RATIOS: Record<string, [string, string]> = {
  full: ['dài bằng dòng chữ', 'as long as the text'],
  part: ['dài từ 1/3 đến 1/2 dòng chữ, ở giữa', 'from 1/3 to 1/2 of the text, centred'],
};
const PARAGRAPH_LAYOUT: Record<string, [string, string, string]> = {
  // what: [vi, en, unit]
  indent: ['thụt đầu dòng', 'first-line indent', 'mm'],
  spacing: ['khoảng cách sau đoạn', 'space after the paragraph', 'pt'],
  line: ['giãn dòng', 'line spacing', 'lines'],
};
const layoutWhat = (a: Args, lang: 0 | 1): string => PARAGRAPH_LAYOUT[String(a.what)]?.[lang] ?? String(a.what);
const layoutUnit = (a: Args, lang: 0 | 1): string => {
  const unit = PARAGRAPH_LAYOUT[String(a.what)]?.[2] ?? '';
  return unit === 'lines' ? (lang === 0 ? 'dòng' : 'lines') : unit;
};
const inParagraphs = (a: Args, lang: 0 | 1): string =>
  Number(a.count) > 1 ? (lang === 0 ? ` (${a.count} đoạn, đoạn đầu tiên ở đây)` : ` (${a.count} paragraphs, the first here)`) : '';
const NUMBER_FORMS: Record<string, [string, string]> = {
  colon: ['sau chữ "Số" phải có dấu hai chấm', '"Số" is followed by a colon'],
  'leading-zero': ['số nhỏ hơn 10 phải có số 0 phía trước (05)', 'a number below 10 takes a leading 0 (05)'],
  slash: ['giữa số và ký hiệu là dấu gạch chéo (/)', 'a slash (/) stands between the number and the ký hiệu'],
  spaces: ['ký hiệu không có dấu cách, các nhóm chữ nối bằng gạch nối (KH-SNV)', 'the ký hiệu has no spaces; its groups are joined by hyphens (KH-SNV)'],
  form: ['dạng "Số: 05/KH-SNV"', 'the form "Số: 05/KH-SNV"'],
};
const DATE_FORMS: Record<string, [string, string]> = {
  comma: ['sau địa danh phải có dấu phẩy', 'a comma follows the place name'],
  'leading-zero-day': ['ngày nhỏ hơn 10 phải có số 0 phía trước (ngày 05)', 'a day below 10 takes a leading 0 (ngày 05)'],
  'leading-zero-month': ['tháng 1 và tháng 2 phải có số 0 phía trước (tháng 01, tháng 02)', 'months 1 and 2 take a leading 0 (tháng 01, tháng 02)'],
  form: ['dạng "Lào Cai, ngày 05 tháng 02 năm 2024"', 'the form "Lào Cai, ngày 05 tháng 02 năm 2024"'],
};
const PAGE_NUMBER_FAULTS: Record<string, [string, string]> = {
  footer: ['số trang đặt ở chân trang', 'page numbers sit in the footer'],
  'first-page': ['trang đầu có số trang', 'the first page shows a page number'],
  'not-centred': ['số trang không ở giữa', 'page numbers are not centred'],
  format: ['số trang không phải chữ số Ả Rập', 'page numbers are not Arabic numerals'],
};
const PAGE_NUMBER_RULES: Record<string, [string, string]> = {
  footer: ['ở giữa, phía trên đầu trang (lề trên)', 'centred in the top margin'],
  'first-page': ['không hiện ở trang đầu', 'not shown on the first page'],
  'not-centred': ['ở giữa, phía trên đầu trang', 'centred at the top'],
  format: ['chữ số Ả Rập (1, 2, 3)', 'Arabic numerals (1, 2, 3)'],
};

/** What a PP6xx problem found and what the decree asks, in each language: JSON and SARIF carry them
 * as `found` and `expected`, the message says both. */
export const DOCUMENT_FACTS: Record<string, { found: Wording; expected: Wording }> = {
  PP601: {
    found: { vi: (a) => `khổ ${num(a.width, 0)} × ${num(a.height, 0)} mm`, en: (a) => `${num(a.width, 1)} × ${num(a.height, 1)} mm paper` },
    expected: { vi: () => 'A4 (210 × 297 mm)', en: () => 'A4 (210 × 297 mm)' },
  },
  PP602: {
    found: { vi: (a) => `${pick(SIDES, a.side, 0, String(a.side))} ${num(a.value, 0)} mm`, en: (a) => `${pick(SIDES, a.side, 1, String(a.side))} ${num(a.value, 1)} mm` },
    expected: { vi: (a) => `${span(a, 0)} mm`, en: (a) => `${span(a, 1)} mm` },
  },
  PP603: {
    found: { vi: (a) => `phông ${a.font}`, en: (a) => `font ${a.font}` },
    expected: { vi: () => 'Times New Roman', en: () => 'Times New Roman' },
  },
  PP604: {
    found: { vi: (a) => `màu chữ #${a.color}`, en: (a) => `text colour #${a.color}` },
    expected: { vi: () => 'màu đen', en: () => 'black' },
  },
  PP605: {
    found: { vi: (a) => `cỡ chữ ${num(a.value, 0)} pt`, en: (a) => `${num(a.value, 1)} pt type` },
    expected: { vi: (a) => `${span(a, 0)} pt`, en: (a) => `${span(a, 1)} pt` },
  },
  PP606: {
    found: { vi: (a) => pick(EMPHASIS, a.found, 0, String(a.found)), en: (a) => pick(EMPHASIS, a.found, 1, String(a.found)) },
    expected: { vi: (a) => pick(EMPHASIS, a.expected, 0, String(a.expected)), en: (a) => pick(EMPHASIS, a.expected, 1, String(a.expected)) },
  },
  PP607: {
    found: { vi: (a) => pick(ALIGNMENTS, a.found, 0, String(a.found)), en: (a) => pick(ALIGNMENTS, a.found, 1, String(a.found)) },
    expected: { vi: (a) => pick(ALIGNMENTS, a.expected, 0, String(a.expected)), en: (a) => pick(ALIGNMENTS, a.expected, 1, String(a.expected)) },
  },
  PP608: {
    found: { vi: (a) => `chữ thường: ${q(a.text)}`, en: (a) => `lower case: ${q(a.text)}` },
    expected: { vi: () => 'chữ in hoa', en: () => 'upper case' },
  },
  PP609: {
    found: { vi: () => 'không có đường kẻ', en: () => 'no line' },
    expected: { vi: (a) => `đường kẻ liền ${pick(LINE_RATIOS, a.ratio, 0, '')}`, en: (a) => `a solid line ${pick(LINE_RATIOS, a.ratio, 1, '')}` },
  },
  PP610: {
    found: { vi: (a) => `đường kẻ dài ${Math.round(Number(a.value) * 100)}% dòng chữ`, en: (a) => `a line ${Math.round(Number(a.value) * 100)}% of the text` },
    expected: {
      vi: (a) => (a.min === a.max ? '100%' : `${Math.round(Number(a.min) * 100)}–${Math.round(Number(a.max) * 100)}%`),
      en: (a) => (a.min === a.max ? '100%' : `${Math.round(Number(a.min) * 100)}–${Math.round(Number(a.max) * 100)}%`),
    },
  },
  PP611: {
    found: { vi: (a) => `dấu gạch dưới ${q(a.text)}`, en: (a) => `underscores ${q(a.text)}` },
    expected: { vi: () => 'đường kẻ liền', en: () => 'a solid line' },
  },
  PP612: {
    found: { vi: (a) => q(a.text), en: (a) => q(a.text) },
    expected: { vi: (a) => pick(NUMBER_FORMS, a.why, 0, NUMBER_FORMS.form![0]), en: (a) => pick(NUMBER_FORMS, a.why, 1, NUMBER_FORMS.form![1]) },
  },
  PP613: {
    found: { vi: (a) => q(a.text), en: (a) => q(a.text) },
    expected: { vi: (a) => pick(DATE_FORMS, a.why, 0, DATE_FORMS.form![0]), en: (a) => pick(DATE_FORMS, a.why, 1, DATE_FORMS.form![1]) },
  },
  PP614: {
    found: { vi: (a) => pick(PAGE_NUMBER_FAULTS, a.why, 0, String(a.why)), en: (a) => pick(PAGE_NUMBER_FAULTS, a.why, 1, String(a.why)) },
    expected: { vi: (a) => pick(PAGE_NUMBER_RULES, a.why, 0, ''), en: (a) => pick(PAGE_NUMBER_RULES, a.why, 1, '') },
  },
  PP615: {
    found: { vi: (a) => `không có số trang (khoảng ${a.pages} trang)`, en: (a) => `no page numbers (about ${a.pages} pages)` },
    expected: { vi: () => 'số trang ở giữa lề trên, từ trang 2', en: () => 'page numbers centred at the top, from page 2' },
  },
  PP616: {
    found: { vi: (a) => `${layoutWhat(a, 0)} ${num(a.value, 0)} ${layoutUnit(a, 0)}`, en: (a) => `${layoutWhat(a, 1)} ${num(a.value, 1)} ${layoutUnit(a, 1)}` },
    expected: { vi: (a) => `${span(a, 0)} ${layoutUnit(a, 0)}`, en: (a) => `${span(a, 1)} ${layoutUnit(a, 1)}` },
  },
  PP617: {
    found: { vi: (a) => q(a.text), en: (a) => q(a.text) },
    expected: { vi: () => '"Nơi nhận:" rồi mỗi nơi một dòng bắt đầu bằng "-"', en: () => '"Nơi nhận:", then one recipient a line starting with "-"' },
  },
  PP618: {
    found: { vi: (a) => q(a.text), en: (a) => q(a.text) },
    expected: { vi: () => 'dòng cuối "- Lưu: VT, <đơn vị soạn thảo>."', en: () => 'a last line "- Lưu: VT, <drafting unit>."' },
  },
  PP619: {
    found: { vi: (a) => `khối chữ ký kết thúc ở ${q(a.text)}`, en: (a) => `the block ends at ${q(a.text)}` },
    expected: { vi: () => 'họ tên người ký, in đậm, dưới khoảng ký', en: () => "the signer's name, bold, under the space to sign" },
  },
  PP620: {
    found: { vi: (a) => `${a.lines} dòng để ký`, en: (a) => `${a.lines} line(s) to sign in` },
    expected: { vi: (a) => `ít nhất ${a.min} dòng`, en: (a) => `at least ${a.min} lines` },
  },
  PP621: {
    found: { vi: () => 'không tìm thấy', en: () => 'not found' },
    expected: { vi: (a) => el(a, 0), en: (a) => el(a, 1) },
  },
  PP622: {
    found: { vi: (a) => q(a.text), en: (a) => q(a.text) },
    expected: { vi: (a) => q(a.expected), en: (a) => q(a.expected) },
  },
};
const facts = (code: string, a: Args, lang: 0 | 1): [string, string] => {
  const f = DOCUMENT_FACTS[code]!;
  const pickLang = (w: Wording) => (lang === 0 ? w.vi(a) : w.en(a));
  return [pickLang(f.found), pickLang(f.expected)];
};
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** "Lề trái 25,4 mm, cần 30–35 mm." */
const foundNeeds = (code: string, lang: 0 | 1) => (a: Args) => {
  const [found, expected] = facts(code, a, lang);
  return `${capital(found)}, ${lang === 0 ? 'cần' : 'needs'} ${expected}`;
};

/** What a file that is not a .docx looks like (src/docx-read/package.ts). */
const NOT_DOCX: Record<string, [string, string]> = {
  pdf: ['đây là tệp PDF; hãy dùng bản .docx gốc của văn bản', 'it is a PDF; use the original .docx of the document'],
  html: ['đây là trang HTML', 'it is an HTML page'],
  text: ['đây là tệp chữ thường', 'it is plain text'],
  empty: ['tệp rỗng', 'the file is empty'],
  unknown: ['không phải tệp nén .docx', 'not a .docx zip'],
};
const CONVERT_FORMATS: Record<string, [string, string]> = {
  doc: ['Word 97–2003 (.doc)', 'Word 97–2003 file (.doc)'],
  odt: ['OpenDocument (.odt)', 'OpenDocument text (.odt)'],
  rtf: ['RTF (.rtf)', 'RTF file (.rtf)'],
  wordml: ['Word 2003 XML', 'Word 2003 XML file'],
};
const OTHER_PACKAGES: Record<string, [string, string]> = {
  xlsx: ['bảng tính Excel', 'an Excel workbook'],
  pptx: ['bản trình chiếu PowerPoint', 'a PowerPoint presentation'],
  odt: ['văn bản OpenDocument (.odt)', 'an OpenDocument text (.odt)'],
  zip: ['một tệp nén thông thường', 'an ordinary zip archive'],
};
const ENCRYPTION: Record<string, [string, string]> = {
  password: ['đặt mật khẩu', 'password-protected'],
  drm: ['quản lý quyền truy cập IRM/DRM', 'IRM/DRM rights management'],
  'zip-encryption': ['tệp nén mã hóa', 'an encrypted zip'],
};
const OVERSIZE: Record<string, [string, string]> = {
  file: ['tệp quá lớn', 'the file is too large'],
  entry: ['một phần giải nén quá lớn', 'one part is too large uncompressed'],
  total: ['tổng dung lượng giải nén quá lớn', 'too large uncompressed in total'],
  ratio: ['tỷ lệ nén bất thường', 'an abnormal compression ratio'],
  entries: ['quá nhiều phần trong tệp nén', 'too many entries in the zip'],
};
const IGNORED_CONTENT: Record<string, [string, string]> = {
  altChunk: ['đoạn nhúng từ tệp khác (altChunk)', 'embedded chunk(s) of another file (altChunk)'],
  object: ['đối tượng nhúng (OLE)', 'embedded OLE object(s)'],
};

/** What --fix cannot carry into the rebuilt plan (PP630). */
const NOT_CARRIED: Record<string, [string, string]> = {
  picture: ['hình ảnh', 'picture(s)'],
  shape: ['hình vẽ', 'drawn shape(s)'],
  textbox: ['khung chữ (text box) trong phần nội dung', 'text box(es) in the body'],
  table: ['bảng (ngoài bảng chỉ tiêu)', 'table(s) other than the targets table'],
  headerFooter: ['đầu trang hoặc chân trang có chữ (ngoài số trang)', 'header(s) or footer(s) with text beyond the page number'],
  endnote: ['chú thích cuối văn bản (endnote)', 'endnote(s)'],
};

/** A reference document's value with its unit ("1.8 lines", "1–1.5 lines") as Vietnamese writes it. */
const viUnits = (value: unknown): string => String(value).replace(/\blines\b/g, 'dòng').replace(/(\d)\.(\d)/g, '$1,$2');

/** The style a PP901/PP902 is about, with the others that have the same value (args.others, comma-separated). */
const referenceStyles = (a: Args, lang: 0 | 1): string => {
  const others = a.others === undefined ? [] : String(a.others).split(', ');
  if (others.length === 0) return q(a.style);
  return `${q(a.style)} ${lang === 0 ? '(và' : '(and'} ${others.map((o) => q(o)).join(', ')})`;
};

/** What a reference document's style may set (src/reference-doc), in words. */
const REFERENCE_PROPERTY: Record<string, [string, string]> = {
  font: ['phông chữ', 'the font'],
  size: ['cỡ chữ', 'the size'],
  before: ['khoảng cách trước đoạn', 'space before'],
  after: ['khoảng cách sau đoạn', 'space after'],
  line: ['giãn dòng', 'line spacing'],
  lineExact: ['giãn dòng cố định (Exactly)', 'line spacing of exactly'],
  lineAtLeast: ['giãn dòng tối thiểu (At least)', 'line spacing of at least'],
  firstLine: ['thụt đầu dòng', 'a first-line indent of'],
};

export const MESSAGES = {
  // ── Reading and YAML (src/parse/) ──
  PP001: {
    vi: (a) => `Không đọc được tệp: ${pick(READ_REASONS, a.errno, 0, String(a.detail))}.`,
    en: (a) => `Cannot read the file: ${pick(READ_REASONS, a.errno, 1, String(a.detail))}.`,
  },
  PP002: {
    vi: (a) =>
      a.byte
        ? `Tệp là văn bản UTF-8 nhưng có byte không hợp lệ (${a.byte}) ở đây: ký tự này bị hỏng (thường do dán từ tệp khác). Hãy xóa rồi gõ lại ký tự ở vị trí này; đừng chuyển mã cả tệp.`
        : `Tệp không phải văn bản UTF-8 (có vẻ là ${a.encoding}). ${pick(ENCODING_HINTS, a.encoding, 0, LEGACY_HINT[0])}`,
    en: (a) =>
      a.byte
        ? `The file is UTF-8 text with one invalid byte (${a.byte}) here: this character is damaged (often pasted from another file). Delete it and type it again; do not convert the whole file.`
        : `The file is not UTF-8 text (it looks like ${a.encoding}). ${pick(ENCODING_HINTS, a.encoding, 1, LEGACY_HINT[1])}`,
  },
  PP003: {
    vi: () => 'Tệp rỗng (hoặc chỉ có chú thích #): không có nội dung kế hoạch.',
    en: () => 'The file is empty (or holds only # comments): there is no plan in it.',
  },
  PP004: {
    vi: (a) => `Lỗi cú pháp YAML: ${pick(YAML_PROBLEMS, a.problem, 0, 'cấu trúc không hợp lệ')}.`,
    en: (a) => `YAML syntax error: ${pick(YAML_PROBLEMS, a.problem, 1, 'invalid structure')} (${a.detail}).`,
  },
  PP005: { vi: (a) => `Trường ${q(a.key)} bị khai báo hai lần.`, en: (a) => `The key ${q(a.key)} appears twice.` },
  PP006: {
    vi: (a) => `Kế hoạch phải là một bảng các trường (tên_trường: giá trị), không phải ${a.found === 'list' ? 'một danh sách' : 'một giá trị đơn'}.`,
    en: (a) => `A plan must be a map of fields (name: value), not ${a.found === 'list' ? 'a list' : 'a single value'}.`,
  },
  PP007: {
    vi: () => 'Tệp có nhiều tài liệu YAML (dấu ---): mỗi tệp chỉ chứa một kế hoạch.',
    en: () => 'The file holds several YAML documents (---): one plan per file.',
  },
  PP008: {
    vi: () => 'Thụt lề bằng ký tự tab: YAML chỉ cho phép dấu cách.',
    en: () => 'Tab used for indentation: YAML allows spaces only.',
  },
  PP009: {
    vi: (a) => `Các mục lồng nhau quá sâu (quá ${a.limit} cấp): kế hoạch không cần nhiều cấp như vậy.`,
    en: (a) => `Nesting is too deep (more than ${a.limit} levels): no plan needs that many.`,
  },
  PP010: {
    vi: (a) => `Văn bản chứa ký tự ${a.char}, không được phép trong văn bản Word (ký tự điều khiển hoặc không phải ký tự in được, thường do sao chép từ tệp khác, hoặc do một mã thoát như "\\0", "\\uFFFE"): hãy xóa ký tự này.`,
    en: (a) => `The text holds the character ${a.char}, which a Word document cannot hold (a control character or a noncharacter, usually pasted from another file, or written as an escape such as "\\0", "\\uFFFE"): delete it.`,
  },
  PP011: {
    vi: (a) =>
      a.cycle === 'yes'
        ? 'Tham chiếu YAML (*tên) nằm ngay trong neo &tên mà nó trỏ tới: dữ liệu tự chứa chính nó, không đọc được.'
        : `Tệp dùng tham chiếu YAML (*tên) quá nhiều lần (quá ${a.limit}): có thể là tệp độc hại ("alias bomb").`,
    en: (a) =>
      a.cycle === 'yes'
        ? 'A YAML alias (*name) sits inside the anchor &name it refers to: the data would contain itself.'
        : `The file uses YAML aliases (*name) too many times (over ${a.limit}): possibly a hostile "alias bomb".`,
  },
  PP012: {
    vi: (a) =>
      a.expanded === 'yes'
        ? `Kế hoạch quá lớn khi thay các tham chiếu YAML (*tên) bằng nội dung của chúng (hơn ${a.limit} ký tự, từ tham chiếu này): có thể là tệp độc hại ("alias bomb").`
        : `Tệp quá lớn (${a.size} byte, tối đa ${a.limit}): một kế hoạch không dài như vậy.`,
    en: (a) =>
      a.expanded === 'yes'
        ? `The plan grows too large once its YAML aliases (*name) are expanded (over ${a.limit} characters, from this alias on): possibly a hostile "alias bomb".`
        : `The file is too large (${a.size} bytes, at most ${a.limit}): no plan is that long.`,
  },
  PP013: {
    vi: (a) => `Tên trường ${q(a.key)} bị cấm (tên dành riêng của JavaScript).`,
    en: (a) => `The key ${q(a.key)} is forbidden (a name reserved by JavaScript).`,
  },
  PP014: {
    vi: (a) => `Đây không phải tệp văn bản (${a.kind === 'binary' ? 'dữ liệu nhị phân' : `có vẻ là tệp ${a.kind}`}): tệp kế hoạch phải là văn bản YAML (.yaml).`,
    en: (a) => `This is not a text file (${a.kind === 'binary' ? 'binary data' : `it looks like a ${a.kind} file`}): a plan file must be YAML text (.yaml).`,
  },

  // ── What YAML reads otherwise than a clerk meant (issue 9 item 17, issue 13 item 6) ──
  PP015: {
    vi: (a) => `Tên trường ${pick(KEY_PROBLEMS, a.kind, 0, '')}: tên trường là chữ, viết liền trước dấu hai chấm, ví dụ ${'`'}ten_truong: giá trị${'`'}; nếu cả dòng là văn bản, đặt nó trong dấu ngoặc kép.`,
    en: (a) => `The field name ${pick(KEY_PROBLEMS, a.kind, 1, '')}: a field name is a word written right before the colon, e.g. ${'`'}field_name: value${'`'}; if the whole line is text, put it in double quotes.`,
  },
  PP016: {
    vi: (a) => `Văn bản ${pick(YAML_MISREADS, a.why, 0, 'có ký tự mà YAML đọc là cú pháp')}. Hãy đặt cả giá trị trong dấu ngoặc kép "…" (hoặc ngoặc đơn '…' khi văn bản có dấu ngoặc kép), hoặc viết dạng khối >- với chữ ở dòng dưới. Sửa thành: ${a.fix}`,
    en: (a) => `The text ${pick(YAML_MISREADS, a.why, 1, 'holds a character YAML reads as syntax')}. Put the whole value in double quotes "…" (single quotes '…' when the text holds double quotes), or write it as a block scalar, >- with the text on the next lines. Corrected line: ${a.fix}`,
  },
  PP017: {
    vi: (a) => `Dấu phẩy thập phân trong ngoặc nhọn { }: ở đây dấu phẩy ngăn cách các trường, nên ${q(a.value)} bị đọc thành số ${String(a.value).split(',')[0]} và một trường tên ${q(String(a.value).split(',')[1])}. Viết số với dấu chấm (hoặc đặt trong ngoặc kép: "${a.value}"). Sửa thành: ${a.fix}`,
    en: (a) => `A decimal comma inside braces { }: there a comma separates fields, so ${q(a.value)} was read as the number ${String(a.value).split(',')[0]} and a field named ${q(String(a.value).split(',')[1])}. Write the number with a point (or quote it: "${a.value}"). Corrected line: ${a.fix}`,
  },
  PP018: {
    vi: (a) => `${pick(TAGGED_VALUES, a.kind, 0, '')} (${a.tag ? `thẻ YAML ${a.tag}` : 'YAML 1.1'}): kế hoạch chỉ nhận văn bản, số, danh sách và bảng các trường. Nếu đây là văn bản, đặt nó trong dấu ngoặc kép. Sửa thành: ${a.fix}`,
    en: (a) => `${pick(TAGGED_VALUES, a.kind, 1, '')} (${a.tag ? `the YAML tag ${a.tag}` : 'YAML 1.1'}): a plan takes only text, numbers, lists and maps of fields. If this is text, put it in double quotes. Corrected line: ${a.fix}`,
  },
  PP019: {
    vi: (a) => `Số ${q(a.value)} không dùng được: ${/nan/i.test(String(a.value)) ? 'YAML đọc nó là "không phải số" (NaN)' : 'quá lớn, YAML đọc nó là vô cực'}. Hãy ghi một số thật (ví dụ 84.5); nếu là văn bản, đặt trong dấu ngoặc kép.`,
    en: (a) => `The number ${q(a.value)} cannot be used: ${/nan/i.test(String(a.value)) ? 'YAML reads it as "not a number" (NaN)' : 'it is too large, and YAML reads it as infinity'}. Write a real number (e.g. 84.5); if it is text, put it in double quotes.`,
  },
  PP020: {
    vi: (a) =>
      a.what === 'fullwidth'
        ? `Dấu hai chấm "：" ở đây là dấu của bộ gõ tiếng Trung/Nhật, không phải dấu ":" mà YAML cần sau tên trường. Sửa thành: ${a.fix}`
        : `Thiếu dấu cách sau ${a.what === 'dash' ? 'dấu gạch "-" của mục danh sách' : 'dấu hai chấm của tên trường'}: YAML chỉ nhận ra ${a.what === 'dash' ? 'một mục danh sách' : 'một trường'} khi sau dấu đó có một dấu cách. Sửa thành: ${a.fix}`,
    en: (a) =>
      a.what === 'fullwidth'
        ? `The colon "：" here is a full-width one (a Chinese or Japanese input method's), not the ":" YAML needs after a field name. Corrected line: ${a.fix}`
        : `A space is missing after ${a.what === 'dash' ? 'the "-" of a list item' : "a field name's colon"}: YAML sees ${a.what === 'dash' ? 'a list item' : 'a field'} only when a space follows it. Corrected line: ${a.fix}`,
  },

  // ── Schema (src/validate/schema.ts) ──
  PP100: {
    vi: (a) => `Thiếu trường bắt buộc ${q(a.field)}${a.description ? `: ${a.description}` : ''}.${a.example ? ` Ví dụ: ${a.example}` : ''}`,
    en: (a) => `Missing required field ${q(a.field)}${a.description ? ` (the schema says: "${a.description}")` : ''}.${a.example ? ` For example: ${a.example}` : ''}`,
  },
  PP101: {
    vi: (a) => `Trường không hợp lệ ${q(a.key)}${a.suggestion ? `; có phải là ${q(a.suggestion)}?` : '.'}`,
    en: (a) => `Unknown field ${q(a.key)}${a.suggestion ? `; did you mean ${q(a.suggestion)}?` : '.'}`,
  },
  PP102: {
    vi: (a) => `Trường ${q(a.field)} phải là ${a.expected}, nhưng đang là ${a.found}.`,
    en: (a) => `Field ${q(a.field)} must be ${a.expectedEn}, but is ${a.foundEn}.`,
  },
  PP103: {
    vi: (a) => `Giá trị của ${q(a.field)} phải là một trong: ${a.allowed}.`,
    en: (a) => `Field ${q(a.field)} must be one of: ${a.allowed}.`,
  },
  PP104: {
    vi: (a) => `Giá trị của ${q(a.field)} không đúng dạng ${a.format}.`,
    en: (a) => `Field ${q(a.field)} does not match the form ${a.format}.`,
  },
  PP105: {
    vi: (a) => `Giá trị của ${q(a.field)} phải ${a.comparison} ${a.limit}.`,
    en: (a) => `Field ${q(a.field)} must be ${a.comparisonEn} ${a.limit}.`,
  },
  PP106: {
    vi: (a) => `Trường ${q(a.field)} ${a.what}.`,
    en: (a) => `Field ${q(a.field)} ${a.whatEn}.`,
  },
  PP107: {
    vi: (a) => `Trường ${q(a.field)} không khớp mẫu nào cho phép${a.hint ? `: ${a.hint}` : '.'}`,
    en: (a) => `Field ${q(a.field)} matches none of the allowed forms${a.hintEn ? `: ${a.hintEn}` : '.'}`,
  },

  // ── Rules beyond the schema (src/validate/rules/) ──
  PP201: {
    vi: (a) => `Ngày ${q(a.value)} không có thật (${a.why === 'month' ? 'không có tháng này' : `tháng ${a.month} năm ${a.year} không có ngày ${a.day}`}).`,
    en: (a) => `The date ${q(a.value)} does not exist (${a.why === 'month' ? 'no such month' : `month ${a.month} of ${a.year} has no day ${a.day}`}).`,
  },
  PP202: {
    vi: (a) => `Văn bản căn cứ ${a.reference} ghi ngày ${a.date}, sau ngày ban hành kế hoạch (${a.planDate}): căn cứ phải ban hành trước.`,
    en: (a) => `The reference ${a.reference} is dated ${a.date}, after the plan's date (${a.planDate}): a basis must come first.`,
  },
  PP203: {
    vi: (a) =>
      a.part === 'type'
        ? `Chữ viết tắt của tên loại ${q(a.type)} phải là ${q(a.expected)} (Phụ lục III Nghị định 30), không phải ${q(a.found)}.`
        : `Ký hiệu ${q(a.value)} phải là ${q(a.expected)}: chữ viết tắt tên loại, gạch nối, chữ viết tắt cơ quan ban hành.`,
    en: (a) =>
      a.part === 'type'
        ? `The abbreviation of the type ${q(a.type)} must be ${q(a.expected)} (Decree 30, Appendix III), not ${q(a.found)}.`
        : `The ký hiệu ${q(a.value)} must be ${q(a.expected)}: the type's abbreviation, a hyphen, the issuer's abbreviation.`,
  },
  PP204: {
    vi: (a) =>
      a.why === 'total'
        ? `Thứ hạng ${a.rank} cần tổng số đơn vị được xếp hạng: ghi ${a.totalField} ở kết quả này hoặc ở kết quả chung của chỉ số (ví dụ tong_so: 63 khi xếp hạng trên 63 tỉnh, thành phố; tong_so: 19 khi trên 19 sở, ban, ngành).`
        : `Thứ hạng ${a.rank} nằm ngoài khoảng 1..${a.total} (tổng số đơn vị được xếp hạng).`,
    en: (a) =>
      a.why === 'total'
        ? `The rank ${a.rank} needs the number of ranked units: give ${a.totalField} on this result or on the index's overall result (tong_so: 63 for a rank among 63 provinces; tong_so: 19 among 19 departments).`
        : `The rank ${a.rank} is outside 1..${a.total} (the number of ranked units).`,
  },
  PP205: {
    vi: (a) => `Điểm ${a.score} lớn hơn điểm tối đa ${a.max}.`,
    en: (a) => `The score ${a.score} is above the maximum of ${a.max}.`,
  },
  PP206: {
    vi: (a) => `Chỉ tiêu ${a.what === 'rank' ? 'thứ hạng' : a.what === 'percent' ? 'tỷ lệ' : 'điểm'} ${a.target} thấp hơn kết quả năm trước (${a.result}): kiểm tra lại chỉ tiêu.`,
    en: (a) => `The ${a.what === 'rank' ? 'rank' : a.what === 'percent' ? 'percentage' : 'score'} target ${a.target} is below last year's result (${a.result}): check the target.`,
  },
  PP207: {
    vi: (a) =>
      a.docx
        ? `Khoảng thứ hạng phấn đấu ngược: từ hạng ${a.from} đến hạng ${a.to} (hạng đầu phải nhỏ hơn hoặc bằng hạng sau).`
        : `Khoảng thứ hạng phấn đấu ngược: xep_hang_tu (${a.from}) phải nhỏ hơn hoặc bằng xep_hang_den (${a.to}).`,
    en: (a) =>
      a.docx
        ? `The rank target range is reversed: from rank ${a.from} to rank ${a.to} (the first must not exceed the second).`
        : `The rank target range is reversed: xep_hang_tu (${a.from}) must not exceed xep_hang_den (${a.to}).`,
  },
  PP208: {
    vi: (a) => `Dòng cuối nơi nhận phải là "Lưu: VT, <đơn vị soạn thảo>", không phải ${q(a.value)}${a.fix ? `; viết là ${q(a.fix)}` : ''}.`,
    en: (a) => `The last recipient line must be "Lưu: VT, <drafting unit>", not ${q(a.value)}${a.fix ? `; write ${q(a.fix)}` : ''}.`,
  },
  PP209: {
    vi: (a) => `Chữ nơi nhận phải viết là "Nơi nhận:" (dấu hai chấm liền chữ), không phải ${q(a.value)}.`,
    en: (a) => `The recipients heading must read "Nơi nhận:" (colon right after the word), not ${q(a.value)}.`,
  },
  PP210: {
    vi: (a) => {
      switch (a.why) {
        case 'tm-not-collective':
          return `"TM." (thay mặt) chỉ dùng cho tập thể (ví dụ ỦY BAN NHÂN DÂN), không dùng cho chức vụ ${q(a.value)}.`;
        case 'tm-not-issuer':
          return `"TM. ${a.value}" không khớp cơ quan ban hành ${q(a.issuer)}: chỉ thay mặt chính tập thể ban hành văn bản.`;
        case 'kt-needs-deputy':
          return `Ký thay ("KT.") là cấp phó ký: chức vụ người ký phải bắt đầu bằng "PHÓ", không phải ${q(a.value)}.`;
        case 'kt-for-deputy':
          return `"KT. ${a.value}": ký thay cho người đứng đầu, không ký thay cho cấp phó.`;
        default:
          return `Cấp phó (${q(a.value)}) ký văn bản phải ghi "KT." (ký thay) người đứng đầu.`;
      }
    },
    en: (a) => {
      switch (a.why) {
        case 'tm-not-collective':
          return `"TM." (on behalf of) is for a collective body (such as ỦY BAN NHÂN DÂN), not the position ${q(a.value)}.`;
        case 'tm-not-issuer':
          return `"TM. ${a.value}" does not match the issuer ${q(a.issuer)}: sign on behalf of the issuing body itself.`;
        case 'kt-needs-deputy':
          return `"KT." (signing for the head) is a deputy's signature: the title must start with "PHÓ", not ${q(a.value)}.`;
        case 'kt-for-deputy':
          return `"KT. ${a.value}": a deputy signs for the head, not for another deputy.`;
        default:
          return `A deputy (${q(a.value)}) signs "KT." (for the head).`;
      }
    },
  },
  PP211: {
    vi: (a) => `Thời hạn ${q(a.value)} ghi năm ${a.year}, ngoài năm kế hoạch (${a.planYear}) và năm sau đó.`,
    en: (a) => `The deadline ${q(a.value)} names ${a.year}, outside the plan's year (${a.planYear}) and the next.`,
  },
  PP212: {
    vi: (a) => `Chỉ số thành phần ${q(a.name)} trùng với mục ${a.first}${a.docx ? '' : ` (thanh_phan[${a.firstIndex}])`}.`,
    en: (a) => `The component ${q(a.name)} repeats item ${a.first}${a.docx ? '' : ` (thanh_phan[${a.firstIndex}])`}.`,
  },
  PP213: {
    vi: (a) => `Đơn vị ${q(a.name)} được ghi hai lần${a.where === 'both' ? ' (vừa chủ trì vừa phối hợp)' : ''}.`,
    en: (a) => `The unit ${q(a.name)} is listed twice${a.where === 'both' ? ' (as both lead and support)' : ''}.`,
  },
  PP214: {
    vi: (a) => `Nơi nhận ${q(a.name)} trùng với dòng ${a.first}.`,
    en: (a) => `The recipient ${q(a.name)} repeats line ${a.first}.`,
  },
  PP215: {
    vi: (a) => `Chữ viết tắt ${q(a.abbr)} được dùng trước khi viết đầy đủ; lần đầu hãy viết đầy đủ kèm chữ viết tắt trong ngoặc: "<tên đầy đủ> (${a.abbr})".`,
    en: (a) => `The abbreviation ${q(a.abbr)} is used before it is spelled out; at its first use write it in full with the abbreviation in brackets: "<full name> (${a.abbr})".`,
  },
  PP216: {
    vi: (a) => `Văn bản ${q(a.reference)} đã được viện dẫn đầy đủ (${a.docx ? `đoạn ${a.first}` : a.first}); lần sau chỉ cần ghi tên loại, số và ký hiệu.`,
    en: (a) => `The document ${q(a.reference)} was already cited in full (${a.docx ? `paragraph ${a.first}` : a.first}); later mentions need only its type, number and ký hiệu.`,
  },
  PP217: {
    vi: (a) => (a.docx ? 'Phần nội dung phải kết thúc bằng dấu "./." ở đoạn cuối cùng, trước Nơi nhận.' : 'Phần nội dung phải kết thúc bằng dấu "./." (ở ket_thuc hoặc đoạn cuối cùng).'),
    en: (a) => (a.docx ? 'The body must end with "./." in its last paragraph, before Nơi nhận.' : 'The body must end with "./." (in ket_thuc or its last paragraph).'),
  },
  PP218: {
    vi: (a) =>
      `Dòng này chiếm ${a.found} cột${a.numbered ? ' (kể cả cột số thứ tự tự đánh)' : ''}, bảng có ${a.columns} cột (cot): thêm hoặc bớt ô, hoặc sửa gop_cot, gop_dong.`,
    en: (a) =>
      `This row takes ${a.found} columns${a.numbered ? ' (the automatic number column included)' : ''}, the table has ${a.columns} (cot): add or remove cells, or fix gop_cot, gop_dong.`,
  },
  PP219: {
    vi: (a) =>
      a.overall
        ? `Trường ${q(a.field)} chung của chỉ số ${q(a.index)} không được in ra: chỉ bảng chỉ tiêu in nó, ở dòng tổng (bang_chi_tieu của chỉ số này, không đặt dong_tong: false) hoặc ở dòng thêm (dong_them: [{ chi_so: ${a.index} }]), và văn bản của kế hoạch không nêu các số của nó. Thêm bảng hoặc dòng đó, viết các số vào văn bản, hoặc bỏ trường.`
        : `Trường ${q(a.field)} của chỉ số ${q(a.index)} không được in ra: ${a.layout ? `bố cục dùng chỉ số này (${a.layout}) không in trường đó` : 'không phần nào (thanh_phan) và không bảng chỉ tiêu nào dùng chỉ số này'}. Chọn bố cục in trường này, hoặc bỏ trường.`,
    en: (a) =>
      a.overall
        ? `The overall field ${q(a.field)} of the index ${q(a.index)} is not printed: only a targets table prints it, in its total row (a bang_chi_tieu of this index without dong_tong: false) or in an added row (dong_them: [{ chi_so: ${a.index} }]), and the plan's text does not state its figures. Add that table or row, state the figures in the text, or remove the field.`
        : `The field ${q(a.field)} of the index ${q(a.index)} is not printed: ${a.layout ? `the layouts using this index (${a.layout}) do not print it` : 'no section (thanh_phan) and no targets table uses this index'}. Choose a layout that prints it, or remove the field.`,
  },
  PP220: {
    vi: (a) =>
      `Kế hoạch của Ủy ban nhân dân ký thay mặt tập thể: thêm dòng thẩm quyền "TM. ỦY BAN NHÂN DÂN" trên ${a.title ? q(a.title) : 'chức vụ người ký'} (Điều 13 Nghị định 30).`,
    en: (a) =>
      `A plan of an Ủy ban nhân dân is signed on behalf of the body: add the authority line "TM. ỦY BAN NHÂN DÂN" above ${a.title ? q(a.title) : "the signer's title"} (Decree 30, Article 13).`,
  },
  PP290: {
    vi: (a) => `Còn ${a.count} chỗ đánh dấu TODO cần điền (tìm chữ TODO trong tệp); chỗ đầu tiên: ${q(a.text)}.`,
    en: (a) => `${a.count} TODO marker(s) left to fill in (search the file for TODO); the first: ${q(a.text)}.`,
  },

  // ── Rendering (src/render/, src/pipeline/) ──
  PP300: {
    vi: (a) => `Mẫu ${q(a.template)} cần trường ${q(a.field)} nhưng kế hoạch không có.`,
    en: (a) => `Template ${q(a.template)} needs the field ${q(a.field)}, which the plan lacks.`,
  },
  PP301: {
    vi: (a) => `Không ghi được tệp ${a.target}: ${writeReason(a, 0)}. Tệp cũ (nếu có) vẫn giữ nguyên.`,
    en: (a) => `Cannot write ${a.target}: ${writeReason(a, 1)}. An older file, if any, is left as it was.`,
  },
  PP302: {
    vi: (a) => `Lỗi mẫu ${q(a.template)}: ${a.detail}`,
    en: (a) => `Template error in ${q(a.template)}: ${a.detail}`,
  },
  PP303: {
    vi: (a) =>
      `Thư mục mẫu ${q(a.folder)} tạo ra ${fill(pick(TEMPLATE_OUTPUT, a.why, 0, String(a.why)), a)}: xem lại chỗ vừa sửa trong mẫu (so với templates/ của parplan).`,
    en: (a) =>
      `The templates folder ${q(a.folder)} produced ${fill(pick(TEMPLATE_OUTPUT, a.why, 1, String(a.why)), a)}: look again at what was edited (against parplan's templates/).`,
  },

  // ── Batch: units files, output names, writing, PDF (src/batch/, src/pdf/) ──
  PP400: {
    vi: (a) => `Không đọc được kế hoạch chung ${q(a.file)} (trường ke_hoach): ${pick(READ_REASONS, a.errno, 0, String(a.detail))}.`,
    en: (a) => `Cannot read the base plan ${q(a.file)} (field ke_hoach): ${pick(READ_REASONS, a.errno, 1, String(a.detail))}.`,
  },
  PP401: {
    vi: (a) => `Tên tệp ${q(a.name)} không dùng được: ${pick(UNSAFE_NAMES, a.why, 0, String(a.why))}. ${a.why === 'separator' || a.why === 'dots' ? 'Chỉ ghi tên tệp, không ghi thư mục.' : 'Hãy đổi tên ở trường tep.'}`,
    en: (a) => `The file name ${q(a.name)} cannot be used: ${pick(UNSAFE_NAMES, a.why, 1, String(a.why))}. ${a.why === 'separator' || a.why === 'dots' ? 'Give a file name only, no folder.' : 'Choose another name in tep.'}`,
  },
  PP402: {
    vi: (a) => `Tên tệp ${q(a.name)} trùng với tệp của ${a.other}: ${a.kind === 'plan' ? 'tệp này' : 'đơn vị này'} được ghi vào ${q(a.renamed)}.`,
    en: (a) => `The file name ${q(a.name)} is already used by ${a.other}: this ${a.kind === 'plan' ? 'file' : 'unit'} is written to ${q(a.renamed)}.`,
  },
  PP403: {
    vi: (a) => `Không ghi được ${a.target}: tệp đang mở trong chương trình khác (Word, LibreOffice) hoặc bị khóa. Đóng tệp rồi chạy lại.`,
    en: (a) => `Cannot write ${a.target}: the file is open in another program (Word, LibreOffice) or locked. Close it and run again.`,
  },
  PP404: {
    vi: (a) => `LibreOffice không chuyển được ${a.file} sang PDF${a.detail ? `: ${a.detail}` : '.'}`,
    en: (a) => `LibreOffice did not convert ${a.file} to PDF${a.detail ? `: ${a.detail}` : '.'}`,
  },
  PP405: {
    vi: (a) => `Kế hoạch chung ${q(a.file)} lại là một danh sách đơn vị (có trường don_vi): trường ke_hoach phải trỏ tới một kế hoạch.`,
    en: (a) => `The base plan ${q(a.file)} is itself a units file (it has don_vi): ke_hoach must name a plan.`,
  },
  PP406: {
    vi: (a) => `parplan gặp lỗi khi tạo văn bản này (${a.detail}); các văn bản khác vẫn được tạo. Xin báo lỗi kèm tệp kế hoạch.`,
    en: (a) => `parplan failed while rendering this document (${a.detail}); the others are still rendered. Please report it with the plan file.`,
  },
  PP407: {
    vi: (a) =>
      a.what === 'extension'
        ? `Tệp nén --zip ${a.zip} phải có đuôi .zip (ví dụ ${a.other}): máy tính nhận ra tệp theo đuôi tên, tệp nén mang tên khác sẽ bị mở nhầm (Word báo tệp hỏng).`
        : `Không dùng được tệp nén --zip ${a.zip}: ${a.what === 'input' ? 'đó là một tệp đầu vào của lần chạy này' : `trùng với tệp kết quả ${a.other}`}; ghi đè sẽ làm mất tệp đó. Hãy chọn tên khác.`,
    en: (a) =>
      a.what === 'extension'
        ? `The --zip file ${a.zip} must end in .zip (for example ${a.other}): a computer tells a file by the end of its name, and an archive named otherwise is opened as something else (Word reports a broken document).`
        : `Cannot use --zip ${a.zip}: ${a.what === 'input' ? 'it is an input of this run' : `it is the output ${a.other}`}, which it would destroy. Choose another name.`,
  },
  PP408: {
    vi: (a) => `Kế hoạch chung ${q(a.file)} (trường ke_hoach) ${a.why === 'extension' ? 'phải là tệp .yaml hoặc .yml' : 'phải nằm trong thư mục của tệp danh sách đơn vị (hoặc thư mục con)'}; parplan không đọc tệp này.`,
    en: (a) => `The base plan ${q(a.file)} (field ke_hoach) ${a.why === 'extension' ? 'must be a .yaml or .yml file' : "must be inside the units file's folder (or below it)"}; parplan does not read it.`,
  },

  // ── Reading .docx (src/docx-read/) and import (src/import/): issue 11 ──
  PP501: {
    vi: (a) => `Tệp không phải văn bản Word .docx (${pick(NOT_DOCX, a.looksLike, 0, 'không nhận ra định dạng')}).`,
    en: (a) => `The file is not a Word .docx document (${pick(NOT_DOCX, a.looksLike, 1, 'an unknown format')}).`,
  },
  PP502: {
    vi: (a) => `Tệp ${pick(CONVERT_FORMATS, a.format, 0, String(a.format))} cần chuyển sang .docx trước${a.soffice === 'yes' ? ': LibreOffice không chuyển được' : a.soffice === 'no' ? ': chưa cài LibreOffice để parplan tự chuyển' : ''}. Mở tệp bằng Word, chọn File > Save As, mục Save as type chọn Word Document (*.docx); hoặc cài LibreOffice rồi chạy lại (soffice --headless --convert-to docx tep).`,
    en: (a) => `A ${pick(CONVERT_FORMATS, a.format, 1, String(a.format))} must be converted to .docx first${a.soffice === 'yes' ? ': LibreOffice could not convert it' : a.soffice === 'no' ? ': LibreOffice, which parplan uses to convert it, is not installed' : ''}. Open it in Word, File > Save As, type Word Document (*.docx); or install LibreOffice and run again (soffice --headless --convert-to docx file).`,
  },
  PP503: {
    vi: (a) => `Tệp nén không chứa văn bản Word (không có word/document.xml)${a.kind ? `: có vẻ là ${pick(OTHER_PACKAGES, a.kind, 0, String(a.kind))}` : ''}.`,
    en: (a) => `The zip holds no Word document (no word/document.xml)${a.kind ? `: it looks like ${pick(OTHER_PACKAGES, a.kind, 1, String(a.kind))}` : ''}.`,
  },
  PP504: {
    vi: (a) => `Tệp được bảo vệ (${pick(ENCRYPTION, a.how, 0, 'mã hóa')}): parplan không đọc được. Mở bằng Word, bỏ mật khẩu (File > Info > Protect Document > Encrypt with Password, xóa mật khẩu), lưu lại rồi chạy lại.`,
    en: (a) => `The file is protected (${pick(ENCRYPTION, a.how, 1, 'encrypted')}): parplan cannot read it. Open it in Word, remove the password (File > Info > Protect Document > Encrypt with Password, clear it), save, and run again.`,
  },
  PP505: {
    vi: (a) => `Tệp vượt giới hạn an toàn (${pick(OVERSIZE, a.what, 0, String(a.what))}${a.entry ? `: ${a.entry}` : ''}, giới hạn ${a.limit}): có thể là tệp hỏng hoặc "bom nén"; không đọc.`,
    en: (a) => `The file exceeds a safety bound (${pick(OVERSIZE, a.what, 1, String(a.what))}${a.entry ? `: ${a.entry}` : ''}, bound ${a.limit}): possibly damaged or a "zip bomb"; not read.`,
  },
  PP506: {
    vi: (a) => `Phần ${a.part} của văn bản có XML hỏng (dòng ${a.line}, cột ${a.column}: ${a.detail}). Mở và lưu lại bằng Word hoặc LibreOffice rồi chạy lại.`,
    en: (a) => `Part ${a.part} of the document is malformed XML (line ${a.line}, column ${a.column}: ${a.detail}). Open and save it again in Word or LibreOffice, then run again.`,
  },
  PP507: {
    vi: () => 'Văn bản có macro (.docm): macro được bỏ qua, chỉ đọc nội dung.',
    en: () => 'The document holds macros (.docm): the macros are ignored, only the content is read.',
  },
  PP508: {
    vi: (a) => `Văn bản còn ${a.count} chỗ theo dõi thay đổi (Track Changes): đã lấy bản chấp nhận tất cả (giữ phần chèn, bỏ phần xóa). Hãy kiểm tra lại nội dung.`,
    en: (a) => `The document has ${a.count} tracked changes: the text is taken with all of them accepted (insertions in, deletions out). Check the content.`,
  },
  PP509: {
    vi: (a) => `Văn bản có ${a.count} nhận xét (comment): được bỏ qua.`,
    en: (a) => `The document has ${a.count} comments: they are ignored.`,
  },
  PP510: {
    vi: (a) => `Bỏ qua ${a.count} ${pick(IGNORED_CONTENT, a.kind, 0, String(a.kind))} trong văn bản: parplan không đọc được nội dung này.`,
    en: (a) => `Ignored ${a.count} ${pick(IGNORED_CONTENT, a.kind, 1, String(a.kind))} in the document: parplan cannot read that content.`,
  },
  PP511: {
    vi: (a) => `Văn bản trỏ tới phần ${a.part} nhưng phần này không có trong tệp: bỏ qua.`,
    en: (a) => `The document refers to part ${a.part}, which the file does not hold: skipped.`,
  },
  PP512: {
    vi: (a) =>
      a.why === 'cut-short'
        ? 'Tệp .docx bị cắt cụt: chỉ có phần đầu của tệp (thường do chép hoặc tải về chưa xong). Hãy lấy lại tệp từ nơi gửi rồi chạy lại.'
        : `Tệp .docx bị hỏng (${a.detail}). Mở và lưu lại bằng Word hoặc LibreOffice rồi chạy lại.`,
    en: (a) =>
      a.why === 'cut-short'
        ? 'The .docx file is cut short: only its beginning is there (a copy or download that stopped). Get the file again from its sender, then run again.'
        : `The .docx file is damaged (${a.detail}). Open and save it again in Word or LibreOffice, then run again.`,
  },
  PP513: {
    vi: (a) => `Tệp ${pick(CONVERT_FORMATS, a.format, 0, String(a.format))} được đọc qua bản .docx do LibreOffice chuyển: kết quả là của bản chuyển, Word có thể trình bày tệp gốc khác đôi chút. Nên dùng bản .docx (trong Word: File > Save As, chọn Word Document (*.docx)).`,
    en: (a) => `The ${pick(CONVERT_FORMATS, a.format, 1, String(a.format))} was read through LibreOffice's conversion to .docx: what is reported is the conversion's, and Word may lay the original out slightly differently. A .docx is better (in Word: File > Save As, type Word Document (*.docx)).`,
  },
  PP520: {
    vi: (a) => `Văn bản không phải Kế hoạch${a.kind ? ` (tên loại: ${a.kind})` : ' (không tìm thấy tên loại "KẾ HOẠCH")'}: parplan chỉ nhập những phần khớp với kế hoạch; hãy kiểm tra tệp kết quả.`,
    en: (a) => `The document is not a Kế hoạch${a.kind ? ` (its type: ${a.kind})` : ' (no "KẾ HOẠCH" type line found)'}: parplan imports only what fits a plan; check the result.`,
  },
  PP521: {
    vi: (a) => `${a.count} đoạn không xếp được vào phần nào của kế hoạch: đã giữ nguyên văn theo thứ tự, có chú thích trong tệp YAML.`,
    en: (a) => `${a.count} paragraphs fit no part of the plan: kept word for word, in order, with a comment in the YAML file.`,
  },
  PP522: {
    vi: (a) => `Tệp ${a.target} đã có: không ghi đè. Dùng --force để ghi đè, hoặc -o để chọn tên khác.`,
    en: (a) => `${a.target} already exists: not overwritten. Use --force to overwrite it, or -o to choose another name.`,
  },
  // ── Layout of a .docx (src/check/): each also has its found/expected in DOCUMENT_FACTS ──
  PP601: {
    vi: (a) => `${foundNeeds('PP601', 0)(a)}${a.orientation === 'landscape' ? ' (trang ngang chỉ dùng cho phụ lục có bảng rộng)' : ''}.`,
    en: (a) => `${foundNeeds('PP601', 1)(a)}${a.orientation === 'landscape' ? ' (a landscape page is only for a wide appendix)' : ''}.`,
  },
  PP602: { vi: (a) => `${foundNeeds('PP602', 0)(a)}.`, en: (a) => `${foundNeeds('PP602', 1)(a)}.` },
  PP603: {
    vi: (a) => `Chữ ${q(a.text)} dùng phông ${a.font}${inParagraphs(a, 0)}; toàn văn bản, kể cả bảng, dùng phông Times New Roman.`,
    en: (a) => `${q(a.text)} is set in ${a.font}${inParagraphs(a, 1)}; the whole document, tables included, uses Times New Roman.`,
  },
  PP604: {
    vi: (a) => `Chữ ${q(a.text)} có màu #${a.color}${inParagraphs(a, 0)}; chữ trong văn bản màu đen.`,
    en: (a) => `${q(a.text)} is coloured #${a.color}${inParagraphs(a, 1)}; the text is black.`,
  },
  PP605: {
    vi: (a) => `Cỡ chữ của ${el(a, 0)} là ${num(a.value, 0)} pt, cần ${span(a, 0)} pt${inParagraphs(a, 0)}.`,
    en: (a) => `${capital(el(a, 1))} is set in ${num(a.value, 1)} pt, needs ${span(a, 1)} pt${inParagraphs(a, 1)}.`,
  },
  PP606: {
    vi: (a) => `${capital(el(a, 0))} ${pick(EMPHASIS, a.found, 0, String(a.found))}, cần ${pick(EMPHASIS, a.expected, 0, String(a.expected))}${inParagraphs(a, 0)}.`,
    en: (a) => `${capital(el(a, 1))} is ${pick(EMPHASIS, a.found, 1, String(a.found))}, needs ${pick(EMPHASIS, a.expected, 1, String(a.expected))}${inParagraphs(a, 1)}.`,
  },
  PP607: {
    vi: (a) => `${capital(el(a, 0))} ${pick(ALIGNMENTS, a.found, 0, String(a.found))}, cần ${pick(ALIGNMENTS, a.expected, 0, String(a.expected))}${inParagraphs(a, 0)}.`,
    en: (a) => `${capital(el(a, 1))} is ${pick(ALIGNMENTS, a.found, 1, String(a.found))}, needs to be ${pick(ALIGNMENTS, a.expected, 1, String(a.expected))}${inParagraphs(a, 1)}.`,
  },
  PP608: {
    vi: (a) => `${capital(el(a, 0))} phải viết bằng chữ in hoa, không phải ${q(a.text)}.`,
    en: (a) => `${capital(el(a, 1))} is written in upper case, not ${q(a.text)}.`,
  },
  PP609: {
    vi: (a) => `Không có đường kẻ dưới ${el(a, 0)}: cần một đường kẻ liền ${pick(LINE_RATIOS, a.ratio, 0, '')}.`,
    en: (a) => `No line under ${el(a, 1)}: it needs a solid line ${pick(LINE_RATIOS, a.ratio, 1, '')}.`,
  },
  PP610: {
    vi: (a) => `Đường kẻ dưới ${el(a, 0)} dài ${Math.round(Number(a.value) * 100)}% dòng chữ, cần ${facts('PP610', a, 0)[1]} (${pick(LINE_RATIOS, a.ratio, 0, '')}).`,
    en: (a) => `The line under ${el(a, 1)} is ${Math.round(Number(a.value) * 100)}% of the text, needs ${facts('PP610', a, 1)[1]} (${pick(LINE_RATIOS, a.ratio, 1, '')}).`,
  },
  PP611: {
    vi: (a) => `Đường kẻ dưới ${el(a, 0)} được gõ bằng dấu gạch dưới (${q(a.text)}); Nghị định yêu cầu đường kẻ liền (vẽ đường thẳng hoặc kẻ viền dưới đoạn).`,
    en: (a) => `The line under ${el(a, 1)} is typed as underscores (${q(a.text)}); the decree asks for a solid line (a drawn line or a paragraph border).`,
  },
  PP612: {
    vi: (a) => `Số, ký hiệu ${q(a.text)} sai dạng: ${pick(NUMBER_FORMS, a.why, 0, NUMBER_FORMS.form![0])}.`,
    en: (a) => `The số and ký hiệu ${q(a.text)} are malformed: ${pick(NUMBER_FORMS, a.why, 1, NUMBER_FORMS.form![1])}.`,
  },
  PP613: {
    vi: (a) => `Địa danh, ngày tháng ${q(a.text)} sai dạng: ${pick(DATE_FORMS, a.why, 0, DATE_FORMS.form![0])}.`,
    en: (a) => `The place and date ${q(a.text)} are malformed: ${pick(DATE_FORMS, a.why, 1, DATE_FORMS.form![1])}.`,
  },
  PP614: {
    vi: (a) => `${capital(pick(PAGE_NUMBER_FAULTS, a.why, 0, String(a.why)))}; số trang phải ${pick(PAGE_NUMBER_RULES, a.why, 0, '')}.`,
    en: (a) => `${capital(pick(PAGE_NUMBER_FAULTS, a.why, 1, String(a.why)))}; page numbers must be ${pick(PAGE_NUMBER_RULES, a.why, 1, '')}.`,
  },
  PP615: {
    vi: (a) => `Văn bản dài khoảng ${a.pages} trang nhưng không đánh số trang; số trang đặt ở giữa lề trên, từ trang thứ hai.`,
    en: (a) => `The document runs to about ${a.pages} pages but has no page numbers; they go centred in the top margin, from the second page.`,
  },
  PP616: {
    vi: (a) => `${capital(layoutWhat(a, 0))} của ${el(a, 0)} là ${num(a.value, 0)} ${layoutUnit(a, 0)}, cần ${span(a, 0)} ${layoutUnit(a, 0)}${inParagraphs(a, 0)}.`,
    en: (a) => `The ${layoutWhat(a, 1)} of ${el(a, 1)} is ${num(a.value, 1)} ${layoutUnit(a, 1)}, needs ${span(a, 1)} ${layoutUnit(a, 1)}${inParagraphs(a, 1)}.`,
  },
  PP617: {
    vi: (a) => `Nơi nhận trình bày chưa đúng ở ${q(a.text)}: chữ "Nơi nhận:" (có dấu hai chấm), rồi mỗi nơi nhận một dòng bắt đầu bằng dấu gạch ngang.`,
    en: (a) => `The Nơi nhận is laid out wrongly at ${q(a.text)}: "Nơi nhận:" (with its colon), then one recipient a line starting with a dash.`,
  },
  PP618: {
    vi: (a) => `Dòng cuối nơi nhận là ${q(a.text)}; dòng cuối phải là "- Lưu: VT, <đơn vị soạn thảo>."`,
    en: (a) => `The last recipient line is ${q(a.text)}; the last line must be "- Lưu: VT, <drafting unit>."`,
  },
  PP619: {
    vi: () => 'Khối chữ ký thiếu họ tên người ký (in đậm, dưới khoảng trống để ký).',
    en: () => "The signer's block lacks the signer's name (bold, under the space to sign).",
  },
  PP620: {
    vi: (a) => `Chỉ có ${a.lines} dòng trống để ký và đóng dấu giữa chức vụ và họ tên; cần ít nhất ${a.min} dòng.`,
    en: (a) => `Only ${a.lines} empty line(s) to sign and seal between the title and the name; at least ${a.min} are needed.`,
  },
  PP621: {
    vi: (a) => `Không tìm thấy ${el(a, 0)} trong văn bản.`,
    en: (a) => `${capital(el(a, 1))} was not found in the document.`,
  },
  PP622: {
    vi: (a) => `${capital(el(a, 0))} ghi ${q(a.text)}, Nghị định viết ${q(a.expected)}.`,
    en: (a) => `${capital(el(a, 1))} reads ${q(a.text)}; the decree writes ${q(a.expected)}.`,
  },
  // ── The config file (issue 13, src/config/): parplan.config.yaml or package.json's `parplan` ──
  PP701: {
    vi: (a) => `Khóa ${q(a.key)} không có trong tệp cấu hình.${a.suggestion ? ` Có phải ý bạn là ${q(a.suggestion)}?` : ''} Các khóa dùng được: ${a.known}.`,
    en: (a) => `Unknown key ${q(a.key)} in the config file.${a.suggestion ? ` Did you mean ${q(a.suggestion)}?` : ''} Known keys: ${a.known}.`,
  },
  PP702: {
    vi: (a) => `Khóa ${q(a.key)} cần ${pick(CONFIG_EXPECTED, a.expected, 0, String(a.expected))}${a.found !== undefined ? `, nhưng đang ghi ${q(a.found)}` : ''}.`,
    en: (a) => `Key ${q(a.key)} needs ${pick(CONFIG_EXPECTED, a.expected, 1, String(a.expected))}${a.found !== undefined ? `, not ${q(a.found)}` : ''}.`,
  },
  PP703: {
    vi: (a) => `Không có mã cảnh báo ${q(a.code)}.${a.suggestion ? ` Có phải ý bạn là ${q(a.suggestion)}?` : ''} Mã ghi dạng PP215; danh sách mã ở mục "Mã lỗi" của README.`,
    en: (a) => `There is no diagnostic code ${q(a.code)}.${a.suggestion ? ` Did you mean ${q(a.suggestion)}?` : ''} Codes are written like PP215; the README lists them.`,
  },
  PP704: {
    vi: (a) =>
      a.why === 'todo'
        ? `Không tắt được ${q(a.code)} (còn chỗ TODO): một văn bản còn TODO không được phát hành. Có thể đặt ${a.code}: error.`
        : `Không đổi được mức của ${q(a.code)}: chỉ đổi được các quy tắc kiểm tra kế hoạch (PP2xx) và thể thức văn bản .docx (PP6xx); lỗi đọc tệp, cú pháp YAML và cấu trúc kế hoạch luôn là lỗi.`,
    en: (a) =>
      a.why === 'todo'
        ? `${q(a.code)} (TODO left) cannot be turned off: a document with TODO left must not go out. It can be set to error.`
        : `The level of ${q(a.code)} cannot be changed: only the plan's rules (PP2xx) and a .docx's layout checks (PP6xx) can; reading, YAML and schema problems are always errors.`,
  },
  PP705: {
    vi: (a) => `Mức ${q(a.level)} của ${a.code} không dùng được: ghi off (tắt), warning (cảnh báo) hoặc error (lỗi).${a.suggestion ? ` Có phải ý bạn là ${q(a.suggestion)}?` : ''}`,
    en: (a) => `Level ${q(a.level)} for ${a.code} is not one of off, warning, error.${a.suggestion ? ` Did you mean ${q(a.suggestion)}?` : ''}`,
  },
  PP706: {
    vi: (a) => `Khóa ${q(a.key)}: không có ${a.kind === 'folder' ? 'thư mục' : 'tệp'} ${q(a.path)} (tìm ở ${a.resolved}). Đường dẫn tính từ thư mục chứa tệp cấu hình.`,
    en: (a) => `Key ${q(a.key)}: there is no ${a.kind === 'folder' ? 'folder' : 'file'} ${q(a.path)} (looked at ${a.resolved}). Paths are relative to the config file's folder.`,
  },
  PP707: {
    vi: (a) => `Không tìm thấy tệp cấu hình ${q(a.file)} (--config).`,
    en: (a) => `Config file ${q(a.file)} not found (--config).`,
  },
  PP708: {
    // A YAML error in the words PP004 uses for a plan's (the parser's English text when it has none).
    vi: (a) => `Tệp này không phải một mẫu kế hoạch nên parplan init và parplan presets bỏ qua: ${fill(pick(PRESET_PROBLEMS, a.what, 0, String(a.what)), { ...a, detail: pick(YAML_PROBLEMS, a.problem, 0, String(a.detail)) })}.`,
    en: (a) => `This file is not a preset, so parplan init and parplan presets leave it out: ${fill(pick(PRESET_PROBLEMS, a.what, 1, String(a.what)), { ...a, detail: pick(YAML_PROBLEMS, a.problem, 1, String(a.detail)) })}.`,
  },
  PP710: {
    vi: (a) => `Không có chỗ thay \${${a.name}} trong lời văn.${a.suggestion ? ` Có phải ý bạn là \${${a.suggestion}}?` : ''} Các chỗ thay dùng được: ${a.known}. Muốn viết đúng chữ "\${", ghi "$\${".`,
    en: (a) => `There is no placeholder \${${a.name}}.${a.suggestion ? ` Did you mean \${${a.suggestion}}?` : ''} Placeholders: ${a.known}. To write "\${" itself, write "$\${".`,
  },
  PP711: {
    vi: (a) => `Lời văn dùng \${${a.name}} nhưng cơ quan ban hành chưa có trường ${a.name}: ghi co_quan_ban_hanh.${a.name} (trong kế hoạch chung hoặc ở từng đơn vị).`,
    en: (a) => `The text uses \${${a.name}} but the issuer has no ${a.name}: add co_quan_ban_hanh.${a.name} (in the base plan or for each unit).`,
  },
  // ── parplan check --fix (src/check/fix.ts): what the rebuilt plan could not carry ──
  PP630: {
    vi: (a) => `${a.count} ${pick(NOT_CARRIED, a.kind, 0, String(a.kind))}: tệp mới không giữ được${a.kind === 'table' || a.kind === 'textbox' ? ' (chữ vẫn giữ, chép thành đoạn văn)' : ''}; hãy thêm lại bằng tay nếu cần.`,
    en: (a) => `${a.count} ${pick(NOT_CARRIED, a.kind, 1, String(a.kind))}: not carried into the new file${a.kind === 'table' || a.kind === 'textbox' ? ' (the words are, as paragraphs)' : ''}; add them back by hand if needed.`,
  },
  PP631: {
    vi: (a) => `Tệp mới chỉ giữ ${String(a.percent).replace('.', ',')}% số chữ của văn bản gốc theo đúng thứ tự (${a.kept}/${a.total}): hãy so lại hai văn bản.`,
    en: (a) => `The new file keeps only ${a.percent}% of the original's words in order (${a.kept}/${a.total}): compare the two documents.`,
  },
  PP632: {
    vi: (a) => `Không dựng lại được kế hoạch từ văn bản${a.fields ? ` (không nhận ra: ${a.fields})` : ''}: không ghi tệp mới. Dùng parplan import để xem phần nào thiếu.`,
    en: (a) => `The plan could not be rebuilt from the document${a.fields ? ` (not recognised: ${a.fields})` : ''}: no new file written. Use parplan import to see what is missing.`,
  },
  // ── --reference-doc (issue 12, src/reference-doc/): a province's styles checked against the decree ──
  PP901: {
    vi: (a) => `Tài liệu mẫu: kiểu ${referenceStyles(a, 0)} có ${REFERENCE_PROPERTY[String(a.property)]?.[0] ?? a.property} ${viUnits(a.found)}, ngoài mức Nghị định 30 cho phép (${viUnits(a.allowed)}); giữ ${viUnits(a.kept)}. Dùng --reference-doc-wins để lấy theo tài liệu mẫu.`,
    en: (a) => `Reference document: style ${referenceStyles(a, 1)} has ${REFERENCE_PROPERTY[String(a.property)]?.[1] ?? a.property} ${a.found}, outside what Decree 30 allows (${a.allowed}); ${a.kept} is kept. Use --reference-doc-wins to take the reference's value.`,
  },
  PP902: {
    vi: (a) => `Tài liệu mẫu: kiểu ${referenceStyles(a, 0)} có ${REFERENCE_PROPERTY[String(a.property)]?.[0] ?? a.property} ${viUnits(a.found)}, ngoài mức Nghị định 30 cho phép (${viUnits(a.allowed)}); vẫn dùng theo tài liệu mẫu (--reference-doc-wins).`,
    en: (a) => `Reference document: style ${referenceStyles(a, 1)} has ${REFERENCE_PROPERTY[String(a.property)]?.[1] ?? a.property} ${a.found}, outside what Decree 30 allows (${a.allowed}); used anyway (--reference-doc-wins).`,
  },
} satisfies Record<string, Wording>;

export type MessageCode = keyof typeof MESSAGES;

/** What each code is about, in a few words (SARIF rule descriptions); a code without one shows the code. */
export const CODE_TITLES: Partial<Record<MessageCode, [vi: string, en: string]>> = {
  PP001: ['Không đọc được tệp', 'File cannot be read'],
  PP002: ['Tệp không phải UTF-8', 'File is not UTF-8'],
  PP003: ['Tệp rỗng', 'Empty file'],
  PP004: ['Lỗi cú pháp YAML', 'YAML syntax error'],
  PP005: ['Trường khai báo hai lần', 'Duplicate key'],
  PP006: ['Kế hoạch không phải bảng các trường', 'Plan is not a map'],
  PP007: ['Nhiều tài liệu YAML trong một tệp', 'Several YAML documents'],
  PP008: ['Thụt lề bằng tab', 'Tab indentation'],
  PP009: ['Lồng quá sâu', 'Nesting too deep'],
  PP010: ['Ký tự điều khiển trong văn bản', 'Control character in text'],
  PP011: ['Quá nhiều tham chiếu YAML', 'Too many YAML aliases'],
  PP012: ['Tệp quá lớn', 'File too large'],
  PP013: ['Tên trường bị cấm', 'Forbidden key'],
  PP014: ['Tệp nhị phân', 'Binary file'],
  PP015: ['Tên trường không phải chữ', 'Field name is not text'],
  PP016: ['Văn bản cần đặt trong ngoặc kép', 'Text needs quotes'],
  PP017: ['Dấu phẩy thập phân trong ngoặc nhọn', 'Decimal comma inside braces'],
  PP018: ['Giá trị có thẻ YAML hoặc kiểu ngày giờ', 'Tagged or timestamp value'],
  PP019: ['Số vô cực hoặc không phải số', 'Infinite or not-a-number value'],
  PP020: ['Thiếu dấu cách sau dấu hai chấm hoặc dấu gạch', 'Missing space after a colon or a dash'],
  PP100: ['Thiếu trường bắt buộc', 'Missing required field'],
  PP101: ['Trường không hợp lệ', 'Unknown field'],
  PP102: ['Sai kiểu dữ liệu', 'Wrong type'],
  PP103: ['Giá trị không được phép', 'Value not allowed'],
  PP104: ['Sai dạng', 'Wrong form'],
  PP105: ['Giá trị ngoài giới hạn', 'Value out of range'],
  PP106: ['Độ dài hoặc số phần tử không hợp lệ', 'Wrong length or item count'],
  PP107: ['Không khớp mẫu cho phép', 'Matches no allowed form'],
  PP201: ['Ngày không có thật', 'Date does not exist'],
  PP202: ['Căn cứ ban hành sau kế hoạch', 'Basis dated after the plan'],
  PP203: ['Ký hiệu không khớp tên loại và cơ quan', 'Ký hiệu does not match type and issuer'],
  PP204: ['Thứ hạng ngoài 1..N hoặc thiếu N', 'Rank outside 1..N or N missing'],
  PP205: ['Điểm vượt điểm tối đa', 'Score above its maximum'],
  PP206: ['Chỉ tiêu thấp hơn kết quả năm trước', "Target below last year's result"],
  PP207: ['Khoảng thứ hạng ngược', 'Rank range reversed'],
  PP208: ['Dòng cuối nơi nhận không phải "Lưu: VT, …"', 'Last recipient is not "Lưu: VT, …"'],
  PP209: ['Chữ "Nơi nhận:" sai dạng', '"Nơi nhận:" heading malformed'],
  PP210: ['Thẩm quyền ký không khớp', 'Signing authority mismatch'],
  PP211: ['Thời hạn ngoài năm kế hoạch', "Deadline outside the plan's year"],
  PP212: ['Trùng chỉ số thành phần', 'Duplicate component'],
  PP213: ['Trùng đơn vị', 'Duplicate unit'],
  PP214: ['Trùng nơi nhận', 'Duplicate recipient'],
  PP215: ['Chữ viết tắt chưa được định nghĩa', 'Abbreviation used before defined'],
  PP216: ['Viện dẫn đầy đủ lặp lại', 'Reference cited in full again'],
  PP217: ['Thiếu dấu kết thúc "./."', 'Missing closing "./."'],
  PP218: ['Dòng bảng sai số ô', 'Table row with the wrong number of cells'],
  PP219: ['Trường không được in', 'Field set but not printed'],
  PP220: ['Kế hoạch UBND thiếu "TM."', 'UBND plan signed without "TM."'],
  PP290: ['Còn chỗ đánh dấu TODO', 'TODO marker left'],
  PP701: ['Khóa cấu hình không có', 'Unknown config key'],
  PP702: ['Giá trị cấu hình sai kiểu', 'Config value of the wrong kind'],
  PP703: ['Mã cảnh báo không có', 'Unknown diagnostic code'],
  PP704: ['Mã không đổi được mức', 'Code whose level is fixed'],
  PP705: ['Mức quy tắc không dùng được', 'Unknown rule level'],
  PP706: ['Đường dẫn trong cấu hình không có', 'Config path not found'],
  PP707: ['Không tìm thấy tệp cấu hình', 'Config file not found'],
  PP708: ['Tệp không phải mẫu kế hoạch', 'Not a preset file'],
  PP710: ['Chỗ thay không có', 'Unknown placeholder'],
  PP711: ['Chỗ thay thiếu giá trị', 'Placeholder without a value'],
  PP901: ['Tài liệu mẫu ngoài mức Nghị định 30', 'Reference document outside Decree 30'],
  PP902: ['Tài liệu mẫu ngoài mức Nghị định 30 (vẫn dùng)', 'Reference document outside Decree 30 (used)'],
  PP300: ['Mẫu thiếu trường', 'Template needs a field'],
  PP301: ['Không ghi được tệp', 'Cannot write file'],
  PP302: ['Lỗi mẫu', 'Template error'],
  PP303: ['Mẫu tạo ra phần không có', 'Template output parplan cannot read'],
  PP400: ['Không đọc được kế hoạch chung', 'Base plan cannot be read'],
  PP401: ['Tên tệp không dùng được', 'Unusable file name'],
  PP402: ['Tên tệp trùng, đã đổi tên', 'File name clash, renamed'],
  PP403: ['Tệp đang mở hoặc bị khóa', 'File open or locked'],
  PP404: ['Không chuyển được sang PDF', 'PDF conversion failed'],
  PP405: ['Kế hoạch chung là danh sách đơn vị', 'Base plan is a units file'],
  PP406: ['Lỗi của parplan khi tạo một văn bản', 'parplan failed on one document'],
  PP407: ['Tệp nén trùng tệp đầu vào hoặc kết quả, hoặc không có đuôi .zip', 'Zip path is an input or an output, or does not end in .zip'],
  PP601: ['Khổ giấy không phải A4', 'Paper is not A4'],
  PP602: ['Lề trang ngoài khoảng cho phép', 'Margin out of range'],
  PP603: ['Phông chữ không phải Times New Roman', 'Font is not Times New Roman'],
  PP604: ['Chữ không màu đen', 'Text is not black'],
  PP605: ['Cỡ chữ ngoài khoảng cho phép', 'Type size out of range'],
  PP606: ['Kiểu chữ (đậm, nghiêng) sai', 'Wrong bold or italic'],
  PP607: ['Căn lề đoạn sai', 'Wrong alignment'],
  PP608: ['Cần chữ in hoa', 'Upper case required'],
  PP609: ['Thiếu đường kẻ', 'Line missing'],
  PP610: ['Đường kẻ dài sai', 'Line of the wrong length'],
  PP611: ['Đường kẻ gõ bằng dấu gạch dưới', 'Line typed as underscores'],
  PP612: ['Số, ký hiệu sai dạng', 'Số and ký hiệu malformed'],
  PP613: ['Địa danh, ngày tháng sai dạng', 'Place and date malformed'],
  PP614: ['Số trang đặt sai chỗ', 'Page numbers misplaced'],
  PP615: ['Không đánh số trang', 'No page numbers'],
  PP616: ['Thụt đầu dòng, giãn đoạn hoặc giãn dòng sai', 'Indent or spacing out of range'],
  PP617: ['Nơi nhận trình bày sai', 'Nơi nhận laid out wrongly'],
  PP618: ['Nơi nhận thiếu "Lưu: VT, …"', 'Nơi nhận lacks "Lưu: VT, …"'],
  PP619: ['Thiếu họ tên người ký', "Signer's name missing"],
  PP620: ['Không đủ chỗ để ký', 'Too little room to sign'],
  PP621: ['Thiếu thành phần thể thức', 'Part missing'],
  PP622: ['Quốc hiệu, Tiêu ngữ sai chữ', 'Quốc hiệu or Tiêu ngữ misworded'],
  PP630: ['Tệp sửa không giữ được', 'Not carried by --fix'],
  PP631: ['Tệp sửa thiếu chữ', 'Fixed file lacks words'],
  PP632: ['Không dựng lại được kế hoạch', 'Plan could not be rebuilt'],
  PP501: ['Không phải tệp .docx', 'Not a .docx file'],
  PP502: ['Cần chuyển sang .docx', 'Needs conversion to .docx'],
  PP503: ['Không có word/document.xml', 'No word/document.xml'],
  PP504: ['Tệp được bảo vệ', 'Protected file'],
  PP505: ['Vượt giới hạn an toàn', 'Safety bound exceeded'],
  PP506: ['XML hỏng', 'Malformed XML'],
  PP507: ['Macro bị bỏ qua', 'Macros ignored'],
  PP508: ['Theo dõi thay đổi đã chấp nhận', 'Tracked changes accepted'],
  PP509: ['Nhận xét bị bỏ qua', 'Comments ignored'],
  PP510: ['Nội dung bị bỏ qua', 'Content ignored'],
  PP511: ['Thiếu phần được trỏ tới', 'Referenced part missing'],
  PP512: ['Tệp .docx hỏng', 'Damaged .docx'],
  PP513: ['Đọc qua bản chuyển của LibreOffice', 'Read through LibreOffice\'s conversion'],
  PP408: ['Kế hoạch chung ở ngoài thư mục hoặc không phải .yaml', 'Base plan outside the folder or not .yaml'],
  PP520: ['Không phải Kế hoạch', 'Not a Kế hoạch'],
  PP521: ['Đoạn chưa xếp được', 'Paragraphs not placed'],
  PP522: ['Tệp kết quả đã có', 'Output exists'],
};

export function formatMessage(code: MessageCode, args: Args, lang: Lang): string {
  const wording: Wording = MESSAGES[code];
  // Arguments come from plans (keys, values, file names): made inert before they reach a terminal.
  const safe: Args = {};
  for (const [k, v] of Object.entries(args)) safe[k] = typeof v === 'string' ? inert(v) : v;
  return wording[lang](safe);
}

export function isMessageCode(code: string): code is MessageCode {
  return Object.hasOwn(MESSAGES, code);
}

/** What a PP6xx problem found and what the decree asks ("lề trái 25,4 mm", "30–35 mm"); undefined for other codes. */
export function formatFacts(code: MessageCode, args: Args, lang: Lang): { found: string; expected: string } | undefined {
  if (!Object.hasOwn(DOCUMENT_FACTS, code)) return undefined;
  const [found, expected] = facts(code, args, lang === 'vi' ? 0 : 1);
  return { found, expected };
}
