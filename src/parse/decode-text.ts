// Bytes of a plan file → text. Plans come from Notepad on Windows (UTF-8 with a BOM, CRLF), from
// old documents (decomposed Unicode, or the legacy Vietnamese encodings TCVN3/ABC, VNI and
// Windows-1258), and now and then from a wrong file picked in a hurry (a .docx, a scan).
import { isUtf8, transcode } from 'node:buffer';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; problem: 'encoding'; encoding: string }
  /** UTF-8 text with a few bytes that are not (issue 9): where the first one is, not a legacy encoding. */
  | { ok: false; problem: 'damaged'; line: number; column: number; byte: string }
  | { ok: false; problem: 'binary'; kind: string };

/** The diagnostic of bytes that are not a plan's text: PP014 binary data, PP002 not UTF-8. */
export function decodeProblem(file: string, failure: Extract<DecodeResult, { ok: false }>): Diagnostic {
  const base = { severity: 'error' as const, file, line: 0, column: 0, path: '' };
  if (failure.problem === 'binary') return { ...base, code: 'PP014', args: { kind: failure.kind } };
  if (failure.problem === 'damaged') return { ...base, code: 'PP002', line: failure.line, column: failure.column, args: { encoding: 'UTF-8', byte: failure.byte } };
  return { ...base, code: 'PP002', args: { encoding: failure.encoding } };
}

/** Magic numbers of the wrong files a clerk is likely to pick. */
const SIGNATURES: { bytes: number[]; kind: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'Word .docx / ZIP' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'Word .doc / Excel .xls' },
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'PDF' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'PNG' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'JPEG' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'GIF' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: 'ELF' },
  { bytes: [0x4d, 0x5a], kind: 'EXE' },
  { bytes: [0x1f, 0x8b], kind: 'gzip' },
  { bytes: [0x42, 0x5a, 0x68], kind: 'bzip2' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], kind: '7z' },
  { bytes: [0x52, 0x61, 0x72, 0x21], kind: 'RAR' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a], kind: 'xz' },
];

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes already checked as UTF-8 (isUtf8, as strict as a fatal TextDecoder) → their text. V8 builds a
 * string from Vietnamese UTF-8 at ~140 MB/s (250 µs for the largest example, 7% of validating it);
 * ICU's conversion to UTF-16, whose bytes then become the string as they are, takes ~45 µs. A Node
 * built without ICU has no transcode: the decoder then.
 */
function utf8Text(bytes: Uint8Array): string {
  let text: string;
  try {
    text = transcode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'utf8', 'utf16le').toString('utf16le');
  } catch {
    return UTF8.decode(bytes);
  }
  // As the decoder does: a leading BOM is not text.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function decodePlanBytes(bytes: Uint8Array): DecodeResult {
  if (looksUtf32(bytes)) return { ok: false, problem: 'encoding', encoding: 'UTF-32' };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { ok: false, problem: 'encoding', encoding: 'UTF-16' };
  const signature = SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b));
  if (signature) return { ok: false, problem: 'binary', kind: signature.kind };
  const head = bytes.subarray(0, 8192);
  const zeros = countZeros(head);
  if (zeros > 0) {
    if (looksUtf16(head)) return { ok: false, problem: 'encoding', encoding: 'UTF-16' };
    // A stray NUL in a text file is reported at its line by the YAML reader (PP010); many are a binary file.
    if (zeros > head.length / 100) return { ok: false, problem: 'binary', kind: 'binary' };
  }
  if (!isUtf8(bytes)) {
    const damaged = findInvalidUtf8(bytes);
    if (damaged) return { ok: false, problem: 'damaged', ...damaged };
    return { ok: false, problem: 'encoding', encoding: guessLegacyEncoding(bytes) };
  }
  let text = utf8Text(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // A lone CR is a line break in YAML 1.2 (old Mac editors, some exports); the yaml library reads
  // it as part of the line, so a whole CR-only file was one line and seemed empty (issue 9). One
  // character for one: offsets, lines and columns stay those of the file.
  if (text.includes('\r') && LONE_CR.test(text)) text = text.replace(LONE_CR_ALL, '\n');
  // Text pasted from old documents is often decomposed (e + combining marks): one form everywhere.
  return { ok: true, text: DECOMPOSED.test(text) ? text.normalize('NFC') : text };
}

const LONE_CR = /\r(?!\n)/;
const LONE_CR_ALL = /\r(?!\n)/g;

/** Combining marks (what decomposed Vietnamese is made of) and Hangul jamo: without any, the text is
 * already NFC, and normalizing a plan costs more than this test. */
const DECOMPOSED = /[\u0300-\u036f\u1100-\u11ff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;

/** UTF-32 (with a BOM, or ASCII text with three zero bytes in every four): not UTF-16. */
function looksUtf32(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)) return true;
  const n = Math.min(bytes.length, 4096) & ~3;
  if (n < 8) return false;
  let le = 0;
  let be = 0;
  for (let i = 0; i < n; i += 4) {
    if (bytes[i + 1] === 0 && bytes[i + 2] === 0 && bytes[i + 3] === 0 && bytes[i] !== 0) le++;
    if (bytes[i] === 0 && bytes[i + 1] === 0 && bytes[i + 2] === 0 && bytes[i + 3] !== 0) be++;
  }
  return Math.max(le, be) > (n / 4) * 0.9;
}

/**
 * The first byte that breaks UTF-8, when the file is otherwise UTF-8 (it holds well-formed multibyte
 * sequences, and at most a few broken ones): its line and column (in characters). A legacy encoding
 * (TCVN3, VNI, Windows-1258) has no well-formed sequences, or almost none: undefined then.
 */
export function findInvalidUtf8(bytes: Uint8Array): { line: number; column: number; byte: string } | undefined {
  let good = 0;
  let bad = 0;
  let first = -1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok && UTF8_STRICT(bytes.subarray(i, i + length))) {
      good++;
      i += length;
    } else {
      bad++;
      if (first < 0) first = i;
      i++;
    }
  }
  if (first < 0 || good === 0 || bad > good / 4) return undefined;
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, first));
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  const line = (before.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
  return { line, column: [...before.slice(lineStart)].length + 1, byte: `0x${bytes[first]!.toString(16).toUpperCase().padStart(2, '0')}` };
}

function UTF8_STRICT(sequence: Uint8Array): boolean {
  try {
    UTF8.decode(sequence);
    return true;
  } catch {
    return false;
  }
}

function countZeros(head: Uint8Array): number {
  let zeros = 0;
  for (let i = head.indexOf(0); i >= 0; i = head.indexOf(0, i + 1)) zeros++;
  return zeros;
}

/** UTF-16 without a BOM: every other byte of ASCII text is zero. */
function looksUtf16(head: Uint8Array): boolean {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0) i % 2 === 0 ? even++ : odd++;
  return Math.max(even, odd) > head.length / 4;
}

const CP1258_TONE_MARKS = new Set([0xcc, 0xec, 0xd2, 0xde, 0xf2]);

/** Windows-1258 writes a tone as a combining byte (0xCC grave, 0xEC acute, 0xD2 tilde, 0xDE hook,
 * 0xF2 dot) right after a letter; TCVN3 (ABC) has a precomposed byte per letter in 0xA1–0xFE.
 * A guess for the message (which tool converts it), not a decoder. */
export function guessLegacyEncoding(bytes: Uint8Array): string {
  let high = 0;
  let marks = 0;
  let tcvnRange = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    high++;
    if (b >= 0xa1 && b <= 0xfe) tcvnRange++;
    const prev = bytes[i - 1] ?? 0;
    if (CP1258_TONE_MARKS.has(b) && (isAsciiLetter(prev) || prev >= 0xc0)) marks++;
  }
  if (high === 0) return 'TCVN3 (ABC) / VNI';
  if (marks / high > 0.25) return 'Windows-1258';
  // TCVN3 (ABC) proper has only lower-case letters up there (capitals come from a second font); the
  // full TCVN 5712 table (iconv's TCVN) puts a few capitals lower: most, not all, high bytes qualify.
  if (tcvnRange / high > 0.8) return 'TCVN3';
  return 'TCVN3 (ABC) / VNI';
}

function isAsciiLetter(b: number): boolean {
  return (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
}
