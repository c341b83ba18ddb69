// The corpus of test/fixtures/check/ (documents made by python-docx and LibreOffice, never by
// parplan's writer): each document's problems, as code and part, equal the list beside it in
// <name>.expected.json. The conforming ones expect none: no false alarm.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocx } from '../../src/check/check-docx.js';
import { CORPUS, corpusDocuments } from '../support/check-corpus.js';

interface Expected {
  how: string;
  /** `starts`: the first words of the paragraph the problem names (content problems: the paragraph
   * holding the value, mapped back from the plan import recognised). */
  problems: { code: string; part: string; starts?: string }[];
}

const key = (p: { code: string; part: string }) => `${p.code} ${p.part}`;

describe('the check corpus', () => {
  it('has its README, its generators and at least five conforming and ten faulty documents', () => {
    const names = corpusDocuments();
    const readme = readFileSync(path.join(CORPUS, 'README.md'), 'utf8');
    for (const name of names) expect(readme).toContain(name.replace(/\.docx$/, ''));
    const expectations = names.map((n) => JSON.parse(readFileSync(path.join(CORPUS, n.replace(/\.docx$/, '.expected.json')), 'utf8')) as Expected);
    expect(expectations.filter((e) => e.problems.length === 0).length).toBeGreaterThanOrEqual(5);
    expect(expectations.filter((e) => e.problems.length > 0).length).toBeGreaterThanOrEqual(10);
  });

  it.each(corpusDocuments())('%s: the problems listed beside it, no more, no fewer', async (name) => {
    const expected = JSON.parse(readFileSync(path.join(CORPUS, name.replace(/\.docx$/, '.expected.json')), 'utf8')) as Expected;
    const result = await checkDocx(readFileSync(path.join(CORPUS, name)), { file: name });
    expect(result.readable).toBe(true);
    const found = result.diagnostics.map((d) => key({ code: d.code, part: d.document?.part ?? '' })).sort();
    expect(found).toEqual(expected.problems.map(key).sort());
    // Every problem says where: a paragraph (with its first words) or a section.
    for (const d of result.diagnostics) expect((d.document?.paragraph ?? 0) > 0 || (d.document?.section ?? 0) > 0).toBe(true);
    for (const p of expected.problems.filter((e) => e.starts !== undefined)) {
      const at = result.diagnostics.filter((d) => d.code === p.code && d.document?.part === p.part).map((d) => d.document?.excerpt ?? '');
      expect(at.some((excerpt) => excerpt.startsWith(p.starts!)), `${p.code} at "${p.starts}…", found at ${JSON.stringify(at)}`).toBe(true);
    }
  });
});
