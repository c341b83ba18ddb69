// `parplan edit` without a file: the question list, answered as a clerk would (the same question
// configurations init uses, answered by a script instead of a terminal).
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NoPresetsError, pickPlan, PresetPlanError, type PlanAsker } from '../../src/edit/pick-plan.js';
import { PRESETS_DIR, readPresets } from '../../src/presets/registry.js';
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
    // As init: the schema line names the copy written beside the plan, not the install folder.
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./plan.schema.json');
    expect(JSON.parse(await readFile(path.join(dir, 'plan.schema.json'), 'utf8')).title).toBe('Kế hoạch (parplan)');
    // The suggested name exists already: the question refuses it.
    const again = scripted(['\u0000create', 'par-index-so', 'Sở Khoa học và Công nghệ', '', '2024', ''], []);
    await expect(pickPlan(dir, 'vi', again, new Date(2024, 2, 1))).rejects.toThrow('chưa có tệp nào trùng tên');
    expect(await readFile(path.join(dir, 'ke-hoach-2024.yaml'), 'utf8')).toBe('đã có\n');
  });

  it('offers the presets of the config’s folder; one that makes an invalid plan is a PresetPlanError with its errors, and nothing is written', async () => {
    const folder = path.join(dir, 'mau');
    await mkdir(folder);
    const shipped = await readFile(path.join(PRESETS_DIR, 'par-index-so.yaml'), 'utf8');
    await writeFile(path.join(folder, 'hong.yaml'), shipped.replace(/^ten: par-index-so$/m, 'ten: hong').replace(/^ke_hoach:\n/m, 'ke_hoach:\n  truong_la: 1\n'));
    const { presets } = readPresets(folder);
    expect(presets.map((p) => p.name)).toEqual(['hong']);
    const answers = ['hong', 'Sở Tư pháp', '', '2024', 'moi.yaml'];
    const picking = pickPlan(dir, 'vi', scripted(answers, []), new Date(2024, 2, 1), { presets, ownFolder: folder });
    await expect(picking).rejects.toBeInstanceOf(PresetPlanError);
    const error = (await picking.catch((e: unknown) => e)) as PresetPlanError;
    expect(error.diagnostics.map((d) => `${d.code} ${d.path}`)).toEqual(['PP101 /truong_la']);
    expect(error.yaml).toContain('truong_la: 1');
    await expect(readFile(path.join(dir, 'moi.yaml'))).rejects.toThrow();
  });

  it('asked for a new plan with a presets folder that holds none, says so (NoPresetsError) instead of an empty question', async () => {
    const asked: string[] = [];
    await expect(pickPlan(dir, 'vi', scripted([], asked), new Date(2024, 2, 1), { presets: [], ownFolder: path.join(dir, 'mau') })).rejects.toBeInstanceOf(NoPresetsError);
    expect(asked).toEqual([]);
  });
});
