// The example plans reproduce the real documents (shared/examples, copied into test/fixtures/sources): every line of the source,
// in order, is in the rendered .docx.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxParagraphs, normalizeText } from '../support/docx-text.js';
import { EXAMPLES_DIR, PLANS_DIR, renderPlanFile } from '../support/render-plan.js';

const EXAMPLES = ['so-tnmt-lao-cai-2022-par-index', 'so-tnmt-lang-son-2020-ddci'];

describe('example plans carry the text of their source documents', () => {
  for (const name of EXAMPLES) {
    it(`${name}: every source line appears in order`, async () => {
      const source = readFileSync(path.join(EXAMPLES_DIR, `${name}.txt`), 'utf8');
      const { bytes } = await renderPlanFile(path.join(PLANS_DIR, `${name}.yaml`));
      const rendered = normalizeText(docxParagraphs(bytes).join(' '));
      let from = 0;
      const missing: string[] = [];
      for (const line of source.split(/\r?\n/).map(normalizeText).filter(Boolean)) {
        const at = rendered.indexOf(line, from);
        if (at < 0) missing.push(line);
        else from = at + line.length;
      }
      expect(missing).toEqual([]);
    });
  }
});
