// Diagnostics → SARIF 2.1.0, the format code-scanning dashboards read (GitHub code scanning,
// GitLab, Azure DevOps). Each code used becomes a rule; rules beyond the schema carry their clause.
import { pointerToFieldPath } from '../../diagnostics/diagnostic.js';
import { CODE_TITLES, formatMessage, type MessageCode } from '../../diagnostics/messages.js';
import { RULES } from '../../validate/check-rules.js';
import type { Reporter } from './reporter.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
function toUri(file: string): string {
  return file
    .replace(/\\/g, '/')
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/');
}

export const sarifReporter: Reporter = (files, { lang, version }) => {
  const i = lang === 'vi' ? 0 : 1;
  const codes = [...new Set(files.flatMap((f) => f.diagnostics.map((d) => d.code)))].sort();
  const ruleIndex = new Map(codes.map((code, n) => [code, n]));
  const rules = codes.map((code: MessageCode) => {
    const rule = RULES.find((r) => r.code === code);
    return {
      id: code,
      ...(rule ? { name: rule.name } : {}),
      shortDescription: { text: CODE_TITLES[code]?.[i] ?? code },
      ...(rule ? { fullDescription: { text: rule.clause } } : {}),
      ...(rule ? { defaultConfiguration: { level: rule.severity } } : {}),
    };
  });
  const results = files.flatMap(({ file, diagnostics }) =>
    diagnostics.map((d) => ({
      ruleId: d.code,
      ruleIndex: ruleIndex.get(d.code),
      level: d.severity,
      message: { text: formatMessage(d.code, d.args, lang) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: toUri(file) },
            ...(d.line > 0 ? { region: { startLine: d.line, startColumn: d.column } } : {}),
          },
          ...(d.path ? { logicalLocations: [{ fullyQualifiedName: pointerToFieldPath(d.path), kind: 'member' }] } : {}),
        },
      ],
    })),
  );
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'parplan', version, informationUri: 'https://www.npmjs.com/package/parplan', rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
};
