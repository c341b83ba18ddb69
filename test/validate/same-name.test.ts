import { describe, expect, it } from 'vitest';
import { sameNameKey } from '../../src/validate/rules/same-name.js';

describe('sameNameKey', () => {
  it("lower-cases as toLocaleLowerCase('vi') does, for every character and beside a final sigma", () => {
    // In runs of 512 characters, each beside a capital sigma (final or not, as the context says).
    const differ: number[] = [];
    for (let from = 0; from < 0x110000; from += 512) {
      let s = '';
      for (let c = from; c < from + 512; c++) if (c < 0xd800 || c > 0xdfff) s += `A${String.fromCodePoint(c)}Σ `;
      if (s.toLocaleLowerCase('vi') !== s.toLowerCase()) differ.push(from);
    }
    expect(differ).toEqual([]);
  });

  it('ignores case, spacing, a trailing stop and notes in brackets', () => {
    expect(sameNameKey('  UBND  Tỉnh (b/c).')).toBe(sameNameKey('ubnd tỉnh'));
    expect(sameNameKey('Sở Tư pháp;')).toBe('sở tư pháp');
  });
});
