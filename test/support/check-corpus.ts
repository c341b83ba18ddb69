// The corpus of parplan check (test/fixtures/check/): its folder and its documents, for the tests
// that read it (corpus, --fix, content rules).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './render-plan.js';

export const CORPUS = path.join(REPO_ROOT, 'test', 'fixtures', 'check');

export function corpusDocuments(): string[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.docx'))
    .sort();
}
