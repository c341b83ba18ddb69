// Where the cursor is in the plan, read from indentation (the text is often broken while typed).
import { describe, expect, it } from 'vitest';
import { placeAt, valueOnLine } from '../../src/edit/web/yaml-path.js';

const LINES = `co_quan_ban_hanh:
  ten: SỞ TÀI NGUYÊN
  viet_tat: STNMT
can_cu:
  van_ban:
    - loai: Kế hoạch
      so: 240

chi_so:
  thanh_phan:
  - ten: Cải cách
    ket_qua:
      diem: 1
noi_`.split('\n');

describe('placeAt', () => {
  it('finds the key under the cursor and its container', () => {
    expect(placeAt(LINES, 2, 4)).toMatchObject({ container: ['co_quan_ban_hanh'], key: 'viet_tat' });
    expect(placeAt(LINES, 2, 13)).toMatchObject({ container: ['co_quan_ban_hanh'], valueKey: 'viet_tat' });
  });
  it('goes through list items, indented or not', () => {
    expect(placeAt(LINES, 6, 7)).toMatchObject({ container: ['can_cu', 'van_ban', '*'], key: 'so' });
    expect(placeAt(LINES, 5, 7)).toMatchObject({ container: ['can_cu', 'van_ban', '*'], key: 'loai' });
    expect(placeAt(LINES, 12, 7)).toMatchObject({ container: ['chi_so', 'thanh_phan', '*', 'ket_qua'], key: 'diem' });
  });
  it('knows a blank or half-typed line is where a key goes', () => {
    expect(placeAt(LINES, 13, 4)).toMatchObject({ container: [], keyPosition: true });
    expect(placeAt([...LINES.slice(0, 7), '      '], 7, 6)).toMatchObject({ container: ['can_cu', 'van_ban', '*'], keyPosition: true });
  });
});

describe('valueOnLine', () => {
  it('reads the value a line shows, without quotes or comments', () => {
    expect(valueOnLine('  ten: SỞ TÀI NGUYÊN # in hoa')).toBe('SỞ TÀI NGUYÊN');
    expect(valueOnLine('    - "Lưu: VT, VP"')).toBe('Lưu: VT, VP');
    expect(valueOnLine('can_cu:')).toBe('');
    expect(valueOnLine('  - Duy trì, cải thiện')).toBe('Duy trì, cải thiện');
  });
});
