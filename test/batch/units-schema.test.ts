// schemas/units.schema.json, the editors' schema of a units file: the real units file of plans/units
// passes it, and it catches what an editor should underline in an entry.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..', '..');
const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'units.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
const units = (entry: unknown) => ({ ke_hoach: 'base.yaml', don_vi: [entry] });

describe('units.schema.json', () => {
  it('accepts the Lào Cai units file', () => {
    const data = parse(readFileSync(path.join(ROOT, 'plans', 'units', 'cac-so-lao-cai-2022.yaml'), 'utf8'));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it('lets an entry give part of a map, since maps merge over the base', () => {
    expect(validate(units({ co_quan_ban_hanh: { ten: 'SỞ Y TẾ' }, nguoi_ky: { chuc_vu: 'GIÁM ĐỐC' }, chi_so: { ket_qua: { diem: 80 } } }))).toBe(true);
  });

  it('wants whole items in a list, since a list replaces the base\'s', () => {
    expect(validate(units({ nguoi_ky: { tham_quyen: [{ quyen: 'KT.' }] } }))).toBe(false);
    expect(validate.errors).toContainEqual(expect.objectContaining({ keyword: 'required', params: { missingProperty: 'cho' } }));
  });

  it('underlines a misspelt field, a wrong value and a bad tep type', () => {
    expect(validate(units({ co_quan_ban_hanh: { viet_tatt: 'SYT' } }))).toBe(false);
    expect(validate(units({ khan: 'GẤP' }))).toBe(false);
    expect(validate(units({ tep: 12 }))).toBe(false);
    expect(validate({ don_vi: [] })).toBe(false);
  });
});
