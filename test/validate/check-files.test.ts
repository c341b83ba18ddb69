import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { formatTextReport } from '../../src/cli/report/text-report.js';
import { loadPlanText } from '../../src/pipeline/load-plan.js';
import { linesShown } from '../../src/validate/check-files-worker.js';

const at = (line: number): Diagnostic => ({ code: 'PP100', severity: 'error', file: 'f.yaml', line, column: 1, path: '', args: {} });

describe('linesShown', () => {
  it('keeps the lines diagnostics point at, in their places, and empties the others', () => {
    expect(linesShown('a\r\nb\nc\nd', [at(2), at(4), at(0)])).toBe('\nb\n\nd');
    expect(linesShown('a\nb', [])).toBeUndefined();
    expect(linesShown('a\nb', [at(0)])).toBe('\n');
  });

  it('gives the text report the same code frames as the whole source', () => {
    const file = path.resolve(import.meta.dirname, '../fixtures/invalid/rule-warnings.yaml');
    const source = readFileSync(file, 'utf8');
    const { diagnostics } = loadPlanText(file, source);
    expect(diagnostics.length).toBeGreaterThan(3);
    const color = new Chalk({ level: 0 });
    const report = (text: string) => formatTextReport(diagnostics, new Map([[file, text]]), 'vi', color);
    expect(report(linesShown(source, diagnostics)!)).toBe(report(source));
  });
});
