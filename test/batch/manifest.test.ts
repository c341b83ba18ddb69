// manifest.json and manifest.csv, from results built by hand: rows in input order, messages with
// their positions, and a CSV that Excel reads as UTF-8 (BOM) with RFC 4180 quoting.
import { describe, expect, it } from 'vitest';
import { manifestCsv, manifestJson, manifestRows } from '../../src/batch/manifest.js';
import type { JobResult } from '../../src/batch/run-batch.js';

function result(index: number, label: string, ok: boolean, extra: Partial<JobResult> = {}): JobResult {
  return {
    index,
    ok,
    diagnostics: [],
    job: { label, task: undefined, target: `/out/${label.toLowerCase()}.docx`, targetLabel: label, at: { file: 'u.yaml', line: index + 3, column: 5 }, notes: [], problems: [] },
    ...(ok ? { sha256: 'ab'.repeat(32) } : {}),
    ...extra,
  };
}

const results: JobResult[] = [
  result(0, 'Sở Y tế', true),
  result(1, 'Sở "Hai", Ba', false, {
    diagnostics: [
      { code: 'PP101', severity: 'error', file: 'u.yaml', line: 9, column: 7, path: '/don_vi/1/x', args: { key: 'x', suggestion: '' } },
      { code: 'PP100', severity: 'error', file: 'base.yaml', line: 2, column: 1, path: '/dia_danh', args: { field: 'dia_danh' } },
    ],
  }),
];
const name = (target: string) => target.replace('/out/', '');

describe('manifest rows', () => {
  it('follow the input, with status, messages (sorted by file and line) and sha256', () => {
    const rows = manifestRows(results, name, 'vi');
    expect(rows).toEqual([
      { unit: 'Sở Y tế', file: 'sở y tế.docx', status: 'ok', message: '', sha256: 'ab'.repeat(32) },
      {
        unit: 'Sở "Hai", Ba',
        file: 'sở "hai", ba.docx',
        status: 'error',
        message: "base.yaml:2:1 PP100 Thiếu trường bắt buộc 'dia_danh'.\nu.yaml:9:7 PP101 Trường không hợp lệ 'x'.",
        sha256: '',
      },
    ]);
  });

  it('carry the PDF and its pages only when PDFs were made', () => {
    const rows = manifestRows(results, name, 'en', new Map([[0, { file: 'so-y-te.pdf', pages: 7 }]]));
    expect(rows[0]).toMatchObject({ pdf: 'so-y-te.pdf', pages: 7 });
    expect(rows[1]).toMatchObject({ pdf: null, pages: null });
    expect(rows[1]!.message).toContain("Missing required field 'dia_danh'");
  });
});

describe('manifest.json', () => {
  it('names the source and counts', () => {
    const json = JSON.parse(manifestJson({ source: 'u.yaml', base: 'base.yaml' }, manifestRows(results, name, 'vi')));
    expect(json).toMatchObject({ source: 'u.yaml', base: 'base.yaml', ok: 1, failed: 1 });
    expect(json.items).toHaveLength(2);
  });
});

describe('manifest.csv', () => {
  const csv = manifestCsv(manifestRows(results, name, 'vi', new Map([[0, { file: 'so-y-te.pdf', pages: 7 }]])));
  it('starts with a UTF-8 byte order mark and ends records with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith('\r\n')).toBe(true);
  });
  it('quotes fields with commas, quotes and line breaks (RFC 4180), and nothing else', () => {
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('unit,file,status,message,sha256,pdf,pages');
    expect(lines[1]).toBe(`Sở Y tế,sở y tế.docx,ok,,${'ab'.repeat(32)},so-y-te.pdf,7`);
    expect(lines[2]).toBe(`"Sở ""Hai"", Ba","sở ""hai"", ba.docx",error,"base.yaml:2:1 PP100 Thiếu trường bắt buộc 'dia_danh'.\nu.yaml:9:7 PP101 Trường không hợp lệ 'x'.",,,`);
    expect(parseCsv(csv.slice(1))).toEqual([
      ['unit', 'file', 'status', 'message', 'sha256', 'pdf', 'pages'],
      ['Sở Y tế', 'sở y tế.docx', 'ok', '', 'ab'.repeat(32), 'so-y-te.pdf', '7'],
      ['Sở "Hai", Ba', 'sở "hai", ba.docx', 'error', "base.yaml:2:1 PP100 Thiếu trường bắt buộc 'dia_danh'.\nu.yaml:9:7 PP101 Trường không hợp lệ 'x'.", '', '', ''],
    ]);
  });
  it('has no PDF columns without PDFs', () => {
    expect(manifestCsv(manifestRows(results, name, 'vi')).slice(1).split('\r\n')[0]).toBe('unit,file,status,message,sha256');
  });
});

/** A strict RFC 4180 reader, to check the writer against. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}
