// Diagnostics → SARIF 2.1.0, the format code-scanning dashboards read (GitHub code scanning,
// GitLab, Azure DevOps). Each code used becomes a rule; rules beyond the schema carry their clause.
import { pointerToFieldPath } from '../../diagnostics/diagnostic.js';
import { CODE_TITLES, formatMessage, type MessageCode } from '../../diagnostics/messages.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { RULES } from '../../validate/check-rules.js';
import { citedClause } from '../../diagnostics/citation.js';
import { describePlace, documentFields } from './document-place.js';
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

/** A paragraph of a .docx as a SARIF logical location: "noi_dung/đoạn 12". */
function documentLocation(d: Diagnostic, lang: 'vi' | 'en'): { name: string; fullyQualifiedName: string; kind: string } {
  const place = describePlace(d, lang) || d.document!.part;
  return { name: place, fullyQualifiedName: `${d.document!.part}/${place}`, kind: 'element' };
}

export const sarifReporter: Reporter = (files, { lang, version }) => {
  const i = lang === 'vi' ? 0 : 1;
  const codes = [...new Set(files.flatMap((f) => f.diagnostics.map((d) => d.code)))].sort();
  const ruleIndex = new Map(codes.map((code, n) => [code, n]));
  const firstOf = new Map<string, Diagnostic>();
  for (const d of files.flatMap((f) => f.diagnostics)) if (!firstOf.has(d.code)) firstOf.set(d.code, d);
  const rules = codes.map((code: MessageCode) => {
    const rule = RULES.find((r) => r.code === code);
    // A layout problem of a .docx carries its clause itself (several clauses may share a code).
    const first = firstOf.get(code);
    const clause = rule?.clause ?? (first === undefined ? '' : citedClause(first, lang));
    return {
      id: code,
      ...(rule ? { name: rule.name } : {}),
      shortDescription: { text: CODE_TITLES[code]?.[i] ?? code },
      ...(clause ? { fullDescription: { text: clause } } : {}),
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
          ...(d.document ? { logicalLocations: [documentLocation(d, lang)] } : {}),
        },
      ],
      ...(d.document ? { properties: documentFields(d, lang) } : {}),
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
