// Word refuses or "repairs" a document whose XML breaks the OOXML schemas (an element out of
// order in w:pPr, an unknown attribute), so the main parts are validated with xmllint against
// shared/ooxml-schemas (see its README: styles/settings carry mc:Ignorable that XSD 1.0 can't express).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithTools } from '../support/external-tools.js';
import { readParts } from '../support/docx-xml.js';
import { FIXTURES, renderFixture } from '../support/rendered-fixtures.js';

const run = promisify(execFile);

/** styles.xml carries mc:Ignorable, which XSD 1.0 cannot express (shared/ooxml-schemas/README): drop it, check the rest. */
const withoutIgnorable = (xml: string): string => xml.replace(/ mc:Ignorable="[^"]*"/, '');

describeWithTools(['xmllint', 'ooxml-schemas'], 'OOXML schema validation', (tools) => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'parplan-xsd-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const name of Object.keys(FIXTURES) as (keyof typeof FIXTURES)[]) {
    it(`validates document.xml, styles.xml and the header/footer parts of the ${name} model`, async () => {
      const { bytes } = await renderFixture(name);
      const parts = readParts(bytes);
      const files = Object.keys(parts)
        .filter((p) => /^word\/(document|styles|header\d+|footer\d+)\.xml$/.test(p))
        .map((p) => {
          const file = path.join(dir, `${name}-${path.basename(p)}`);
          writeFileSync(file, withoutIgnorable(parts[p]!));
          return file;
        });
      expect(files.some((f) => f.endsWith('document.xml'))).toBe(true);
      expect(files.filter((f) => /header\d+\.xml$/.test(f)).length).toBeGreaterThanOrEqual(2);
      const schema = path.join(tools['ooxml-schemas'], 'microsoft', 'wml-2010.xsd');
      const result = await run(tools.xmllint, ['--noout', '--schema', schema, ...files], { maxBuffer: 16 * 1024 * 1024 }).catch(
        (error: { stderr?: string; code?: number }) => ({ stderr: error.stderr ?? String(error), failed: true }),
      );
      expect('failed' in result ? result.stderr : '').toBe('');
      for (const file of files) expect(result.stderr).toContain(`${file} validates`);
    }, 60_000);
  }
});
