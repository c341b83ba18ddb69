// The merge rules of a unit's plan (README, "Batch export"): maps merge, lists and values replace,
// and every field knows which file wrote it.
import { describe, expect, it } from 'vitest';
import { mergePlan, originOf } from '../../src/batch/merge.js';

const base = {
  co_quan_chu_quan: 'UBND TỈNH LÀO CAI',
  co_quan_ban_hanh: { ten: 'TODO', ten_day_du: 'Tên', viet_tat: 'TODO' },
  nguoi_ky: { tham_quyen: [{ quyen: 'KT.', cho: 'GIÁM ĐỐC' }], chuc_vu: 'PHÓ GIÁM ĐỐC', ho_ten: 'TODO' },
  noi_nhan: { danh_sach: ['UBND tỉnh', 'Sở Nội vụ', 'Lưu: VT, VP'] },
  so: 12,
};

describe('mergePlan', () => {
  it('merges maps key by key, keeping the base fields the entry does not give', () => {
    const merged = mergePlan(base, { co_quan_ban_hanh: { ten: 'SỞ Y TẾ', viet_tat: 'SYT' } }) as typeof base;
    expect(merged.co_quan_ban_hanh).toEqual({ ten: 'SỞ Y TẾ', ten_day_du: 'Tên', viet_tat: 'SYT' });
    expect(merged.co_quan_chu_quan).toBe('UBND TỈNH LÀO CAI');
  });

  it('merges nested maps at any depth', () => {
    const merged = mergePlan({ a: { b: { c: 1, d: 2 } } }, { a: { b: { d: 3, e: 4 } } });
    expect(merged).toEqual({ a: { b: { c: 1, d: 3, e: 4 } } });
  });

  it('replaces a list as a whole, never item by item', () => {
    const merged = mergePlan(base, { noi_nhan: { danh_sach: ['UBND tỉnh (b/c)'] } }) as typeof base;
    expect(merged.noi_nhan.danh_sach).toEqual(['UBND tỉnh (b/c)']);
    const signer = mergePlan(base, { nguoi_ky: { tham_quyen: [{ quyen: 'TL.', cho: 'X' }] } }) as typeof base;
    expect(signer.nguoi_ky.tham_quyen).toEqual([{ quyen: 'TL.', cho: 'X' }]);
    expect(signer.nguoi_ky.ho_ten).toBe('TODO');
  });

  it('replaces values, including with null and with a value of another type', () => {
    expect((mergePlan(base, { so: null }) as typeof base).so).toBeNull();
    expect((mergePlan(base, { co_quan_ban_hanh: 'SỞ Y TẾ' }) as Record<string, unknown>).co_quan_ban_hanh).toBe('SỞ Y TẾ');
    expect((mergePlan(base, { co_quan_chu_quan: ['UBND TỈNH', 'LÀO CAI'] }) as Record<string, unknown>).co_quan_chu_quan).toEqual(['UBND TỈNH', 'LÀO CAI']);
  });

  it('adds fields the base lacks, after the base fields', () => {
    const merged = mergePlan({ a: 1 }, { b: 2, a: 3 }) as Record<string, unknown>;
    expect(Object.keys(merged)).toEqual(['a', 'b']);
    expect(merged).toEqual({ a: 3, b: 2 });
  });

  it('leaves both inputs untouched', () => {
    const copy = structuredClone(base);
    mergePlan(base, { co_quan_ban_hanh: { ten: 'X' }, noi_nhan: { danh_sach: [] } });
    expect(base).toEqual(copy);
  });

  it('keeps "__proto__" a plain field (for the schema to refuse), never the prototype', () => {
    const entry = JSON.parse('{"__proto__": {"polluted": true}}') as unknown;
    const merged = mergePlan({ a: 1 }, entry) as Record<string, unknown>;
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(Object.hasOwn(merged, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('originOf', () => {
  const entry = { co_quan_ban_hanh: { ten: 'SỞ Y TẾ' }, noi_nhan: { danh_sach: ['UBND tỉnh (b/c)', 'Lưu: VT'] } };
  const merged = mergePlan(base, entry);
  it('says "unit" for what the entry wrote and "base" for the rest', () => {
    expect(originOf(entry, merged, '/co_quan_ban_hanh/ten')).toBe('unit');
    expect(originOf(entry, merged, '/co_quan_ban_hanh/viet_tat')).toBe('base');
    expect(originOf(entry, merged, '/nguoi_ky/ho_ten')).toBe('base');
    expect(originOf(entry, merged, '/noi_nhan/danh_sach/1')).toBe('unit');
  });
  it('gives a missing field to its nearest existing parent', () => {
    expect(originOf(entry, merged, '/co_quan_ban_hanh/missing')).toBe('unit');
    expect(originOf(entry, merged, '/nguoi_ky/missing')).toBe('base');
    // A field neither file has belongs to the entry: that is where the unit can add it.
    expect(originOf(entry, merged, '/dia_danh')).toBe('unit');
    expect(originOf(entry, merged, '')).toBe('unit');
  });
  it('reads escaped pointer segments', () => {
    const e = { 'a/b': { 'c~d': 1 } };
    expect(originOf(e, mergePlan({}, e), '/a~1b/c~0d')).toBe('unit');
  });
});
