// word/footnotes.xml and word/endnotes.xml: each note's blocks by id (separators left out).
import type { Block } from './types.js';
import { attr, children, type XmlElement } from './xml.js';

const SEPARATORS = new Set(['separator', 'continuationSeparator', 'continuationNotice']);

export function readNotes(root: XmlElement | undefined, kind: 'footnote' | 'endnote', readBlocks: (els: XmlElement[]) => Block[]): Record<string, Block[]> {
  const out: Record<string, Block[]> = {};
  for (const note of children(root, `w:${kind}`)) {
    const id = attr(note, 'w:id');
    if (id === undefined || SEPARATORS.has(attr(note, 'w:type') ?? 'normal')) continue;
    out[id] = readBlocks(note.children);
  }
  return out;
}
