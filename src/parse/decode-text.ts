// Bytes of a plan file → text. Plans come from Notepad on Windows (UTF-8 with a BOM, CRLF)
// and from old documents (decomposed Unicode, or legacy Vietnamese encodings).
export type DecodeResult = { ok: true; text: string } | { ok: false; encoding: string; hint: string; hintEn: string };

const TO_UTF8_HINT =
  'Mở tệp bằng Notepad, chọn File > Save As, Encoding: UTF-8; văn bản cũ mã TCVN3 (ABC) hoặc VNI: chuyển sang Unicode bằng Unikey (Công cụ chuyển mã) trước.';
const TO_UTF8_HINT_EN =
  'Open it in Notepad, File > Save As, Encoding: UTF-8; legacy TCVN3 (ABC) or VNI text: convert it to Unicode first (Unikey\'s converter).';

export function decodePlanBytes(bytes: Uint8Array): DecodeResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, encoding: 'UTF-16', hint: TO_UTF8_HINT, hintEn: TO_UTF8_HINT_EN };
  }
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) {
    return { ok: false, encoding: looksUtf16(head) ? 'UTF-16' : 'binary', hint: TO_UTF8_HINT, hintEn: TO_UTF8_HINT_EN };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, encoding: guessLegacyEncoding(bytes), hint: TO_UTF8_HINT, hintEn: TO_UTF8_HINT_EN };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Text pasted from old documents is often decomposed (e + combining marks): one form everywhere.
  return { ok: true, text: text.normalize('NFC') };
}

function looksUtf16(head: Uint8Array): boolean {
  let zeros = 0;
  for (let i = 1; i < head.length; i += 2) if (head[i] === 0) zeros++;
  return zeros > head.length / 4;
}

/** TCVN3 (ABC) puts Vietnamese letters in 0xA1–0xFF with no UTF-8 structure; Windows-1258 uses
 * combining tone marks at 0xCC, 0xD2, 0xDE, 0xEC, 0xF2. A guess for the message, not a decoder. */
function guessLegacyEncoding(bytes: Uint8Array): string {
  let cp1258Tones = 0;
  let high = 0;
  for (const b of bytes) {
    if (b >= 0x80) high++;
    if (b === 0xcc || b === 0xd2 || b === 0xde || b === 0xec || b === 0xf2) cp1258Tones++;
  }
  if (high === 0) return 'unknown';
  return cp1258Tones / high > 0.3 ? 'Windows-1258' : 'TCVN3 (ABC) / VNI / Windows-1258';
}
