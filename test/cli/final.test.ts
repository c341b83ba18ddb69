// Draft and final (issue 13): while a TODO is left, the .docx carries the decree's draft mark and
// each TODO is highlighted; render --final and batch --final refuse (exit 1, nothing written);
// batch --quiet still shows the TODO warning.
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { PLANS_DIR } from '../support/render-plan.js';

async function run(args: string[], cwd: string) {
  let out = '';
  let err = '';
  const io: Io = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), isTTY: false, env: {}, cwd };
  return { code: await main(args, io), out, err };
}
const documentXml = (file: string) => strFromU8(unzipSync(readFileSync(file))['word/document.xml']!);

describe('draft and final', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parplan-final-'));
  cpSync(path.join(PLANS_DIR, 'units'), dir, { recursive: true });
  cpSync(path.join(PLANS_DIR, 'so-tnmt-lao-cai-2022-par-index.yaml'), path.join(dir, 'done.yaml'));

  it('marks a plan with TODO left as a draft and highlights each TODO', async () => {
    const r = await run(['render', 'ke-hoach-par-index-2022-so.yaml'], dir);
    expect(r.code, r.err).toBe(0);
    const xml = documentXml(path.join(dir, 'ke-hoach-par-index-2022-so.docx'));
    expect(xml).toContain('Dự thảo');
    const highlighted = [...xml.matchAll(/<w:r>(?:(?!<\/w:r>).)*<w:highlight w:val="yellow"\/>(?:(?!<\/w:r>).)*<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(highlighted.length).toBeGreaterThan(0);
    expect(new Set(highlighted)).toEqual(new Set(['TODO']));
    // A finished plan has neither.
    expect((await run(['render', 'done.yaml'], dir)).code).toBe(0);
    const done = documentXml(path.join(dir, 'done.docx'));
    expect(done).not.toContain('Dự thảo');
    expect(done).not.toContain('w:highlight');
  });

  it('render --final refuses while a TODO is left, writing nothing, and passes a finished plan', async () => {
    const fresh = mkdtempSync(path.join(tmpdir(), 'parplan-final-'));
    cpSync(path.join(dir, 'ke-hoach-par-index-2022-so.yaml'), path.join(fresh, 'draft.yaml'));
    cpSync(path.join(dir, 'done.yaml'), path.join(fresh, 'done.yaml'));
    const r = await run(['render', '--final', 'draft.yaml', 'done.yaml'], fresh);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/draft\.yaml:\d+:\d+: lỗi PP290/);
    expect(r.err).toContain('--final: chưa tạo văn bản nào vì 1 tệp còn chỗ TODO');
    expect(existsSync(path.join(fresh, 'draft.docx'))).toBe(false);
    expect(existsSync(path.join(fresh, 'done.docx'))).toBe(false);
    expect((await run(['render', '--final', 'done.yaml'], fresh)).code).toBe(0);
    expect(existsSync(path.join(fresh, 'done.docx'))).toBe(true);
  });

  it('batch --final refuses the example units (their base plan signs TODO); batch -q still shows the TODO warning', async () => {
    const final = await run(['batch', '--final', 'cac-so-lao-cai-2022.yaml', '-o', 'final', '--jobs', '1'], dir);
    expect(final.code).toBe(1);
    expect(final.err).toContain('lỗi PP290');
    expect(existsSync(path.join(dir, 'final'))).toBe(false);
    const quiet = await run(['batch', '-q', 'cac-so-lao-cai-2022.yaml', '-o', 'quiet', '--jobs', '1'], dir);
    expect(quiet.code, quiet.err).toBe(0);
    expect(quiet.err).toContain('cảnh báo PP290');
    expect(quiet.err).not.toContain('PP209');
  }, 60_000);
});
