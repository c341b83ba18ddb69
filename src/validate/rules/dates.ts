// Dates as plans write them: ISO "2022-06-30", a month "2022-07", or Vietnamese "30/6/2022".
export interface DayMonthYear {
  day: number | undefined;
  month: number;
  year: number;
}

/** Parses the two forms the schema allows, without checking that the date exists. */
export function parsePlanDate(value: string): DayMonthYear | undefined {
  const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: iso[3] === undefined ? undefined : Number(iso[3]) };
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (vn) return { day: Number(vn[1]), month: Number(vn[2]), year: Number(vn[3]) };
  return undefined;
}

export function daysInMonth(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why a date does not exist ('month' or 'day'), or undefined when it does. */
export function impossibleDate(d: DayMonthYear): 'month' | 'day' | undefined {
  if (d.month < 1 || d.month > 12) return 'month';
  if (d.day !== undefined && (d.day < 1 || d.day > daysInMonth(d.month, d.year))) return 'day';
  return undefined;
}

/** A sortable number: yyyymmdd, the day 0 when unknown (a month-only date sorts before its days). */
export function dateKey(d: DayMonthYear): number {
  return d.year * 10000 + d.month * 100 + (d.day ?? 0);
}

export function formatVnDate(d: DayMonthYear): string {
  return d.day === undefined ? `${d.month}/${d.year}` : `${d.day}/${d.month}/${d.year}`;
}

/** Dates inside free text ("Trước 30/11/2022", "ngày 15/12/2020"), with their offsets. */
export function datesInText(text: string): { value: string; offset: number; date: DayMonthYear }[] {
  const found: { value: string; offset: number; date: DayMonthYear }[] = [];
  if (!text.includes('/')) return found;
  for (const m of text.matchAll(/(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g)) {
    found.push({ value: m[0], offset: m.index, date: { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) } });
  }
  return found;
}
