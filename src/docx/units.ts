// Conversions into the units OOXML counts in. 1 pt = 20 twips; 1 inch = 1440 twips = 25.4 mm.

export const TWIPS_PER_POINT = 20;

export function twipsFromMm(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

export function twipsFromCm(cm: number): number {
  return twipsFromMm(cm * 10);
}

export function twipsFromPt(pt: number): number {
  return Math.round(pt * TWIPS_PER_POINT);
}

/** `w:sz` counts half-points. */
export function halfPoints(pt: number): number {
  return Math.round(pt * 2);
}
