// Numbers and dates the Vietnamese way (decimal comma; ND30 leading zeros).

/** 89.47 → "89,47"; 16 → "16". */
export function formatNumber(n: number): string {
  return String(n).replace('.', ',');
}

/** A number below 10 takes a leading 0 (ND30 ô 3: "05"). */
export function padNumber(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** ND30 ô 4: days below 10 and months 1 and 2 take a leading 0. */
export function formatDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}
export function formatMonth(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

/** A date inside the text: ISO "2022-06-30" → "30/6/2022" (ND30 zeros); "7/3/2020" stays as written. */
export function formatDate(date: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!iso) return date;
  return `${formatDay(Number(iso[3]))}/${formatMonth(Number(iso[2]))}/${iso[1]}`;
}

/** The blank the văn thư or the signer fills in by hand: it keeps its width ("Số:      /KH-STNMT"). */
export const BLANK = '\u00a0'.repeat(6);

/** Parts of ngay_ban_hanh ("2022-07" leaves the day blank, "2022" the day and the month). */
export function issueDateParts(date: string): { ngay: string; thang: string; nam: string } {
  const [year, month, day] = date.split('-');
  return {
    ngay: day ? formatDay(Number(day)) : BLANK,
    thang: month ? formatMonth(Number(month)) : BLANK,
    nam: year ?? '',
  };
}

export function formatRank(rank: number | undefined, of: number | undefined): string {
  if (rank === undefined) return '';
  return of === undefined ? String(rank) : `${rank}/${of}`;
}

export function formatRankRange(from: number | undefined, to: number | undefined): string {
  if (from === undefined) return '';
  return to === undefined || to === from ? String(from) : `${from}-${to}`;
}

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];
export function toRoman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

/** a, b, … z, then aa, ab … (Vietnamese plans use the Latin letters, đ included after d). */
const LETTERS = 'abcdđeghiklmnopqrstuvxy';
export function toLetter(n: number): string {
  let out = '';
  let i = n;
  while (i > 0) {
    i -= 1;
    out = LETTERS[i % LETTERS.length] + out;
    i = Math.floor(i / LETTERS.length);
  }
  return out;
}
