// Output file names for units: the unit's name in ASCII by default, or the entry's own `tep`.
// No name may reach outside the output folder or break on Windows, and no two units share a file.

/** Windows refuses these as file names, with any extension (CON.docx too). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
// Forbidden on Windows, plus the separators of every system.
const FORBIDDEN = /[<>:"|?*\u0000-\u001f\u007f]/;
export const MAX_NAME_LENGTH = 120;

export type UnsafeReason = 'separator' | 'dots' | 'reserved' | 'character' | 'ending' | 'leading' | 'empty' | 'long';

/** "Sở Tài nguyên và Môi trường" → "so-tai-nguyen-va-moi-truong" (đ → d; other letters lose their marks). */
export function transliterate(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= 80) return ascii;
  const cut = ascii.slice(0, 80);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

/** The stem (no .docx) a unit's own `tep` gives, or why it cannot be used. */
export function checkFileName(raw: string): { ok: true; stem: string } | { ok: false; why: UnsafeReason } {
  const name = raw.normalize('NFC').replace(/\.docx$/i, '');
  if (name.trim() === '') return { ok: false, why: 'empty' };
  if (/[\\/]/.test(name)) return { ok: false, why: 'separator' };
  if (/^\.+$/.test(name)) return { ok: false, why: 'dots' };
  if (FORBIDDEN.test(name)) return { ok: false, why: 'character' };
  if (/[. ]$/.test(name)) return { ok: false, why: 'ending' };
  // Windows keeps a leading space, but nobody sees it in a list of files: refused, and said so.
  if (/^\s/.test(name)) return { ok: false, why: 'leading' };
  if (RESERVED.test(name)) return { ok: false, why: 'reserved' };
  if (name.length > MAX_NAME_LENGTH) return { ok: false, why: 'long' };
  return { ok: true, stem: name };
}

/** A stem made from a unit's name; never empty, never reserved (transliterate() leaves only [a-z0-9-]). */
export function defaultStem(unitName: string | undefined, index: number): string {
  const stem = unitName === undefined ? '' : transliterate(unitName);
  if (stem === '') return `don-vi-${index + 1}`;
  return RESERVED.test(stem) ? `${stem}-don-vi` : stem;
}

/**
 * Gives each wanted stem a file of its own: the second "x" becomes "x-2", and so on, compared as
 * Windows and macOS compare names (case and Unicode form ignored). Stems a unit chose itself (tep)
 * are served before the defaults, so a chosen name is never renamed because of a default one.
 */
export function assignUniqueStems(wanted: { stem: string; chosen: boolean }[]): { stem: string; clashWith: number | undefined }[] {
  const key = (s: string) => s.normalize('NFC').toLowerCase();
  const taken = new Map<string, number>();
  const result: { stem: string; clashWith: number | undefined }[] = wanted.map(() => ({ stem: '', clashWith: undefined }));
  const order = [...wanted.keys()].sort((a, b) => Number(wanted[b]!.chosen) - Number(wanted[a]!.chosen) || a - b);
  for (const i of order) {
    const { stem } = wanted[i]!;
    const owner = taken.get(key(stem));
    if (owner === undefined) {
      taken.set(key(stem), i);
      result[i] = { stem, clashWith: undefined };
      continue;
    }
    let n = 2;
    while (taken.has(key(`${stem}-${n}`))) n++;
    taken.set(key(`${stem}-${n}`), i);
    result[i] = { stem: `${stem}-${n}`, clashWith: owner };
  }
  return result;
}
