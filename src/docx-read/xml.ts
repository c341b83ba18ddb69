// XML parts as a small element tree, parsed by saxes (a strict, namespace-aware XML parser:
// a malformed part is an error with its line and column, not a silently repaired tree, and element
// order and attributes are kept). Names are rewritten to the conventional prefixes of their namespace
// URI (w:, r:, wp:, a:, v:, …), so a producer that binds WordprocessingML to another prefix, or writes
// Strict OOXML (purl.oclc.org), reads the same. OOXML has no meaningful mixed content: each element
// keeps the text directly inside it in `text` (only w:t, w:instrText, w:delText and a few property
// parts carry any).
import { SaxesParser } from 'saxes';

export interface XmlElement {
  /** Canonical prefixed name, e.g. "w:p"; an element of an unknown namespace keeps its own name. */
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Text directly inside the element (whitespace kept). */
  text: string;
}

export class XmlSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    detail: string,
  ) {
    super(detail);
  }
}

const NAMESPACES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'ct',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing': 'wp',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  'http://schemas.openxmlformats.org/drawingml/2006/picture': 'pic',
  'http://purl.oclc.org/ooxml/drawingml/picture': 'pic',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingShape': 'wps',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup': 'wpg',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas': 'wpc',
  'http://schemas.microsoft.com/office/word/2010/wordml': 'w14',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'urn:schemas-microsoft-com:vml': 'v',
  'urn:schemas-microsoft-com:office:office': 'o',
  'urn:schemas-microsoft-com:office:word': 'w10',
  'http://schemas.openxmlformats.org/officeDocument/2006/math': 'm',
  'http://purl.oclc.org/ooxml/officeDocument/math': 'm',
  'http://www.w3.org/XML/1998/namespace': 'xml',
  'http://schemas.openxmlformats.org/package/2006/metadata/core-properties': 'cp',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
};

/** Elements no reader looks at, whose subtrees are not built (they are still parsed, so a malformed
 * one is still an error): a table style's conditional formats (most of Word's styles.xml) and the
 * latent-style list. */
const UNREAD = new Set(['w:tblStylePr', 'w:latentStyles']);

type Scope = Map<string, string>;

/**
 * Parses one part; throws XmlSyntaxError for XML that is not well-formed.
 *
 * Namespaces are resolved here rather than by saxes' xmlns mode: saxes then hands over plain
 * attributes, each qualified name is turned into its canonical name once per namespace scope (a
 * scope starts only where an element declares xmlns attributes), and the big parts read about twice
 * as fast. Elements in UNREAD are skipped whole.
 */
export function parseXml(source: string): XmlElement {
  const parser = new SaxesParser({ position: true });
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  // Namespace scopes: the prefix → URI map in force, and the cache of canonical names under it.
  let prefixes: Scope = new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]);
  let names = new Map<string, string>();
  const scopes: { depth: number; prefixes: Scope; names: Map<string, string> }[] = [];
  let skipping = 0; // depth inside an UNREAD element
  const canonicalName = (qname: string, isAttribute: boolean): string => {
    const key = isAttribute ? '@' + qname : qname;
    let name = names.get(key);
    if (name !== undefined) return name;
    const colon = qname.indexOf(':');
    const prefix = colon < 0 ? '' : qname.slice(0, colon);
    const local = colon < 0 ? qname : qname.slice(colon + 1);
    // An unprefixed attribute is in no namespace; an unprefixed element in the default one.
    const uri = colon < 0 && isAttribute ? undefined : prefixes.get(prefix);
    const known = uri === undefined || uri === '' ? undefined : NAMESPACES[uri];
    name = uri === undefined || uri === '' ? (colon < 0 ? local : qname) : known === undefined ? qname : `${known}:${local}`;
    names.set(key, name);
    return name;
  };
  parser.on('opentag', (tag) => {
    // saxes reports a closetag for every element, self-closing ones too: count opens and closes alike.
    if (skipping > 0) {
      skipping++;
      return;
    }
    const raw = tag.attributes as Record<string, string>;
    let declared: Scope | undefined;
    for (const key in raw) {
      if (key === 'xmlns' || key.startsWith('xmlns:')) {
        declared ??= new Map(prefixes);
        declared.set(key === 'xmlns' ? '' : key.slice(6), raw[key]!);
      }
    }
    if (declared) {
      scopes.push({ depth: stack.length, prefixes, names });
      prefixes = declared;
      names = new Map();
    }
    const name = canonicalName(tag.name, false);
    if (UNREAD.has(name)) {
      if (declared) closeScope();
      skipping = 1;
      return;
    }
    const attrs: Record<string, string> = {};
    for (const key in raw) {
      if (key === 'xmlns' || key.startsWith('xmlns:')) continue;
      attrs[canonicalName(key, true)] = raw[key]!;
    }
    const element: XmlElement = { name, attrs, children: [], text: '' };
    stack[stack.length - 1]!.children.push(element);
    stack.push(element);
  });
  const closeScope = () => {
    const scope = scopes.pop()!;
    prefixes = scope.prefixes;
    names = scope.names;
  };
  parser.on('closetag', () => {
    if (skipping > 0) {
      skipping--;
      return;
    }
    stack.pop();
    if (scopes.length > 0 && scopes[scopes.length - 1]!.depth === stack.length) closeScope();
  });
  parser.on('text', (text) => {
    if (skipping === 0 && stack.length > 1) stack[stack.length - 1]!.text += text;
  });
  parser.on('cdata', (text) => {
    if (skipping === 0 && stack.length > 1) stack[stack.length - 1]!.text += text;
  });
  let failure: XmlSyntaxError | undefined;
  parser.on('error', (e) => {
    failure ??= new XmlSyntaxError(parser.line, parser.column, e.message.replace(/^(?:[^:]*:)?\d+:\d+: /, ''));
  });
  parser.write(source).close();
  if (failure) throw failure;
  const top = root.children[0];
  if (top === undefined) throw new XmlSyntaxError(1, 1, 'no root element');
  return top;
}

// ── Queries ──

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (el === undefined) return undefined;
  for (const c of el.children) if (c.name === name) return c;
  return undefined;
}

export function children(el: XmlElement | undefined, name: string): XmlElement[] {
  return el === undefined ? [] : el.children.filter((c) => c.name === name);
}

/** Follows direct children: path(p, 'w:pPr', 'w:ind'). */
export function path(el: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  let current = el;
  for (const name of names) current = child(current, name);
  return current;
}

/** Descendants named `name`, in document order. */
export function descendants(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (c.name === name) out.push(c);
    descendants(c, name, out);
  }
  return out;
}

export function attr(el: XmlElement | undefined, name: string): string | undefined {
  return el?.attrs[name];
}

/** A number attribute (w:w="1134"); undefined when absent or not a number. */
export function numAttr(el: XmlElement | undefined, name: string): number | undefined {
  const v = el?.attrs[name];
  if (v === undefined || v.trim() === '') return undefined;
  const n = Number(v.trim().replace(/(pt|mm|cm|in)$/, ''));
  return Number.isFinite(n) ? n : undefined;
}

/**
 * An OOXML on/off property (<w:b/>, <w:b w:val="0"/>, "false", "off"): true/false when the element
 * is present, undefined when absent.
 */
export function onOff(el: XmlElement | undefined): boolean | undefined {
  if (el === undefined) return undefined;
  const v = el.attrs['w:val'];
  return !(v === '0' || v === 'false' || v === 'off' || v === 'none');
}
