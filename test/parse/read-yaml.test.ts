import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/parse/read-yaml.js';
import { findDeepFlow, findControlCharacters } from '../../src/parse/scan-text.js';

const codes = (text: string) => parseYaml(text, 'f.yaml').diagnostics.map((d) => `${d.code} ${d.line}:${d.column}${d.path ? ` ${d.path}` : ''}`);

describe('parseYaml', () => {
  it('reads a map and locates values, keys, missing nodes (at their parent) and characters inside strings', () => {
    const text = 'a:\n  b: "x y"\n  c: plain text here\n  d: >\n    folded line\n    goes on\nl:\n  - first\n';
    const { data, diagnostics, locate } = parseYaml(text, 'f.yaml');
    expect(diagnostics).toEqual([]);
    expect(data).toEqual({ a: { b: 'x y', c: 'plain text here', d: 'folded line goes on\n' }, l: ['first'] });
    expect(locate('/a/b')).toEqual({ line: 2, column: 6 });
    expect(locate('/a/b', 'key')).toEqual({ line: 2, column: 3 });
    expect(locate('/a/missing')).toEqual({ line: 2, column: 3 });
    expect(locate('/l/0')).toEqual({ line: 8, column: 5 });
    expect(locate('/a/b', 'value', 2)).toEqual({ line: 2, column: 9 });
    expect(locate('/a/c', 'value', 6)).toEqual({ line: 3, column: 12 });
    expect(locate('/a/d', 'value', 12)).toEqual({ line: 6, column: 5 });
  });

  it('counts lines the same with CRLF line ends', () => {
    expect(parseYaml('a: 1\r\nb: [\r\n', 'f.yaml').diagnostics[0]).toMatchObject({ code: 'PP004', line: 2, column: 4 });
  });

  it('names the space left out after a colon or a dash (PP020), with the corrected line', () => {
    const at = (text: string) => parseYaml(text, 'f.yaml').diagnostics.map((d) => `${d.code} ${d.line}:${d.column} ${String(d.args.what)} ${String(d.args.fix)}`);
    expect(at('so: 60\nngay_ban_hanh:"2022-07"\n')).toEqual(['PP020 2:14 colon ngay_ban_hanh: "2022-07"']);
    expect(at('co_quan_ban_hanh:\n  ten: SỞ TƯ PHÁP\n  ten_day_du:Sở Tư pháp\n')).toEqual(['PP020 3:13 colon ten_day_du: Sở Tư pháp']);
    expect(at('noi_nhan:\n  danh_sach:\n    - Sở Nội vụ\n    -"Lưu: VT, VP"\n')).toEqual(['PP020 4:5 dash - "Lưu: VT, VP"']);
    expect(at('so: 60\nngay_ban_hanh： "2022-07"\n')).toEqual(['PP020 2:14 fullwidth ngay_ban_hanh: "2022-07"']);
    // A colon inside text that YAML reads well is no problem; a URL is never taken for a field.
    expect(at('a: "x:y"\nb:\n  - ten:x\n')).toEqual([]);
  });

  it('points at a "[" or "{" never closed, not at the next line as uneven indentation', () => {
    const text = 'co_quan_ban_hanh:\n  ten: [SỞ TƯ PHÁP, TỈNH LÀO CAI\n  viet_tat: STP\n';
    expect(parseYaml(text, 'f.yaml').diagnostics).toMatchObject([{ code: 'PP004', line: 2, column: 8, args: { problem: 'UNCLOSED_FLOW_SEQ' } }]);
    // A bracket inside, which YAML reads as text starting with "[" (PP016, quote it): said once, there.
    const nested = parseYaml('co_quan_ban_hanh:\n  ten: [SỞ TƯ PHÁP, [TỈNH] LÀO CAI\n  viet_tat: STP\n', 'f.yaml').diagnostics;
    expect(nested.map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual(['PP016 2:8']);
    expect(parseYaml('nguoi_ky: {ho_ten: Nguyễn Văn A\nnoi_nhan: []\n', 'f.yaml').diagnostics).toMatchObject([{ code: 'PP004', line: 1, column: 11, args: { problem: 'UNCLOSED_FLOW_MAP' } }]);
    // A quote never closed: at the quote that opened it, not after the file's last line.
    expect(parseYaml('ten: hong\nmo_ta: "chưa đóng\ncap: so\n', 'f.yaml').diagnostics).toMatchObject([{ code: 'PP004', line: 2, column: 8, args: { problem: 'UNCLOSED_DOUBLE_QUOTE' } }]);
    // An escaped quote does not close the text; each line's open quote is said, where it opens.
    expect(parseYaml('a: "x \\" y\nb: "z\n', 'f.yaml').diagnostics.map((d) => `${d.code} ${d.line}:${d.column} ${d.args.problem}`)).toEqual([
      'PP004 1:4 UNCLOSED_DOUBLE_QUOTE',
      'PP004 2:4 UNCLOSED_DOUBLE_QUOTE',
    ]);
    expect(parseYaml("a: 'Sở''s\nb: y\n", 'f.yaml').diagnostics).toMatchObject([{ code: 'PP004', line: 1, column: 4, args: { problem: 'UNCLOSED_SINGLE_QUOTE' } }]);
    expect(parseYaml('noi_nhan:\n  - "Sở Nội vụ\n  - Lưu\n', 'f.yaml').diagnostics).toMatchObject([{ code: 'PP004', line: 2, column: 5, args: { problem: 'UNCLOSED_DOUBLE_QUOTE' } }]);
    // Uneven indentation proper keeps its own words.
    expect(parseYaml('a:\n  b: 1\n c: 2\n', 'f.yaml').diagnostics).toMatchObject([{ code: 'PP004', args: { problem: 'BAD_INDENT' } }]);
  });

  it('names a duplicate key, a reserved key, and the second document', () => {
    expect(parseYaml('a: 1\n"b": 2\nb: 3\n', 'f.yaml').diagnostics[0]).toMatchObject({ code: 'PP005', line: 3, args: { key: 'b' } });
    expect(codes('a:\n  constructor: 1\n')).toEqual(['PP013 2:3 /a/constructor']);
    expect(codes('a: 1\n---\nb: 2\n')).toEqual(['PP007 2:1']);
  });

  it('stops an alias bomb and points at an alias to nowhere', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefg'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefg'[i]}`).join(', ')}]`)].join('\n');
    expect(codes(bomb)).toEqual(['PP011 2:8']);
    expect(codes('a: 1\nb: *nowhere\n')).toEqual(['PP004 2:4']);
  });

  it('reports control characters where they are, raw or escaped, once per value', () => {
    expect(codes('a: x\u0000y\u0000z\nb: "ok"\n')).toEqual(['PP010 1:5 /a', 'PP010 1:7 /a']);
    expect(codes('a:\n  b: "x\\ey"\n')).toEqual(['PP010 2:8 /a/b']);
    expect(codes('a: x # \u0007\n')).toEqual(['PP010 1:8']);
  });

  it('refuses deep nesting before the YAML library sees it', () => {
    expect(codes(`a: ${'['.repeat(100_000)}`)).toEqual(['PP009 1:68']);
    expect(findDeepFlow('t: "a[1] b{2}" ' + '['.repeat(70), 64)).toBe(15 + 64);
    expect(findDeepFlow('t: x[[[[[[[[[[[', 3)).toBeUndefined();
    expect(findControlCharacters('a\u0001b\u0085', 5)).toEqual([1, 3]);
  });
});
