// What `parplan init` asks on a terminal, for each option not given: the configuration of each
// @inquirer/prompts question (message, choices, default, validation), in Vietnamese or English. Kept
// apart from the prompting itself so that tests render each question with @inquirer/testing.
import type { Lang } from '../diagnostics/messages.js';
import type { Preset } from './registry.js';
import { ABBREVIATION_PATTERN, type UnitLevel } from './unit.js';

export const YEAR_RANGE = { min: 2000, max: 2100 } as const;

export function presetQuestion(presets: readonly Preset[], lang: Lang) {
  return {
    message: lang === 'vi' ? 'Chọn mẫu kế hoạch' : 'Choose a preset',
    choices: presets.map((p) => ({ name: `${p.name}: ${p.description}`, value: p.name, description: p.methodology })),
    // pageSize counts screen lines, and a description wraps on a narrow terminal: room for three each.
    pageSize: Math.max(presets.length * 3, 7),
    loop: false,
  };
}

const UNIT_EXAMPLE: Record<UnitLevel, string> = {
  so: 'Sở Khoa học và Công nghệ',
  huyen: 'Ủy ban nhân dân huyện Bảo Thắng',
  tinh: 'Ủy ban nhân dân tỉnh Lào Cai',
};

export function unitQuestion(level: UnitLevel, lang: Lang) {
  return {
    message: lang === 'vi' ? `Tên cơ quan ban hành (ví dụ: ${UNIT_EXAMPLE[level]})` : `Issuing body (e.g. ${UNIT_EXAMPLE[level]})`,
    validate: (value: string) => checkUnit(value, lang) ?? true,
  };
}

export function abbreviationQuestion(suggested: string | undefined, lang: Lang) {
  return {
    message: lang === 'vi' ? 'Chữ viết tắt tên cơ quan, dùng trong ký hiệu KH-…' : "The body's abbreviation, used in the ký hiệu KH-…",
    ...(suggested === undefined ? {} : { default: suggested }),
    transformer: (value: string) => normalizeAbbreviation(value),
    validate: (value: string) => checkAbbreviation(value, lang) ?? true,
  };
}

export function yearQuestion(thisYear: number, lang: Lang) {
  return {
    message: lang === 'vi' ? 'Năm kế hoạch' : 'Year of the plan',
    default: String(thisYear),
    validate: (value: string) => checkYear(value, lang) ?? true,
  };
}

/** Each check returns the problem, in words for the user, or undefined when the value is fine;
 * the same checks apply to --unit, --viet-tat and --nam. */
/** The longest unit name accepted: the longest real one ("Ủy ban nhân dân …") is under 100 characters. */
export const MAX_UNIT_LENGTH = 200;

export function checkUnit(value: string, lang: Lang): string | undefined {
  if (value.trim() === '') return lang === 'vi' ? 'Hãy nhập tên cơ quan ban hành.' : 'Type the name of the issuing body.';
  // Issue 9: these reached "Unexpected parplan error" (the plan made from them was invalid).
  if (/[\u0000-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udfff]/.test(value)) {
    return lang === 'vi' ? 'Tên cơ quan có ký tự điều khiển (không in được): hãy gõ lại tên.' : 'The name holds a control character (unprintable): type it again.';
  }
  if (value.length > MAX_UNIT_LENGTH) {
    return lang === 'vi' ? `Tên cơ quan dài quá ${MAX_UNIT_LENGTH} ký tự.` : `The name is longer than ${MAX_UNIT_LENGTH} characters.`;
  }
  return undefined;
}

export function normalizeAbbreviation(value: string): string {
  return value.normalize('NFC').trim().toLocaleUpperCase('vi');
}

export function checkAbbreviation(value: string, lang: Lang): string | undefined {
  if (ABBREVIATION_PATTERN.test(normalizeAbbreviation(value))) return undefined;
  return lang === 'vi'
    ? 'Chữ viết tắt gồm 1 đến 12 chữ in hoa hoặc chữ số, không dấu cách (ví dụ SKHCN, UBND).'
    : 'An abbreviation is 1 to 12 capital letters or digits, no spaces (e.g. SKHCN, UBND).';
}

export function parseYear(value: string): number | undefined {
  const trimmed = value.trim();
  if (!/^\d{4}$/.test(trimmed)) return undefined;
  const year = Number(trimmed);
  return year >= YEAR_RANGE.min && year <= YEAR_RANGE.max ? year : undefined;
}

export function checkYear(value: string, lang: Lang): string | undefined {
  if (parseYear(value) !== undefined) return undefined;
  return lang === 'vi'
    ? `Năm phải là số có 4 chữ số, từ ${YEAR_RANGE.min} đến ${YEAR_RANGE.max}.`
    : `The year must be 4 digits, from ${YEAR_RANGE.min} to ${YEAR_RANGE.max}.`;
}
