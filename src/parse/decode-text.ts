// Bytes of a plan file → text. Plans come from Notepad on Windows (UTF-8 with a BOM, CRLF), from
// old documents (decomposed Unicode, or the legacy Vietnamese encodings TCVN3/ABC, VNI and
// Windows-1258), and now and then from a wrong file picked in a hurry (a .docx, a scan).
import type { Diagnostic } from '../diagnostics/diagnostic.js';
export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; problem: 'encoding'; encoding: string }
  | { ok: false; problem: 'binary'; kind: string };

/** The diagnostic of bytes that are not a plan's text: PP014 binary data, PP002 not UTF-8. */
export function decodeProblem(file: string, failure: Extract<DecodeResult, { ok: false }>): Diagnostic {
  const base = { severity: 'error' as const, file, line: 0, column: 0, path: '' };
  return failure.problem === 'binary' ? { ...base, code: 'PP014', args: { kind: failure.kind } } : { ...base, code: 'PP002', args: { encoding: failure.encoding } };
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
];

const UTF8 = new TextDecoder('utf-8', { fatal: true });

export function decodePlanBytes(bytes: Uint8Array): DecodeResult {
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
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return { ok: false, problem: 'encoding', encoding: guessLegacyEncoding(bytes) };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Text pasted from old documents is often decomposed (e + combining marks): one form everywhere.
  return { ok: true, text: DECOMPOSED.test(text) ? text.normalize('NFC') : text };
}

/** Combining marks (what decomposed Vietnamese is made of) and Hangul jamo: without any, the text is
 * already NFC, and normalizing a plan costs more than this test. */
const DECOMPOSED = /[\u0300-\u036f\u1100-\u11ff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;

function countZeros(head: Uint8Array): number {
  let zeros = 0;
  for (const b of head) if (b === 0) zeros++;
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
