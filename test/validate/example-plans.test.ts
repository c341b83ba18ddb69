// The example plans in plans/ must never fail validation; their warnings are the decree breaches
// the real documents contain (reproduced verbatim), listed here so a change in them is noticed.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlanFile } from '../../src/pipeline/load-plan.js';

const PLANS = join(import.meta.dirname, '..', '..', 'plans');

describe('example plans', () => {
  const files = readdirSync(PLANS).filter((f) => f.endsWith('.yaml'));
  it('exist', () => expect(files.length).toBeGreaterThanOrEqual(3));
  for (const file of files) {
    it(`${file} has no error`, async () => {
      const loaded = await loadPlanFile(join(PLANS, file));
      expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(loaded.plan).toBeDefined();
    });
  }

  it('the Lạng Sơn plan\'s "Lưu VT (NDN)" is a warning (PP208), not an error', async () => {
    const loaded = await loadPlanFile(join(PLANS, 'so-tnmt-lang-son-2020-ddci.yaml'));
    const d = loaded.diagnostics.find((x) => x.code === 'PP208');
    expect(d).toMatchObject({ severity: 'warning', path: '/noi_nhan/danh_sach/5' });
  });
});
