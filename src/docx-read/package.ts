// The .docx container: what kind of file this is, and its XML parts, unzipped with bounds.
// yauzl reads the zip (it checks every entry's real size against the size its header declares, so an
// entry cannot expand past what we agreed to inflate, and it reports encrypted entries); we refuse,
// before inflating anything, a file, an entry or a total over the bounds below, and entries whose
// declared expansion ratio only a zip bomb has. Only XML parts are inflated: pictures and embedded
// files are never read, nor the XML parts no reader uses (NOT_READ: Word's 400 KB stylesWithEffects
// copy, the font table, the glossary's building blocks, …).
// yauzl hands over an entry's bytes as stored; they are inflated here in one synchronous call bounded
// by the declared size (maxOutputLength), and a result of any other size is refused as yauzl's
// validateEntrySizes would. Inflating on zlib's thread pool, stream by stream, left most of a check's
// time waiting on a busy machine.
import { inflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';

export const LIMITS = {
  /** The .docx file itself. */
  fileBytes: 64 * 1024 * 1024,
  /** One XML part, uncompressed. */
  entryBytes: 48 * 1024 * 1024,
  /** All XML parts together, uncompressed. */
  totalBytes: 128 * 1024 * 1024,
  /** Entries in the zip. */
  entries: 5000,
  /** Uncompressed : compressed, for entries over 1 MiB (XML compresses ~5–30×; a bomb ~1000×). */
  ratio: 200,
};

export type Limits = typeof LIMITS;

export type ContainerProblem =
  | { kind: 'not-zip'; looksLike: 'pdf' | 'html' | 'text' | 'unknown' | 'empty' }
  | { kind: 'convert'; format: 'doc' | 'odt' | 'rtf' | 'wordml' }
  | { kind: 'encrypted'; how: 'password' | 'drm' | 'zip-encryption' }
  | { kind: 'oversize'; what: 'file' | 'entry' | 'total' | 'ratio' | 'entries'; entry?: string; limit: number }
  /** `cutShort`: a zip's start without its end (its central directory): a copy or download that stopped. */
  | { kind: 'damaged'; detail: string; cutShort?: boolean };

export interface PackageParts {
  /** XML parts (and .rels) by normalised path, decoded. */
  xml: Map<string, string>;
  /** Every entry name (pictures included), for presence checks (vbaProject.bin, comments.xml). */
  names: Set<string>;
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[] | string): boolean {
  const p = typeof prefix === 'string' ? [...prefix].map((c) => c.charCodeAt(0)) : prefix;
  if (bytes.length < p.length) return false;
  return p.every((b, i) => bytes[i] === b);
}

/** UTF-16LE text inside an OLE compound file (stream names are stored that way). */
function hasUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = Buffer.from(text, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

/** What a file that is not a zip is, when we can tell. */
export function sniff(bytes: Uint8Array): ContainerProblem | undefined {
  if (bytes.length === 0) return { kind: 'not-zip', looksLike: 'empty' };
  if (startsWith(bytes, OLE)) {
    // An encrypted OOXML file (Word's "Encrypt with Password", IRM/DRM) is an OLE compound file
    // holding an EncryptedPackage stream; a Word 97–2003 .doc holds a WordDocument stream.
    if (hasUtf16(bytes, 'EncryptedPackage')) return { kind: 'encrypted', how: hasUtf16(bytes, 'DRMEncrypted') ? 'drm' : 'password' };
    if (hasUtf16(bytes, '\u0006DataSpaces') && !hasUtf16(bytes, 'WordDocument')) return { kind: 'encrypted', how: 'drm' };
    return { kind: 'convert', format: 'doc' };
  }
  if (startsWith(bytes, '{\\rtf')) return { kind: 'convert', format: 'rtf' };
  if (startsWith(bytes, '%PDF')) return { kind: 'not-zip', looksLike: 'pdf' };
  if (startsWith(bytes, 'PK')) return undefined;
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('utf8').replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (head.startsWith('<?xml') && head.includes('w:worddocument')) return { kind: 'convert', format: 'wordml' };
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.includes('<html')) return { kind: 'not-zip', looksLike: 'html' };
  const printable = [...bytes.subarray(0, 512)].every((b) => b >= 9 && b !== 0x7f);
  return { kind: 'not-zip', looksLike: printable ? 'text' : 'unknown' };
}

/** A zip's first local header, read as a zip reader would: its signature, a stored or deflated
 * entry, and a name that fits in the file. */
function startsLikeZip(bytes: Uint8Array): boolean {
  if (bytes.length < 30 || !startsWith(bytes, 'PK\u0003\u0004')) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const method = view.getUint16(8, true);
  const nameLength = view.getUint16(26, true);
  return (method === 0 || method === 8) && nameLength > 0 && 30 + nameLength <= bytes.length;
}

function normalise(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '');
}

function decode(data: Buffer): string {
  if (data[0] === 0xff && data[1] === 0xfe) return data.subarray(2).toString('utf16le');
  if (data[0] === 0xfe && data[1] === 0xff) {
    const swapped = Buffer.from(data.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  return data.toString('utf8').replace(/^\uFEFF/, '');
}

const isXmlPart = (name: string) => /\.(xml|rels)$/i.test(name);
/** XML parts no reader of docx-read (nor --reference-doc) looks at. */
const NOT_READ = /(^|\/)(stylesWithEffects|fontTable|webSettings|people|commentsExtended|commentsIds|commentsExtensible)\.xml$|^word\/glossary\/|^customXml\/|^docProps\/(app|custom)\.xml$/i;

/** An entry's stored bytes → its content, or why not: never more than `size` bytes are produced. */
function inflateEntry(entry: yauzl.Entry, stored: Buffer, size: number): Buffer | 'too-big' | string {
  let data: Buffer;
  if (entry.compressionMethod === 0) data = stored;
  else if (entry.compressionMethod === 8) {
    try {
      data = inflateRawSync(stored, { maxOutputLength: Math.max(1, size) });
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'too-big' : (e as Error).message;
    }
  } else return `compression method ${entry.compressionMethod}`;
  if (data.length > size) return 'too-big';
  if (data.length !== size) return `expected ${size} bytes, got ${data.length}`;
  return data;
}

/** Reads the zip's XML parts within the bounds; a problem instead when it cannot or must not. */
export async function readPackage(bytes: Uint8Array, limits: Limits = LIMITS): Promise<PackageParts | ContainerProblem> {
  if (bytes.length > limits.fileBytes) return { kind: 'oversize', what: 'file', limit: limits.fileBytes };
  const sniffed = sniff(bytes);
  if (sniffed) return sniffed;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (value: PackageParts | ContainerProblem, zip?: yauzl.ZipFile) => {
      if (settled) return;
      settled = true;
      zip?.close();
      resolve(value);
    };
    yauzl.fromBuffer(buffer, { lazyEntries: true, decodeStrings: true, validateEntrySizes: true }, (openError, zip) => {
      if (openError || !zip) {
        // A zip's first entry with no end record: the file stopped part way (yauzl looks for the end first).
        const cutShort = startsLikeZip(bytes) && /end of central directory record signature not found/i.test(openError?.message ?? '');
        return finish(cutShort ? { kind: 'damaged', detail: openError!.message, cutShort } : { kind: 'not-zip', looksLike: 'unknown' });
      }
      if (zip.entryCount > limits.entries) return finish({ kind: 'oversize', what: 'entries', limit: limits.entries }, zip);
      const parts: PackageParts = { xml: new Map(), names: new Set() };
      let total = 0;
      zip.on('error', (e: Error) => finish({ kind: 'damaged', detail: e.message }, zip));
      zip.on('end', () => finish(parts, zip));
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = normalise(entry.fileName);
        parts.names.add(name);
        if (name.endsWith('/') || !isXmlPart(name)) return zip.readEntry();
        if (entry.isEncrypted()) return finish({ kind: 'encrypted', how: 'zip-encryption' }, zip);
        if (NOT_READ.test(name)) return zip.readEntry();
        const size = entry.uncompressedSize;
        if (size > limits.entryBytes) return finish({ kind: 'oversize', what: 'entry', entry: name, limit: limits.entryBytes }, zip);
        if (size > 1024 * 1024 && size > limits.ratio * Math.max(1, entry.compressedSize)) {
          return finish({ kind: 'oversize', what: 'ratio', entry: name, limit: limits.ratio }, zip);
        }
        total += size;
        if (total > limits.totalBytes) return finish({ kind: 'oversize', what: 'total', limit: limits.totalBytes }, zip);
        zip.openReadStream(entry, { decodeFileData: false }, (streamError, stream) => {
          if (streamError || !stream) return finish({ kind: 'damaged', detail: streamError?.message ?? name }, zip);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', (e: Error) => finish({ kind: 'damaged', detail: `${name}: ${e.message}` }, zip));
          stream.on('end', () => {
            if (settled) return;
            const data = inflateEntry(entry, Buffer.concat(chunks), size);
            if (data === 'too-big') return finish({ kind: 'oversize', what: 'ratio', entry: name, limit: limits.ratio }, zip);
            if (typeof data === 'string') return finish({ kind: 'damaged', detail: `${name}: ${data}` }, zip);
            parts.xml.set(name, decode(data));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}
