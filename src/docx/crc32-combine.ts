// CRC-32 of two byte strings one after the other, from their own CRCs and the second's length:
// zlib's crc32_combine (crc32.c, the multiply-modulo-p form of zlib 1.2.12), which Node does not
// expose. The zip's document.xml entry is made of segments kept between documents; their CRCs are
// combined instead of running over all the bytes again (0.4 ms of a warm render, issue 12).

/** The CRC-32 polynomial, reflected. */
const POLY = 0xedb88320;

/** a(x)·b(x) modulo p(x), in the reflected bit order the CRC uses. */
function multiplyModP(a: number, b: number): number {
  let m = 0x80000000;
  let product = 0;
  for (;;) {
    if (a & m) {
      product ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    m >>>= 1;
    b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1;
  }
  return product >>> 0;
}

/** X2N[k] = x^(2^k) modulo p(x). */
const X2N = new Uint32Array(32);
{
  let p = 0x40000000; // x^1
  X2N[0] = p;
  for (let n = 1; n < 32; n++) X2N[n] = p = multiplyModP(p, p);
}

/** x^(8·length) modulo p(x): what a CRC is multiplied by to move it past `length` bytes. */
export function crc32Shift(length: number): number {
  let p = 0x80000000; // x^0
  let k = 3;
  for (let n = length; n > 0; n = Math.floor(n / 2), k++) if (n % 2 === 1) p = multiplyModP(X2N[k & 31]!, p);
  return p;
}

/** The CRC-32 of A followed by B, from crc(A), crc(B) and crc32Shift(length of B). */
export function crc32Combine(crcA: number, crcB: number, shiftB: number): number {
  return (multiplyModP(shiftB, crcA) ^ crcB) >>> 0;
}
