// Every message a user can see about a plan, in Vietnamese and English, keyed by a stable code.
// Codes: PP0xx reading and YAML, PP1xx schema, PP2xx rules (validate), PP3xx rendering.
export type Lang = 'vi' | 'en';
type Args = Record<string, string | number>;
type Wording = { vi: (a: Args) => string; en: (a: Args) => string };

const q = (v: unknown) => `'${String(v)}'`;

export const MESSAGES = {
  PP001: { vi: (a) => `Không đọc được tệp: ${a.reason}`, en: (a) => `Cannot read the file: ${a.reason}` },
  PP002: {
    vi: (a) => `Tệp không phải văn bản UTF-8 (${a.encoding}). ${a.hint}`,
    en: (a) => `The file is not UTF-8 text (${a.encoding}). ${a.hint}`,
  },
  PP003: { vi: () => 'Tệp rỗng: không có nội dung kế hoạch.', en: () => 'The file is empty: there is no plan in it.' },
  PP004: { vi: (a) => `Lỗi cú pháp YAML: ${a.detail}`, en: (a) => `YAML syntax error: ${a.detail}` },
  PP005: { vi: (a) => `Trường ${q(a.key)} bị khai báo hai lần.`, en: (a) => `The key ${q(a.key)} appears twice.` },
  PP006: {
    vi: (a) => `Kế hoạch phải là một bảng các trường (tên_trường: giá trị), không phải ${a.found}.`,
    en: (a) => `A plan must be a map of fields (name: value), not ${a.found}.`,
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
    vi: (a) => `Tệp quá lớn hoặc lồng quá sâu (${a.detail}).`,
    en: (a) => `The file is too large or too deeply nested (${a.detail}).`,
  },
  PP100: { vi: (a) => `Thiếu trường bắt buộc ${q(a.field)}.`, en: (a) => `Missing required field ${q(a.field)}.` },
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
  PP300: {
    vi: (a) => `Mẫu ${q(a.template)} cần trường ${q(a.field)} nhưng kế hoạch không có.`,
    en: (a) => `Template ${q(a.template)} needs the field ${q(a.field)}, which the plan lacks.`,
  },
  PP301: {
    vi: (a) => `Không ghi được tệp ${a.target}: ${a.reason}`,
    en: (a) => `Cannot write ${a.target}: ${a.reason}`,
  },
  PP302: {
    vi: (a) => `Lỗi mẫu ${q(a.template)}: ${a.detail}`,
    en: (a) => `Template error in ${q(a.template)}: ${a.detail}`,
  },
} satisfies Record<string, Wording>;

export type MessageCode = keyof typeof MESSAGES;

export function formatMessage(code: MessageCode, args: Args, lang: Lang): string {
  const wording: Wording = MESSAGES[code];
  return wording[lang](args);
}
