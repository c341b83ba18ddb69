// What the plan says appears exactly as written: no character of a plan's text changes the
// document's structure or vanishes; only **bold** and *italic* format.
import { mkdtempSync, mkdirSync, writeFileSync, cpSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatMessage } from '../../src/diagnostics/messages.js';
import { describe, expect, it } from 'vitest';
import { loadPlanBytes, loadPlanText } from '../../src/pipeline/load-plan.js';
import { planToModel } from '../../src/pipeline/render-plan.js';
import { DEFAULT_TEMPLATE_DIR } from '../../src/render/templates.js';
import type { Block, DocumentModel } from '../../src/model/document.js';

const base = `
co_quan_ban_hanh: { ten: SỞ NỘI VỤ, viet_tat: SNV }
dia_danh: Lào Cai
ngay_ban_hanh: 2024-03-05
trich_yeu: Cải thiện Chỉ số PAR INDEX năm 2024
noi_nhan: { danh_sach: [Sở Tư pháp, "Lưu: VT, VP"] }
nguoi_ky: { chuc_vu: GIÁM ĐỐC, ho_ten: Nguyễn Văn An }
`;

function render(yaml: string | Uint8Array, templateDir?: string) {
  const loaded = typeof yaml === 'string' ? loadPlanText('plan.yaml', yaml) : loadPlanBytes('plan.yaml', yaml);
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return planToModel(loaded.plan!, 'plan.yaml', templateDir);
}

function paragraphs(model: DocumentModel): { role: string; runs: { text: string; bold?: boolean; italic?: boolean }[] }[] {
  return model.body.filter((b): b is Extract<Block, { kind: 'paragraph' }> => b.kind === 'paragraph');
}

describe('plan text reaches the document exactly', () => {
  const tricky = [
    'A & B < C > D "quoted" \'single\' `tick` = {{not.a.field}} {{{triple}}} &amp; &lt;b&gt;',
    '<b>not bold</b> <script>x</script> </p><h1>not a heading</h1>',
    '5 * 3 = 15 * 1; 2 ** 3; a lone * star; C:\\Users\\van-thu\\ke-hoach.yaml; # not a comment; 50%; 1/2; ./.',
    'Tab\there, trailing dot.',
    // Underscores are not markup (issue 9): only ** and * are.
    '__not bold__ and _not italic_ and ho_ten, __init__',
  ];
  const yaml = `${base}noi_dung:\n  - tieu_de: MỤC ĐÍCH\n    noi_dung:\n${tricky.map((t) => `      - ${JSON.stringify(t)}`).join('\n')}\n`;

  it('keeps every character, and no structure appears from it', () => {
    const result = render(yaml);
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    const body = paragraphs(result.model);
    expect(body.map((p) => p.role)).toEqual(['heading1', 'body', 'body', 'body', 'body', 'body']);
    const texts = body.slice(1).map((p) => p.runs.map((r) => r.text).join(''));
    expect(texts).toEqual(tricky);
    for (const p of body.slice(1)) for (const r of p.runs) expect(r.bold || r.italic).toBeFalsy();
  });

  it('turns only **bold** and *italic* into emphasis', () => {
    const result = render(`${base}noi_dung:\n  - tieu_de: X\n    noi_dung: ["Báo cáo **trước ngày 30/11/2024** và *theo mẫu*."]\n`);
    if (!result.ok) throw new Error('render failed');
    const p = paragraphs(result.model)[1]!;
    expect(p.runs).toEqual([
      { text: 'Báo cáo ' },
      { text: 'trước ngày 30/11/2024', bold: true },
      { text: ' và ' },
      { text: 'theo mẫu', italic: true },
      { text: '.' },
    ]);
  });

  it('accepts UTF-8 with a BOM, CRLF line ends, and decomposed Unicode (normalised to NFC)', () => {
    const decomposed = `${base}noi_dung:\n  - tieu_de: MỤC ĐÍCH\n    noi_dung: ["Cải cách hành chính"]\n`.normalize('NFD');
    const crlf = '\ufeff' + decomposed.replace(/\n/g, '\r\n');
    const result = render(new TextEncoder().encode(crlf));
    if (!result.ok) throw new Error('render failed');
    const p = paragraphs(result.model)[1]!;
    expect(p.runs[0]!.text).toBe('Cải cách hành chính'.normalize('NFC'));
    expect(p.runs[0]!.text).not.toBe('Cải cách hành chính'.normalize('NFD'));
  });
});

describe('templates', () => {
  it('a field a template uses but the plan lacks is an error naming the field', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parplan-tpl-'));
    cpSync(DEFAULT_TEMPLATE_DIR, dir, { recursive: true });
    const main = path.join(dir, 'ke-hoach.hbs');
    writeFileSync(main, readFileSync(main, 'utf8').replace('<ten-loai>{{ten_loai}}</ten-loai>', '<ten-loai>{{ten_loai}} {{so_ban}}</ten-loai>'));
    const result = render(`${base}noi_dung:\n  - tieu_de: X\n    noi_dung: [y]\n`, dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics).toMatchObject([{ code: 'PP300', severity: 'error', args: { template: 'ke-hoach.hbs', field: 'so_ban' } }]);
  });

  it.each([
    ['an element that is no part of a document', (t: string) => t.replace('<ten-loai>', '<tieu-de-phu>x</tieu-de-phu>\n<ten-loai>'), 'unknown-element', 'tieu-de-phu', 'thẻ <tieu-de-phu>'],
    ['no signer block', (t: string) => t.replace('{{> nguoi-ky nguoi_ky}}', ''), 'missing-part', 'nguoi-ky', 'không có phần <nguoi-ky>'],
    ['a paragraph class that does not exist', (t: string) => t.replace('<p class="doan">', '<p class="doan-mo-dau">'), 'unknown-class', 'doan-mo-dau', 'đoạn <p class="doan-mo-dau">'],
  ])('edited templates whose output holds %s are PP303 naming the folder, not parplan’s own error', (_what, edit, why, name, words) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parplan-tpl-'));
    cpSync(DEFAULT_TEMPLATE_DIR, dir, { recursive: true });
    const main = path.join(dir, 'ke-hoach.hbs');
    writeFileSync(main, edit(readFileSync(main, 'utf8')));
    const result = render(`${base}mo_dau: ["Mở đầu."]\nnoi_dung:\n  - tieu_de: X\n    noi_dung: [y]\n`, dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics).toMatchObject([{ code: 'PP303', severity: 'error', args: { why, name, folder: dir } }]);
    expect(formatMessage('PP303', result.diagnostics[0]!.args ?? {}, 'vi')).toContain(words);
  });

  it('a templates folder holds only the files it changes: the others are parplan’s own, and a partial of its own is added', () => {
    const plan = `${base}noi_dung:\n  - tieu_de: X\n    noi_dung: [y]\n`;
    const shipped = render(plan);
    if (!shipped.ok) throw new Error('render failed');
    const dir = mkdtempSync(path.join(tmpdir(), 'parplan-tpl-'));
    mkdirSync(path.join(dir, 'partials'));
    // One partial changed, one added, used by the one main template changed.
    writeFileSync(path.join(dir, 'partials', 'noi-nhan.hbs'), readFileSync(path.join(DEFAULT_TEMPLATE_DIR, 'partials', 'noi-nhan.hbs'), 'utf8').replace('Nơi nhận', 'Nơi nhận văn bản'));
    writeFileSync(path.join(dir, 'partials', 'loi-ket.hbs'), '<p class="ket-thuc">Lời kết riêng.</p>');
    const changedOnlyPartial = render(plan, dir);
    if (!changedOnlyPartial.ok) throw new Error(JSON.stringify(changedOnlyPartial.diagnostics));
    expect(changedOnlyPartial.model.recipients.label).not.toEqual(shipped.model.recipients.label);
    expect({ ...changedOnlyPartial.model, recipients: shipped.model.recipients }).toEqual(shipped.model);
    const main = readFileSync(path.join(DEFAULT_TEMPLATE_DIR, 'ke-hoach.hbs'), 'utf8');
    writeFileSync(path.join(dir, 'ke-hoach.hbs'), main.replace('{{> noi-nhan noi_nhan}}', '{{> loi-ket}}\n{{> noi-nhan noi_nhan}}'));
    const withOwnPartial = render(plan, dir + path.sep);
    if (!withOwnPartial.ok) throw new Error(JSON.stringify(withOwnPartial.diagnostics));
    expect(paragraphs(withOwnPartial.model).at(-1)!.runs.map((r) => r.text).join('')).toBe('Lời kết riêng.');
  });

  it('a templates folder that is not there is a template problem, not parplan’s own error', () => {
    const result = render(`${base}noi_dung:\n  - tieu_de: X\n    noi_dung: [y]\n`, path.join(tmpdir(), 'parplan-khong-co-thu-muc-nay'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics).toMatchObject([{ code: 'PP302' }]);
  });

  it('a field a partial uses but the plan lacks names the partial’s file, not the main template', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parplan-tpl-'));
    cpSync(DEFAULT_TEMPLATE_DIR, dir, { recursive: true });
    const signer = path.join(dir, 'partials', 'nguoi-ky.hbs');
    writeFileSync(signer, `${readFileSync(signer, 'utf8')}{{so_ban}}`);
    const result = render(`${base}noi_dung:\n  - tieu_de: X\n    noi_dung: [y]\n`, dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics).toMatchObject([{ code: 'PP300', args: { template: 'partials/nguoi-ky.hbs', field: 'so_ban' } }]);
  });

  it('renders the decree header text and the blank number and day', () => {
    const result = render(`${base.replace('ngay_ban_hanh: 2024-03-05', 'ngay_ban_hanh: 2024-02')}noi_dung:\n  - tieu_de: X\n    noi_dung: [y]\n`);
    if (!result.ok) throw new Error('render failed');
    const h = result.model.header;
    const text = (runs: { text: string }[]) => runs.map((r) => r.text).join('');
    expect(text(h.nationalTitle)).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text(h.motto)).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(text(h.number)).toMatch(/^Số: [\u00a0]{6}\/KH-SNV$/);
    expect(text(h.placeAndDate)).toMatch(/^Lào Cai, ngày [\u00a0]{6} tháng 02 năm 2024$/);
  });
});
