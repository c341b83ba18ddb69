// The unit as typed → header lines, sentence name, place and abbreviation; the schema line's path.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { abbreviate, describeUnit } from '../../src/presets/unit.js';
import { schemaRef } from '../../src/presets/schema-ref.js';
import { issueMonth } from '../../src/presets/build-plan.js';

describe('describeUnit', () => {
  it('a Sở: one upper-case header line, initials as abbreviation', () => {
    expect(describeUnit('so', '  Sở Khoa học  và Công nghệ ')).toEqual({
      headerLines: ['SỞ KHOA HỌC VÀ CÔNG NGHỆ'],
      fullName: 'Sở Khoa học và Công nghệ',
      area: 'Sở Khoa học và Công nghệ',
      areaKind: undefined,
      placeName: undefined,
      defaultAbbreviation: 'SKHCN',
    });
  });

  it.each([
    ['UBND huyện Bảo Thắng', 'huyện Bảo Thắng'],
    ['Ủy ban nhân dân huyện Bảo Thắng', 'huyện Bảo Thắng'],
    ['Uỷ ban nhân dân Huyện Bảo Thắng', 'huyện Bảo Thắng'],
    ['huyện Bảo Thắng', 'huyện Bảo Thắng'],
  ])('a UBND huyện typed as %j: "ỦY BAN NHÂN DÂN" over the area, the place name for ô 4', (typed, area) => {
    const unit = describeUnit('huyen', typed);
    expect(unit.headerLines).toEqual(['ỦY BAN NHÂN DÂN', 'HUYỆN BẢO THẮNG']);
    expect(unit.fullName).toBe(`Ủy ban nhân dân ${area}`);
    expect(unit.area).toBe(area);
    expect(unit.areaKind).toBe('huyện');
    expect(unit.placeName).toBe('Bảo Thắng');
    expect(unit.defaultAbbreviation).toBe('UBND');
  });

  it('a thị xã, a thành phố trực thuộc trung ương, a tỉnh', () => {
    expect(describeUnit('huyen', 'UBND thị xã Sa Pa')).toMatchObject({ areaKind: 'thị xã', placeName: 'Sa Pa' });
    expect(describeUnit('tinh', 'UBND thành phố Hà Nội')).toMatchObject({ areaKind: 'thành phố', placeName: 'Hà Nội', headerLines: ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HÀ NỘI'] });
    expect(describeUnit('tinh', 'Ủy ban nhân dân tỉnh Lào Cai')).toMatchObject({ areaKind: 'tỉnh', placeName: 'Lào Cai' });
  });

  it('a UBND whose kind of area is not named gets no place name (the plan says TODO)', () => {
    expect(describeUnit('huyen', 'Bảo Thắng')).toMatchObject({ fullName: 'Ủy ban nhân dân Bảo Thắng', placeName: undefined });
  });
});

describe('abbreviate', () => {
  it.each([
    ['Sở Tài nguyên và Môi trường', 'STNMT'],
    ['Sở Lao động - Thương binh và Xã hội', 'SLĐTBXH'],
    ['Sở Kế hoạch và Đầu tư', 'SKHĐT'],
    ['Sở Giáo dục và Đào tạo', 'SGDĐT'],
  ])('%s → %s', (name, abbr) => expect(abbreviate(name)).toBe(abbr));

  it('gives nothing it cannot use as a ký hiệu (more than 12 letters)', () => {
    expect(abbreviate('Ban quản lý các khu công nghiệp và khu kinh tế cửa khẩu tỉnh Lào Cai')).toBeUndefined();
  });
});

describe('schemaRef', () => {
  const schema = '/pkg/schemas/plan.schema.json';
  it('is relative to the plan, with forward slashes', () => {
    expect(schemaRef('/work/plans/2024/plan.yaml', schema, path.posix)).toBe('../../../pkg/schemas/plan.schema.json');
    expect(schemaRef('/pkg/plan.yaml', schema, path.posix)).toBe('./schemas/plan.schema.json');
    expect(schemaRef('C:\\plans\\plan.yaml', 'C:\\pkg\\schemas\\plan.schema.json', path.win32)).toBe('../pkg/schemas/plan.schema.json');
  });

  it('is a file URL when the plan is on another drive', () => {
    expect(schemaRef('D:\\plans\\plan.yaml', 'C:\\pkg\\schemas\\plan.schema.json', path.win32)).toBe('file:///C:/pkg/schemas/plan.schema.json');
  });
});

describe('issueMonth', () => {
  const today = new Date(2024, 2, 15); // 15 March 2024
  it("this year's or next year's plan: drafted now, this month", () => {
    expect(issueMonth(2024, today)).toBe('2024-03');
    expect(issueMonth(2025, today)).toBe('2024-03');
  });
  it("a past year's plan: January of that year", () => {
    expect(issueMonth(2022, today)).toBe('2022-01');
  });
});
