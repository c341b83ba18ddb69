// The config file (issue 13): found upward from the plan, or package.json's `parplan` key; --config;
// unknown keys and bad values are located PP7xx errors; rule levels change what validate, render,
// batch and check report; command-line options win; init --config writes a valid, commented file.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { checkConfig, CONFIG_KEYS, findConfigFile, loadConfig } from '../../src/config/read-config.js';
import { applyRuleLevels } from '../../src/diagnostics/rule-levels.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { parseYaml } from '../../src/parse/read-yaml.js';
import { PLANS_DIR } from '../support/render-plan.js';
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };

async function run(args: string[], cwd: string, env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const io: Io = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), isTTY: false, env, cwd };
  return { code: await main(args, io), out, err };
}

const tmp = (name: string) => mkdtempSync(path.join(tmpdir(), `parplan-config-${name}-`));
const DONE = path.join(PLANS_DIR, 'so-tnmt-lao-cai-2022-par-index.yaml');
/** A finished plan whose last recipient is not "Lưu: VT, …": one warning, PP208. */
const withPP208 = () => readFileSync(DONE, 'utf8').replace('- "Lưu: VT, VP"', '- Lưu hồ sơ');

describe('finding the config', () => {
  it('finds parplan.config.yaml upward from the plan, and package.json\'s parplan key', () => {
    const root = tmp('find');
    mkdirSync(path.join(root, 'a', 'b'), { recursive: true });
    expect(findConfigFile(path.join(root, 'a', 'b'))?.path ?? '').not.toContain(root);
    writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'x', parplan: { lang: 'en' } }));
    expect(findConfigFile(path.join(root, 'a', 'b'))).toEqual({ path: path.join(root, 'package.json'), fromPackageJson: true });
    // A package.json without the key is passed over; the nearer config file wins.
    writeFileSync(path.join(root, 'a', 'package.json'), JSON.stringify({ name: 'y' }));
    expect(findConfigFile(path.join(root, 'a', 'b'))?.path).toBe(path.join(root, 'package.json'));
    writeFileSync(path.join(root, 'a', 'parplan.config.yaml'), 'lang: vi\n');
    expect(findConfigFile(path.join(root, 'a', 'b'))?.path).toBe(path.join(root, 'a', 'parplan.config.yaml'));
    expect(loadConfig(path.join(root, 'a', 'b'), root).config).toEqual({ lang: 'vi' });
    expect(loadConfig(root, root).config).toEqual({ lang: 'en' });
  });

  it('locates unknown keys (did you mean), bad values, unknown codes and fixed codes, in package.json too', () => {
    const root = tmp('bad');
    writeFileSync(
      path.join(root, 'parplan.config.yaml'),
      'lang: fr\nouput: out\nrules:\n  PP215: of\n  PP999: off\n  PP101: off\n  PP290: off\n  pp206: error\nblocking: [PP208, PP004]\ntemplates: khong-co\n',
    );
    const loaded = loadConfig(root, root);
    const got = loaded.diagnostics.map((d) => [d.code, d.line, d.column, d.args.suggestion ?? d.args.why ?? '']);
    expect(got).toEqual([
      ['PP702', 1, 7, ''],
      ['PP701', 2, 1, 'output'],
      ['PP705', 4, 10, 'off'],
      ['PP703', 5, 3, ''],
      ['PP704', 6, 3, 'fixed'],
      ['PP704', 7, 3, 'todo'],
      ['PP703', 8, 3, 'PP206'],
      ['PP704', 9, 19, 'fixed'],
      ['PP706', 10, 12, ''],
    ]);
    const pkg = tmp('pkg');
    writeFileSync(path.join(pkg, 'package.json'), '{\n  "name": "ke-hoach",\n  "parplan": { "rulez": {} }\n}\n');
    const fromPkg = loadConfig(pkg, pkg);
    expect(fromPkg.file).toBe('package.json');
    expect(fromPkg.diagnostics.map((d) => [d.code, d.line, d.column, d.path, d.args.suggestion])).toEqual([['PP701', 3, 16, '/parplan/rulez', 'rules']]);
  });

  it('reads a config of comments only as empty, and resolves paths from the config\'s folder', () => {
    const root = tmp('paths');
    mkdirSync(path.join(root, 'mau'));
    writeFileSync(path.join(root, 'parplan.config.yaml'), '# chỉ có chú thích\n');
    expect(loadConfig(root, root)).toMatchObject({ config: {}, diagnostics: [] });
    writeFileSync(path.join(root, 'parplan.config.yaml'), 'templates: mau\noutput: van-ban\nignore: "nhap/**"\n');
    const sub = path.join(root, 'con');
    mkdirSync(sub);
    expect(loadConfig(sub, sub).config).toEqual({ templates: path.join(root, 'mau'), output: path.join(root, 'van-ban'), ignore: ['nhap/**'] });
  });

  it('the JSON schema for editors names the same keys as the checker', () => {
    expect(Object.keys(configSchema.properties).sort()).toEqual(Object.keys(CONFIG_KEYS).sort());
    expect(configSchema.additionalProperties).toBe(false);
    const { diagnostics } = checkConfig(parseYaml('lang: en\n', 'c.yaml').data, { file: 'c.yaml', dir: '/', locate: () => ({ line: 1, column: 1 }), prefix: '' });
    expect(diagnostics).toEqual([]);
  });
});

describe('rule levels', () => {
  const d = (code: string, severity: 'error' | 'warning'): Diagnostic => ({ code: code as Diagnostic['code'], severity, file: 'p.yaml', line: 1, column: 1, path: '', args: {} });
  it('drops a rule turned off, changes the severity of the others, leaves the rest', () => {
    const out = applyRuleLevels([d('PP215', 'warning'), d('PP206', 'warning'), d('PP201', 'error'), d('PP100', 'error')], { PP215: 'off', PP206: 'error', PP201: 'warning' });
    expect(out.map((x) => [x.code, x.severity])).toEqual([
      ['PP206', 'error'],
      ['PP201', 'warning'],
      ['PP100', 'error'],
    ]);
  });
});

describe('the config through the CLI, in a folder outside the repository', () => {
  it('validate: off hides a warning, error fails the plan; --config names another file', async () => {
    const dir = tmp('validate');
    writeFileSync(path.join(dir, 'ke-hoach.yaml'), withPP208());
    const plain = await run(['validate', 'ke-hoach.yaml'], dir);
    expect(plain.code).toBe(0);
    expect(plain.out).toContain('PP208');
    writeFileSync(path.join(dir, 'parplan.config.yaml'), 'rules:\n  PP208: off\n');
    const off = await run(['validate', 'ke-hoach.yaml'], dir);
    expect(off.code, off.err).toBe(0);
    expect(off.out).not.toContain('PP208');
    mkdirSync(path.join(dir, 'ci'));
    writeFileSync(path.join(dir, 'ci', 'strict.yaml'), 'rules: { PP208: error }\n');
    const strict = await run(['validate', '--config', 'ci/strict.yaml', 'ke-hoach.yaml'], dir);
    expect(strict.code).toBe(1);
    expect(strict.out).toMatch(/ke-hoach\.yaml:\d+:\d+: lỗi PP208/);
    // The same plan through standard input and in a folder of plans gets the same levels.
    const folder = await run(['validate', '--config', 'ci/strict.yaml'], dir);
    expect(folder.code).toBe(1);
  });

  it('render: a rule turned to error stops the plan; off lets it through; output folder and ignore from the config', async () => {
    const dir = tmp('render');
    mkdirSync(path.join(dir, 'plans', 'nhap'), { recursive: true });
    writeFileSync(path.join(dir, 'plans', 'ke-hoach.yaml'), withPP208());
    writeFileSync(path.join(dir, 'plans', 'nhap', 'hong.yaml'), 'day: khong phai ke hoach\n');
    writeFileSync(path.join(dir, 'parplan.config.yaml'), 'output: van-ban\nignore: ["plans/nhap/**"]\nrules: { PP208: error }\n');
    const stopped = await run(['render'], dir);
    expect(stopped.code).toBe(1);
    expect(stopped.err).toContain('PP208');
    expect(stopped.err).not.toContain('hong.yaml');
    writeFileSync(path.join(dir, 'parplan.config.yaml'), 'output: van-ban\nignore: ["plans/nhap/**"]\n');
    const ok = await run(['render'], dir);
    expect(ok.code, ok.err).toBe(0);
    expect(existsSync(path.join(dir, 'van-ban', 'ke-hoach.docx'))).toBe(true);
    // -o wins over the config's output.
    expect((await run(['render', '-o', 'khac'], dir)).code).toBe(0);
    expect(existsSync(path.join(dir, 'khac', 'ke-hoach.docx'))).toBe(true);
    // A file named as it is, is rendered even though ignore matches it (and then fails: not a plan).
    expect((await run(['render', 'plans/nhap/hong.yaml'], dir)).code).toBe(1);
  });

  it("render uses the config's templates folder; presets lists the config's presets folder", async () => {
    const dir = tmp('templates');
    cpSync(path.join(PLANS_DIR, '..', 'templates'), path.join(dir, 'mau'), { recursive: true });
    const partial = path.join(dir, 'mau', 'partials', 'noi-nhan.hbs');
    writeFileSync(partial, readFileSync(partial, 'utf8').replace('{{else}}Nơi nhận:{{/if}}', '{{else}}Nơi nhận (mẫu của tỉnh):{{/if}}'));
    // This plan writes its own heading ("Nơi nhận :", sic); without it the template's is used.
    writeFileSync(path.join(dir, 'ke-hoach.yaml'), readFileSync(DONE, 'utf8').replace(/^  nhan_de: .*$/m, ''));
    writeFileSync(path.join(dir, 'parplan.config.yaml'), 'templates: mau\npresets: mau/presets\n');
    const r = await run(['render', 'ke-hoach.yaml'], dir);
    expect(r.code, r.err).toBe(0);
    const xml = strFromU8(unzipSync(readFileSync(path.join(dir, 'ke-hoach.docx')))['word/document.xml']!);
    expect(xml).toContain('Nơi nhận (mẫu của tỉnh):');
    rmSync(path.join(dir, 'mau', 'presets', 'par-index-so.yaml'));
    const presets = await run(['presets', '--format', 'json'], dir);
    expect(presets.code).toBe(0);
    expect(presets.out).not.toContain('"par-index-so"');
    expect((await run(['presets', '--format', 'json'], tmp('no-config'))).out).toContain('"par-index-so"');
  });

  it('check: the config turns a layout rule off or to a warning; --max-warnings fails past N', async () => {
    const dir = tmp('check');
    cpSync(path.join(PLANS_DIR, '..', 'test', 'fixtures', 'check', 'fault-margins.docx'), path.join(dir, 'van-ban.docx'));
    const plain = await run(['check', 'van-ban.docx'], dir);
    expect(plain.code).toBe(1);
    expect(plain.out).toMatch(/lỗi PP602/);
    writeFileSync(path.join(dir, 'parplan.config.yaml'), 'rules: { PP602: warning }\n');
    const warned = await run(['check', 'van-ban.docx'], dir);
    expect(warned.code, warned.out).toBe(0);
    expect(warned.out).toMatch(/cảnh báo PP602/);
    const max = await run(['check', '--max-warnings', '0', 'van-ban.docx'], dir);
    expect(max.code).toBe(1);
    expect(max.err).toMatch(/nhiều hơn mức cho phép --max-warnings 0/);
    writeFileSync(path.join(dir, 'parplan.config.yaml'), 'rules: { PP602: off }\n');
    expect((await run(['check', 'van-ban.docx'], dir)).out).not.toContain('PP602');
    expect((await run(['check', '--max-warnings', 'nhieu', 'van-ban.docx'], dir)).code).toBe(2);
  });

  it('validate --max-warnings N: exit 1 past N warnings, 0 at N', async () => {
    const dir = tmp('max');
    // The plan as the source wrote it has 5 warnings (PP209, PP215 ×3, PP216); the changed line adds PP208.
    writeFileSync(path.join(dir, 'ke-hoach.yaml'), withPP208());
    expect((await run(['validate', '--max-warnings', '6', 'ke-hoach.yaml'], dir)).code).toBe(0);
    const over = await run(['validate', '--max-warnings', '5', 'ke-hoach.yaml'], dir);
    expect(over.code).toBe(1);
    expect(over.err).toContain('Có 6 cảnh báo, nhiều hơn mức cho phép --max-warnings 5.');
    // A rule turned off no longer counts.
    writeFileSync(path.join(dir, 'parplan.config.yaml'), 'rules: { PP208: off }\n');
    expect((await run(['validate', '--max-warnings', '5', 'ke-hoach.yaml'], dir)).code).toBe(0);
    expect((await run(['validate', '--max-warnings', '-1', 'ke-hoach.yaml'], dir)).code).toBe(2);
  });

  it('lang from the config; --lang wins', async () => {
    const dir = tmp('lang');
    writeFileSync(path.join(dir, 'ke-hoach.yaml'), withPP208());
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'ke-hoach', private: true, parplan: { lang: 'en' } }));
    expect((await run(['validate', 'ke-hoach.yaml'], dir)).out).toMatch(/warning PP208/);
    expect((await run(['validate', '--lang', 'vi', 'ke-hoach.yaml'], dir)).out).toMatch(/cảnh báo PP208/);
  });

  it('a bad config is a usage error (2) with located messages, in Vietnamese and under --lang en', async () => {
    const dir = tmp('usage');
    writeFileSync(path.join(dir, 'ke-hoach.yaml'), withPP208());
    writeFileSync(path.join(dir, 'parplan.config.yaml'), 'lang: vi\nrule: {}\n');
    const vi = await run(['validate', 'ke-hoach.yaml'], dir);
    expect(vi.code).toBe(2);
    expect(vi.err).toContain("parplan.config.yaml:2:1: lỗi PP701 [rule]: Khóa 'rule' không có trong tệp cấu hình. Có phải ý bạn là 'rules'?");
    const en = await run(['render', '--lang', 'en', 'ke-hoach.yaml'], dir);
    expect(en.code).toBe(2);
    expect(en.err).toContain("parplan.config.yaml:2:1: error PP701 [rule]: Unknown key 'rule' in the config file. Did you mean 'rules'?");
    expect((await run(['validate', '--config', 'khong-co.yaml', 'ke-hoach.yaml'], dir)).err).toContain('PP707');
    expect((await run(['validate', 'ke-hoach.yaml', '--config'], dir)).code).toBe(2);
  });

  it('--final refuses a warning the config marks as blocking; batch -q still shows it', async () => {
    const dir = tmp('final');
    writeFileSync(path.join(dir, 'ke-hoach.yaml'), withPP208());
    expect((await run(['render', '--final', 'ke-hoach.yaml'], dir)).code).toBe(0);
    writeFileSync(path.join(dir, 'parplan.config.yaml'), 'blocking: [PP208]\n');
    const refused = await run(['render', '--final', 'ke-hoach.yaml', '-o', 'final'], dir);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/ke-hoach\.yaml:\d+:\d+: lỗi PP208/);
    expect(refused.err).toContain('cảnh báo mà tệp cấu hình đặt là chặn');
    expect(existsSync(path.join(dir, 'final'))).toBe(false);

    cpSync(path.join(PLANS_DIR, 'units'), path.join(dir, 'units'), { recursive: true });
    const base = path.join(dir, 'units', 'ke-hoach-par-index-2022-so.yaml');
    writeFileSync(base, readFileSync(base, 'utf8').replace(/- "Lưu: VT, [^"]*"/, '- Lưu hồ sơ'));
    const units = path.join(dir, 'units', 'cac-so-lao-cai-2022.yaml');
    // Sở Nội vụ's own Nơi nhận keeps its "Lưu: VT" line; the others take the base's.
    const quiet = await run(['batch', '-q', units, '-o', 'q', '--jobs', '1'], dir);
    expect(quiet.err).toContain('PP208');
    writeFileSync(path.join(dir, 'parplan.config.yaml'), '');
    const quietNoBlock = await run(['batch', '-q', units, '-o', 'q2', '--jobs', '1'], dir);
    expect(quietNoBlock.err).not.toContain('PP208');
  });

  it('init --config writes a commented config that reads back empty, and never overwrites', async () => {
    const dir = tmp('init');
    const r = await run(['init', '--config'], dir);
    expect(r.code, r.err).toBe(0);
    const text = readFileSync(path.join(dir, 'parplan.config.yaml'), 'utf8');
    expect(text).toContain('# rules:');
    expect(text).toContain('Đổi mức của một quy tắc');
    expect(loadConfig(dir, dir)).toMatchObject({ config: {}, diagnostics: [] });
    // Every key in it, uncommented, is a valid config.
    const uncommented = text.replace(/^# ?((?:[a-z_]+:|  ).*)$/gm, '$1');
    writeFileSync(path.join(dir, 'all.yaml'), uncommented);
    const all = checkConfig(parseYaml(uncommented, 'all.yaml').data, { file: 'all.yaml', dir, locate: () => ({ line: 1, column: 1 }), prefix: '' });
    expect(all.diagnostics.filter((d) => d.code !== 'PP706').map((d) => d.code)).toEqual([]);
    expect(Object.keys(parseYaml(uncommented, 'all.yaml').data as object).sort()).toEqual(Object.keys(CONFIG_KEYS).sort());
    expect((await run(['init', '--config'], dir)).code).toBe(2);
    expect((await run(['init', '--config', 'ten-khac.yaml'], dir)).code).toBe(2);
  });
});
