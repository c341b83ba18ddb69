// docx-read measures in points; the decree in millimetres.
export const MM_PER_PT = 25.4 / 72;

export function mmOf(pt: number): number {
  return Math.round(pt * MM_PER_PT * 100) / 100;
}

export function ptOfMm(mm: number): number {
  return mm / MM_PER_PT;
}
