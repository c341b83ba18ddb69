// The same model must give the same bytes: the package is zipped with a fixed time (core.xml holds
// the plan's own date) and its entries in a fixed order.
//
// Each entry is deflated by Node's native zlib, synchronously (a JavaScript DEFLATE that had not
// been compiled yet cost a cold render ~130 ms); zip-container.ts writes the headers around it.
//
// A part may come in segments (document.xml comes as runs of the body's blocks). Each segment is
// deflated on its own, ending in a full flush, so its compressed bytes stand alone, and is kept by
// its pieces: the segments a batch's units, --watch, or edit do not change are not encoded and
// deflated again (issue 12). The entry is the segments' compressed bytes one after the other and a
// final empty block (a stream cut this way is what pigz writes); its CRC-32 is the segments' CRCs
// combined (crc32-combine.ts). The bytes depend only on the segments' texts, never on what the
// cache holds.
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { RecentMap } from '../cache/recent-map.js';
import { crc32Combine, crc32Shift } from './crc32-combine.js';
import { FIXED_TIMESTAMP } from './styles.js';
import { dosTime, writeZip, type ZipEntry } from './zip-container.js';
import type { Xml } from './xml.js';

/** Entries that readers look for first lead; the rest follow by name. */
const LEADING_ENTRIES = ['[Content_Types].xml', '_rels/.rels'];

/** Every entry's time: the fixed date at noon (core.xml holds the plan's own date), the same fields
 * in every time zone. */
const ZIP_TIME = (() => {
  const day = new Date(FIXED_TIMESTAMP);
  return dosTime(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), 12, 0, 0);
})();

function orderEntries(names: string[]): string[] {
  const rest = names.filter((name) => !LEADING_ENTRIES.includes(name)).sort();
  return [...LEADING_ENTRIES.filter((name) => names.includes(name)), ...rest];
}

/**
 * One segment: the pieces it joins, their UTF-8 bytes (the next segment's dictionary) and their
 * compressed form, which ends on a full flush. A segment is deflated with the segment before it as its
 * dictionary, the bytes a reader has just inflated: its back-references may reach into them, so
 * the runs compress almost as one stream would (independent runs were 35% larger), and a changed
 * segment costs the next one too, unless that one is long enough to stand alone (STANDS_ALONE).
 * `after` is the previous segment's bytes object it was made after.
 */
interface Deflated {
  pieces: readonly Xml[];
  bytes: Uint8Array;
  /** The bytes' CRC-32, and crc32Shift of their length, to combine it with the CRC before. */
  crc: number;
  shift: number;
  data: Uint8Array<ArrayBuffer>;
  after: Uint8Array | undefined;
}

/** Every part is deflated at level 3: a third of level 6's time (0.4 against 1.2 ms for the largest
 * example's document.xml) for 16% more bytes (10.5 against 9.1 KB). */
const LEVEL = 3;
/** DEFLATE reaches back at most 32 KiB. */
const WINDOW = 32768;
/** A segment this long (a large table) is deflated without the one before: it compresses well
 * alone, and a change in the segment before (a unit's appendix heading) does not cost it again. */
const STANDS_ALONE = 8192;
/** BFINAL, fixed codes, end of block: closes a stream whose blocks were all cut by full flushes. */
const FINAL_EMPTY_BLOCK: Uint8Array<ArrayBuffer> = new Uint8Array([0x03, 0x00]);
/**
 * The segments kept, by their first piece; what no recent document used goes (RecentMap). A kept
 * block's XML is the same string object in every plan that shares the block, so a segment is found
 * by comparing its pieces as references, not by hashing and comparing the joined text (that cost a
 * unit of a batch ~1 ms).
 */
const KEPT_LIMIT = 1024;
const SAME_START_LIMIT = 4;
const kept = new RecentMap<Xml, Deflated[]>(KEPT_LIMIT);
const encoder = new TextEncoder();

function samePieces(a: readonly Xml[], b: readonly Xml[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function deflated(pieces: Segment, previous: Deflated | undefined): Deflated {
  const key = pieces[0]!;
  const list = kept.get(key) ?? kept.set(key, []);
  const after = pieces.fresh === true ? undefined : previous?.bytes;
  const index = list.findIndex((segment) => samePieces(segment.pieces, pieces));
  let segment = index >= 0 ? list[index] : undefined;
  if (segment === undefined || (segment.after !== after && segment.bytes.length < STANDS_ALONE)) {
    const bytes = segment?.bytes ?? encoder.encode(pieces.length === 1 ? key : pieces.join(''));
    const dictionary = after !== undefined && bytes.length < STANDS_ALONE ? { dictionary: after.subarray(-WINDOW) } : {};
    const options = { level: LEVEL, finishFlush: constants.Z_FULL_FLUSH, ...dictionary };
    const crc = segment?.crc ?? crc32(bytes);
    const shift = segment?.shift ?? crc32Shift(bytes.length);
    segment = { pieces, bytes, crc, shift, data: new Uint8Array(deflateRawSync(bytes, options)), after };
    if (index >= 0) list[index] = segment;
    else {
      // Every document's first segment opens with the same piece: only its latest few are kept.
      if (list.length >= SAME_START_LIMIT) list.shift();
      list.push(segment);
    }
  }
  return segment;
}

/**
 * Pieces deflated as one run. `fresh`: deflated without the run before as its dictionary, so that
 * a change there does not cost this one too (document.xml's run after the first page's header,
 * which a batch's every unit changes, write-docx.ts). Fixed by the document's pieces, never by what
 * the cache holds.
 */
export type Segment = readonly Xml[] & { readonly fresh?: boolean };

/** A part's text, whole, or in segments of pieces that are read one after the other. */
export type PartText = Xml | readonly Segment[];

/** Zips a package's parts (texts, written as UTF-8) with a fixed time and a fixed entry order. */
export function zipDeterministically(entries: Record<string, PartText>): Uint8Array {
  const files: ZipEntry[] = [];
  for (const name of orderEntries(Object.keys(entries))) {
    const text = entries[name];
    if (text === undefined) continue;
    const segments: Deflated[] = [];
    for (const pieces of typeof text === 'string' ? [[text]] : text) if (pieces.some((piece) => piece !== '')) segments.push(deflated(pieces, segments.at(-1)));
    let crc = 0;
    let size = 0;
    for (const segment of segments) {
      crc = crc32Combine(crc, segment.crc, segment.shift);
      size += segment.bytes.length;
    }
    files.push({ name, data: [...segments.map((segment) => segment.data), FINAL_EMPTY_BLOCK], crc, size });
  }
  return writeZip(files, ZIP_TIME);
}
