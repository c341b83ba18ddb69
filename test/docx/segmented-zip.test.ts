// The zip deflates document.xml in segments and keeps each one (issue 12). The entry must still
// inflate to the whole text, carry the whole text's CRC, and its bytes must not depend on what the
// cache happened to hold: a part zipped after other documents equals the same part zipped first.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipDeterministically } from '../../src/docx/deterministic-zip.js';
import { segmentPieces } from '../../src/docx/write-docx.js';

/** Pieces shaped like a body's: paragraphs of varied length, Vietnamese text. */
function pieces(seed: number, count: number): string[] {
  let x = seed >>> 0;
  // mulberry32
  const next = () => {
    x = (x + 0x6d2b79f5) >>> 0;
    let t = Math.imul(x ^ (x >>> 15), 1 | x);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
  const words = ['nâng', 'cao', 'chỉ', 'số', 'cải', 'cách', 'hành', 'chính', 'PAR', 'INDEX', 'năm', '2025', 'Sở', 'UBND'];
  const sentence = () => Array.from({ length: 3 + (next() % 60) }, () => words[next() % words.length]).join(' ');
  return Array.from({ length: count }, (_, i) => `<w:p><w:r><w:t>Đoạn ${i}: ${sentence()}</w:t></w:r></w:p>`);
}

/** The compressed bytes of one entry, read from its local header (fflate writes a data descriptor). */
function entryCrc(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end -= 1;
  let offset = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    const nameLength = view.getUint16(offset + 28, true);
    const entry = new TextDecoder().decode(zip.subarray(offset + 46, offset + 46 + nameLength));
    if (entry === name) return view.getUint32(offset + 16, true);
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  throw new Error(`no ${name}`);
}

describe('segmented deflate', () => {
  it('cuts where the pieces say, so a piece that changes length changes only its own run', () => {
    const body = pieces(7, 200);
    const segments = segmentPieces(body);
    expect(segments.length).toBeGreaterThan(5);
    expect(segments.flat().join('')).toBe(body.join(''));
    const changed = segmentPieces([`${body[0]}<w:p><w:r><w:t>Sở Thử nghiệm số 1234</w:t></w:r></w:p>`, ...body.slice(1)]);
    expect(changed.length).toBe(segments.length);
    expect(changed.slice(1)).toEqual(segments.slice(1));
  });

  it('inflates to the whole text with its CRC, and gives the same bytes whatever was zipped before', () => {
    const text = pieces(11, 300);
    const whole = text.join('');
    const segments = segmentPieces(text);
    const first = zipDeterministically({ 'word/document.xml': segments, 'docProps/core.xml': '<x/>' });
    // Other documents in between: some segments shared, others changed, the cache turned over.
    for (let seed = 1; seed < 40; seed++) zipDeterministically({ 'word/document.xml': segmentPieces([...pieces(seed, 60), ...text.slice(100)]) });
    const again = zipDeterministically({ 'word/document.xml': segments, 'docProps/core.xml': '<x/>' });
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    const files = unzipSync(first);
    expect(new TextDecoder().decode(files['word/document.xml'])).toBe(whole);
    expect(entryCrc(first, 'word/document.xml')).toBe(crc32(Buffer.from(whole)));
    // A document with only its first piece changed: the same text as a whole stream would give.
    const unit = segmentPieces(['<w:p>Sở khác</w:p>', ...text.slice(1)]);
    const unitText = unit.flat().join('');
    const unitZip = zipDeterministically({ 'word/document.xml': unit });
    expect(new TextDecoder().decode(unzipSync(unitZip)['word/document.xml'])).toBe(unitText);
  });

  it('deflates the run at freshFrom without the run before, so a changed header leaves its bytes alone', () => {
    const rest = pieces(5, 120);
    const header = (name: string) => `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>${name} ${'SỞ THỬ NGHIỆM '.repeat(20)}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`;
    const opening = '<?xml version="1.0"?><w:document><w:body>';
    const segments = segmentPieces([opening, header('Sở 1'), ...rest], 2);
    expect(segments[0]).toEqual([opening, header('Sở 1')]);
    expect(segments[1]?.[0]).toBe(rest[0]);
    expect(segments[1]?.fresh).toBe(true);
    expect(segments.filter((s) => s.fresh === true)).toHaveLength(1);
    /** The raw deflate stream of document.xml, after its local header. */
    const raw = (zip: Uint8Array) => {
      const view = new DataView(zip.buffer, zip.byteOffset);
      const start = 30 + view.getUint16(26, true);
      return zip.subarray(start, start + view.getUint32(18, true));
    };
    /** How many bytes two units' streams share at their end. */
    const sharedEnd = (freshFrom: number) => {
      const [a, b] = ['Sở Một', 'Sở Thử nghiệm số 1234'].map((name) => {
        const text = [opening, header(name), ...rest];
        const zip = zipDeterministically({ 'word/document.xml': segmentPieces(text, freshFrom) });
        expect(inflateRawSync(raw(zip)).toString()).toBe(text.join(''));
        return raw(zip);
      });
      let n = 0;
      while (n < a!.length && n < b!.length && a![a!.length - 1 - n] === b![b!.length - 1 - n]) n++;
      return { shared: n, length: a!.length };
    };
    const fresh = sharedEnd(2);
    const chained = sharedEnd(-1);
    // Everything after the header's run is the same bytes; chained, the run after it differs too.
    expect(fresh.shared).toBeGreaterThan(fresh.length * 0.9);
    expect(chained.shared).toBeLessThan(fresh.shared);
  });

  it('is read by zlib and by Python as well as fflate', () => {
    const text = pieces(3, 250);
    const zip = zipDeterministically({ 'word/document.xml': segmentPieces(text) });
    const dir = mkdtempSync(path.join(tmpdir(), 'parplan-segments-'));
    const file = path.join(dir, 'a.zip');
    writeFileSync(file, zip);
    const read = execFileSync('python3', ['-c', 'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; sys.stdout.write(z.read("word/document.xml").decode())', file], { encoding: 'utf8' });
    expect(read).toBe(text.join(''));
    // The raw stream alone (local header 30 bytes + name): zlib inflates it to the end mark.
    const nameLength = new DataView(zip.buffer, zip.byteOffset).getUint16(26, true);
    const raw = zip.subarray(30 + nameLength);
    expect(inflateRawSync(raw).toString()).toBe(text.join(''));
  });
});
