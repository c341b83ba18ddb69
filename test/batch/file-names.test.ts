// Output names: the unit's name in ASCII, a unit's own `tep` only if it stays inside the output
// folder and works on Windows, and never two units in one file.
import { describe, expect, it } from 'vitest';
import { assignUniqueStems, checkFileName, defaultStem, transliterate } from '../../src/batch/file-names.js';

describe('transliterate', () => {
  it.each([
    ['Sở Tài nguyên và Môi trường', 'so-tai-nguyen-va-moi-truong'],
    ['Sở Lao động - Thương binh và Xã hội', 'so-lao-dong-thuong-binh-va-xa-hoi'],
    ['ĐÀI PHÁT THANH', 'dai-phat-thanh'],
    ['Sở Giáo dục và Đào tạo', 'so-giao-duc-va-dao-tao'],
    ['Sở Y tế', 'so-y-te'],
    // Decomposed input (NFD, as some old files hold it) gives the same name.
    ['Sở Y tế'.normalize('NFD'), 'so-y-te'],
    ['UBND huyện Bảo Thắng (2024)', 'ubnd-huyen-bao-thang-2024'],
    ['  ../../etc/passwd  ', 'etc-passwd'],
  ])('%s → %s', (name, stem) => expect(transliterate(name)).toBe(stem));

  it('keeps long names to 80 characters, cut between words', () => {
    const stem = transliterate('Sở '.repeat(60));
    expect(stem.length).toBeLessThanOrEqual(80);
    expect(stem.endsWith('-')).toBe(false);
  });
});

describe('checkFileName (a unit\'s tep)', () => {
  it.each([
    ['so-noi-vu', 'so-noi-vu'],
    ['so-noi-vu.docx', 'so-noi-vu'],
    ['Sở Nội vụ 2022', 'Sở Nội vụ 2022'],
    ['ke-hoach.v2', 'ke-hoach.v2'],
  ])('accepts %s', (name, stem) => expect(checkFileName(name)).toEqual({ ok: true, stem }));

  it.each([
    ['../outside', 'separator'],
    ['a/b', 'separator'],
    ['a\\b', 'separator'],
    ['/etc/passwd', 'separator'],
    ['C:\\Windows\\x', 'separator'],
    ['..', 'dots'],
    ['.', 'dots'],
    ['CON', 'reserved'],
    ['con.docx', 'reserved'],
    ['nul.txt', 'reserved'],
    ['COM1', 'reserved'],
    ['lpt9', 'reserved'],
    ['a:b', 'character'],
    ['what?', 'character'],
    ['tab\there', 'character'],
    ['trailing.', 'ending'],
    ['trailing ', 'ending'],
    [' leading', 'leading'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['x'.repeat(121), 'long'],
  ])('refuses %j (%s)', (name, why) => expect(checkFileName(name)).toEqual({ ok: false, why }));
});

describe('defaultStem', () => {
  it('numbers a unit without a name by its place in the list', () => expect(defaultStem(undefined, 4)).toBe('don-vi-5'));
  it('never gives a reserved name', () => expect(defaultStem('Con', 0)).toBe('con-don-vi'));
  it('never gives an empty name', () => expect(defaultStem('…', 2)).toBe('don-vi-3'));
});

describe('assignUniqueStems', () => {
  it('numbers the second and later uses of a name', () => {
    const result = assignUniqueStems([
      { stem: 'so-y-te', chosen: false },
      { stem: 'so-y-te', chosen: false },
      { stem: 'so-y-te', chosen: false },
      { stem: 'so-tu-phap', chosen: false },
    ]);
    expect(result).toEqual([
      { stem: 'so-y-te', clashWith: undefined },
      { stem: 'so-y-te-2', clashWith: 0 },
      { stem: 'so-y-te-3', clashWith: 0 },
      { stem: 'so-tu-phap', clashWith: undefined },
    ]);
  });

  it('compares as Windows and macOS do: case and Unicode form do not make names differ', () => {
    const result = assignUniqueStems([
      { stem: 'Sở-Y-tế', chosen: true },
      { stem: 'sở-y-tế'.normalize('NFD'), chosen: true },
    ]);
    expect(result[1]).toMatchObject({ clashWith: 0 });
  });

  it('serves names a unit chose before default ones, and skips numbers already taken', () => {
    const result = assignUniqueStems([
      { stem: 'so-y-te', chosen: false },
      { stem: 'so-y-te', chosen: true },
      { stem: 'so-y-te-2', chosen: true },
    ]);
    expect(result).toEqual([
      { stem: 'so-y-te-3', clashWith: 1 },
      { stem: 'so-y-te', clashWith: undefined },
      { stem: 'so-y-te-2', clashWith: undefined },
    ]);
  });
});
