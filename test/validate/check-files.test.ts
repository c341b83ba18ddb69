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

  it('gives what split, map and join gave, on seeded texts of LF, CRLF and lone CR lines (issue 12)', () => {
    const before = (source: string, diagnostics: readonly Diagnostic[]) => {
      const shown = new Set(diagnostics.filter((d) => d.line > 0).map((d) => d.line - 1));
      return source
        .split(/\r?\n/)
        .map((line, i) => (shown.has(i) ? line : ''))
        .join('\n');
    };
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pieces = ['a', 'bc', ' ', '\n', '\r\n', '\r', '\n\n', 'đ', '\r\r\n'];
    for (let i = 0; i < 3000; i++) {
      let text = '';
      for (let k = rand(30); k > 0; k--) text += pieces[rand(pieces.length)];
      const lines = text.split('\n').length;
      const diagnostics = Array.from({ length: 1 + rand(5) }, () => at(rand(lines + 3)));
      expect(linesShown(text, diagnostics), JSON.stringify([text, diagnostics.map((d) => d.line)])).toBe(before(text, diagnostics));
    }
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
