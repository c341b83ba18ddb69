// PP290: `validate` (and render) warn while a TODO marker is left, once per plan, at the first one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlanText } from '../../src/pipeline/load-plan.js';
import { formatMessage } from '../../src/diagnostics/messages.js';
import { PLANS_DIR } from '../support/render-plan.js';

const LAO_CAI = readFileSync(path.join(PLANS_DIR, 'so-tnmt-lao-cai-2022-par-index.yaml'), 'utf8');
const todos = (text: string) => loadPlanText('plan.yaml', text).diagnostics.filter((d) => d.code === 'PP290');

describe('PP290 (TODO left)', () => {
  it('says nothing about a complete plan', () => {
    expect(todos(LAO_CAI)).toEqual([]);
  });

  it('warns once, at the first marker, with the count', () => {
    const text = LAO_CAI.replace('dia_danh: Lào Cai', 'dia_danh: "Lào Cai, TODO: địa danh"').replace('ho_ten: Phạm Bình Minh', 'ho_ten: TODO');
    const found = todos(text);
    expect(found).toHaveLength(1);
    const line = text.split('\n').findIndex((l) => l.startsWith('dia_danh:')) + 1;
    expect(found[0]).toMatchObject({ severity: 'warning', line, column: 'dia_danh: "Lào Cai, '.length + 1, path: '/dia_danh', args: { count: 2 } });
    expect(formatMessage('PP290', found[0]!.args, 'vi')).toBe('Còn 2 chỗ đánh dấu TODO cần điền (tìm chữ TODO trong tệp); chỗ đầu tiên: \'Lào Cai, TODO: địa danh\'.');
  });

  it('counts several markers in one text, and only whole words', () => {
    const text = LAO_CAI.replace('ho_ten: Phạm Bình Minh', 'ho_ten: TODO TODO/TODO').replace('dia_danh: Lào Cai', 'dia_danh: TODOS và MẸTODO');
    const found = todos(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ path: '/nguoi_ky/ho_ten', args: { count: 3 } });
  });

  it('is a warning: the plan still loads', () => {
    expect(loadPlanText('plan.yaml', LAO_CAI.replace('ho_ten: Phạm Bình Minh', 'ho_ten: TODO')).plan).toBeDefined();
  });
});
