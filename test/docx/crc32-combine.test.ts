import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32Combine, crc32Shift } from '../../src/docx/crc32-combine.js';

describe('crc32Combine', () => {
  it("equals zlib's CRC of the joined bytes, for lengths from 0 to past 64 KiB", () => {
    let seed = 1;
    const bytes = (n: number) => Uint8Array.from({ length: n }, () => (seed = (seed * 48271) % 2147483647) & 255);
    for (const [a, b] of [[0, 0], [1, 0], [0, 1], [3, 5], [100, 1], [4096, 7], [1, 65537], [33333, 70000], [12, 255], [9, 256]] as const) {
      const x = bytes(a);
      const y = bytes(b);
      const joined = new Uint8Array(a + b);
      joined.set(x);
      joined.set(y, a);
      expect(crc32Combine(crc32(x), crc32(y), crc32Shift(b))).toBe(crc32(joined));
    }
  });

  it('chains over many pieces as one CRC over all of them', () => {
    const pieces = Array.from({ length: 50 }, (_, i) => Buffer.from(`<w:p>Đoạn ${i} ${'x'.repeat(i * 37)}</w:p>`));
    let crc = 0;
    for (const piece of pieces) crc = crc32Combine(crc, crc32(piece), crc32Shift(piece.length));
    expect(crc).toBe(crc32(Buffer.concat(pieces)));
  });
});
