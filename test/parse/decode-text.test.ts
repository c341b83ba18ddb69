import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { decodePlanBytes, guessLegacyEncoding } from '../../src/parse/decode-text.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const SAMPLE = 'ho_ten: Phạm Bình Minh\nco_quan: Sở Tài nguyên và Môi trường, kế hoạch cải cách hành chính\n';

describe('decodePlanBytes', () => {
  it('drops a BOM and composes decomposed Vietnamese (NFC)', () => {
    const decomposed = 'Ngu\u00ea\u0303n'.normalize('NFD');
    expect(decodePlanBytes(utf8(`\ufeffa: ${decomposed}`))).toEqual({ ok: true, text: `a: ${decomposed.normalize('NFC')}` });
  });

  it('recognises UTF-16 with or without a BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from('a: b\n', 'utf16le')]);
    const be = new Uint8Array(Buffer.from('a: b\nc: d\n', 'utf16le').swap16());
    expect(decodePlanBytes(le)).toEqual({ ok: false, problem: 'encoding', encoding: 'UTF-16' });
    expect(decodePlanBytes(be)).toEqual({ ok: false, problem: 'encoding', encoding: 'UTF-16' });
  });

  it('names the wrong file a clerk picked', () => {
    expect(decodePlanBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toMatchObject({ problem: 'binary', kind: 'Word .docx / ZIP' });
    expect(decodePlanBytes(utf8('%PDF-1.7\n'))).toMatchObject({ problem: 'binary', kind: 'PDF' });
    expect(decodePlanBytes(new Uint8Array(200).fill(7).map((b, i) => (i % 5 ? b : 0)))).toMatchObject({ problem: 'binary', kind: 'binary' });
  });

  it('keeps a text with one stray NUL as text (the YAML reader reports it at its line)', () => {
    const text = `${'a: b\n'.repeat(40)}c: d\u0000e\n`;
    expect(decodePlanBytes(utf8(text))).toEqual({ ok: true, text });
  });

  it('tells Windows-1258 from TCVN3 (ABC)', () => {
    const encode = (to: string) => new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', to], { input: SAMPLE }));
    expect(decodePlanBytes(encode('CP1258'))).toEqual({ ok: false, problem: 'encoding', encoding: 'Windows-1258' });
    expect(decodePlanBytes(encode('TCVN'))).toEqual({ ok: false, problem: 'encoding', encoding: 'TCVN3' });
    expect(guessLegacyEncoding(new Uint8Array([0x61, 0x80, 0x81, 0x82]))).toBe('TCVN3 (ABC) / VNI');
  });
});
