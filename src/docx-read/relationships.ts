// _rels/*.rels: a part's relationships, targets resolved to package paths; [Content_Types].xml.
import { attr, children, type XmlElement } from './xml.js';

export interface Relationship {
  id: string;
  /** The last segment of the relationship type URI: "officeDocument", "styles", "header", "footnotes" … */
  type: string;
  /** Package path of the target ("word/header1.xml"); the raw target for external ones. */
  target: string;
  external: boolean;
}

/** The .rels part beside a part: word/document.xml → word/_rels/document.xml.rels. */
export function relsPathOf(part: string): string {
  const i = part.lastIndexOf('/');
  return i < 0 ? `_rels/${part}.rels` : `${part.slice(0, i)}/_rels/${part.slice(i + 1)}.rels`;
}

export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return normalisePath(target.slice(1));
  const i = fromPart.lastIndexOf('/');
  const base = i < 0 ? '' : fromPart.slice(0, i + 1);
  return normalisePath(base + target);
}

function normalisePath(p: string): string {
  const out: string[] = [];
  for (const seg of decodeURIComponentSafe(p).replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function readRelationships(root: XmlElement | undefined, fromPart: string): Relationship[] {
  return children(root, 'rel:Relationship').map((r) => {
    const external = attr(r, 'TargetMode') === 'External';
    const target = attr(r, 'Target') ?? '';
    return {
      id: attr(r, 'Id') ?? '',
      type: (attr(r, 'Type') ?? '').split('/').pop() ?? '',
      target: external ? target : resolveTarget(fromPart, target),
      external,
    };
  });
}

/** Content types by part path (Override) and by extension (Default). */
export function readContentTypes(root: XmlElement | undefined): { overrides: Map<string, string>; defaults: Map<string, string> } {
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  for (const o of children(root, 'ct:Override')) {
    const name = attr(o, 'PartName');
    const type = attr(o, 'ContentType');
    if (name && type) overrides.set(name.replace(/^\//, '').toLowerCase(), type);
  }
  for (const d of children(root, 'ct:Default')) {
    const ext = attr(d, 'Extension');
    const type = attr(d, 'ContentType');
    if (ext && type) defaults.set(ext.toLowerCase(), type);
  }
  return { overrides, defaults };
}
