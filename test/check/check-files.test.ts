// Many documents in one `parplan check`: past MIN_FILES_FOR_WORKERS the built CLI shares them with a
// worker thread (src/check/check-files.ts); the report is the same as checking each in this thread,
// in the order of the files.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { checkDocx } from '../../src/check/check-docx.js';
import { MIN_FILES_FOR_WORKERS } from '../../src/check/check-files.js';
import { CORPUS, corpusDocuments } from '../support/check-corpus.js';
import { runCli } from '../support/run-cli.js';

it('checks the corpus with worker threads and reports exactly what one thread finds, in order', async () => {
  const names = corpusDocuments();
  expect(names.length).toBeGreaterThanOrEqual(MIN_FILES_FOR_WORKERS);
  const run = await runCli(['check', ...names.map((n) => path.join(CORPUS, n)), '--format', 'json']);
  const report = JSON.parse(run.stdout) as { file: string; diagnostics: { code: string; message: string }[] }[];
  expect(report.map((r) => path.basename(r.file))).toEqual(names);
  for (const [i, name] of names.entries()) {
    const alone = await checkDocx(readFileSync(path.join(CORPUS, name)), { file: name });
    expect(report[i]!.diagnostics.map((d) => d.code), name).toEqual(alone.diagnostics.map((d) => d.code));
  }
  expect(run.code).toBe(1);
}, 120_000);
