// Drawn things: DrawingML (w:drawing: wp:inline / wp:anchor holding a shape, text box, picture or
// group) and VML (w:pict: v:shape, v:rect, v:line, v:group, text boxes), as plain Drawing values.
// A text box's content is read as blocks, like the body; a line keeps its extent.
import type { Block, Drawing } from './types.js';
import { attr, child, numAttr, path, type XmlElement } from './xml.js';

export const EMU = 1 / 12700; // pt per EMU

export type ReadBlocks = (elements: XmlElement[]) => Block[];

function emu(v: number | undefined): number | undefined {
  return v === undefined ? undefined : v * EMU;
}

function setExtent(d: Drawing, ext: XmlElement) {
  const w = emu(numAttr(ext, 'cx'));
  const h = emu(numAttr(ext, 'cy'));
  if (w !== undefined) d.widthPt = w;
  if (h !== undefined) d.heightPt = h;
}

function blank(kind: Drawing['kind'], anchored: boolean): Drawing {
  return { kind, anchored, blocks: [], children: [] };
}

/** One wps:wsp / pic:pic / wpg:wgp inside a:graphicData or a group. */
function readGraphic(el: XmlElement, anchored: boolean, readBlocks: ReadBlocks): Drawing | undefined {
  if (el.name === 'wps:wsp') {
    const txbx = path(el, 'wps:txbx', 'w:txbxContent');
    const prst = attr(path(el, 'wps:spPr', 'a:prstGeom'), 'prst');
    const isLine = prst === 'line' || prst === 'straightConnector1' || (prst === undefined && child(el, 'wps:cNvCnPr') !== undefined);
    const d = blank(txbx ? 'textbox' : isLine ? 'line' : 'shape', anchored);
    if (prst) d.geometry = prst;
    const ext = path(el, 'wps:spPr', 'a:xfrm', 'a:ext');
    if (ext) setExtent(d, ext);
    const lineWidth = numAttr(path(el, 'wps:spPr', 'a:ln'), 'w');
    if (lineWidth !== undefined) d.lineWidthPt = lineWidth * EMU;
    if (txbx) d.blocks = readBlocks(txbx.children);
    return d;
  }
  if (el.name === 'pic:pic') return blank('picture', anchored);
  if (el.name === 'wpg:wgp' || el.name === 'wpg:grpSp') {
    const d = blank('group', anchored);
    for (const c of el.children) {
      const member = readGraphic(c, anchored, readBlocks);
      if (member) d.children.push(member);
    }
    return d;
  }
  if (el.name === 'wpc:wpc') {
    const d = blank('group', anchored);
    for (const c of el.children) {
      const member = readGraphic(c, anchored, readBlocks);
      if (member) d.children.push(member);
    }
    return d;
  }
  return undefined;
}

/** w:drawing. */
export function readDrawing(drawing: XmlElement, readBlocks: ReadBlocks): Drawing {
  const holder = child(drawing, 'wp:anchor') ?? child(drawing, 'wp:inline');
  const anchored = holder?.name === 'wp:anchor';
  const data = path(holder, 'a:graphic', 'a:graphicData');
  const inner = data?.children.map((c) => readGraphic(c, anchored, readBlocks)).find((d) => d !== undefined);
  const d = inner ?? blank('other', anchored);
  const extent = child(holder, 'wp:extent');
  if (extent) setExtent(d, extent);
  if (anchored) {
    const h = child(holder, 'wp:positionH');
    const v = child(holder, 'wp:positionV');
    const x = numberText(child(h, 'wp:posOffset'));
    const y = numberText(child(v, 'wp:posOffset'));
    if (x !== undefined) d.offsetXPt = x * EMU;
    if (y !== undefined) d.offsetYPt = y * EMU;
    const rh = attr(h, 'relativeFrom');
    const rv = attr(v, 'relativeFrom');
    if (rh) d.relativeFromH = rh;
    if (rv) d.relativeFromV = rv;
  }
  const docPr = child(holder, 'wp:docPr');
  const description = attr(docPr, 'descr') ?? attr(docPr, 'title');
  if (description) d.description = description;
  return d;
}

function numberText(el: XmlElement | undefined): number | undefined {
  if (!el) return undefined;
  const n = Number(el.text.trim());
  return Number.isFinite(n) ? n : undefined;
}

// ── VML ──

const UNITS: Record<string, number> = { pt: 1, in: 72, cm: 72 / 2.54, mm: 72 / 25.4, px: 0.75, pc: 12, emu: EMU };

/** A VML length ("12.5pt", "1in", "3cm", "20" = px) in pt. */
export function vmlLength(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^\s*(-?[\d.]+)\s*([a-z]*)\s*$/i.exec(value);
  if (!m) return undefined;
  const factor = UNITS[m[2]!.toLowerCase() || 'px'];
  return factor === undefined ? undefined : Number(m[1]) * factor;
}

function cssStyle(style: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const decl of (style ?? '').split(';')) {
    const i = decl.indexOf(':');
    if (i > 0) out[decl.slice(0, i).trim().toLowerCase()] = decl.slice(i + 1).trim();
  }
  return out;
}

function readVmlShape(el: XmlElement, readBlocks: ReadBlocks): Drawing | undefined {
  const style = cssStyle(attr(el, 'style'));
  const anchored = style.position === 'absolute';
  if (el.name === 'v:group') {
    const d = blank('group', anchored);
    for (const c of el.children) {
      const member = readVmlShape(c, readBlocks);
      if (member) d.children.push(member);
    }
    return d;
  }
  if (!['v:shape', 'v:rect', 'v:roundrect', 'v:oval', 'v:line', 'v:polyline'].includes(el.name)) return undefined;
  const txbx = path(el, 'v:textbox', 'w:txbxContent');
  const isLine = el.name === 'v:line' || (el.name === 'v:shape' && attr(el, 'o:connectortype') !== undefined && !txbx);
  const isPicture = child(el, 'v:imagedata') !== undefined;
  const d = blank(txbx ? 'textbox' : isLine ? 'line' : isPicture ? 'picture' : 'shape', anchored);
  d.geometry = el.name.replace(/^v:/, '');
  if (el.name === 'v:line') {
    const [x1, y1] = (attr(el, 'from') ?? '0,0').split(',').map((s) => vmlLength(s) ?? 0);
    const [x2, y2] = (attr(el, 'to') ?? '0,0').split(',').map((s) => vmlLength(s) ?? 0);
    d.widthPt = Math.abs((x2 ?? 0) - (x1 ?? 0));
    d.heightPt = Math.abs((y2 ?? 0) - (y1 ?? 0));
    d.offsetXPt = Math.min(x1 ?? 0, x2 ?? 0);
    d.offsetYPt = Math.min(y1 ?? 0, y2 ?? 0);
  } else {
    const w = vmlLength(style.width);
    const h = vmlLength(style.height);
    if (w !== undefined) d.widthPt = w;
    if (h !== undefined) d.heightPt = h;
    const x = vmlLength(style['margin-left'] ?? style.left);
    const y = vmlLength(style['margin-top'] ?? style.top);
    if (x !== undefined) d.offsetXPt = x;
    if (y !== undefined) d.offsetYPt = y;
  }
  const rh = style['mso-position-horizontal-relative'];
  const rv = style['mso-position-vertical-relative'];
  if (rh) d.relativeFromH = rh;
  if (rv) d.relativeFromV = rv;
  const weight = vmlLength(attr(el, 'strokeweight') ?? attr(child(el, 'v:stroke'), 'weight'));
  if (weight !== undefined) d.lineWidthPt = weight;
  if (txbx) d.blocks = readBlocks(txbx.children);
  return d;
}

/** w:pict: its shapes (a shapetype is only a template). */
export function readVml(pict: XmlElement, readBlocks: ReadBlocks): Drawing[] {
  return pict.children.map((c) => readVmlShape(c, readBlocks)).filter((d): d is Drawing => d !== undefined);
}

/** Text boxes anywhere under a drawing, flattened (a group's members in order). */
export function textBoxes(d: Drawing): Drawing[] {
  return [...(d.kind === 'textbox' ? [d] : []), ...d.children.flatMap(textBoxes)];
}
