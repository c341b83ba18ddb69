// The library API (src/index.ts), from the sources. test/e2e/packed-install.test.ts imports the same
// functions from the packed tarball installed into a separate package.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlan, renderPlan, validatePlan } from '../../src/index.js';
import { packagePath } from '../../src/package-root.js';

const EXAMPLE = packagePath('plans', 'so-tnmt-lao-cai-2022-par-index.yaml');

describe('library API', () => {
  it('loadPlan checks a file as validate does: worded problems with positions', async () => {
    const result = await loadPlan(EXAMPLE);
    expect(result.valid).toBe(true);
    expect(result.plan?.co_quan_ban_hanh.viet_tat).toBe('STNMT');
    const warning = result.problems.find((p) => p.code === 'PP209');
    expect(warning).toMatchObject({ severity: 'warning', field: 'noi_nhan.nhan_de' });
    expect(warning!.message).toContain('Nơi nhận:');
    expect(warning!.line).toBeGreaterThan(0);
  });

  it('validatePlan takes text or data, messages in English on request', () => {
    const fromText = validatePlan('foo: 1\n', { lang: 'en', file: 'x.yaml' });
    expect(fromText.valid).toBe(false);
    expect(fromText.problems[0]).toMatchObject({ code: 'PP100', file: 'x.yaml', line: 1, column: 1, field: 'co_quan_ban_hanh' });
    expect(fromText.problems[0]!.message).toMatch(/^Missing required field 'co_quan_ban_hanh' \(the schema says: "Ô 2: cơ quan ban hành kế hoạch"\)\. For example: co_quan_ban_hanh: \{ ten: /);
    const fromData = validatePlan({ foo: 1 });
    expect(fromData.problems[0]!.message).toContain('Thiếu trường bắt buộc');
  });

  it('renderPlan gives the .docx bytes render writes, from a file, text or a loaded plan', async () => {
    const fromFile = await renderPlan(EXAMPLE);
    expect(fromFile.ok).toBe(true);
    expect(Buffer.from(fromFile.docx!.subarray(0, 2)).toString()).toBe('PK');
    const fromText = await renderPlan(readFileSync(EXAMPLE, 'utf8'));
    expect(Buffer.from(fromText.docx!).equals(Buffer.from(fromFile.docx!))).toBe(true);
    const loaded = await loadPlan(EXAMPLE);
    expect(Buffer.from((await renderPlan(loaded)).docx!).equals(Buffer.from(fromFile.docx!))).toBe(true);
  });

  it('renderPlan of an invalid plan is problems, not an exception', async () => {
    const bad = await renderPlan('foo: 1\n');
    expect(bad.ok).toBe(false);
    expect(bad.docx).toBeUndefined();
    expect(bad.problems.some((p) => p.code === 'PP100')).toBe(true);
  });
});

describe('library API: checkDocx (issue 15)', () => {
  it('checks a .docx by path or bytes, with part, clause, its citation, found and expected', async () => {
    const { checkDocx } = await import('../../src/index.js');
    const faulty = packagePath('test', 'fixtures', 'check', 'fault-margins.docx');
    const byPath = await checkDocx(faulty);
    expect(byPath.ok).toBe(false);
    expect(byPath.problems[2]).toMatchObject({
      code: 'PP602',
      part: 'le',
      clause: 'Phụ lục I, Phần I, mục II.3 (định lề trang văn bản)',
      citation: 'NĐ 30/2020, Phụ lục I, Phần I, mục II.3 (định lề trang văn bản)',
      found: 'lề trái 25,4 mm',
      expected: '30–35 mm',
      section: 1,
    });
    const byBytes = await checkDocx(readFileSync(packagePath('test', 'fixtures', 'check', 'lo-odt.docx')), { file: 'lo-odt.docx', lang: 'en' });
    expect(byBytes).toEqual({ ok: true, readable: true, problems: [] });
    const missing = await checkDocx('no-such.docx');
    expect(missing).toMatchObject({ ok: false, readable: false, problems: [{ code: 'PP001' }] });
  });
});
