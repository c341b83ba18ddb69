// `parplan edit` without a file: the question list, answered as a clerk would (the same question
// configurations init uses, answered by a script instead of a terminal).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pickPlan, type PlanAsker } from '../../src/edit/pick-plan.js';
import { loadPlanText } from '../../src/pipeline/load-plan.js';
import { hasErrors } from '../../src/diagnostics/diagnostic.js';

function scripted(answers: string[], asked: string[]): PlanAsker {
  const next = (message: string, allowed?: string[]) => {
    asked.push(message);
    const answer = answers.shift()!;
    if (allowed && !allowed.includes(answer)) throw new Error(`${answer} is not a choice of "${message}": ${allowed.join(', ')}`);
    return Promise.resolve(answer);
  };
  return {
    select: (config) => next(config.message, config.choices.map((c) => c.value)),
    input: (config) => {
      asked.push(config.message);
      const answer = answers.shift() || config.default || '';
      const ok = config.validate(answer);
      if (ok !== true) throw new Error(ok);
      return Promise.resolve(answer);
    },
  };
}

describe('pickPlan', () => {
  let dir: string;
  beforeEach(async () => void (dir = await mkdtemp(path.join(tmpdir(), 'parplan-pick-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('offers the plans of the folder and returns the one chosen', async () => {
    await writeFile(path.join(dir, 'b.yaml'), 'x: 1\n');
    await writeFile(path.join(dir, 'a.yml'), 'x: 1\n');
    const asked: string[] = [];
    const picked = await pickPlan(dir, 'vi', scripted(['b.yaml'], asked), new Date(2024, 2, 1));
    expect(picked).toEqual({ file: path.join(dir, 'b.yaml') });
    expect(asked).toEqual(['Soạn kế hoạch nào?']);
  });

  it('makes a new plan from a preset, as init does, and never overwrites', async () => {
    await writeFile(path.join(dir, 'ke-hoach-2024.yaml'), 'đã có\n');
    const asked: string[] = [];
    const answers = ['\u0000create', 'par-index-so', 'Sở Khoa học và Công nghệ', '', '2024', 'moi.yaml'];
    const picked = await pickPlan(dir, 'vi', scripted(answers, asked), new Date(2024, 2, 1));
    expect(picked.file).toBe(path.join(dir, 'moi.yaml'));
    expect(picked.note).toBe('Đã tạo moi.yaml từ mẫu par-index-so.');
    const text = await readFile(picked.file!, 'utf8');
    expect(text).toContain('viet_tat: SKHCN');
    expect(hasErrors(loadPlanText('moi.yaml', text).diagnostics)).toBe(false);
    // The suggested name exists already: the question refuses it.
    const again = scripted(['\u0000create', 'par-index-so', 'Sở Khoa học và Công nghệ', '', '2024', ''], []);
    await expect(pickPlan(dir, 'vi', again, new Date(2024, 2, 1))).rejects.toThrow('chưa có tệp nào trùng tên');
    expect(await readFile(path.join(dir, 'ke-hoach-2024.yaml'), 'utf8')).toBe('đã có\n');
  });
});
