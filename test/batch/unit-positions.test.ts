// Problems in merged unit plans point at the line that caused them: in the units file when the
// entry wrote the field, in the base plan when the unit inherited it. Each fixture line that must
// carry a problem says so (`# expect: PP101`), so the fixtures hold their own expectations.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateUnitsFile } from '../../src/batch/validate-units.js';

const DIR = path.join(import.meta.dirname, 'fixtures', 'positions');
const rel = (f: string) => path.relative(process.cwd(), path.join(DIR, f));

function expectedMarks(file: string): string[] {
  return readFileSync(path.join(DIR, file), 'utf8')
    .split('\n')
    .flatMap((text, i) => [...text.matchAll(/# expect: ((?:PP\d{3}\s*)+)/g)].flatMap((m) => m[1]!.trim().split(/\s+/).map((code) => `${rel(file)}:${i + 1}:${code}`)));
}

describe('positions of problems in merged unit plans', () => {
  it('land on the marked lines of units.yaml and base.yaml, and nowhere else', async () => {
    const result = await validateUnitsFile(rel('units.yaml'));
    const found = [...new Set(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.code}`))].sort();
    expect(found).toEqual([...expectedMarks('units.yaml'), ...expectedMarks('base.yaml')].sort());
  });

  it('point at the exact column: a misspelt key, a value, a field inside a one-line map', async () => {
    const { diagnostics } = await validateUnitsFile(rel('units.yaml'));
    const at = (code: string) => diagnostics.find((d) => d.code === code)!;
    expect(at('PP101')).toMatchObject({ line: 11, column: 7, path: '/don_vi/1/nguoi_ky/ho_tenn' });
    expect(at('PP102')).toMatchObject({ line: 15, column: 9, path: '/don_vi/2/so' });
    expect(at('PP104')).toMatchObject({ line: 17, column: 68, path: '/don_vi/3/co_quan_ban_hanh/viet_tat' });
    expect(at('PP103')).toMatchObject({ file: rel('base.yaml'), line: 10, column: 7, path: '/khan' });
  });

  it('give each unit its own problems; a unit that overrides the base\'s bad field has none', async () => {
    const { units } = await validateUnitsFile(rel('units.yaml'));
    const codes = units.map((u) => [u.label, u.diagnostics.map((d) => d.code).sort().join(' ')]);
    expect(codes).toEqual([
      ['Sở Một', ''],
      ['Sở Hai', 'PP101'],
      ['Sở Ba', 'PP102'],
      ['Sở Bốn', 'PP104'],
      ['Sở Năm', 'PP100 PP100 PP100 PP100 PP100'],
      ['don_vi[5]', 'PP102'],
      ['Sở Bảy', 'PP401'],
      ['Sở Tám', 'PP103'],
      ['Sở Một', 'PP402'],
    ]);
    expect(units[8]!.diagnostics[0]).toMatchObject({ severity: 'warning', args: { name: 'so-mot.docx', renamed: 'so-mot-2.docx', other: 'Sở Một' } });
  });

  it('report a problem of the units file itself at its line, and no unit', async () => {
    const dir = path.join(DIR, '..', 'broken');
    const missingBase = await validateUnitsFile(path.relative(process.cwd(), path.join(dir, 'missing-base.yaml')));
    expect(missingBase.units).toEqual([]);
    expect(missingBase.fileDiagnostics).toMatchObject([{ code: 'PP400', line: 2, column: 11, args: { file: 'khong-co.yaml', errno: 'ENOENT' } }]);
    const shape = await validateUnitsFile(path.relative(process.cwd(), path.join(dir, 'bad-shape.yaml')));
    expect(shape.fileDiagnostics.map((d) => `${d.line}:${d.code}`).sort()).toEqual(['3:PP102', '4:PP101']);
    expect(shape.fileDiagnostics.find((d) => d.code === 'PP101')?.args).toMatchObject({ key: 'ke_hoachh', suggestion: 'ke_hoach' });
  });
});
