// Golden files of each example plan: the document model as readable text (a part or role per line,
// **bold** and *italic* marked). Review the diff when one changes; `npx vitest run -u` accepts it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelAsText } from '../support/model-as-text.js';
import { examplePlanFiles, renderPlanFile } from '../support/render-plan.js';

describe('golden document models of the example plans', () => {
  for (const file of examplePlanFiles()) {
    const name = path.basename(file, '.yaml');
    it(name, async () => {
      const { model } = await renderPlanFile(file);
      await expect(modelAsText(model)).toMatchFileSnapshot(`../golden/${name}.txt`);
    });
  }
});
