// The issuing unit as a clerk types it ("Sở Khoa học và Công nghệ", "UBND huyện Bảo Thắng") → the
// header lines, the name used in sentences, the place name and the default abbreviation.

/** Who issues the plans of a preset: a Sở (or ban, ngành), a UBND cấp huyện, a UBND cấp tỉnh. */
export type UnitLevel = 'so' | 'huyen' | 'tinh';

export interface Unit {
  /** Ô 2, upper case: one line for a Sở, "ỦY BAN NHÂN DÂN" over the area for a UBND (as the examples set it). */
  headerLines: string[];
  /** The name as written in a sentence: "Sở Khoa học và Công nghệ", "Ủy ban nhân dân huyện Bảo Thắng". */
  fullName: string;
  /** For a UBND: its area ("huyện Bảo Thắng"); for a Sở: the full name. */
  area: string;
  /** The kind of area: "huyện", "thị xã", "thành phố", "quận", "tỉnh"; undefined for a Sở. */
  areaKind: string | undefined;
  /** The place name (ô 4, "Bảo Thắng"), when the unit's name gives it. */
  placeName: string | undefined;
  /** The abbreviation for the ký hiệu: "UBND" for a UBND, initials for a Sở ("SKHCN"); undefined if none can be made. */
  defaultAbbreviation: string | undefined;
}

/** The ký hiệu group the schema accepts (co_quan_ban_hanh.viet_tat). */
export const ABBREVIATION_PATTERN = /^[A-ZĐ0-9]{1,12}$/;

const UBND = /^(?:ủy|uỷ) ban nhân dân\s+|^ubnd\s+/iu;
const AREA_KINDS = ['thành phố', 'thị xã', 'huyện', 'quận', 'tỉnh'];

export function describeUnit(level: UnitLevel, typed: string): Unit {
  const name = tidy(typed);
  if (level === 'so') {
    return {
      headerLines: [upperVi(name)],
      fullName: name,
      area: name,
      areaKind: undefined,
      placeName: undefined,
      defaultAbbreviation: abbreviate(name),
    };
  }
  // "UBND huyện Bảo Thắng", "Ủy ban nhân dân huyện Bảo Thắng" and "huyện Bảo Thắng" all name the same UBND.
  const area = name.replace(UBND, '');
  const kind = AREA_KINDS.find((k) => area.toLocaleLowerCase('vi').startsWith(k + ' '));
  const areaText = kind ? kind + area.slice(kind.length) : area;
  return {
    headerLines: ['ỦY BAN NHÂN DÂN', upperVi(areaText)],
    fullName: `Ủy ban nhân dân ${areaText}`,
    area: areaText,
    areaKind: kind,
    placeName: kind ? areaText.slice(kind.length).trim() || undefined : undefined,
    defaultAbbreviation: 'UBND',
  };
}

/** Initials of the words, "và" left out, diacritics dropped except Đ: "Sở Lao động - Thương binh và Xã hội" → SLĐTBXH. */
export function abbreviate(name: string): string | undefined {
  const initials = tidy(name)
    .split(/[\s\-–,()]+/u)
    .filter((w) => w !== '' && w.toLocaleLowerCase('vi') !== 'và')
    .map((w) => baseLetter(w[0] ?? ''))
    .join('');
  return ABBREVIATION_PATTERN.test(initials) ? initials : undefined;
}

/** Upper case as Vietnamese writes it ("Sở Khoa học" → "SỞ KHOA HỌC"). */
export function upperVi(text: string): string {
  return text.toLocaleUpperCase('vi');
}

function baseLetter(ch: string): string {
  const upper = upperVi(ch);
  if (upper === 'Đ') return upper;
  return upper.normalize('NFD').replace(/\p{M}/gu, '');
}

function tidy(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
