// The container: bad inputs become typed errors (PP5xx) and nothing throws.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { LIMITS, readDocx } from '../../src/docx-read/index.js';
import { makeDocx, p, r } from './make-docx.js';

const codes = async (bytes: Uint8Array, limits = LIMITS) => (await readDocx(bytes, { file: 'x.docx', limits })).diagnostics.map((d) => `${d.code}:${d.severity}`);

/** An OLE compound file header followed by stream names in UTF-16, enough for the sniffing. */
function ole(...streams: string[]): Uint8Array {
  const head = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
  return new Uint8Array(Buffer.concat([head, ...streams.map((s) => Buffer.from(s, 'utf16le'))]));
}

describe('readDocx: what the file is', () => {
  it('reads a minimal document', async () => {
    const result = await readDocx(makeDocx({ body: p(r('Xin chào')) }), { file: 'x.docx' });
    expect(result.diagnostics).toEqual([]);
    expect(result.document?.body).toHaveLength(1);
  });

  it('not a zip: PP501 with what it looks like', async () => {
    const r1 = await readDocx(strToU8('%PDF-1.7 ...'), { file: 'a.docx' });
    expect(r1.document).toBeUndefined();
    expect(r1.diagnostics).toMatchObject([{ code: 'PP501', severity: 'error', file: 'a.docx', args: { looksLike: 'pdf' } }]);
    expect((await readDocx(strToU8('hello world'))).diagnostics[0]?.args).toEqual({ looksLike: 'text' });
    expect((await readDocx(new Uint8Array())).diagnostics[0]?.args).toEqual({ looksLike: 'empty' });
    expect((await readDocx(strToU8('<!DOCTYPE html><html></html>'))).diagnostics[0]?.args).toEqual({ looksLike: 'html' });
    expect(await codes(strToU8('PK\u0003\u0004 garbage that is not a zip'))).toEqual(['PP501:error']);
  });

  it('a .docx cut short (its beginning without the zip\'s end, as a stopped download) is PP512 saying so', async () => {
    const whole = makeDocx({ body: p(r('Xin chào '.repeat(400))) });
    for (const length of [64, Math.floor(whole.length / 2), whole.length - 10]) {
      const result = await readDocx(whole.subarray(0, length), { file: 'tai-ve.docx' });
      expect(result.document, String(length)).toBeUndefined();
      expect(result.diagnostics, String(length)).toMatchObject([{ code: 'PP512', severity: 'error', args: { why: 'cut-short' } }]);
    }
  });

  it('.doc and .rtf ask for conversion (PP502); an encrypted OOXML (OLE with EncryptedPackage) is PP504', async () => {
    expect((await readDocx(ole('WordDocument'))).diagnostics[0]).toMatchObject({ code: 'PP502', args: { format: 'doc' } });
    expect((await readDocx(strToU8('{\\rtf1\\ansi hello}'))).diagnostics[0]).toMatchObject({ code: 'PP502', args: { format: 'rtf' } });
    expect((await readDocx(ole('EncryptionInfo', 'EncryptedPackage'))).diagnostics[0]).toMatchObject({ code: 'PP504', args: { how: 'password' } });
    expect((await readDocx(ole('\u0006DataSpaces', 'DRMEncryptedDataSpace', 'EncryptedPackage'))).diagnostics[0]).toMatchObject({ code: 'PP504', args: { how: 'drm' } });
  });

  it('a zip without word/document.xml is PP503 (and says what it is); an .odt asks for conversion', async () => {
    const xlsx = zipSync({ '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'), 'xl/workbook.xml': strToU8('<workbook/>') });
    expect((await readDocx(xlsx)).diagnostics[0]).toMatchObject({ code: 'PP503', args: { kind: 'xlsx' } });
    const odt = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>') });
    expect((await readDocx(odt)).diagnostics[0]).toMatchObject({ code: 'PP502', args: { format: 'odt' } });
    expect((await readDocx(zipSync({ 'a.txt': strToU8('x') }))).diagnostics[0]).toMatchObject({ code: 'PP503', args: { kind: 'zip' } });
  });

  it('malformed XML is PP506 with the part, line and column', async () => {
    const bytes = makeDocx({ body: '', documentXml: '<?xml version="1.0"?>\n<w:document xmlns:w="x">\n<w:body><w:p></w:body></w:document>' });
    const result = await readDocx(bytes);
    expect(result.document).toBeUndefined();
    expect(result.diagnostics[0]).toMatchObject({ code: 'PP506', severity: 'error', args: { part: 'word/document.xml', line: 3 } });
  });

  it('refuses a file, an entry or a total over the bounds, and a zip bomb ratio (PP505)', async () => {
    const big = makeDocx({ body: p(r('a'.repeat(3000))) });
    expect(await codes(big, { ...LIMITS, fileBytes: 100 })).toEqual(['PP505:error']);
    expect(await codes(big, { ...LIMITS, entryBytes: 1000 })).toEqual(['PP505:error']);
    expect(await codes(big, { ...LIMITS, totalBytes: 2000 })).toEqual(['PP505:error']);
    // 4 MiB of one character compresses ~1000:1.
    const bomb = makeDocx({ body: p(r('a'.repeat(4 * 1024 * 1024))) });
    const result = await readDocx(bomb);
    expect(result.diagnostics[0]).toMatchObject({ code: 'PP505', args: { what: 'ratio', entry: 'word/document.xml' } });
  });

  it('an entry that inflates past its declared size is refused, not read to its end', async () => {
    const zip = Buffer.from(makeDocx({ body: p(r('a'.repeat(5000))) }));
    // Lower the declared uncompressed size of word/document.xml in the central directory and local header.
    const name = Buffer.from('word/document.xml');
    for (let at = zip.indexOf(name); at >= 0; at = zip.indexOf(name, at + 1)) {
      if (at >= 46 && zip.readUInt32LE(at - 46) === 0x02014b50) zip.writeUInt32LE(100, at - 46 + 24);
      if (at >= 30 && zip.readUInt32LE(at - 30) === 0x04034b50) zip.writeUInt32LE(100, at - 30 + 22);
    }
    const result = await readDocx(new Uint8Array(zip));
    expect(result.document).toBeUndefined();
    expect(['PP505', 'PP512']).toContain(result.diagnostics[0]?.code);
  });

  it('an encrypted zip entry is PP504', async () => {
    const zip = Buffer.from(makeDocx({ body: p(r('x')) }));
    const name = Buffer.from('word/document.xml');
    for (let at = zip.indexOf(name); at >= 0; at = zip.indexOf(name, at + 1)) {
      if (at >= 46 && zip.readUInt32LE(at - 46) === 0x02014b50) zip.writeUInt16LE(zip.readUInt16LE(at - 46 + 8) | 1, at - 46 + 8);
      if (at >= 30 && zip.readUInt32LE(at - 30) === 0x04034b50) zip.writeUInt16LE(zip.readUInt16LE(at - 30 + 6) | 1, at - 30 + 6);
    }
    expect((await readDocx(new Uint8Array(zip))).diagnostics[0]).toMatchObject({ code: 'PP504', args: { how: 'zip-encryption' } });
  });

  it('.docm: macros ignored (PP507 warning), the content read', async () => {
    const docm = makeDocx({
      body: p(r('Nội dung')),
      mainContentType: 'application/vnd.ms-word.document.macroEnabled.main+xml',
      extra: { 'word/vbaProject.bin': new Uint8Array([1, 2, 3]) },
    });
    const result = await readDocx(docm);
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([['PP507', 'warning']]);
    expect(result.document?.hasMacros).toBe(true);
  });

  it('reads UTF-16 parts, Strict OOXML namespaces and other prefixes the same', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?><x:document xmlns:x="http://purl.oclc.org/ooxml/wordprocessingml/main"><x:body><x:p><x:r><x:t>Chữ</x:t></x:r></x:p></x:body></x:document>`;
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
    const bytes = makeDocx({ body: '', extra: { 'word/document.xml': new Uint8Array(utf16) } });
    const result = await readDocx(bytes);
    expect(result.diagnostics).toEqual([]);
    expect(result.document?.body[0]).toMatchObject({ kind: 'paragraph', text: 'Chữ' });
  });

  it('a relationship to a missing part is a warning (PP511), not a failure', async () => {
    const bytes = makeDocx({ body: `${p(r('a'))}<w:sectPr><w:headerReference w:type="default" r:id="{header1.xml}"/></w:sectPr>`, headers: { 'header1.xml': p(r('h')) } });
    const zip = Buffer.from(bytes);
    // Rename the header part so the relationship points nowhere.
    const at = zip.indexOf(Buffer.from('word/header1.xml'));
    zip.write('word/headerX.xml', at);
    const at2 = zip.indexOf(Buffer.from('word/header1.xml'));
    zip.write('word/headerX.xml', at2);
    const result = await readDocx(new Uint8Array(zip));
    expect(result.document).toBeDefined();
    expect(result.diagnostics.map((d) => d.code)).toContain('PP511');
  });
});
