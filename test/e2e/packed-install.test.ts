// parplan as a clerk gets it: the packed tarball (npm pack) installed with `npm install -g --prefix`
// into a temporary prefix, then every subcommand run from an empty folder outside the repository;
// and the library imported from a separate package that installs the same tarball. The only
// package fetched is piscina (from npm's cache when it has it).
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/render-plan.js';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const root = mkdtempSync(path.join(tmpdir(), 'parplan-packed-'));
const prefix = path.join(root, 'prefix');
const work = path.join(root, 'cong-viec');
let tarball = '';

// Asynchronous throughout: a blocked test thread would starve vitest's own messages.
const run = promisify(execFile);
const execFileSync = async (file: string, args: string[], options: { cwd?: string } = {}) => (await run(file, args, { ...options, encoding: 'utf8', shell: process.platform === 'win32' })).stdout;

function parplan(args: string[], input?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const bin = process.platform === 'win32' ? path.join(prefix, 'parplan.cmd') : path.join(prefix, 'bin', 'parplan');
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { cwd: work, env: { ...process.env, NO_COLOR: '1', CI: '' }, shell: process.platform === 'win32' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

let installWarnings = '';

beforeAll(async () => {
  // npm test has built dist/ just before: pack it as it is (no second build, so without npm pack's
  // prepack, which builds). The files npm would pack are copied aside and packed there, after
  // prepack's other step (bin/pack-manifest.mjs strip) in that copy: the repository's package.json
  // is never rewritten under the other tests' feet.
  const listed = JSON.parse(await execFileSync(NPM, ['pack', '--dry-run', '--ignore-scripts', '--json'], { cwd: REPO_ROOT })) as { files: { path: string }[] }[];
  const staged = path.join(root, 'staged');
  for (const { path: file } of listed[0]!.files) {
    mkdirSync(path.dirname(path.join(staged, file)), { recursive: true });
    copyFileSync(path.join(REPO_ROOT, file), path.join(staged, file));
  }
  await execFileSync(process.execPath, [path.join(REPO_ROOT, 'bin', 'pack-manifest.mjs'), 'strip'], { cwd: staged });
  const packed = await execFileSync(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', root], { cwd: staged });
  const info = JSON.parse(packed) as { filename: string; files: { path: string }[]; unpackedSize: number }[];
  tarball = path.join(root, info[0]!.filename);
  writeFileSync(path.join(root, 'files.json'), JSON.stringify(info[0]!.files.map((f) => f.path)));
  const installed = await run(NPM, ['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', tarball], { encoding: 'utf8', shell: process.platform === 'win32' });
  installWarnings = installed.stderr;
  mkdirSync(work);
}, 180_000);

describe('the packed package, installed, in an empty folder outside the repository', () => {
  it('installs without npm\'s warning of install scripts: the package file has no prepare (the clone\'s build)', () => {
    // npm 11 warned "1 package has install scripts not yet covered by allowScripts: parplan@0.1.0
    // (prepare: npm run build)" on every install, whatever the clerk allowed.
    expect(installWarnings).not.toMatch(/install-scripts|prepare/);
    const packed = JSON.parse(readFileSync(path.join(prefix, process.platform === 'win32' ? '' : 'lib', 'node_modules', 'parplan', 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(Object.keys(packed.scripts)).not.toContain('prepare');
    // npm pack in a clone strips it the same way: prepack builds, then strips; postpack restores.
    const clone = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(clone.scripts.prepare).toBe('npm run build');
    expect(clone.scripts.prepack).toBe('npm run build && node bin/pack-manifest.mjs strip');
    expect(clone.scripts.postpack).toBe('node bin/pack-manifest.mjs restore');
  });

  it('ships one build: the bundles, declarations and data, no tsc output, no sources', () => {
    const files = JSON.parse(readFileSync(path.join(root, 'files.json'), 'utf8')) as string[];
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'bin/parplan.js', 'bin/std-streams.js', 'dist/parplan.cjs', 'dist/index.d.ts', 'templates/ke-hoach.hbs', 'schemas/plan.schema.json']));
    // dist/edit-page/edit.js is the browser bundle of parplan edit (esbuild), not tsc output.
    expect(files.filter((f) => f.startsWith('dist/') && f.endsWith('.js') && !f.startsWith('dist/edit-page/'))).toEqual([]);
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/'))).toEqual([]);
    // Only what the bundle cannot contain is installed beside it.
    const installed = path.join(prefix, process.platform === 'win32' ? '' : 'lib', 'node_modules', 'parplan', 'node_modules');
    expect(readdirSync(installed).filter((n) => !n.startsWith('.') && !n.startsWith('@napi-rs'))).toEqual(['piscina']);
  });

  it('runs every subcommand: init, render, validate, batch, presets, schema, examples, help; reads a config', async () => {
    expect((await parplan(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect((await parplan(['--help'])).stdout).toContain('Cách dùng: parplan');
    expect((await parplan(['presets'])).stdout).toContain('par-index-so');
    expect(JSON.parse((await parplan(['schema'])).stdout).title).toBe('Kế hoạch (parplan)');

    const init = await parplan(['init', 'Kế hoạch mới 2025.yaml', '--preset', 'par-index-so', '--unit', 'Sở Nội vụ', '--abbreviation', 'SNV', '--year', '2025']);
    expect(init.code, init.stderr).toBe(0);
    const render = await parplan(['render']);
    expect(render.code, render.stderr).toBe(0);
    expect(existsSync(path.join(work, 'Kế hoạch mới 2025.docx'))).toBe(true);
    const validate = await parplan(['validate']);
    expect(validate.code, validate.stderr).toBe(0);
    expect(validate.stdout).toContain('PP290');
    const piped = await parplan(['validate', '-', '--stdin-filename', 'a.yaml'], readFileSync(path.join(work, 'Kế hoạch mới 2025.yaml'), 'utf8'));
    expect(piped.code, piped.stderr).toBe(0);

    writeFileSync(
      path.join(work, 'don-vi.yaml'),
      ['ke_hoach: Kế hoạch mới 2025.yaml', 'don_vi:', '  - co_quan_ban_hanh: { ten: SỞ TƯ PHÁP, ten_day_du: Sở Tư pháp, viet_tat: STP }', '    ky_hieu: KH-STP', '  - co_quan_ban_hanh: { ten: SỞ Y TẾ, ten_day_du: Sở Y tế, viet_tat: SYT }', '    ky_hieu: KH-SYT', ''].join('\n'),
    );
    const batch = await parplan(['batch', 'don-vi.yaml', '-o', 'ket-qua']);
    expect(batch.code, batch.stderr).toBe(0);
    expect(readdirSync(path.join(work, 'ket-qua')).sort()).toEqual(['manifest.csv', 'manifest.json', 'so-tu-phap.docx', 'so-y-te.docx']);
    expect((await parplan(['render', '--examples', '-q'])).code).toBe(0);
    expect(readdirSync(path.join(work, 'out')).filter((f) => f.endsWith('.docx')).length).toBeGreaterThanOrEqual(3);

    // The config file, through the installed bundle: init --config, then a rule level that fails validate.
    const config = await parplan(['init', '--config']);
    expect(config.code, config.stderr).toBe(0);
    expect(readFileSync(path.join(work, 'parplan.config.yaml'), 'utf8')).toContain('# rules:');
    writeFileSync(path.join(work, 'strict.config.yaml'), 'rules: { PP290: error }\n');
    expect((await parplan(['validate', '--config', 'strict.config.yaml', 'Kế hoạch mới 2025.yaml'])).code).toBe(1);
    // The examples copied to work on, with their schemas; schema --write for editor completion.
    const examples = await parplan(['examples']);
    expect(examples.code, examples.stderr).toBe(0);
    expect((await parplan(['validate', 'vi-du'])).code).toBe(0);
    expect((await parplan(['schema', '--write'])).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(work, '.vscode', 'settings.json'), 'utf8'))['yaml.schemas']).toHaveProperty(['./plan.schema.json']);
  }, 120_000);

  it('is a library: a separate package imports it, with its types', async () => {
    const app = path.join(root, 'app');
    mkdirSync(app);
    writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    await execFileSync(NPM, ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: app });
    const plan = path.join(work, 'Kế hoạch mới 2025.yaml');
    writeFileSync(
      path.join(app, 'main.mjs'),
      `import { loadPlan, validatePlan, renderPlan } from 'parplan';
const loaded = await loadPlan(${JSON.stringify(plan)});
const rendered = await renderPlan(loaded);
const bad = validatePlan('foo: 1\\n', { lang: 'en' });
console.log(JSON.stringify({ valid: loaded.valid, todo: loaded.problems.some((p) => p.code === 'PP290'), bytes: rendered.docx.length, bad: bad.problems[0].message }));
`,
    );
    const out = JSON.parse(await execFileSync(process.execPath, ['main.mjs'], { cwd: app })) as Record<string, unknown>;
    expect(out).toMatchObject({ valid: true, todo: true, bad: expect.stringMatching(/^Missing required field 'co_quan_ban_hanh' \(the schema says: "Ô 2: cơ quan ban hành kế hoạch"\)\. For example: co_quan_ban_hanh: \{ ten: /) });
    expect(out['bytes']).toBeGreaterThan(5000);
    const cjs = await execFileSync(process.execPath, ['-e', "console.log(Object.keys(require('parplan')).sort().join(','))"], { cwd: app });
    expect(cjs).toContain('loadPlan');
    expect(readFileSync(path.join(app, 'node_modules', 'parplan', 'dist', 'index.d.ts'), 'utf8')).toContain('export declare function loadPlan');
  }, 120_000);
});
