import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePlanBytes, guessLegacyEncoding } from '../../src/parse/decode-text.js';
import { PLANS_DIR } from '../support/render-plan.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const SAMPLE = 'ho_ten: Phạm Bình Minh\nco_quan: Sở Tài nguyên và Môi trường, kế hoạch cải cách hành chính\n';

describe('decodePlanBytes', () => {
  it('gives the text a fatal TextDecoder gives, or refuses what it refuses', () => {
    // decodePlanBytes checks with isUtf8 and converts with ICU (transcode); the decoder is the reference.
    const fatal = new TextDecoder('utf-8', { fatal: true });
    const reference = (bytes: Uint8Array): string | undefined => {
      try {
        return fatal.decode(bytes);
      } catch {
        return undefined;
      }
    };
    const cases: Uint8Array[] = [];
    for (const name of readdirSync(PLANS_DIR).filter((f) => f.endsWith('.yaml'))) cases.push(readFileSync(path.join(PLANS_DIR, name)));
    // Every plane: ASCII, Vietnamese, CJK, astral (a surrogate pair in the string); one BOM, two, none.
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const ranges = [[0x20, 0x7e], [0xc0, 0x1ef9], [0x4e00, 0x9fff], [0xe000, 0xfffd], [0x10000, 0x10ffff]];
    for (let n = 0; n < 300; n++) {
      const boms = n % 3 === 0 ? '\ufeff' : n % 3 === 1 ? '\ufeff\ufeff' : '';
      let text = '';
      for (let i = 0; i < 1 + (n % 40); i++) {
        const [lo, hi] = ranges[Math.floor(random() * ranges.length)]!;
        const cp = lo! + Math.floor(random() * (hi! - lo!));
        if (cp < 0xd800 || cp > 0xdfff) text += String.fromCodePoint(cp);
      }
      const bytes = utf8(`${boms}a: ${text}\n`);
      cases.push(bytes);
      // Damaged copies: a byte flipped, a sequence cut, a surrogate or an overlong form inserted.
      const flipped = bytes.slice();
      const at = Math.floor(random() * flipped.length);
      flipped[at] = flipped[at]! ^ (0x80 | Math.floor(random() * 0x40));
      cases.push(flipped, bytes.subarray(0, Math.max(1, bytes.length - 1 - (n % 3))));
      cases.push(new Uint8Array([...utf8('a: '), ...[[0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf4, 0x90, 0x80, 0x80], [0xe0, 0x80, 0xaf]][n % 4]!]));
    }
    let texts = 0;
    for (const bytes of cases) {
      const expected = reference(bytes);
      const got = decodePlanBytes(bytes);
      if (expected === undefined) {
        expect(got.ok).toBe(false);
      } else if (got.ok) {
        texts++;
        // What decodePlanBytes does after decoding: a second BOM dropped, lone CRs, NFC.
        const after = (expected.charCodeAt(0) === 0xfeff ? expected.slice(1) : expected).replace(/\r(?!\n)/g, '\n');
        const decomposed = /[\u0300-\u036f\u1100-\u11ff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/.test(after);
        expect(got.text).toBe(decomposed ? after.normalize('NFC') : after);
      }
    }
    expect(texts).toBeGreaterThan(300);
  });

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
