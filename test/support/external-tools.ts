// Programs some tests drive (LibreOffice, xmllint, poppler) and the OOXML schemas they validate
// against. A test file says what it needs with describeWithTools: where something is missing the
// tests are skipped with a note saying which and how to install it, except under CI=true, where a
// missing tool fails the run (CI must not go green by skipping).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { findOnPath, findSoffice } from '../../src/pdf/find-soffice.js';

// The lookup itself lives in src/pdf/ (parplan --pdf uses it too); re-exported for the tests.
export { findOnPath, findSoffice };

export type ToolName = 'soffice' | 'xmllint' | 'pdftotext' | 'pdftoppm' | 'ooxml-schemas' | 'chromium';
export type ToolPaths = Record<ToolName, string>;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const isWindows = process.platform === 'win32';

const INSTALL_HINTS: Record<ToolName, string> = {
  soffice: isWindows
    ? 'install LibreOffice from https://www.libreoffice.org/download/ (or set PARPLAN_SOFFICE to soffice.exe)'
    : 'apt-get install libreoffice-writer-nogui fonts-liberation fonts-liberation2 (or set PARPLAN_SOFFICE)',
  xmllint: isWindows ? 'install libxml2 (xmllint.exe) and put it on PATH' : 'apt-get install libxml2-utils',
  pdftotext: isWindows ? 'install poppler (pdftotext.exe) and put it on PATH' : 'apt-get install poppler-utils',
  pdftoppm: isWindows ? 'install poppler (pdftoppm.exe) and put it on PATH' : 'apt-get install poppler-utils',
  'ooxml-schemas': 'put shared/ beside the repository, or set PARPLAN_OOXML_SCHEMAS to the ooxml-schemas folder',
  // parplan edit's browser tests drive this Chromium with playwright-core; nothing downloads a browser.
  chromium: isWindows ? 'set PARPLAN_CHROMIUM to chrome.exe or msedge.exe' : 'apt-get install chromium (or set PARPLAN_CHROMIUM)',
};

/** The ooxml-schemas folder: $PARPLAN_OOXML_SCHEMAS, else shared/ beside the repository. */
export function findOoxmlSchemas(): string | undefined {
  const override = process.env['PARPLAN_OOXML_SCHEMAS'];
  const dir = override !== undefined && override !== '' ? override : path.resolve(repoRoot, '../shared/ooxml-schemas');
  return existsSync(path.join(dir, 'microsoft', 'wml-2010.xsd')) ? dir : undefined;
}

export function findTool(name: ToolName): string | undefined {
  switch (name) {
    case 'soffice':
      return findSoffice();
    case 'ooxml-schemas':
      return findOoxmlSchemas();
    case 'chromium':
      return process.env['PARPLAN_CHROMIUM'] || findOnPath('chromium') || findOnPath('chromium-browser');
    default:
      return findOnPath(name);
  }
}

/**
 * `describe` for tests that need external tools. The body gets the tools' paths; it must only use
 * them inside tests and hooks, since a skipped suite's body still runs to list its tests.
 */
export function describeWithTools(tools: ToolName[], name: string, body: (paths: ToolPaths) => void): void {
  const found = Object.fromEntries(tools.map((tool) => [tool, findTool(tool)])) as Partial<ToolPaths>;
  const missing = tools.filter((tool) => found[tool] === undefined);
  if (missing.length === 0) {
    describe(name, () => body(found as ToolPaths));
    return;
  }
  const how = missing.map((tool) => `${tool}: ${INSTALL_HINTS[tool]}`).join('; ');
  const message = `"${name}" needs ${missing.join(', ')}, not found (${how})`;
  if (process.env['CI'] === 'true') {
    describe(name, () => {
      it('has the external tools it needs', () => {
        throw new Error(`${message}. Under CI=true a missing tool is an error, not a skip.`);
      });
    });
    return;
  }
  console.warn(`[parplan tests] skipped ${message}`);
  describe.skip(`${name} [skipped: needs ${missing.join(', ')}]`, () => body(found as ToolPaths));
}
