// The same model must give the same bytes. docx stamps docProps/core.xml with the time of the call
// and its zip entries with the time of packing; the package is zipped here instead, once, with a
// fixed time, the plan's date in core.xml and entries in a fixed order.
// yazl compresses with Node's native zlib: a cold render spent ~130 ms in a JavaScript DEFLATE
// that had not been compiled yet, and the 300 ms budget of a cold render could not afford it.
import { strFromU8, strToU8, unzipSync } from 'fflate';
import yazl from 'yazl';
import { FIXED_TIMESTAMP } from './styles.js';

/** Entries that readers look for first lead; the rest follow by name. */
const LEADING_ENTRIES = ['[Content_Types].xml', '_rels/.rels'];
const CORE_PROPERTIES = 'docProps/core.xml';
const CORE_DATES = /(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:)/g;

/**
 * The zip's DOS timestamps are written from a Date's *local* fields, so the time is built from
 * local fields too: the entries then read the same in every time zone.
 */
function fixedZipTime(): Date {
  const utc = new Date(FIXED_TIMESTAMP);
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), 12, 0, 0);
}

function orderEntries(names: string[]): string[] {
  const rest = names.filter((name) => !LEADING_ENTRIES.includes(name)).sort();
  return [...LEADING_ENTRIES.filter((name) => names.includes(name)), ...rest];
}

/** Re-zips an already packed .docx (used only if docx's part compiler is not reachable). */
export function rezipDeterministically(packed: Uint8Array, created: string = FIXED_TIMESTAMP): Promise<Uint8Array> {
  return zipDeterministically(unzipSync(packed), created);
}

/**
 * Zips a package's parts with a fixed time and a fixed entry order; core.xml's created and modified
 * dates become `created` (the plan's date), so the same plan gives the same bytes.
 */
export function zipDeterministically(entries: Record<string, Uint8Array>, created: string = FIXED_TIMESTAMP): Promise<Uint8Array> {
  const core = entries[CORE_PROPERTIES];
  if (core !== undefined) {
    entries[CORE_PROPERTIES] = strToU8(strFromU8(core).replace(CORE_DATES, `$1${created}$2`));
  }
  const zip = new yazl.ZipFile();
  const mtime = fixedZipTime();
  for (const name of orderEntries(Object.keys(entries))) {
    const data = entries[name];
    if (data !== undefined) zip.addBuffer(Buffer.from(data.buffer, data.byteOffset, data.byteLength), name, { mtime, compress: true, forceDosTimestamp: true });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
  });
}
