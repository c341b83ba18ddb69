// The same model must give the same bytes. docx stamps docProps/core.xml with the time of the call
// and its zip entries with the time of packing; this re-zips the package once with a fixed time,
// fixed dates in core.xml and entries in a fixed order.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
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

export function rezipDeterministically(packed: Uint8Array): Uint8Array {
  const entries = unzipSync(packed);
  const core = entries[CORE_PROPERTIES];
  if (core !== undefined) {
    entries[CORE_PROPERTIES] = strToU8(strFromU8(core).replace(CORE_DATES, `$1${FIXED_TIMESTAMP}$2`));
  }
  const ordered: Zippable = {};
  for (const name of orderEntries(Object.keys(entries))) {
    const data = entries[name];
    if (data !== undefined) ordered[name] = data;
  }
  return zipSync(ordered, { level: 6, mtime: fixedZipTime() });
}
