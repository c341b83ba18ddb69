// A generated document split the way Word reads it: each section's content and its w:sectPr
// (a section ends with a paragraph holding one; the last section's is the body's last child),
// plus the header parts each section points to.
import { all, attr, child, parseXml, part, pathOf, type XmlElement } from './docx-xml.js';

export interface Section {
  content: XmlElement[];
  sectPr: XmlElement;
}

export interface HeaderRefs {
  default?: string;
  first?: string;
}

/** `parsed`: the same XML already parsed (so its elements are the ones docx-format registered). */
export function readSections(documentXml: string, parsed: XmlElement[] = parseXml(documentXml)): Section[] {
  const [document] = parsed;
  const body = document === undefined ? undefined : child(document, 'w:body');
  if (body === undefined) throw new Error('word/document.xml has no w:body');
  const sections: Section[] = [];
  let content: XmlElement[] = [];
  for (const node of body.children) {
    if (node.type !== 'tag') continue;
    const el = node as XmlElement;
    const inner = el.name === 'w:p' ? pathOf(el, 'w:pPr', 'w:sectPr') : el.name === 'w:sectPr' ? el : undefined;
    if (inner === undefined) {
      content.push(el);
    } else {
      sections.push({ content, sectPr: inner });
      content = [];
    }
  }
  return sections;
}

/** Part paths (e.g. "word/header1.xml") of a section's default and first-page headers. */
export function headerPartsOf(sectPr: XmlElement, parts: Record<string, string>): HeaderRefs {
  const rels = parseXml(part(parts, 'word/_rels/document.xml.rels'));
  const targetOf = (id: string | undefined): string | undefined => {
    const rel = all(rels, 'Relationship').find((r) => attr(r, 'Id') === id);
    const target = attr(rel, 'Target');
    return target === undefined ? undefined : `word/${target}`;
  };
  const refs: HeaderRefs = {};
  for (const ref of all(sectPr, 'w:headerReference')) {
    const type = attr(ref, 'w:type');
    const target = targetOf(attr(ref, 'r:id'));
    if ((type === 'default' || type === 'first') && target !== undefined) refs[type] = target;
  }
  return refs;
}
