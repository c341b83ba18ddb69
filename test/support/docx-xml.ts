// Reading a generated .docx in tests: its parts as text, and a few queries over WordprocessingML
// (elements by name, attributes, a paragraph's text) on htmlparser2's DOM in XML mode.
import { strFromU8, unzipSync } from 'fflate';
import { DomUtils, parseDocument } from 'htmlparser2';
import { effectiveRuns } from './docx-format.js';

export type XmlElement = ReturnType<typeof DomUtils.findAll>[number];

/** Every part of the package, decoded as UTF-8, by path. */
export function readParts(docx: Uint8Array): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const [path, data] of Object.entries(unzipSync(docx))) parts[path] = strFromU8(data);
  return parts;
}

export function part(parts: Record<string, string>, path: string): string {
  const text = parts[path];
  if (text === undefined) throw new Error(`the package has no ${path}; it has ${Object.keys(parts).join(', ')}`);
  return text;
}

export function parseXml(xml: string): XmlElement[] {
  return parseDocument(xml, { xmlMode: true }).children.filter(DomUtils.isTag);
}

/** Descendants named `name` (e.g. "w:p"), in document order. */
export function all(root: XmlElement | XmlElement[], name: string): XmlElement[] {
  return DomUtils.findAll((el) => el.name === name, Array.isArray(root) ? root : [root]);
}

/** Direct children named `name`. */
export function children(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter(DomUtils.isTag).filter((c) => c.name === name);
}

export function child(el: XmlElement, name: string): XmlElement | undefined {
  return children(el, name)[0];
}

/** Follows a path of direct children, e.g. pathOf(p, 'w:pPr', 'w:ind'). */
export function pathOf(el: XmlElement, ...names: string[]): XmlElement | undefined {
  let current: XmlElement | undefined = el;
  for (const name of names) current = current === undefined ? undefined : child(current, name);
  return current;
}

export function attr(el: XmlElement | undefined, name: string): string | undefined {
  return el?.attribs[name];
}

export function numberAttr(el: XmlElement | undefined, name: string): number {
  const value = attr(el, name);
  if (value === undefined) throw new Error(`no ${name} on <${el?.name ?? 'missing element'}>`);
  return Number(value);
}

/** The text of a paragraph (or any element): its w:t, in order. */
export function textOf(el: XmlElement): string {
  return all(el, 'w:t')
    .map((t) => DomUtils.textContent(t))
    .join('');
}

/** All the character data inside an element (for elements without w:t, such as w:instrText). */
export function contentOf(el: XmlElement): string {
  return DomUtils.textContent(el);
}

/** An on/off property such as w:b is on when present without w:val="false"/"0". */
export function isOn(el: XmlElement | undefined): boolean {
  if (el === undefined) return false;
  const val = attr(el, 'w:val');
  return val === undefined || (val !== 'false' && val !== '0');
}

/**
 * Each run of a paragraph with its effective size (half-points) and emphasis, as Word shows them
 * (style chain and defaults resolved by docx-read; see docx-format.ts).
 */
export function runsOf(p: XmlElement): { text: string; size: number | undefined; bold: boolean; italic: boolean }[] {
  return effectiveRuns(p);
}

/** The first paragraph whose text is exactly `text` (or starts with it, with `prefix`). */
export function paragraphWithText(root: XmlElement[], text: string, prefix = false): XmlElement {
  const found = all(root, 'w:p').find((p) => (prefix ? textOf(p).startsWith(text) : textOf(p) === text));
  if (found === undefined) throw new Error(`no paragraph with the text "${text}"`);
  return found;
}
