// parplan check --fix: a received .docx → the same plan laid out as the decree asks. The document is
// read once (src/docx-read), recognised as a plan by import's recognisers (src/import), written as the
// plan file `parplan import` would write, checked by the schema, and rendered exactly as `parplan
// render` renders any plan (pipeline/render-plan). The words stay the document's; only the layout is
// parplan's. What the plan has no place for (pictures, drawn shapes, text boxes in the body, header or
// footer text, endnotes) is listed as problems (PP630), and a new file that keeps
// fewer than 99% of the original's words in order is said so (PP631).
//
// Content rules (validate's) are not a reason to refuse: a fix keeps the text word for word, so a
// căn cứ dated after the plan stays as it was, and the check of the new file reports it again.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import type { Block, DocxDocument, Drawing, HeaderFooter, Paragraph } from '../docx-read/index.js';
import { readDocx } from '../docx-read/index.js';
import { recognise } from '../import/import-docx.js';
import { planToYaml } from '../import/plan-yaml.js';
import { parseYaml } from '../parse/read-yaml.js';
import { renderPlanToDocx } from '../pipeline/render-plan.js';
import type { StyleSheet } from '../docx/named-styles.js';
import { toPlan, type PlanInput } from '../plan/plan.js';
import { checkSchema } from '../validate/schema.js';
import { documentWords, wordsKept } from './document-words.js';

export interface FixResult {
  /** The new document's bytes; undefined when the document could not be rebuilt (diagnostics say why). */
  bytes?: Uint8Array;
  /** Reading problems (PP5xx), what could not be carried (PP630, PP631), why it could not be rebuilt (PP632). */
  diagnostics: Diagnostic[];
  /** The plan file the document was read as (the text `parplan import` would write). */
  yaml?: string;
}

/** Share of the original's words (in order) below which the new file is reported (PP631). */
export const WORDS_KEPT_GOAL = 0.99;

const problem = (file: string, code: Diagnostic['code'], severity: Diagnostic['severity'], args: Diagnostic['args'] = {}): Diagnostic => ({
  code,
  severity,
  file,
  line: 0,
  column: 0,
  path: '',
  args,
});

/** `templateDir`, `styleSheet`: the config's templates folder and reference document's styles, so
 * that the rebuilt document is the one `parplan render` would write from the same plan. */
export async function fixDocx(
  bytes: Uint8Array,
  options: { file?: string; document?: DocxDocument; templateDir?: string | undefined; styleSheet?: StyleSheet | undefined } = {},
): Promise<FixResult> {
  const file = options.file ?? '';
  let document = options.document;
  const diagnostics: Diagnostic[] = [];
  if (!document) {
    const read = await readDocx(bytes, { file });
    diagnostics.push(...read.diagnostics.map((d) => ({ ...d, file })));
    if (!read.document) return { diagnostics };
    document = read.document;
  }
  const recognised: Diagnostic[] = [];
  const imported = recognise(document, file, recognised);
  // PP520 (not a Kế hoạch) and PP521 (paragraphs kept as plain text) say what the rebuild changed.
  diagnostics.push(...recognised.map((d) => ({ ...d, file })));
  diagnostics.push(...notCarried(document, file));

  const yaml = planToYaml(imported, [`Đọc từ ${file || 'văn bản'} bằng parplan check --fix.`]);
  const parsed = parseYaml(yaml, file);
  const schema = parsed.data === undefined ? [] : checkSchema(parsed.data, file, parsed.locate);
  const refused = [...parsed.diagnostics, ...schema].filter((d) => d.severity === 'error');
  if (parsed.data === undefined || hasErrors(refused)) {
    // The document lacks what every plan must have (a tên loại, an issuer, a date, a signer…).
    const fields = [...new Set(refused.map((d) => d.path.split('/')[1] || d.path))].filter(Boolean);
    diagnostics.push(problem(file, 'PP632', 'error', { fields: fields.join(', ') }));
    return { diagnostics, yaml };
  }
  const rendered = await renderPlanToDocx(toPlan(parsed.data as PlanInput), file, options.templateDir, options.styleSheet);
  if (!rendered.ok) {
    diagnostics.push(...rendered.diagnostics, problem(file, 'PP632', 'error', { fields: '' }));
    return { diagnostics, yaml };
  }
  const kept = await keptShare(document, rendered.bytes);
  if (kept !== undefined && kept.share < WORDS_KEPT_GOAL) {
    diagnostics.push(problem(file, 'PP631', 'warning', { percent: Math.floor(kept.share * 1000) / 10, kept: kept.kept, total: kept.total }));
  }
  return { bytes: rendered.bytes, diagnostics, yaml };
}

async function keptShare(original: DocxDocument, bytes: Uint8Array): Promise<{ share: number; kept: number; total: number } | undefined> {
  const read = await readDocx(bytes);
  if (!read.document) return undefined;
  const before = documentWords(original);
  const after = documentWords(read.document);
  const kept = wordsKept(before, after);
  return { share: before.length === 0 ? 1 : kept / before.length, kept, total: before.length };
}

/** What a plan has no place for, counted by kind: a problem each (PP630, a warning). */
function notCarried(document: DocxDocument, file: string): Diagnostic[] {
  const counts = new Map<string, number>();
  const add = (kind: string, n = 1) => counts.set(kind, (counts.get(kind) ?? 0) + n);
  const titleAt = document.body.findIndex((b) => b.kind === 'paragraph' && /^\s*KẾ\s*HOẠCH\s*$/u.test(b.text));
  const visitDrawing = (d: Drawing, inBody: boolean) => {
    if (d.kind === 'picture') add('picture');
    else if (d.kind === 'shape' && d.blocks.length === 0) add('shape');
    else if (d.kind === 'textbox' && inBody) add('textbox');
    for (const c of d.children) visitDrawing(c, inBody);
  };
  const visitBlocks = (blocks: readonly Block[], inBody: (i: number) => boolean) => {
    blocks.forEach((b, i) => {
      if (b.kind === 'table') {
        for (const row of b.rows) for (const cell of row.cells) visitBlocks(cell.blocks, () => inBody(i));
        return;
      }
      for (const inline of b.inlines) if (inline.type === 'drawing') visitDrawing(inline.drawing, inBody(i));
    });
  };
  // Text boxes before the tên loại hold the header, which parplan writes itself.
  visitBlocks(document.body, (i) => titleAt >= 0 && i > titleAt);
  const seen = new Set<string>();
  for (const section of document.sections) {
    for (const set of [section.headers, section.footers]) {
      for (const part of [set.default, set.first, set.even]) {
        if (!part || seen.has(part.part)) continue;
        seen.add(part.part);
        if (hasOwnText(part)) add('headerFooter');
      }
    }
  }
  // Footnotes are carried (import makes each a note under the paragraph citing it); endnotes are not.
  const endnotes = Object.keys(document.endnotes).length;
  if (endnotes > 0) add('endnote', endnotes);
  return [...counts].map(([kind, count]) => problem(file, 'PP630', 'warning', { kind, count }));
}

/** Text in a header or footer beyond a page number (parplan writes the page number itself). */
function hasOwnText(part: HeaderFooter): boolean {
  const text = (blocks: readonly Block[]): string =>
    blocks.map((b) => (b.kind === 'paragraph' ? paragraphText(b) : b.rows.map((r) => r.cells.map((c) => text(c.blocks)).join(' ')).join(' '))).join(' ');
  return /[\p{L}]/u.test(text(part.blocks).replace(/\b(PAGE|NUMPAGES|Trang|trang|Page|of|\/)\b/g, ''));
}

function paragraphText(p: Paragraph): string {
  return p.inlines.map((i) => (i.type === 'text' ? i.text : i.type === 'drawing' ? i.drawing.blocks.map((b) => (b.kind === 'paragraph' ? paragraphText(b) : '')).join(' ') : '')).join('');
}
