// The imported plan as YAML a clerk can edit: yaml's Document API, the schema line first, long
// texts as folded block scalars (">-": nothing inside needs quoting), short texts with ":", "*", "#"
// or a leading special character double-quoted, and short Vietnamese comments where the importer
// guessed or could not place something.
import { Document, isMap, isScalar, isSeq, Scalar, visit, type Node, type Pair } from 'yaml';
import type { ImportedPlan, PlanComment } from './import-docx.js';

const RISKY = /[:#*]|^[\s\-?,[\]{}&!|>'"%@`+]|^(?:yes|no|true|false|null|~|on|off)$|^[\d.,\-/]+$/i;

function nodeFor(doc: Document, path: PlanComment['path']): Node | undefined {
  // A field's comment goes on its key (printed above "key:"); an item's on the item.
  const last = path[path.length - 1];
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (typeof last === 'string' && isMap(parent)) {
    const pair = parent.items.find((p: Pair) => isScalar(p.key) && p.key.value === last);
    return pair && isScalar(pair.key) ? pair.key : undefined;
  }
  if (typeof last === 'number' && isSeq(parent)) return parent.items[last] as Node | undefined;
  return undefined;
}

export function planToYaml(imported: ImportedPlan, header: string[]): string {
  const doc = new Document(imported.plan);
  visit(doc, {
    Scalar(_key, node: Scalar) {
      if (typeof node.value !== 'string') return;
      const text = node.value;
      if (text.length > 80 && !/\n/.test(text) && !/^\s|\s$/.test(text)) node.type = Scalar.BLOCK_FOLDED;
      else if (RISKY.test(text)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  const seen = new Set<string>();
  for (const c of imported.comments) {
    const node = nodeFor(doc, c.path);
    if (!node) continue;
    const key = `${c.path.join('/')}:${c.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    node.commentBefore = node.commentBefore ? `${node.commentBefore}\n ${c.text}` : ` ${c.text}`;
  }
  doc.commentBefore = header.map((h) => ` ${h}`).join('\n');
  return doc.toString({ lineWidth: 100, minContentWidth: 40 });
}
