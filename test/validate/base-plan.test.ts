import { describe, expect, it } from 'vitest';
import { loadPlanText } from '../../src/pipeline/load-plan.js';
import { BASE_PLAN_TEXT, checkPlan, mergeDeep } from './plan-fixture.js';

describe('the base plan of the rule tests', () => {
  it('is valid with no warning, so every diagnostic in a rule test comes from its patch', () => {
    expect(loadPlanText('base-plan.yaml', BASE_PLAN_TEXT).diagnostics).toEqual([]);
    expect(checkPlan().diagnostics).toEqual([]);
  });

  it('merges patches key by key, replaces lists and removes keys set to null', () => {
    expect(mergeDeep({ a: { b: 1, c: 2 }, l: [1, 2], d: 1 }, { a: { c: 3 }, l: [9], d: null })).toEqual({ a: { b: 1, c: 3 }, l: [9] });
  });
});
