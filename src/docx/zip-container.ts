// The zip container around already deflated entries: a local header and the data for each entry,
// then the central directory and its end record (APPNOTE 6.3.10, §4.3; no ZIP64, no data
// descriptors: every size and CRC is known before its entry is written). parplan deflates and
// checksums each part itself (deterministic-zip.ts), so only these fixed headers are left to write;
// fflate, which wrote them before, cost a cold render ~5 ms to load (issue 12).

export interface ZipEntry {
  /** The entry's name, ASCII here (a .docx's part names). */
  name: string;
  /** Raw DEFLATE data, in pieces written one after the other. */
  data: readonly Uint8Array[];
  crc: number;
  /** The uncompressed size. */
  size: number;
}

/** MS-DOS date and time fields of every entry (local header and central directory). */
export interface DosTime {
  date: number;
  time: number;
}

/** Version 2.0: deflate. */
const VERSION = 20;
const DEFLATE = 8;
/** Bit 11: the name is UTF-8 (readers then need not guess a code page). */
const UTF8_NAME = 0x0800;

export function dosTime(year: number, month: number, day: number, hours: number, minutes: number, seconds: number): DosTime {
  return { date: ((year - 1980) << 9) | (month << 5) | day, time: (hours << 11) | (minutes << 5) | (seconds >> 1) };
}

export function writeZip(entries: readonly ZipEntry[], when: DosTime): Uint8Array {
  const encoder = new TextEncoder();
  const names = entries.map((entry) => encoder.encode(entry.name));
  const compressed = entries.map((entry) => entry.data.reduce((sum, piece) => sum + piece.length, 0));
  const localSize = entries.reduce((sum, _, i) => sum + 30 + names[i]!.length + compressed[i]!, 0);
  const centralSize = names.reduce((sum, name) => sum + 46 + name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  /** The fields both records hold, in the same order: version needed, flags, method, time, date,
   * CRC-32, compressed and uncompressed sizes, name length. */
  const describe = (from: number, i: number): void => {
    const entry = entries[i]!;
    view.setUint16(from, VERSION, true);
    view.setUint16(from + 2, UTF8_NAME, true);
    view.setUint16(from + 4, DEFLATE, true);
    view.setUint16(from + 6, when.time, true);
    view.setUint16(from + 8, when.date, true);
    view.setUint32(from + 10, entry.crc >>> 0, true);
    view.setUint32(from + 14, compressed[i]!, true);
    view.setUint32(from + 18, entry.size, true);
    view.setUint16(from + 22, names[i]!.length, true);
  };
  let at = 0;
  entries.forEach((entry, i) => {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    describe(at + 4, i);
    view.setUint16(at + 28, 0, true);
    out.set(names[i]!, at + 30);
    at += 30 + names[i]!.length;
    for (const piece of entry.data) {
      out.set(piece, at);
      at += piece.length;
    }
  });
  const centralStart = at;
  entries.forEach((_, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, VERSION, true);
    describe(at + 6, i);
    // Extra field, comment, disk number, internal and external attributes: none, all zero.
    view.setUint32(at + 42, offsets[i]!, true);
    out.set(names[i]!, at + 46);
    at += 46 + names[i]!.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}
