// The engine in-process (the main thread renders, as with --jobs 1): one bad unit or one locked
// file fails alone, the others are written, and the manifest says which is which.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { runExport } from '../../src/batch/export.js';
import { runBatch, type BatchJob } from '../../src/batch/run-batch.js';
import { writeFileAtomically } from '../../src/output/write-atomic.js';

const UNITS = path.relative(process.cwd(), path.join(import.meta.dirname, 'fixtures', 'isolation', 'units.yaml'));

describe('runExport', () => {
  it('writes every good unit when one is invalid and another cannot be written', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'parplan-batch-iso-'));
    const settled: string[] = [];
    const report = await runExport([{ kind: 'units', file: UNITS, outDir: out }], {
      cwd: process.cwd(),
      lang: 'vi',
      jobs: 1,
      onSettled: (r) => settled.push(r.job.label),
      writeFile: async (target, bytes) => {
        if (target.endsWith('so-ba.docx')) throw Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
        await writeFileAtomically(target, bytes);
      },
    });
    expect(settled.sort()).toEqual(['Sở Ba', 'Sở Bốn', 'Sở Hai', 'Sở Một']);
    expect(report.results.map((r) => [r.job.label, r.ok])).toEqual([
      ['Sở Một', true],
      ['Sở Hai', false],
      ['Sở Ba', false],
      ['Sở Bốn', true],
    ]);
    expect(readdirSync(out).sort()).toEqual(['manifest.csv', 'manifest.json', 'so-bon.docx', 'so-mot.docx']);

    const [, bad, locked] = report.results;
    expect(bad!.diagnostics).toMatchObject([{ code: 'PP102', file: UNITS, line: 9, path: '/don_vi/1/dia_danh' }]);
    // The locked file is named, at its unit's entry.
    expect(locked!.diagnostics).toMatchObject([{ code: 'PP403', file: UNITS, line: 10, args: { target: expect.stringContaining('so-ba.docx') } }]);

    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    expect(manifest.items.map((i: { file: string; status: string }) => `${i.file} ${i.status}`)).toEqual([
      'so-mot.docx ok',
      'so-hai.docx error',
      'so-ba.docx error',
      'so-bon.docx ok',
    ]);
    expect(manifest.items[2].message).toMatch(/so-ba\.docx.*đang mở trong chương trình khác/);
    const sha = createHash('sha256').update(readFileSync(path.join(out, 'so-mot.docx'))).digest('hex');
    expect(manifest.items[0].sha256).toBe(sha);
  });

  it('reports any other write failure with its reason, and goes on', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'parplan-batch-iso-'));
    const report = await runExport([{ kind: 'units', file: UNITS, outDir: out }], {
      cwd: process.cwd(),
      lang: 'en',
      jobs: 1,
      writeFile: async (target, bytes) => {
        if (target.endsWith('so-mot.docx')) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        await writeFileAtomically(target, bytes);
      },
    });
    expect(report.results[0]!.diagnostics).toMatchObject([{ code: 'PP301', args: { reason: 'ENOSPC: no space left on device' } }]);
    expect(existsSync(path.join(out, 'so-bon.docx'))).toBe(true);
  });

  it('stops no unit and writes no manifest when the units file itself is broken', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'parplan-batch-iso-'));
    const broken = path.relative(process.cwd(), path.join(import.meta.dirname, 'fixtures', 'broken', 'missing-base.yaml'));
    const report = await runExport([{ kind: 'units', file: broken, outDir: out }], { cwd: process.cwd(), lang: 'vi', jobs: 1 });
    expect(report.results).toEqual([]);
    expect(report.unitsFiles[0]!.units.fileProblems.map((d) => d.code)).toEqual(['PP400']);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('runBatch', () => {
  it('turns a task that throws (our bug, a thread out of memory) into a failure of that job alone', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'parplan-batch-crash-'));
    const plan = path.relative(process.cwd(), path.join(import.meta.dirname, '..', '..', 'plans', 'so-tnmt-lao-cai-2022-par-index.yaml'));
    const job = (label: string, task: BatchJob['task']): BatchJob => ({
      label,
      task,
      target: path.join(out, `${label}.docx`),
      targetLabel: `${label}.docx`,
      at: { file: 'u.yaml', line: 3, column: 5 },
      notes: [],
      problems: [],
    });
    const results = await runBatch([job('crash', { kind: 'unit', units: 'no-such-units-file', index: 0 }), job('ok', { kind: 'plan', file: plan, absolute: path.resolve(plan) })], {
      jobs: 1,
      units: {},
    });
    expect(results.map((r) => r.ok)).toEqual([false, true]);
    expect(results[0]!.diagnostics).toMatchObject([{ code: 'PP406', file: 'u.yaml', line: 3, args: { detail: 'batch: no units file no-such-units-file' } }]);
    expect(readdirSync(out)).toEqual(['ok.docx']);
  });
});

describe('runExport, files of the batch itself', () => {
  it('reports a manifest it cannot write (open in Excel, say) and keeps the documents', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'parplan-batch-manifest-'));
    // A folder where manifest.csv should go: the rename over it fails, as over a file Excel holds.
    mkdirSync(path.join(out, 'manifest.csv', 'held'), { recursive: true });
    const report = await runExport([{ kind: 'units', file: UNITS, outDir: out }], { cwd: process.cwd(), lang: 'vi', jobs: 1 });
    expect(report.writeProblems).toMatchObject([{ code: 'PP301', file: UNITS, args: { target: expect.stringMatching(/manifest\.csv$/) } }]);
    expect(report.unitsFiles[0]!.manifest).toBeUndefined();
    expect(readdirSync(out).filter((f) => f.endsWith('.docx'))).toHaveLength(3);
  });
});
