// A hostile-input sweep (issue 9) beyond the cases the tests pin: several hundred generated inputs
// and situations, each run through the real CLI (dist/ must be built), each checked against what
// the README promises for every run:
//   - it ends (within 30 s), with exit 0, 1 or 2, and never prints a stack trace or "Unexpected";
//   - it prints nothing a terminal acts on (ESC, BEL, other controls, bidi overrides);
//   - nothing is written outside its output folder, and no temporary file is left;
//   - every .docx left behind is whole, and holds no character XML 1.0 forbids;
//   - the inputs are byte-identical afterwards;
// plus, where a case states one, its expected exit code and diagnostic code.
// Usage: node test/hostile/sweep.mjs [--verbose]. Prints "tried N, as promised M" and each failure.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync, lstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = path.join(ROOT, 'bin', 'parplan.js');
const PLAN = readFileSync(path.join(ROOT, 'test', 'fixtures', 'base-plan.yaml'), 'utf8');
const verbose = process.argv.includes('--verbose');
const ACTIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const FORBIDDEN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** @typedef {{ name: string, files: Record<string, string | Buffer | { link: string } | { dir: true }>, args: string[], exit?: number[], code?: string, env?: Record<string,string> }} Case */
/** @type {Case[]} */
const cases = [];
const add = (c) => cases.push(c);
const withLine = (key, value) => PLAN.replace(/^dia_danh: .*$/m, `dia_danh: Lào Cai\n${key}: ${value}`);
const replaceValue = (value) => PLAN.replace(/^dia_danh: .*$/m, `dia_danh: ${value}`);

// 1. Characters, raw and escaped, in a value, a key and a comment; through validate and render.
const chars = [0x00, 0x01, 0x07, 0x08, 0x0b, 0x0c, 0x1b, 0x1f, 0x7f, 0x85, 0x9b, 0xfffe, 0xffff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0x202e, 0x2066, 0xfeff, 0xe000];
for (const c of chars) {
  const hex = c.toString(16).padStart(4, '0');
  const surrogate = c >= 0xd800 && c <= 0xdfff;
  const bad = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0xfffe || c === 0xffff || surrogate;
  for (const command of ['validate', 'render']) {
    add({ name: `${command} escaped \\u${hex} in a value`, files: { 'p.yaml': replaceValue(`"Lào \\u${hex} Cai"`) }, args: [command, 'p.yaml', ...(command === 'render' ? ['-o', 'out'] : [])], exit: bad ? [1] : [0, 1], ...(bad ? { code: 'PP010' } : {}) });
    add({ name: `${command} escaped \\u${hex} in a key`, files: { 'p.yaml': withLine(`"k\\u${hex}"`, 'x') }, args: [command, 'p.yaml', ...(command === 'render' ? ['-o', 'out'] : [])], exit: [1], ...(bad ? { code: 'PP010' } : {}) });
    if (!surrogate) {
      add({ name: `${command} raw U+${hex} in a value`, files: { 'p.yaml': replaceValue(`Lào ${String.fromCharCode(c)} Cai`) }, args: [command, 'p.yaml', ...(command === 'render' ? ['-o', 'out'] : [])], exit: bad ? [1] : [0, 1] });
      add({ name: `${command} raw U+${hex} in a comment`, files: { 'p.yaml': `# ${String.fromCharCode(c)}\n${PLAN}` }, args: [command, 'p.yaml', ...(command === 'render' ? ['-o', 'out'] : [])], exit: [0, 1] });
    }
  }
}
for (const esc of ['\\0', '\\a', '\\b', '\\e', '\\v', '\\f', '\\x01', '\\x1b', '\\x7f', '\\x9b', '\\N', '\\U0000FFFE', '\\U0010FFFF', '\\uD83D\\uDE00', '\\uD83D x', '\\uDE00\\uD83D']) {
  add({ name: `render escape ${esc}`, files: { 'p.yaml': replaceValue(`"Lào ${esc} Cai"`) }, args: ['render', 'p.yaml', '-o', 'out'], exit: [0, 1] });
}

// 2. Bytes: encodings, damage, binary data.
const enc = (text, encoding) => Buffer.from(text, encoding);
add({ name: 'UTF-16LE with BOM', files: { 'p.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), enc(PLAN, 'utf16le')]) }, args: ['validate', 'p.yaml'], exit: [1], code: 'PP002' });
add({ name: 'UTF-16LE without BOM', files: { 'p.yaml': enc(PLAN, 'utf16le') }, args: ['validate', 'p.yaml'], exit: [1], code: 'PP002' });
add({ name: 'UTF-32LE without BOM', files: { 'p.yaml': Buffer.from([...PLAN.slice(0, 300)].flatMap((ch) => { const b = Buffer.alloc(4); b.writeUInt32LE(ch.codePointAt(0)); return [...b]; })) }, args: ['validate', 'p.yaml'], exit: [1], code: 'PP002' });
for (const [i, bytes] of [[0xff], [0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xc3], [0xe1, 0xbb]].entries()) {
  const at = PLAN.indexOf('Lào Cai');
  const b = Buffer.concat([Buffer.from(PLAN.slice(0, at)), Buffer.from(bytes), Buffer.from(PLAN.slice(at))]);
  add({ name: `one damaged UTF-8 sequence #${i}`, files: { 'p.yaml': b }, args: ['validate', 'p.yaml'], exit: [1], code: 'PP002' });
  add({ name: `one damaged UTF-8 sequence #${i}, render`, files: { 'p.yaml': b }, args: ['render', 'p.yaml', '-o', 'out'], exit: [1], code: 'PP002' });
}
for (const [name, head] of [['gzip', [0x1f, 0x8b, 8, 0]], ['zip', [0x50, 0x4b, 3, 4]], ['pdf', [...Buffer.from('%PDF-1.7')]], ['png', [0x89, 0x50, 0x4e, 0x47]], ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0]], ['elf', [0x7f, 0x45, 0x4c, 0x46]]]) {
  add({ name: `binary ${name}`, files: { 'p.yaml': Buffer.concat([Buffer.from(head), Buffer.alloc(200, 7)]) }, args: ['validate', 'p.yaml'], exit: [1], code: 'PP014' });
}
add({ name: 'random bytes', files: { 'p.yaml': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)) }, args: ['render', 'p.yaml', '-o', 'out'], exit: [1] });
add({ name: 'BOM in the middle', files: { 'p.yaml': PLAN.replace('dia_danh', '\ufeffdia_danh') }, args: ['render', 'p.yaml', '-o', 'out'], exit: [0, 1] });
add({ name: 'CR-only line ends', files: { 'p.yaml': PLAN.replace(/\n/g, '\r') }, args: ['validate', 'p.yaml'], exit: [0, 1] });
add({ name: 'mixed CRLF and LF', files: { 'p.yaml': PLAN.split('\n').map((l, i) => (i % 2 ? l + '\r' : l)).join('\n') }, args: ['render', 'p.yaml', '-o', 'out'], exit: [0, 1] });
add({ name: 'decomposed Unicode', files: { 'p.yaml': PLAN.normalize('NFD') }, args: ['render', 'p.yaml', '-o', 'out'], exit: [0] });

// 3. YAML oddities.
const oddities = [
  ['complex key', '? [a, b]\n: x'], ['null key', '~: x'], ['empty key', '"": x'], ['1e400', 'ty_le_x: 1e400'], ['.nan', 'so_x: .nan'],
  ['!!binary', 'dia_danh_x: !!binary aGVsbG8='], ['!!timestamp', 'x_ngay: !!timestamp 2001-12-14t21:59:43.10-05:00'], ['!!set', 'x_set: !!set {a, b}'],
  ['custom tag', 'x_tag: !custom x'], ['merge key', 'x_a: &m { a: 1 }\nx_b: { <<: *m }'], ['anchor on key', '&k x_key: 1'], ['%YAML 1.1 directive', null],
  ['document end marker', null], ['very long line', `x_long: "${'a'.repeat(300_000)}"`], ['10,000 keys', Array.from({ length: 10_000 }, (_, i) => `x${i}: ${i}`).join('\n')],
  ['deep block nesting 70', Array.from({ length: 70 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' 1'], ['deep flow 63', `x_deep: ${'['.repeat(63)}${']'.repeat(63)}`],
  ['alias cycle', 'x_c: &c [1, *c]'], ['alias amplification', `x_a0: &a0 "${'z'.repeat(40_000)}"\nx_a1: [${Array(150).fill('*a0').join(', ')}]`],
  ['__proto__ key', '__proto__: { polluted: true }'], ['constructor key', 'constructor: x'], ['duplicate key', 'dia_danh: again'], ['tab indent', 'x_t:\n\tb: 1'],
  ['unquoted date value', 'trich_yeu: 2024-03-15'], ['number as text', 'dia_danh: 12345'], ['leading space in tep-like value', 'x_tep: " leading"'],
];
for (const [name, line] of oddities) {
  let text;
  if (name === '%YAML 1.1 directive') text = `%YAML 1.1\n---\n${PLAN}`;
  else if (name === 'document end marker') text = `${PLAN}\n...\n`;
  else if (name === 'duplicate key') text = PLAN + line + '\n';
  else text = PLAN + '\n' + line + '\n';
  for (const command of ['validate', 'render']) add({ name: `${command}: ${name}`, files: { 'p.yaml': text }, args: [command, 'p.yaml', ...(command === 'render' ? ['-o', 'out'] : [])], exit: [0, 1] });
}
add({ name: 'empty file', files: { 'p.yaml': '' }, args: ['validate', 'p.yaml'], exit: [1], code: 'PP003' });
add({ name: 'only a BOM', files: { 'p.yaml': '\ufeff' }, args: ['validate', 'p.yaml'], exit: [1], code: 'PP003' });
add({ name: 'file over 4 MiB', files: { 'p.yaml': `x: "${'a'.repeat(4 * 1024 * 1024)}"\n` }, args: ['validate', 'p.yaml'], exit: [1], code: 'PP012' });

// 4. Paths, names and output folders.
const names = ['plan with space.yaml', 'kế-hoạch.yaml', 'ke\u0301-hoach.yaml', `${'ệ'.repeat(81)}.yaml`, '-dash.yaml', 'UPPER.YAML', 'a.yml', 'dots...yaml', "quote'\"`.yaml", 'semi;colon&amp.yaml', 'new\nline.yaml', 'esc\u001b[31m.yaml'];
for (const n of names) add({ name: `render name ${JSON.stringify(n)}`, files: { [n]: PLAN }, args: ['render', '--', n], exit: [0, 1, 2] });
for (const out of ['', 'out/', './out/../out2', '/proc/1/x', '/proc/self/x/y', '/dev/null', '/dev/null/x', 'afile', 'afile/sub', 'ro/x', 'link-out', '/sys/x', `deep/${'d/'.repeat(60)}`]) {
  add({ name: `render -o ${JSON.stringify(out)}`, files: { 'p.yaml': PLAN, afile: 'not a folder', 'link-out': { link: 'real-out' }, 'real-out': { dir: true } }, args: ['render', 'p.yaml', '-o', out], exit: [0, 1, 2] });
  add({ name: `batch -o ${JSON.stringify(out)}`, files: { 'base.yaml': PLAN, 'u.yaml': 'ke_hoach: base.yaml\ndon_vi:\n  - { co_quan_ban_hanh: { ten: SỞ A, viet_tat: SA } }\n', afile: 'x' }, args: ['batch', 'u.yaml', '-o', out], exit: [0, 1, 2] });
}
add({ name: 'render a plan named .docx', files: { 'notes.docx': PLAN }, args: ['render', 'notes.docx'], exit: [1], code: 'PP301' });
add({ name: 'render a plan named .pdf with --pdf? (no soffice needed: the .docx is the clash)', files: { 'p.docx': PLAN }, args: ['render', 'p.docx', '-o', '.'], exit: [1], code: 'PP301' });
add({ name: 'render two plans one name', files: { 'a/p.yaml': PLAN, 'b/p.yaml': PLAN, 'c/P.yml': PLAN }, args: ['render', 'a/p.yaml', 'b/p.yaml', 'c/P.yml', '-o', 'out'], exit: [0], code: 'PP402' });
add({ name: 'symlink at the target', files: { 'p.yaml': PLAN, 'out/p.docx': { link: '../victim.txt' }, 'victim.txt': 'secret' }, args: ['render', 'p.yaml', '-o', 'out'], exit: [0] });
add({ name: 'dangling symlink at the target', files: { 'p.yaml': PLAN, 'out/p.docx': { link: '../nowhere/x' } }, args: ['render', 'p.yaml', '-o', 'out'], exit: [0] });
add({ name: 'planted temp name symlink', files: { 'p.yaml': PLAN, [`out/.p.docx.parplan-tmp-${process.pid}-1`]: { link: '../victim.txt' }, 'victim.txt': 'secret' }, args: ['render', 'p.yaml', '-o', 'out'], exit: [0, 1] });
add({ name: 'folder at the target', files: { 'p.yaml': PLAN, 'out/p.docx': { dir: true } }, args: ['render', 'p.yaml', '-o', 'out'], exit: [1], code: 'PP301' });
add({ name: 'a plan that is a folder', files: { 'p.yaml': { dir: true } }, args: ['validate', 'p.yaml'], exit: [1, 2] });
add({ name: 'a plan that is a dangling link', files: { 'p.yaml': { link: 'nowhere.yaml' } }, args: ['validate', 'p.yaml'], exit: [1, 2] });
add({ name: 'a plan that is a link to /dev/zero', files: { 'p.yaml': { link: '/dev/zero' } }, args: ['render', 'p.yaml', '-o', 'out'], exit: [1], code: 'PP001' });
add({ name: 'a plan that is /dev/stdin', files: {}, args: ['validate', '/dev/stdin'], exit: [1, 2] });

// 5. Units files.
const unit = (extra = '') => `  - { co_quan_ban_hanh: { ten: SỞ A, viet_tat: SA }${extra} }`;
const bases = ['../outside/base.yaml', '/etc/passwd', '/etc/hostname.yaml', 'base.YAML', 'sub/../base.yaml', 'link.yaml', 'dir.yaml', '""', '42', '[a.yaml]', 'null', '~', 'base.yaml\\u0000.txt', '"base.yaml\\0"', `${'x'.repeat(300)}.yaml`, 'u.yaml'];
for (const b of bases) {
  add({
    name: `units ke_hoach: ${b.slice(0, 40)}`,
    files: { 'base.yaml': PLAN, 'base.YAML': PLAN, 'outside/base.yaml': 'secret: hunter2\n', 'link.yaml': { link: 'outside/base.yaml' }, 'dir.yaml': { dir: true }, 'u.yaml': `ke_hoach: ${b}\ndon_vi:\n${unit()}\n` },
    args: ['validate', 'u.yaml'],
    exit: [0, 1, 2],
    forbid: /hunter2|root:/,
  });
  add({ name: `batch ke_hoach: ${b.slice(0, 40)}`, files: { 'base.yaml': PLAN, 'outside/base.yaml': 'secret: hunter2\n', 'link.yaml': { link: 'outside/base.yaml' }, 'u.yaml': `ke_hoach: ${b}\ndon_vi:\n${unit()}\n` }, args: ['batch', 'u.yaml', '-o', 'out'], exit: [0, 1, 2], forbid: /hunter2|root:/ });
}
const teps = ['CON', 'aux.docx', 'com1', 'a/b', '..', '.', 'a\\\\b', `${'t'.repeat(300)}`, 'ở-đây', 'trail.', 'trail ', ' lead', '"x\\u0000y"', '"x\\u001by"', 'x:y', 'x*y', '""', '"\\uFFFE"', 'manifest', 'manifest.json', 'MANIFEST.CSV', 'u', 'base'];
for (const t of teps) {
  add({ name: `batch tep: ${t.slice(0, 30)}`, files: { 'base.yaml': PLAN, 'u.yaml': `ke_hoach: base.yaml\ndon_vi:\n${unit(`, tep: ${t}`)}\n${unit(', tep: ok')}\n` }, args: ['batch', 'u.yaml', '-o', 'out'], exit: [0, 1] });
}
for (const don of ['[]', 'null', '"x"', '[null]', '[[1]]', '[1, 2]', `[${Array(300).fill('{ co_quan_ban_hanh: { ten: SỞ A, viet_tat: SA } }').join(', ')}]`]) {
  add({ name: `batch don_vi: ${don.slice(0, 30)}`, files: { 'base.yaml': PLAN, 'u.yaml': `ke_hoach: base.yaml\ndon_vi: ${don}\n` }, args: ['batch', 'u.yaml', '-o', 'out', '--quiet'], exit: [0, 1, 2] });
}
for (const jobs of ['0', '-1', '1000', '1e3', 'abc', '2.5', '99999999999999999999']) {
  add({ name: `batch --jobs ${jobs}`, files: { 'base.yaml': PLAN, 'u.yaml': `ke_hoach: base.yaml\ndon_vi:\n${unit()}\n` }, args: ['batch', 'u.yaml', '-o', 'out', '--jobs', jobs], exit: [0, 2] });
}
for (const zip of ['u.yaml', 'base.yaml', 'out/manifest.json', 'out/MANIFEST.csv', 'out/so-a.docx', 'out', '.', 'z.zip', 'out/z.zip', '/proc/1/x.zip']) {
  add({ name: `batch --zip ${zip}`, files: { 'base.yaml': PLAN, 'u.yaml': `ke_hoach: base.yaml\ndon_vi:\n${unit()}\n` }, args: ['batch', 'u.yaml', '-o', 'out', '--zip', zip], exit: /\.(ya?ml|json|csv|docx)$/i.test(zip) ? [2] : [0, 1, 2] });
}
for (const t of ['0', '-5', 'x', '1e9999']) add({ name: `render --pdf-timeout ${t}`, files: { 'p.yaml': PLAN }, args: ['render', 'p.yaml', '--pdf', '--pdf-timeout', t], exit: [2] });
for (const u of ['', ' ', 'a'.repeat(100_000), 'Sở\u0007A', 'Sở\u001b[2JA', 'UBND', 'Ủy ban nhân dân tỉnh']) {
  add({ name: `init --unit ${JSON.stringify(u.slice(0, 20))}`, files: {}, args: ['init', 'n.yaml', '--preset', 'par-index-so', '--unit', u], exit: [0, 2] });
}
add({ name: 'init over a folder with --force', files: { dirx: { dir: true } }, args: ['init', 'dirx', '--force', '--preset', 'par-index-so', '--unit', 'Sở A'], exit: [2] });
add({ name: 'init into /proc/1/x', files: {}, args: ['init', '/proc/1/x/n.yaml', '--preset', 'par-index-so', '--unit', 'Sở A'], exit: [2] });

// 6. What YAML reads otherwise than a clerk meant (issue 9 item 17, issue 13 item 6), in other
// variants than the tests pin: each must be named with its code and a corrected line, never as a
// missing field or an unknown one named after half a sentence.
const inList = (item) => PLAN.replace(/^( {6}- Nâng cao .*\n)/m, `$1      - ${item}\n`);
const asValue = (value) => PLAN.replace(/^ket_thuc: .*$/m, `ket_thuc: ${value}`);
const misreads = [
  ['* Lưu ý làm ngay', 'PP016'], ['*Quan trọng* làm ngay', 'PP016'], ['& Ý một', 'PP016'], ['% hồ sơ', 'PP016'], ['@ Văn phòng', 'PP016'], ['`Ý` một', 'PP016'],
  ['"Một" là số', 'PP016'], ["'Hai' là số", 'PP016'], ['[Tên đơn vị] báo cáo', 'PP016'], ['{Tên} báo cáo', 'PP016'], ['Thời gian: tháng 3', 'PP016'],
  ['Mục tiêu: 100% hồ sơ đúng hạn', 'PP016'], ['Lưu ý:', 'PP016'], ['Tổng: 5', 'PP016'], ['# Ý bị coi là chú thích', 'PP016'], ['- Ý bắt đầu bằng gạch', 'PP016'],
  ['! Ý một', 'PP018'], ['!Quan trọng', 'PP018'], ['!!binary aGVsbG8=', 'PP018'], ['!!timestamp 2024-03-05', 'PP018'],
];
for (const [text, code] of misreads) {
  add({ name: `validate list item ${JSON.stringify(text)}`, files: { 'p.yaml': inList(text) }, args: ['validate', 'p.yaml'], exit: [1], code });
}
for (const [text, code] of [['* x', 'PP016'], ['& x', 'PP016'], ['% x', 'PP016'], ['@ x', 'PP016'], ['"A" b', 'PP016'], ['- x', 'PP016'], ['Trên đây: là Kế hoạch./.', 'PP016'], ['| x', 'PP016'], ['> x', 'PP016'], ['! x', 'PP018'], ['1e400', 'PP019'], ['.inf', 'PP019'], ['-.inf', 'PP019'], ['.NaN', 'PP019']]) {
  add({ name: `render ket_thuc: ${text}`, files: { 'p.yaml': asValue(text) }, args: ['render', 'p.yaml', '-o', 'out'], exit: [1], code });
}
for (const [name, text] of [['ty_le: 84,5', PLAN.replace('ty_le: 84.5', 'ty_le: 84,5')], ['diem: 12,5', PLAN.replace('diem: 12.5', 'diem: 12,5')], ['ty_le: 88,25', PLAN.replace('ty_le: 88,', 'ty_le: 88,25,')]]) {
  add({ name: `validate decimal comma in braces ${name}`, files: { 'p.yaml': text }, args: ['validate', 'p.yaml'], exit: [1], code: 'PP017' });
}
for (const [name, text] of [['? [a, b] key', PLAN + '? [a, b]\n: x\n'], ['? {a: 1} key', PLAN + '? { a: 1 }\n: x\n'], ['null: key', PLAN + 'null: x\n'], ['~ key in a map', PLAN.replace('  viet_tat: SNV', '  viet_tat: SNV\n  ~: x')], ['"" key', PLAN + '"": x\n'], [': no key', PLAN + ': x\n']]) {
  add({ name: `validate ${name}`, files: { 'p.yaml': text }, args: ['validate', 'p.yaml'], exit: [1], code: 'PP015' });
}
for (const [name, eol] of [['CR', '\r'], ['CRLF', '\r\n'], ['LF then CR', null]]) {
  const text = eol ? PLAN.replace(/\n/g, eol) : PLAN.replace(/\n/g, (m, i) => (i % 2 ? '\r' : '\n'));
  add({ name: `render line ends ${name}`, files: { 'p.yaml': text }, args: ['render', 'p.yaml', '-o', 'out'], exit: [0] });
}
add({ name: 'validate %YAML 1.1 unquoted date', files: { 'p.yaml': `%YAML 1.1\n---\n${PLAN.replace('ngay_ban_hanh: "2024-03-15"', 'ngay_ban_hanh: 2024-03-15')}` }, args: ['validate', 'p.yaml'], exit: [1], code: 'PP018' });
add({ name: 'validate a missing field names it from the schema', files: { 'p.yaml': PLAN.replace(/^dia_danh: .*\n/m, '') }, args: ['validate', 'p.yaml'], exit: [1], code: 'Ví dụ: dia_danh:' });
add({ name: 'validate a typo inside a block', files: { 'p.yaml': inList('gach_dau_dongg: [Ý một]') }, args: ['validate', 'p.yaml'], exit: [1], code: "có phải là 'gach_dau_dong'?" });
for (const [command, args] of [['render', ['p.yaml', '-o', '']], ['batch', ['u.yaml', '-o', '']], ['import', ['x.docx', '-o', '']], ['validate', ['p.yaml', '--plans-dir', '']], ['render', ['p.yaml', '--reference-doc', '']]]) {
  add({ name: `${command} ${args.slice(1).join(' ')} ""`, files: { 'p.yaml': PLAN, 'base.yaml': PLAN, 'u.yaml': `ke_hoach: base.yaml\ndon_vi:\n${unit()}\n`, 'x.docx': 'x' }, args: [command, ...args], exit: [2] });
}
// A folder or glob holding a link to a file outside it: skipped, never read or echoed.
for (const args of [['validate', 'plans'], ['validate', 'plans/'], ['validate', 'plans/*.yaml'], ['validate', 'plans/**/*.yml'], ['render', 'plans', '-o', 'out'], ['validate', '--format', 'github', 'plans']]) {
  add({
    name: `${args.join(' ')} with a link outside`,
    files: { 'plans/good.yaml': PLAN, 'plans/leak.yaml': { link: '../outside/secret.yaml' }, 'plans/sub/deep.yml': { link: '../../outside/secret.yaml' }, 'outside/secret.yaml': 'token hunter2 {\n' },
    args,
    // plans/**/*.yml finds only the link: nothing left to check is exit 2.
    exit: args.includes('plans/**/*.yml') ? [2] : [0],
    forbid: /hunter2/,
  });
}

// ── The runner ──
function setUp(c) {
  const dir = mkdtempSync(path.join(tmpdir(), 'parplan-sweep-'));
  const work = path.join(dir, 'work');
  mkdirSync(work);
  for (const [name, content] of Object.entries(c.files)) {
    const file = path.join(work, name);
    mkdirSync(path.dirname(file), { recursive: true });
    if (typeof content === 'object' && content !== null && 'link' in content) symlinkSync(content.link, file);
    else if (typeof content === 'object' && content !== null && 'dir' in content) mkdirSync(file, { recursive: true });
    else writeFileSync(file, content);
  }
  return { dir, work };
}

function snapshot(folder) {
  const out = new Map();
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(p, e.isSymbolicLink() ? `link:${p}` : readFileSync(p));
    }
  };
  if (existsSync(folder)) walk(folder);
  return out;
}

function run(args, cwd, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

async function check(c) {
  const { dir, work } = setUp(c);
  const before = snapshot(dir);
  const r = await run(c.args, work, c.env);
  const problems = [];
  const output = r.stdout + r.stderr;
  if (r.signal) problems.push(`killed (${r.signal}): hung`);
  if (![0, 1, 2].includes(r.code)) problems.push(`exit ${r.code}`);
  if (c.exit && !c.exit.includes(r.code)) problems.push(`exit ${r.code}, expected ${c.exit.join('|')}`);
  if (c.code && !output.includes(c.code)) problems.push(`no ${c.code}`);
  if (/\n\s+at .+:\d+:\d+\)?\n/.test(output) || /Unexpected parplan error|Lỗi không mong đợi/.test(output)) problems.push('stack trace or crash');
  if (ACTIVE.test(output)) problems.push('active control character in the output');
  if (c.forbid && c.forbid.test(output)) problems.push('echoed a file it must not read');
  const after = snapshot(dir);
  for (const [file, bytes] of before) {
    const now = after.get(file);
    if (!c.args.includes('--force') && now !== undefined && typeof bytes !== 'string' && Buffer.isBuffer(now) && !bytes.equals(now) && !/\.(docx|pdf|json|csv|zip)$/.test(file)) problems.push(`input changed: ${path.relative(dir, file)}`);
    if (typeof bytes === 'string' && bytes.startsWith('link:') && !lstatSync(file, { throwIfNoEntry: false })) continue;
  }
  for (const [file, bytes] of after) {
    const rel = path.relative(work, file);
    if (rel.startsWith('..')) problems.push(`written outside the work folder: ${rel}`);
    if (/parplan-tmp/.test(path.basename(file))) problems.push(`temporary file left: ${rel}`);
    if (Buffer.isBuffer(bytes) && file.endsWith('.docx') && !before.has(file) && bytes.subarray(0, 2).toString() === 'PK') {
      try {
        const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
        if (!xml.trimEnd().endsWith('</w:document>')) problems.push(`truncated .docx ${rel}`);
        if (FORBIDDEN_XML.test(xml)) problems.push(`.docx holds a character XML forbids: ${rel}`);
      } catch (e) {
        problems.push(`unreadable .docx ${rel}: ${e.message}`);
      }
    }
  }
  const victim = path.join(work, 'victim.txt');
  if (existsSync(victim) && readFileSync(victim, 'utf8') !== 'secret') problems.push('followed a symlink');
  rmSync(dir, { recursive: true, force: true });
  return { c, r, problems };
}

const started = Date.now();
let ok = 0;
const failures = [];
let next = 0;
const worker = async () => {
  while (next < cases.length) {
    const c = cases[next++];
    const result = await check(c);
    if (result.problems.length === 0) ok++;
    else failures.push(result);
    if (verbose) console.log(`${result.problems.length === 0 ? 'ok  ' : 'FAIL'} ${c.name}`);
  }
};
await Promise.all([worker(), worker()]);
for (const f of failures) console.log(`FAIL ${f.c.name}: ${f.problems.join('; ')}\n     ${(f.r.stdout + f.r.stderr).split('\n').slice(0, 3).join('\n     ').slice(0, 600)}`);
console.log(`tried ${cases.length}, as promised ${ok}, not ${failures.length} (${Math.round((Date.now() - started) / 1000)} s)`);
if (statSync(BIN) && failures.length > 0) process.exitCode = 1;
